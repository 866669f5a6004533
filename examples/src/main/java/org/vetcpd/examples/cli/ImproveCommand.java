package org.vetcpd.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.planner.Improvement;
import org.vetcpd.planner.PlanConstraints;
import org.vetcpd.planner.PlanOptimizer;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.TailoringScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vetcpd improve}: the smallest set of edits that lifts a plan into a band under the
 * constraints, or the constraint that stops it (docs/planner.md).
 */
@Command(
    addMethodSubcommands = false, // none: picocli need not scan every method of the class
    name = "improve",
    mixinStandardHelpOptions = true,
    versionProvider = VetcpdCli.Version.class,
    description = {
      "Finds the fewest edits (then the fewest added hours, then the lowest cost) that lift a"
          + " plan into a band under the hours and money given, or says which constraint stops"
          + " it (docs/planner.md). Exit 0 either way.",
      "Without DATASET, uses the bundled sample data set."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  vetcpd improve examples/data/sample.json --plan p-s1-template-t-rm-01 --band TAILORED",
      "  vetcpd improve examples/data/sample.json --plan p-s1-template-t-rm-01 --band PARTLY_TAILORED --hours 20"
    })
final class ImproveCommand implements Callable<Integer>, CodedOptions {
  @Spec private CommandSpec spec;

  private final OutputOptions output = new OutputOptions();

  private final MaxProblems maxProblems = new MaxProblems();

  @Parameters(
      arity = "0..1",
      paramLabel = "DATASET",
      description = Inputs.DATASET_HELP + " Default: the bundled sample data set.")
  private Path dataset;

  @Option(names = "--plan", paramLabel = "ID", required = true, description = "The plan.")
  private String plan;

  @Option(names = "--band", paramLabel = "BAND", required = true,
      description = "The band to reach: ${COMPLETION-CANDIDATES}.")
  private Band band;

  @Mixin private PlanCommand.PlannerOptions constraints = new PlanCommand.PlannerOptions();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = Format.Converter.class,
      description = "text or json: {plan, report, band, reached, edits, stoppedBy, statement}."
          + " Default: ${DEFAULT-VALUE}.")
  private Format format;

  @Override
  public void addCodedOptions(CommandSpec command) {
    output.addTo(command, OutputOptions.Written.TEXT_OR_JSON);
    maxProblems.addTo(command);
  }

  @Override
  public Integer call() {
    Format chosen = output.format(format); // without --format, -o FILE.json writes JSON
    PlanCommand.PlannerOptions.checkFormat(chosen, format);
    PlanConstraints c = constraints.constraints(false);
    Dataset ds = Inputs.dataset(dataset);
    CpdPlan p = ds.plan(plan).orElseThrow(() -> CliException.usage("vetcpd: no plan \"" + plan
        + "\" in " + (dataset == null ? "the sample data set" : dataset.toString())));
    PlanOptimizer optimizer = PlanOptimizer.of(TailoringScorer.of(Inputs.rubric(
        constraints.rubric)));
    Improvement r;
    try {
      r = optimizer.improve(ds, p, c, band);
    } catch (IllegalArgumentException e) {
      throw CliException.usage("vetcpd: " + e.getMessage());
    }
    PrintWriter out = output.open();
    out.println(chosen == Format.JSON ? VetcpdJson.write(r) : r.toText().stripTrailing());
    output.commit();
    return VetcpdCli.EXIT_OK;
  }
}
