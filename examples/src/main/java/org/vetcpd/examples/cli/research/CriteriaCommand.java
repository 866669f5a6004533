package org.vetcpd.examples.cli.research;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.examples.cli.VetcpdCli;
import org.vetcpd.examples.cli.Format;
import org.vetcpd.examples.cli.MaxProblems;
import org.vetcpd.examples.cli.CodedOptions;
import org.vetcpd.examples.cli.CsvRawOption;
import org.vetcpd.examples.cli.OutputOptions;
import org.vetcpd.research.CohortRow;
import org.vetcpd.research.CohortTable;
import org.vetcpd.research.CriterionStructure;
import org.vetcpd.research.RobustnessCsv;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.TailoringScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vetcpd criteria}: the structure of the ten criteria over a cohort &mdash; their
 * pairwise-complete correlations with the number of plans per pair, Cronbach's α and α if a
 * criterion is deleted, and the share of plans where each is not assessed.
 */
@Command(
    addMethodSubcommands = false, // none: picocli need not scan every method of the class
    name = "criteria",
    description = {
      "How do the ten criteria hang together over a cohort? Pearson correlations of each pair"
          + " over the plans where both are assessed (with that number of plans), Cronbach's"
          + " alpha and alpha if a criterion is deleted (over the plans where all ten are"
          + " assessed), and the share of plans where each criterion is not assessed."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  vetcpd criteria examples/data/sample.json",
      "  vetcpd criteria data.json --exclude-empty -f csv > criteria.csv"
    })
public final class CriteriaCommand implements Callable<Integer>, CodedOptions {
  @Spec private CommandSpec spec;

  private final OutputOptions output = new OutputOptions();

  private final CsvRawOption csvRaw = new CsvRawOption();

  private final MaxProblems maxProblems = new MaxProblems();

  @Mixin private CohortOptions options;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  private boolean help;

  /** Creates the command; picocli sets its options. */
  public CriteriaCommand() {}

  @Override
  public void addCodedOptions(CommandSpec command) {
    output.addTo(command);
    maxProblems.addTo(command);
    csvRaw.addTo(command);
  }

  @Override
  public Integer call() {
    Rubric rubric = options.rubric();
    List<CohortRow> rows = CohortTable.of(TailoringScorer.of(rubric), options.dataset());
    options.reportExcluded(spec.commandLine().getErr(), options.excluded());
    CriterionStructure s = CriterionStructure.of(rubric.ref(), rows)
        .withPlansExcluded(options.excluded());
    PrintWriter out = output.open();
    switch (options.format()) {
      case JSON:
        out.println(VetcpdJson.write(s));
        break;
      case CSV:
        RobustnessCsv.writeCriteria(s, out, output.cells());
        break;
      default:
        text(s, out);
    }
    output.commit(options.format() == Format.CSV ? RobustnessCsv.CRITERIA_COLUMNS : null,
        rubric.ref());
    options.noteNoPlans(spec.commandLine().getErr(), "analyse", rows.size());
    return VetcpdCli.EXIT_OK;
  }

  static void text(CriterionStructure s, PrintWriter out) {
    out.println(s.plans() + " plans" + (s.plansExcluded() > 0 ? " (" + s.plansExcluded()
        + " without items left out)" : "") + "; " + s.completePlans()
        + " with all ten criteria assessed. Cronbach's alpha: " + num(s.alpha()));
    out.println();
    List<String> header = new ArrayList<>(List.of("criterion", ">not assessed",
        ">alpha if deleted"));
    for (int i = 1; i <= Rubric.CRITERIA.size(); i++) {
      header.add(">" + i);
    }
    TextTable t = new TextTable(header.toArray(new String[0]));
    int i = 1;
    for (String id : Rubric.CRITERIA) {
      List<Object> row = new ArrayList<>(List.of(i + " " + id,
          TextTable.share(s.notAssessed(id)), num(s.alphaIfDeleted(id))));
      for (String other : Rubric.CRITERIA) {
        row.add(Double.isNaN(s.correlation(id, other)) ? "-"
            : String.format(Locale.ROOT, "%.2f", s.correlation(id, other)));
      }
      t.row(row.toArray());
      i++;
    }
    t.print(out);
    out.println();
    out.println("Correlations: Pearson's r over the plans where both criteria are assessed"
        + " (n per pair in the JSON and CSV; - when fewer than two plans or no variation)."
        + " Alpha: over the plans where all ten are assessed; - when undefined.");
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }
}
