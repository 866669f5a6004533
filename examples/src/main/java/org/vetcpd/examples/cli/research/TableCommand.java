package org.vetcpd.examples.cli.research;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.examples.cli.Format;
import org.vetcpd.examples.cli.CodedOptions;
import org.vetcpd.examples.cli.CsvRawOption;
import org.vetcpd.examples.cli.Inputs;
import org.vetcpd.examples.cli.MaxProblems;
import org.vetcpd.examples.cli.OutputOptions;
import org.vetcpd.examples.cli.VetcpdCli;
import org.vetcpd.research.CohortCsv;
import org.vetcpd.research.CohortRow;
import org.vetcpd.research.CohortTable;
import org.vetcpd.rules.TailoringScorer;
import org.vetcpd.rules.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vetcpd table}: scores a cohort into one row per plan (ids, score, band, every criterion's
 * value, hours by competence area and contextualisation, industry-contact hours), as an aligned
 * text table, a JSON array or CSV for R and pandas.
 */
@Command(
    addMethodSubcommands = false, // none: picocli need not scan every method of the class
    name = "table",
    description = {
      "Scores a cohort into a table: one row per plan with its score, band, every criterion's"
          + " value and its hours by competence area and contextualisation.",
      "CSV columns: see org.vetcpd.research.CohortCsv (an empty cell: not assessed)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  vetcpd table examples/data/sample.json --format csv > cohort.csv",
      "  vetcpd table catalogue.json --plans cohort.jsonl -f csv > cohort.csv",
      "  vetcpd table my-spreadsheets/ -f csv    (teachers.csv, activities.csv, ...)"
    })
public final class TableCommand implements Callable<Integer>, CodedOptions {
  @Spec private CommandSpec spec;

  @Mixin private CohortOptions options;

  private final OutputOptions output = new OutputOptions();

  private final MaxProblems maxProblems = new MaxProblems();

  private final CsvRawOption csvRaw = new CsvRawOption();

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  private boolean help;

  @Option(
      names = "--plans",
      paramLabel = "FILE",
      description = "Score the plans of this JSON Lines file (one plan a line) instead of the"
          + " data set's, in constant memory; DATASET is the catalogue they refer to.")
  private Path plans;

  /** Creates the command; picocli sets its options. */
  public TableCommand() {}

  @Override
  public void addCodedOptions(CommandSpec command) {
    output.addTo(command);
    maxProblems.addTo(command);
    csvRaw.addTo(command);
  }

  @Override
  public Integer call() {
    Dataset ds = options.dataset();
    TailoringScorer scorer = TailoringScorer.of(options.rubric());
    PrintWriter out = output.open();
    int[] empty = new int[1];
    int[] written = new int[1];
    if (plans == null) {
      List<CohortRow> rows = CohortTable.of(scorer, ds);
      write(rows, out);
      written[0] = rows.size();
      options.reportExcluded(spec.commandLine().getErr(), options.excluded());
    } else {
      Inputs.checkPlanStream(plans, ds);
      try (Stream<CohortRow> all = CohortTable.stream(scorer, ds, plans)) {
        Stream<CohortRow> rows = (!options.excludeEmpty() ? all : all.filter(r -> {
          if (r.items() == 0) {
            empty[0]++;
            return false;
          }
          return true;
        })).peek(r -> written[0]++);
        if (options.format() == Format.TEXT) {
          write(rows.collect(Collectors.toList()), out);
        } else {
          write(rows.iterator(), out);
        }
      }
      options.reportExcluded(spec.commandLine().getErr(), empty[0]);
    }
    if (options.format() == Format.TEXT) {
      out.println("Scored with rubric " + TerminalText.escape(scorer.rubric().ref().toString())
          + ".");
    }
    output.commit(options.format() == Format.CSV ? CohortCsv.COLUMNS : null,
        scorer.rubric().ref());
    if (plans == null) {
      options.noteNoPlans(spec.commandLine().getErr(), "tabulate", written[0]);
    } else if (written[0] == 0) {
      Inputs.noteNoPlans(spec.commandLine().getErr(), "tabulate", plans, empty[0]);
    }
    return VetcpdCli.EXIT_OK;
  }

  private void write(List<CohortRow> rows, PrintWriter out) {
    if (options.format() == Format.TEXT) {
      text(rows, out);
    } else {
      write(rows.iterator(), out);
    }
  }

  /** JSON and CSV, one row at a time. */
  private void write(Iterator<CohortRow> rows, PrintWriter out) {
    if (options.format() == Format.CSV) {
      CohortCsv.write(() -> rows, out, output.cells());
      return;
    }
    boolean first = true;
    while (rows.hasNext()) {
      out.print(first ? "[\n" : ",\n");
      out.print(VetcpdJson.write(rows.next()).replaceAll("(?m)^", "  "));
      first = false;
    }
    out.println(first ? "[]" : "\n]");
  }

  static void text(List<CohortRow> rows, PrintWriter out) {
    TextTable t = new TextTable("plan", "teacher", "programme", "school", "department", ">score",
        ">content", "band", ">hours", ">vocational", ">generic", ">industry h");
    for (CohortRow r : rows) {
      double total = r.totalHours();
      double vocational = r.hours(CompetenceArea.VOCATIONAL)
          + r.hours(CompetenceArea.INDUSTRY_COOPERATION);
      t.row(r.plan(), r.teacher(), r.programme(), r.school().orElse(""),
          r.department().orElse(""), TextTable.num(r.score()), TextTable.num(r.contentScore()),
          r.band(), TextTable.num(total),
          total > 0 ? TextTable.pct(vocational / total) : "-",
          total > 0 ? TextTable.pct(r.hours(Contextualisation.GENERIC) / total) : "-",
          TextTable.num(r.industryContactHours()));
    }
    t.print(out);
    out.println();
    out.println(rows.size() + " plans. content: the score with facilitation's weight set to 0."
        + " vocational: share of hours in the VOCATIONAL and"
        + " INDUSTRY_COOPERATION areas; generic: share of hours in GENERIC activities.");
  }
}
