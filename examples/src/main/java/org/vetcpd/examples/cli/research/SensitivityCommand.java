package org.vetcpd.examples.cli.research;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.examples.cli.CliException;
import org.vetcpd.examples.cli.CodedOptions;
import org.vetcpd.examples.cli.CsvRawOption;
import org.vetcpd.examples.cli.Format;
import org.vetcpd.examples.cli.MaxProblems;
import org.vetcpd.examples.cli.OutputOptions;
import org.vetcpd.examples.cli.VetcpdCli;
import org.vetcpd.research.GroupComparison;
import org.vetcpd.research.Grouping;
import org.vetcpd.research.PlanSensitivity;
import org.vetcpd.research.RobustnessCsv;
import org.vetcpd.research.RubricSobol;
import org.vetcpd.research.Sensitivity;
import org.vetcpd.research.SensitivityCsv;
import org.vetcpd.research.SensitivityResult;
import org.vetcpd.research.Sobol;
import org.vetcpd.research.SobolFactor;
import org.vetcpd.research.SobolIndices;
import org.vetcpd.research.SobolOutput;
import org.vetcpd.research.SobolResult;
import org.vetcpd.research.Vary;
import org.vetcpd.research.WeightSweep;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code vetcpd sensitivity}: how far the cohort's scores, ranks, bands and group means depend on
 * the rubric &mdash; an uncertainty analysis over Dirichlet weight draws and/or the constants'
 * plausible ranges ({@code --method dirichlet}), or Sobol indices ({@code --method sobol}); seeded,
 * on all cores, with a progress bar on stderr.
 */
@Command(
    addMethodSubcommands = false, // none: picocli need not scan every method of the class
    name = "sensitivity",
    description = {
      "How far do scores, ranks and bands depend on the rubric? Two methods, both seeded (the"
          + " same seed gives the same output on any JVM and any number of threads):",
      "--method dirichlet (default): draws rubrics around the given one (weights from a"
          + " Dirichlet distribution, constants uniformly over their plausible ranges, see"
          + " docs/rubric.md) and reports per plan the spread of its score over the rubric draws"
          + " (not a confidence interval), its median rank and 5-95 %% rank range, the probability"
          + " of a band change and the share of draws in each band, with Monte Carlo standard"
          + " errors; with --by, how often each group's mean exceeds another's; and one-at-a-time"
          + " sweeps that multiply each weight by 0.5, 0.75, 1.25, 1.5 and 2.",
      "--method sobol: Sobol first-order and total indices (Saltelli 2010, Jansen) with"
          + " bootstrap intervals of the cohort's mean score, TAILORED share and mean absolute"
          + " rank shift, for each weight (varied over 0.5-1.5 times its value, then"
          + " renormalised) and each constant.",
      "A progress bar is drawn on stderr when it is a terminal, unless --no-progress is given or"
          + " -o writes to that terminal."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  vetcpd sensitivity examples/data/sample.json --draws 10000 --seed 1",
      "  vetcpd sensitivity data.json --vary all --by programme --draws 2000",
      "  vetcpd sensitivity data.json --draws 2000 --seed 7 -f csv > spread.csv",
      "  vetcpd sensitivity data.json -f csv --sweeps > sweeps.csv",
      "  vetcpd sensitivity examples/data/sample.json --method sobol",
      "  vetcpd sensitivity data.json --method sobol --vary constants --samples 1024 -f csv"
    })
public final class SensitivityCommand implements Callable<Integer>, CodedOptions {
  @Spec private CommandSpec spec;

  @Mixin private CohortOptions options;

  private final OutputOptions output = new OutputOptions();

  private final MaxProblems maxProblems = new MaxProblems();

  private final CsvRawOption csvRaw = new CsvRawOption();

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  private boolean help;

  @Option(
      names = "--method",
      paramLabel = "METHOD",
      defaultValue = "dirichlet",
      description = "dirichlet (uncertainty analysis) or sobol (variance-based sensitivity)."
          + " Default: ${DEFAULT-VALUE}.")
  private String method;

  @Option(
      names = "--vary",
      paramLabel = "WHAT",
      converter = VaryConverter.class,
      description = "weights, constants or all. Default: weights with dirichlet, all with sobol.")
  private Vary vary;

  @Option(
      names = "--draws",
      paramLabel = "N",
      description = "dirichlet: the number of rubric draws. Default: 1000.")
  private Integer draws;

  @Option(
      names = "--samples",
      paramLabel = "N",
      description = "sobol: the base sample size N; the cohort is scored N*(k+2) times for k"
          + " factors. Default: " + RubricSobol.DEFAULT_SAMPLES + ".")
  private Integer samples;

