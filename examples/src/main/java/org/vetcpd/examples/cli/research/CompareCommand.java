package org.vetcpd.examples.cli.research;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.examples.cli.CliException;
import org.vetcpd.examples.cli.Inputs;
import org.vetcpd.examples.cli.VetcpdCli;
import org.vetcpd.examples.cli.Format;
import org.vetcpd.examples.cli.MaxProblems;
import org.vetcpd.examples.cli.CodedOptions;
import org.vetcpd.examples.cli.CsvRawOption;
import org.vetcpd.examples.cli.OutputOptions;
import org.vetcpd.research.CohortTable;
import org.vetcpd.research.Mover;
import org.vetcpd.research.RobustnessCsv;
import org.vetcpd.research.RubricComparison;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.TailoringScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vetcpd compare}: scores a cohort under two rubrics and tells how far they agree: Kendall's
 * τ-b and Spearman's ρ of the scores, quadratic-weighted Cohen's κ of the bands, the
 * band-transition matrix and the plans that move most.
 */
@Command(
    addMethodSubcommands = false, // none: picocli need not scan every method of the class
    name = "compare",
    description = {
      "Scores a cohort under two rubrics (--rubric A --rubric B) and tells how far they agree:"
          + " Kendall's tau-b and Spearman's rho of the scores, Cohen's kappa of the bands with"
          + " quadratic weights, the band-transition matrix (rows A, columns B) and the plans"
          + " whose rank moves most.",
      "CSV: one row per plan with its scores, bands and ranks under A and B."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  vetcpd rubric > a.json   (edit a copy into b.json)",
      "  vetcpd compare examples/data/sample.json --rubric a.json --rubric b.json",
      "  vetcpd compare data.json --rubric a.json --rubric b.json -f csv > moves.csv"
    })
public final class CompareCommand implements Callable<Integer>, CodedOptions {
  @Spec private CommandSpec spec;

  private final OutputOptions output = new OutputOptions();

  private final CsvRawOption csvRaw = new CsvRawOption();

  private final MaxProblems maxProblems = new MaxProblems();

  @Mixin private CohortOptions options;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  private boolean help;

  @Option(
      names = "--movers",
      paramLabel = "N",
      defaultValue = "10",
      description = "How many of the plans that move most to list. Default: ${DEFAULT-VALUE}.")
  private int movers;

  /** Creates the command; picocli sets its options. */
  public CompareCommand() {}

  @Override
  public void addCodedOptions(CommandSpec command) {
    output.addTo(command);
    maxProblems.addTo(command);
    csvRaw.addTo(command);
  }

  @Override
  public Integer call() {
    if (options.rubricFiles().size() != 2) {
      throw CliException.usage("vetcpd: compare needs --rubric twice (rubric A, then rubric B),"
          + " was given " + options.rubricFiles().size());
    }
    if (movers < 0) {
      throw CliException.usage("vetcpd: --movers must be at least 0, was " + movers);
    }
    List<Rubric> rubrics = Inputs.rubrics(options.rubricFiles()); // every bad one's problems
    Rubric a = rubrics.get(0);
    Rubric b = rubrics.get(1);
    Dataset ds = options.dataset();
    options.reportExcluded(spec.commandLine().getErr(), options.excluded());
    RubricComparison c = RubricComparison.of(a.ref(), CohortTable.of(TailoringScorer.of(a), ds),
        b.ref(), CohortTable.of(TailoringScorer.of(b), ds), movers)
        .withPlansExcluded(options.excluded());
    PrintWriter out = output.open();
    switch (options.format()) {
      case JSON:
        out.println(VetcpdJson.write(c));
        break;
      case CSV:
        RobustnessCsv.writeComparison(c, out, output.cells());
        break;
      default:
        text(c, out);
    }
    output.commit(options.format() == Format.CSV ? RobustnessCsv.COMPARISON_COLUMNS : null,
        a.ref(), b.ref());
    options.noteNoPlans(spec.commandLine().getErr(), "compare", ds.plans().size());
    return VetcpdCli.EXIT_OK;
  }

  static void text(RubricComparison c, PrintWriter out) {
    out.println("A: " + c.rubricA() + "   B: " + c.rubricB() + "   " + c.plans() + " plans"
        + (c.plansExcluded() > 0 ? " (" + c.plansExcluded() + " without items left out)" : ""));
    out.println("Kendall's tau-b " + num(c.kendallTauB()) + ", Spearman's rho "
        + num(c.spearman()) + " (scores); Cohen's kappa, quadratic weights, "
        + num(c.weightedKappa()) + " (bands)");
    out.println();
    out.println("Bands (rows A, columns B, number of plans):");
    TextTable t = new TextTable("A \\ B", ">TAILORED", ">PARTLY_TAILORED", ">GENERIC");
    for (Band x : Band.values()) {
      t.row(x, c.transitions().get(x).get(Band.TAILORED),
          c.transitions().get(x).get(Band.PARTLY_TAILORED),
          c.transitions().get(x).get(Band.GENERIC));
    }
    t.print(out);
    List<Mover> movers = c.movers();
    if (!movers.isEmpty()) {
      out.println();
      out.println("Plans that move most (rank 1 is the highest score):");
      TextTable m = new TextTable("plan", "teacher", ">score A", ">score B", "band A", "band B",
          ">rank A", ">rank B", ">shift");
      for (Mover x : movers) {
        m.row(x.plan(), x.teacher(), TextTable.num(x.scoreA()), TextTable.num(x.scoreB()),
            x.bandA(), x.bandB(), rank(x.rankA()), rank(x.rankB()), rank(x.rankShift()));
      }
      m.print(out);
    }
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "undefined" : String.format(Locale.ROOT, "%.3f", v);
  }

  private static String rank(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }
}
