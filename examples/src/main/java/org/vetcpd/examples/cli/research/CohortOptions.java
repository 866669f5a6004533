package org.vetcpd.examples.cli.research;

import java.nio.file.Path;
import org.vetcpd.core.Dataset;
import org.vetcpd.examples.cli.Format;
import org.vetcpd.examples.cli.Inputs;
import org.vetcpd.examples.cli.OutputOptions;
import org.vetcpd.rules.Rubric;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The options every research command shares (a picocli mixin): the data set, a catalogue for a
 * folder of CSV files, the rubric and the output format.
 */
final class CohortOptions {
  @Spec(Spec.Target.MIXEE) private CommandSpec mixee;

  @Parameters(
      paramLabel = "DATASET",
      description = "The data set: a JSON file, or a folder of CSV files (teachers.csv,"
          + " activities.csv, drivers.csv, plan-items.csv).")
  private Path dataset;

  @Option(
      names = "--catalogue",
      paramLabel = "FILE",
      description = "With a folder of CSV files: a JSON data set whose programmes, schools,"
          + " activities and drivers the CSV files refer to. Default: inferred from the files.")
  private Path catalogue;

  @Option(
      names = "--rubric",
      paramLabel = "FILE",
      description = "A rubric JSON file ('vetcpd rubric' prints the standard one). Default: the"
          + " standard rubric.")
  private Path rubric;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = Format.Converter.class,
      description = "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  private Format format;

  /** Reads the data set (a usage error or invalid data when it cannot be read). */
  Dataset dataset() {
    return Commands.dataset(dataset, catalogue);
  }

  /** Reads the rubric, or returns the standard one. */
  Rubric rubric() {
    return Inputs.rubric(rubric);
  }

  Format format() {
    return OutputOptions.format(mixee, format);
  }
}
