package org.vetcpd.examples.cli.research;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.vetcpd.core.CpdPlan;
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
      description = Inputs.DATASET_HELP)
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
          + " standard rubric. 'compare' takes it twice: rubric A, then rubric B.")
  private List<Path> rubrics = new java.util.ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = Format.Converter.class,
      description = "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  private Format format;

  @Option(
      names = "--exclude-empty",
      description = "Leave out plans without items (they score 0, band GENERIC, with no criterion"
          + " assessed); the number left out is reported on stderr and in JSON.")
  private boolean excludeEmpty;

  private int excluded;

  /**
   * Reads the data set (a usage error or invalid data when it cannot be read), without its empty
   * plans when {@code --exclude-empty} is given.
   */
  Dataset dataset() {
    Dataset ds = Commands.dataset(dataset, catalogue);
    if (!excludeEmpty) {
      return ds;
    }
    List<CpdPlan> kept = ds.plans().stream().filter(p -> !p.items().isEmpty())
        .collect(Collectors.toList());
    excluded = ds.plans().size() - kept.size();
    return excluded == 0 ? ds : ds.withPlans(kept);
  }

  /** Whether {@code --exclude-empty} was given. */
  boolean excludeEmpty() {
    return excludeEmpty;
  }

  /** The number of empty plans {@link #dataset()} left out. */
  int excluded() {
    return excluded;
  }

  /** Tells stderr how many empty plans were left out, when {@code --exclude-empty} is given. */
  void reportExcluded(PrintWriter err, int count) {
    if (excludeEmpty) {
      err.println("vetcpd: --exclude-empty left out " + count + " plan" + (count == 1 ? "" : "s")
          + " without items");
      err.flush();
    }
  }

  /**
   * Says on stderr, as {@code score} does ({@link Inputs#noteNoPlans}), that the command had no
   * plan to {@code verb} when {@code plans} is 0: the data set has none, or {@code
   * --exclude-empty} left out every one. Call it once the output is written.
   */
  void noteNoPlans(PrintWriter err, String verb, int plans) {
    if (plans == 0) {
      Inputs.noteNoPlans(err, verb, dataset, excluded);
    }
  }

  /** Reads the rubric, or returns the standard one; a usage error if given more than once. */
  Rubric rubric() {
    if (rubrics.size() > 1) {
      throw org.vetcpd.examples.cli.CliException.usage(
          "vetcpd: --rubric may be given once here, was given " + rubrics.size() + " times");
    }
    return Inputs.rubric(rubrics.isEmpty() ? null : rubrics.get(0));
  }

  /** The rubric files given, in order. */
  List<Path> rubricFiles() {
    return rubrics;
  }

  Format format() {
    return OutputOptions.format(mixee, format);
  }
}
