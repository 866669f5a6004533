package org.vetcpd.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.vetcpd.core.json.VetcpdJson;

/**
 * The training run of {@code examples/bin/vetcpd}'s class-data-sharing archive: runs the usual
 * {@code vetcpd} commands in-process on the bundled sample data set, printing nothing, so that a
 * JVM started with {@code -XX:ArchiveClassesAtExit} archives the classes they load. The archive
 * only makes later runs start faster; nothing needs it, and no output depends on it.
 *
 * <p>Usage: {@code java -XX:ArchiveClassesAtExit=vetcpd.jsa -cp vetcpd.jar
 * org.vetcpd.examples.cli.CdsTraining}.
 */
public final class CdsTraining {
  private CdsTraining() {}

  /**
   * Runs the training commands.
   *
   * @param args none
   * @throws IOException if the temporary files cannot be written
   */
  public static void main(String[] args) throws IOException {
    PrintStream none = new PrintStream(OutputStream.nullOutputStream(), false,
        StandardCharsets.UTF_8);
    Path dir = Files.createTempDirectory("vetcpd-cds-");
    try {
      Path dataset = dir.resolve("sample.json");
      try (InputStream in = CdsTraining.class.getClassLoader()
          .getResourceAsStream(Samples.RESOURCE_DIR + Samples.SAMPLE + ".json")) {
        if (in == null) {
          throw new IllegalStateException("the bundled sample data set is missing");
        }
        Files.copy(in, dataset);
      }
      Path plans = dir.resolve("plans.jsonl");
      Files.writeString(plans, Samples.sample().plans().stream()
          .map(VetcpdJson::writeCompact)
          .collect(Collectors.joining("\n", "", "\n")));
      String ds = dataset.toString();
      List<String[]> commands = List.of(
          new String[] {"--version"},
          new String[] {"score", ds, "--format", "csv"},
          new String[] {"score", ds, "--format", "json"},
          new String[] {"score", ds},
          new String[] {"score", ds, "--plans", plans.toString(), "--format", "csv"},
          new String[] {"validate", ds},
          new String[] {"table", ds, "--format", "csv"},
          new String[] {"score", "--help"});
      for (String[] command : commands) {
        VetcpdCli.run(command, none, none);
      }
      // what only a command line run from main() does: read the data set ahead
      if (DatasetReadAhead.start(new String[] {"score", ds})) {
        DatasetReadAhead.take(dataset, MaxProblems.jsonOptions());
      }
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : (Iterable<Path>) files::iterator) {
          Files.deleteIfExists(p);
        }
      } catch (UncheckedIOException e) {
        // a temporary folder left behind: nothing more to do
      }
      Files.deleteIfExists(dir);
    }
  }
}
