package org.vetcpd.examples.cli.research;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.examples.cli.CliException;
import org.vetcpd.examples.cli.CsvRawOption;
import org.vetcpd.examples.cli.Format;
import org.vetcpd.examples.cli.OutputOptions;
import org.vetcpd.examples.cli.VetcpdCli;
import org.vetcpd.research.CohortRow;
import org.vetcpd.research.CohortTable;
import org.vetcpd.research.PlanSensitivity;
import org.vetcpd.research.Sensitivity;
import org.vetcpd.research.SensitivityCsv;
import org.vetcpd.research.SensitivityResult;
import org.vetcpd.research.WeightSweep;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.TailoringScorer;
import org.vetcpd.rules.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vetcpd sensitivity}: how far the cohort's scores and ranking depend on the rubric's
 * weights &mdash; a seeded Monte Carlo over Dirichlet weight draws on all cores, with a progress
 * bar on stderr, and one-at-a-time sweeps of each weight.
 */
@Command(
    name = "sensitivity",
    description = {
      "How far do scores and rankings depend on the rubric's weights? Draws the weights from a"
          + " Dirichlet distribution centred on the rubric's, on all cores; the same seed gives"
          + " the same output.",
      "Reports per plan the score interval and the share of draws in each band; the rank"
          + " stability (Kendall's tau-b against the base ranking); and one-at-a-time sweeps"
          + " that multiply each weight by 0.5, 0.75, 1.25, 1.5 and 2.",
      "A progress bar is drawn on stderr unless --no-progress is given."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  vetcpd sensitivity examples/data/sample.json --draws 10000 --seed 1",
      "  vetcpd sensitivity data.json --draws 2000 --seed 7 -f csv > intervals.csv",
      "  vetcpd sensitivity data.json -f csv --sweeps > sweeps.csv"
    })
public final class SensitivityCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private CohortOptions options;

  @Mixin private OutputOptions output;

  @Mixin private CsvRawOption csvRaw;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  private boolean help;

  @Option(
      names = "--draws",
      paramLabel = "N",
      defaultValue = "1000",
      description = "The number of weight draws. Default: ${DEFAULT-VALUE}.")
  private int draws;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "The random seed. Default: ${DEFAULT-VALUE}.")
  private long seed;

  @Option(
      names = "--concentration",
      paramLabel = "C",
      defaultValue = "100",
      description = "The Dirichlet concentration: larger keeps the draws closer to the rubric's"
          + " weights (a weight w varies with standard deviation about sqrt(w(1-w)/(C+1)))."
          + " Default: ${DEFAULT-VALUE}.")
  private double concentration;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "The number of threads. Default: all cores. The output does not depend on"
          + " it.")
  private Integer threads;

  @Option(
      names = "--sweeps",
      description = "With --format csv: print the one-at-a-time sweeps instead of the per-plan"
          + " intervals.")
  private boolean sweeps;

  @Option(names = "--no-progress", description = "Draw no progress bar on stderr.")
  private boolean noProgress;

  /** Creates the command; picocli sets its options. */
  public SensitivityCommand() {}

  @Override
  public Integer call() {
    if (draws < 1) {
      throw CliException.usage("vetcpd: --draws must be at least 1, was " + draws);
    }
    if (!(concentration > 0) || Double.isInfinite(concentration)) {
      throw CliException.usage("vetcpd: --concentration must be a finite number > 0, was "
          + concentration);
    }
    if (threads != null && threads < 1) {
      throw CliException.usage("vetcpd: --threads must be at least 1, was " + threads);
    }
    Dataset ds = options.dataset();
    Rubric r = options.rubric();
    List<CohortRow> rows = CohortTable.of(TailoringScorer.of(r), ds);
    Sensitivity analysis = Sensitivity.of(r).withDraws(draws).withSeed(seed)
        .withConcentration(concentration);
    if (threads != null) {
      analysis = analysis.withParallelism(threads);
    }
    IntConsumer progress = noProgress
        ? done -> { }
        : new ProgressBar(spec.commandLine().getErr(), draws);
    progress.accept(0);
    SensitivityResult result = analysis.run(rows, progress);
    PrintWriter out = output.open();
    switch (options.format()) {
      case JSON:
        out.println(VetcpdJson.write(result));
        break;
      case CSV:
        if (sweeps) {
          SensitivityCsv.writeSweeps(result, out, output.cells());
        } else {
          SensitivityCsv.writePlans(result, out, output.cells());
        }
        break;
      default:
        text(result, out);
    }
    output.commit(options.format() != Format.CSV ? null
        : sweeps ? SensitivityCsv.SWEEP_COLUMNS : SensitivityCsv.PLAN_COLUMNS,
        SensitivityCsv.complete(result, output.provenance().build()));
    return VetcpdCli.EXIT_OK;
  }

  static void text(SensitivityResult r, PrintWriter out) {
    out.println("Sensitivity of " + TerminalText.escape(r.rubric().toString()) + ": " + r.draws() + " weight draws,"
        + " Dirichlet concentration " + number(r.concentration()) + ", seed " + r.seed());
    out.println("Rank stability (Kendall's tau-b of each draw's scores against the base scores):"
        + " mean " + TextTable.num2(r.tauMean()) + ", 5th percentile "
        + TextTable.num2(r.tauP05()) + ", min " + TextTable.num2(r.tauMin()));
    out.println();
    TextTable plans = new TextTable("plan", "teacher", ">base", "band", ">p05", ">median",
        ">p95", ">min", ">max", ">tailored", ">partly", ">generic");
    for (PlanSensitivity p : r.plans()) {
      plans.row(p.plan(), p.teacher(), TextTable.num(p.baseScore()), p.baseBand(),
          TextTable.num(p.p05()), TextTable.num(p.median()), TextTable.num(p.p95()),
          TextTable.num(p.min()), TextTable.num(p.max()),
          TextTable.pct(p.bandShares().get(Band.TAILORED)),
          TextTable.pct(p.bandShares().get(Band.PARTLY_TAILORED)),
          TextTable.pct(p.bandShares().get(Band.GENERIC)));
    }
    plans.print(out);
    out.println();
    out.println("One-at-a-time sweeps (one weight times a factor, the others kept):");
    TextTable sweeps = new TextTable("criterion", ">factor", ">weight", ">mean |change|",
        ">max |change|", ">band changes", ">tau-b");
    for (WeightSweep s : r.sweeps()) {
      sweeps.row(s.criterion(), number(s.factor()), TextTable.num2(s.weight()),
          TextTable.num2(s.meanAbsChange()), TextTable.num2(s.maxAbsChange()), s.bandChanges(),
          TextTable.num2(s.tau()));
    }
    sweeps.print(out);
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? Long.toString((long) v)
        : String.format(Locale.ROOT, "%s", v);
  }
}
