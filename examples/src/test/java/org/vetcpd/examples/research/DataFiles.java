package org.vetcpd.examples.research;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the bundled data sets are, for the research tests (runs go through {@code CliRun}). */
final class DataFiles {
  private DataFiles() {}

  /** A file of {@code examples/data}: surefire runs in the module, an IDE maybe at the root. */
  static Path data(String file) {
    Path inModule = Path.of("data", file);
    return Files.exists(inModule) ? inModule : Path.of("examples", "data", file);
  }

  static String sample() {
    return data("sample.json").toString();
  }
}
