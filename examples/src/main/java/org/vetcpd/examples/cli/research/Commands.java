package org.vetcpd.examples.cli.research;

import java.nio.file.Path;
import org.vetcpd.core.Dataset;
import org.vetcpd.examples.cli.CliException;
import org.vetcpd.examples.cli.Inputs;

/**
 * How the research commands read their data set: a JSON file as every {@code vetcpd} command
 * reads it ({@link Inputs}), or a folder of CSV files. User errors are {@link CliException}s,
 * which {@code vetcpd} turns into lines on stderr and an exit code.
 */
final class Commands {
  private Commands() {}

  /**
   * Reads a data set: a JSON file, or a folder of CSV files ({@code teachers.csv}, {@code
   * activities.csv}, {@code drivers.csv}, {@code plan-items.csv}), with an optional JSON
   * catalogue for the folder's programmes, schools, activities and drivers.
   */
  static Dataset dataset(Path path, Path catalogue) {
    return Inputs.dataset(path, catalogue);
  }
}
