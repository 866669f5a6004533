package org.vetcpd.core.json;

import java.nio.file.Path;
import org.vetcpd.core.ValidationException;

/** Reads one data set with a given document limit and prints its problems: for forked tests. */
final class ReadOneDataset {
  private ReadOneDataset() {}

  public static void main(String[] args) {
    JsonOptions options = JsonOptions.builder().maxDocumentLength(Long.parseLong(args[1])).build();
    try {
      VetcpdJson.readDataset(Path.of(args[0]), options);
      System.out.println("read");
    } catch (ValidationException e) {
      e.problems().forEach(System.out::println);
      System.exit(1);
    }
  }
}