  @Option(
      names = "--resamples",
      paramLabel = "N",
      description = "sobol: the bootstrap resamples of the intervals, " + Resamples.RANGE
          + ". Default: " + Sobol.DEFAULT_RESAMPLES + ".")
  private Integer resamples;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "The random seed. Default: ${DEFAULT-VALUE}.")
  private long seed;

  @Option(
      names = "--concentration",
      paramLabel = "C",
      description = "dirichlet: the Dirichlet concentration of the weights: larger keeps the"
          + " draws closer to the rubric's weights (a weight w varies with standard deviation"
          + " about sqrt(w(1-w)/(C+1))); any C > 0. Default: 100.")
  private Double concentration;

  @Option(
      names = "--by",
      paramLabel = "GROUPING",
      converter = AggregateCommand.GroupingConverter.class,
      description = "dirichlet: also report, for each pair of groups (school, department,"
          + " programme, facilitator), the probability over the draws that one's mean score"
          + " exceeds the other's.")
  private Grouping by;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "The number of threads. Default: all cores. The output does not depend on"
          + " it.")
  private Integer threads;

  @Option(
      names = "--sweeps",
      description = "dirichlet, with --format csv: print the one-at-a-time sweeps instead of the"
          + " per-plan table. Text and JSON show every table, so --sweeps without CSV is a usage"
          + " error.")
  private boolean sweeps;

  @Option(
      names = "--groups",
      description = "dirichlet, with --format csv and --by: print the group comparisons instead"
          + " of the per-plan table (not with --sweeps). Text and JSON show every table, so"
          + " --groups without CSV is a usage error.")
  private boolean groups;

  @Option(names = "--no-progress", description = "Draw no progress bar on stderr.")
  private boolean noProgress;

  /** Creates the command; picocli sets its options. */
  public SensitivityCommand() {}

  @Override
  public void addCodedOptions(CommandSpec command) {
    output.addTo(command);
    maxProblems.addTo(command);
    csvRaw.addTo(command);
  }

  @Override
  public Integer call() {
    boolean sobol;
    switch (method.toLowerCase(Locale.ROOT)) {
      case "dirichlet":
        sobol = false;
        break;
      case "sobol":
        sobol = true;
        break;
      default:
        throw CliException.usage("vetcpd: --method must be dirichlet or sobol, was " + method);
    }
    if (threads != null && (threads < 1 || threads > Sensitivity.MAX_PARALLELISM)) {
      throw CliException.usage("vetcpd: --threads must be at least 1 and at most "
          + Sensitivity.MAX_PARALLELISM + ", was " + threads);
    }
    if (sobol) {
      for (Object[] o : new Object[][] {{"--draws", draws}, {"--concentration", concentration},
          {"--by", by}, {"--sweeps", sweeps ? true : null}, {"--groups", groups ? true : null}}) {
        if (o[1] != null) {
          throw CliException.usage("vetcpd: " + o[0] + " goes with --method dirichlet");
        }
      }
      return sobol();
    }
    for (Object[] o : new Object[][] {{"--samples", samples}, {"--resamples", resamples}}) {
      if (o[1] != null) {
        throw CliException.usage("vetcpd: " + o[0] + " goes with --method sobol");
      }
    }
    if (groups && by == null) {
      throw CliException.usage("vetcpd: --groups needs --by");
    }
    if (sweeps && groups) {
      throw CliException.usage("vetcpd: --sweeps and --groups each choose the CSV table; give one");
    }
    if ((sweeps || groups) && options.format() != Format.CSV) {
      // text and JSON print the sweeps and the group comparisons beside the plans: nothing to choose
      throw CliException.usage("vetcpd: " + (sweeps ? "--sweeps" : "--groups")
          + " goes with --format csv (text and JSON show the sweeps and the group comparisons"
          + " beside the plans)");
    }
    return dirichlet();
  }

  private Integer dirichlet() {
    int n = draws == null ? Sensitivity.DEFAULT_DRAWS : draws;
    double c = concentration == null ? Sensitivity.DEFAULT_CONCENTRATION : concentration;
    if (n < 1) {
      throw CliException.usage("vetcpd: --draws must be at least 1, was " + n);
    }
    if (!(c > 0) || Double.isInfinite(c)) {
      throw CliException.usage("vetcpd: --concentration must be a finite number > 0, was " + c);
    }
    Dataset ds = options.dataset();
    Rubric r = options.rubric();
    Sensitivity analysis = Sensitivity.of(r).withDraws(n).withSeed(seed).withConcentration(c)
        .withVary(vary == null ? Vary.WEIGHTS : vary);
    if (by != null) {
      analysis = analysis.withGrouping(by);
    }
    if (threads != null) {
      analysis = analysis.withParallelism(threads);
    }
    options.reportExcluded(spec.commandLine().getErr(), options.excluded());
    IntConsumer progress = noProgress || !output.progressOnStderr()
        ? done -> { }
        : new ProgressBar(spec.commandLine().getErr(), n);
    progress.accept(0);
    SensitivityResult result = analysis.run(ds, progress)
        .withPlansExcluded(options.excluded());
    PrintWriter out = output.open();
    switch (options.format()) {
      case JSON:
        out.println(VetcpdJson.write(result));
        break;
      case CSV:
        if (sweeps) {
          SensitivityCsv.writeSweeps(result, out, output.cells());
        } else if (groups) {
          RobustnessCsv.writeGroups(result, out, output.cells());
        } else {
          SensitivityCsv.writePlans(result, out, output.cells());
        }
        break;
      default:
        text(result, out);
    }
    output.commit(options.format() != Format.CSV ? null
        : sweeps ? SensitivityCsv.SWEEP_COLUMNS
        : groups ? RobustnessCsv.GROUP_COLUMNS : SensitivityCsv.PLAN_COLUMNS,
        SensitivityCsv.complete(result, output.provenance().build()));
    options.noteNoPlans(spec.commandLine().getErr(), "analyse", ds.plans().size());
    return VetcpdCli.EXIT_OK;
  }

  private Integer sobol() {
    int n = samples == null ? RubricSobol.DEFAULT_SAMPLES : samples;
    if (n < 2) {
      throw CliException.usage("vetcpd: --samples must be at least 2, was " + n);
    }
    int b = Resamples.of(resamples, Sobol.DEFAULT_RESAMPLES);
    Dataset ds = options.dataset();
    if (ds.plans().isEmpty()) {
      throw CliException.usage("vetcpd: the data set has no plans to analyse");
    }
    RubricSobol analysis = RubricSobol.of(options.rubric()).withVary(vary == null ? Vary.ALL : vary)
        .withSamples(n).withSeed(seed).withResamples(b);
    if (threads != null) {
      analysis = analysis.withParallelism(threads);
    }
    long most = RubricSobol.MAX_EVALUATIONS / (analysis.factors().size() + 2);
    if (n > most) {
      throw CliException.usage("vetcpd: --samples must be at most " + most + " for "
          + analysis.factors().size() + " factors (samples × (factors + 2) rubric evaluations,"
          + " at most " + RubricSobol.MAX_EVALUATIONS + "), was " + n);
    }
    options.reportExcluded(spec.commandLine().getErr(), options.excluded());
    int evaluations = n * (analysis.factors().size() + 2);
    IntConsumer progress = noProgress || !output.progressOnStderr()
        ? done -> { }
        : new ProgressBar(spec.commandLine().getErr(), evaluations, "rubrics");
    progress.accept(0);
    SobolResult result = analysis.run(ds, progress).withPlansExcluded(options.excluded());
    PrintWriter out = output.open();
    switch (options.format()) {
      case JSON:
        out.println(VetcpdJson.write(result));
        break;
      case CSV:
        RobustnessCsv.writeSobol(result, out, output.cells());
        break;
      default:
        sobolText(result, out);
    }
    output.commit(options.format() != Format.CSV ? null : RobustnessCsv.SOBOL_COLUMNS,
        options.rubric().ref());
    return VetcpdCli.EXIT_OK;
  }

  static void text(SensitivityResult r, PrintWriter out) {
    String what = r.vary() == Vary.WEIGHTS ? "weight draws"
        : r.vary() == Vary.CONSTANTS ? "draws of the constants"
        : "draws of the weights and the constants";
    out.println("Sensitivity of " + TerminalText.escape(r.rubric().toString()) + ": " + r.draws()
        + " " + what
        + (r.vary().weights() ? ", Dirichlet concentration " + number(r.concentration()) : "")
        + ", seed " + r.seed());
    out.println("Rank stability (Kendall's tau-b of each draw's scores against the base scores):"
        + " mean " + TextTable.num2(r.tauMean()) + " (MC s.e. " + num3(r.tauMeanMcse())
        + "), 5th percentile " + TextTable.num2(r.tauP05()) + ", min "
        + TextTable.num2(r.tauMin()));
    out.println();
    TextTable plans = new TextTable("plan", "teacher", ">base", "band", ">median",
        ">spread over rubric draws", ">rank", ">median rank", ">rank range",
        ">P(band change)", ">tailored", ">partly", ">generic");
    double worst = 0;
    for (PlanSensitivity p : r.plans()) {
      plans.row(p.plan(), p.teacher(), TextTable.num(p.baseScore()), p.baseBand(),
          TextTable.num(p.median()),
          TextTable.num(p.p05()) + " to " + TextTable.num(p.p95()),
          number(p.baseRank()), number(p.medianRank()),
          number(p.rankP05()) + " to " + number(p.rankP95()),
          TextTable.share(p.bandChange()) + " ± " + num3(p.bandChangeMcse()),
          TextTable.share(p.bandShares().get(Band.TAILORED)),
          TextTable.share(p.bandShares().get(Band.PARTLY_TAILORED)),
          TextTable.share(p.bandShares().get(Band.GENERIC)));
      for (double se : p.bandShareMcse().values()) {
        worst = Math.max(worst, se);
      }
    }
    plans.print(out);
    out.println();
    out.println("Spread over rubric draws: the 5th to 95th percentile of the plan's score when"
        + " the rubric is drawn again; it shows how much the score depends on the rubric's"
        + " choices and is not a confidence interval. Ranks: 1 is the highest score, ties share"
        + " their mean rank; rank range: 5th to 95th percentile. Shares are of draws; ± is the"
        + " Monte Carlo standard error (at most " + num3(worst) + " for any band share here).");
    if (r.plansExcluded() > 0) {
      out.println(r.plansExcluded() + " plans without items were left out (--exclude-empty).");
    }
    if (!r.groups().isEmpty()) {
      out.println();
      out.println("Group means by " + r.grouping().get().name().toLowerCase(Locale.ROOT)
          + ": the share of rubric draws in which the first group's mean exceeds the second's.");
      TextTable g = new TextTable("group", "other", ">base mean", ">other base mean",
          ">P(group > other)");
      for (GroupComparison c : r.groups()) {
        if (c.group().compareTo(c.other()) < 0) {
          g.row(c.group(), c.other(), TextTable.num2(c.baseMean()),
              TextTable.num2(c.otherBaseMean()),
              TextTable.share(c.probability()) + " ± " + num3(c.mcse()));
        }
      }
      g.print(out);
    }
    if (!r.sweeps().isEmpty()) {
      out.println();
      out.println("One-at-a-time sweeps (one weight times a factor, the others kept):");
      TextTable sweepTable = new TextTable("criterion", ">factor", ">weight", ">mean |change|",
          ">max |change|", ">band changes", ">tau-b");
      for (WeightSweep s : r.sweeps()) {
        sweepTable.row(s.criterion(), number(s.factor()), TextTable.num2(s.weight()),
            TextTable.num2(s.meanAbsChange()), TextTable.num2(s.maxAbsChange()), s.bandChanges(),
            TextTable.num2(s.tau()));
      }
      sweepTable.print(out);
    }
  }

  static void sobolText(SobolResult r, PrintWriter out) {
    out.println("Sobol sensitivity of " + TerminalText.escape(r.rubric().toString()) + ": vary "
        + r.vary().name().toLowerCase(Locale.ROOT) + ", " + r.factors().size() + " factors, N = "
        + r.samples() + ", " + r.evaluations() + " rubrics scored over " + r.plans()
        + " plans, seed " + r.seed() + ", " + r.resamples() + " bootstrap resamples");
    for (SobolOutput o : r.outputs()) {
      SobolIndices s = o.indices();
      out.println();
      out.println(o.output() + ": base " + num3(o.base()) + ", mean over the rubrics "
          + num3(s.mean()) + ", variance " + num3(s.variance()));
      if (!(s.variance() > 0)) {
        out.println("  (does not vary over these rubrics: no indices)");
        continue;
      }
      double[] s1 = s.firstOrder();
      double[] st = s.total();
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < s1.length; i++) {
        order.add(i);
      }
      order.sort(Comparator.comparingDouble((Integer i) -> -st[i]));
      TextTable t = new TextTable("factor", ">range", ">first order", ">95% CI", ">total",
          ">95% CI");
      for (int i : order) {
        SobolFactor f = r.factors().get(i);
        t.row(f.factor(), number(f.low()) + " to " + number(f.high()), num3(s1[i]),
            "[" + num3(s.firstOrderLower()[i]) + ", " + num3(s.firstOrderUpper()[i]) + "]",
            num3(st[i]),
            "[" + num3(s.totalLower()[i]) + ", " + num3(s.totalUpper()[i]) + "]");
      }
      t.print(out);
    }
    out.println();
    out.println("First order: the share of the output's variance a factor explains alone; total:"
        + " with all its interactions (Saltelli 2010; Jansen). Factors are uniform over their"
        + " ranges; weights are renormalised to sum 1. CI: bootstrap percentile interval of the"
        + " Monte Carlo estimate.");
  }

  private static String num3(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }

  private static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    String s = String.format(Locale.ROOT, "%.3f", v);
    return s.replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  /** Reads weights, constants or all, in any case. */
  static final class VaryConverter implements ITypeConverter<Vary> {
    @Override
    public Vary convert(String value) {
      for (Vary v : Vary.values()) {
        if (v.name().equalsIgnoreCase(value)) {
          return v;
        }
      }
      throw new TypeConversionException(
          "expected one of weights, constants, all but was '" + value + "'");
    }
  }
}
