package org.vetcpd.core.json;

import java.nio.file.Path;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Problem;

/**
 * Validates a JSON Lines file against a catalogue with the default options and prints each
 * problem on a line: run in a forked JVM with a small heap by {@code ReadingBoundsTest}.
 */
final class ValidateOneStream {
  private ValidateOneStream() {}

  public static void main(String[] args) {
    Dataset catalogue = VetcpdJson.readDataset(Path.of(args[0]));
    for (Problem p : VetcpdJson.validatePlans(Path.of(args[1]), catalogue)) {
      System.out.println(p);
    }
  }
}
