package org.vetcpd.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vetcpd.core.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vetcpd validate}: checks a data set and lists every problem. */
@Command(
    addMethodSubcommands = false, // none: picocli need not scan every method of the class
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VetcpdCli.Version.class,
    description = {
      "Checks a data set and lists every problem.",
      "Prints 'valid: ...' and exits 0, or prints every problem on stderr, one a line as"
          + " 'file: path: message', and exits 1."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  vetcpd validate examples/data/sample.json",
      "  vetcpd validate my-spreadsheets/          (a folder of CSV files)",
      "  vetcpd validate catalogue.json --plans cohort.jsonl"
    })
final class ValidateCommand implements Callable<Integer>, CodedOptions {
  @Spec private CommandSpec spec;

  private final OutputOptions output = new OutputOptions();

  @Parameters(paramLabel = "DATASET", description = Inputs.DATASET_HELP)
  private Path dataset;

  @Option(
      names = "--plans",
      paramLabel = "FILE",
      description = "Also check a JSON Lines file of plans (one plan a line) against DATASET as"
          + " their catalogue; problems are reported as 'line N.path: message'.")
  private Path planStream;

  private final MaxProblems maxProblems = new MaxProblems();

  @Override
  public void addCodedOptions(CommandSpec command) {
    output.addTo(command, OutputOptions.Written.TEXT);
    maxProblems.addTo(command);
  }

  @Override
  public Integer call() {
    output.checkName(); // at once, before the data set is read
    Dataset ds = Inputs.dataset(dataset);
    if (planStream != null) {
      // One pass, so that /dev/stdin and pipes work; the lines are checked on every core.
      ProblemLines problems = maxProblems.collector();
      // a line's plan is checked, then dropped on its reading thread: none is held
      long n = PlanLines.readAhead(planStream, ds, problems, plan -> Boolean.TRUE, ok -> { });
      if (!problems.isEmpty()) {
        throw problems.exception();
      }
      output.open().println("valid: " + count(n, "plan") + " in "
          + planStream + " against a catalogue of " + count(ds.teachers().size(), "teacher") + ", "
          + count(ds.activities().size(), "activity", "activities") + ", "
          + count(ds.drivers().size(), "driver"));
      output.commit();
      return VetcpdCli.EXIT_OK;
    }
    output.open().println("valid: "
        + count(ds.plans().size(), "plan") + ", "
        + count(ds.teachers().size(), "teacher") + ", "
        + count(ds.activities().size(), "activity", "activities") + ", "
        + count(ds.drivers().size(), "driver") + ", "
        + count(ds.schools().size(), "school") + ", "
        + count(ds.programmes().size(), "programme"));
    output.commit();
    return VetcpdCli.EXIT_OK;
  }

  private static String count(long n, String noun) {
    return count(n, noun, noun + "s");
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
