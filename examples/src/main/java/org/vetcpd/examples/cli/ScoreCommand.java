package org.vetcpd.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.rules.CriterionResult;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.TailoringReport;
import org.vetcpd.rules.TailoringScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vetcpd score}: one report per plan, in plan order, as text, JSON or CSV. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    versionProvider = VetcpdCli.Version.class,
    description = {
      "Scores the plans of a data set: one report per plan, in plan order.",
      "Without DATASET, scores the bundled sample data set."
    })
final class ScoreCommand implements Callable<Integer> {
  /** How many plan ids an unknown-plan error lists, to keep it on one readable line. */
  private static final int MAX_LISTED = 10;

  @Spec private CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "DATASET",
      description = "The data set, a JSON file (see docs/). Default: the bundled sample data set.")
  private Path dataset;

  @Option(
      names = "--rubric",
      paramLabel = "FILE",
      description = "A rubric JSON file ('vetcpd rubric' prints the standard one to start from)."
          + " Default: the standard rubric.")
  private Path rubric;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = Format.Converter.class,
      description = "${COMPLETION-CANDIDATES}: readable text blocks, a JSON array of reports,"
          + " or one CSV row per plan. Default: ${DEFAULT-VALUE}.")
  private Format format;

  @Option(
      names = {"-p", "--plan"},
      paramLabel = "ID",
      description = "Score only this plan (may be repeated; reports stay in plan order).")
  private List<String> plans = new ArrayList<>();

  @Override
  public Integer call() {
    Dataset ds = Inputs.dataset(dataset);
    Rubric r = Inputs.rubric(rubric);
    TailoringScorer scorer = TailoringScorer.of(r);
    List<TailoringReport> reports = plans.isEmpty()
        ? scorer.scoreAll(ds)
        : selected(ds).stream().map(p -> scorer.score(ds, p)).collect(Collectors.toList());
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case TEXT:
        writeText(reports, out);
        break;
      case JSON:
        out.println(VetcpdJson.write(reports));
        break;
      case CSV:
        writeCsv(reports, out);
        break;
      default:
        throw new AssertionError(format);
    }
    out.flush();
    return VetcpdCli.EXIT_OK;
  }

  /** The plans asked for, in plan order, or a usage error naming the first unknown id. */
  private List<CpdPlan> selected(Dataset ds) {
    LinkedHashSet<String> wanted = new LinkedHashSet<>(plans);
    for (String id : wanted) {
      if (!ds.planIndex().containsKey(id)) {
        String known = ds.plans().stream().limit(MAX_LISTED).map(CpdPlan::id)
            .collect(Collectors.joining(", "))
            + (ds.plans().size() > MAX_LISTED ? ", ..." : "");
        throw CliException.usage("vetcpd: no plan \"" + id + "\" in "
            + (dataset == null ? "the sample data set" : dataset.toString())
            + (known.isEmpty() ? " (it has no plans)" : "; its plans: " + known));
      }
    }
    return ds.plans().stream().filter(p -> wanted.contains(p.id())).collect(Collectors.toList());
  }

  private static void writeText(List<TailoringReport> reports, PrintWriter out) {
    for (int i = 0; i < reports.size(); i++) {
      if (i > 0) {
        out.println();
      }
      out.println(reports.get(i).toText().stripTrailing());
    }
  }

  /**
   * Header {@code plan,teacher,score,band,<criterion ids>}, then one row per report; a criterion's
   * cell is its value, empty when it was not assessed.
   */
  static void writeCsv(List<TailoringReport> reports, PrintWriter out) {
    CsvWriter csv = new CsvWriter(out);
    List<String> criteria = Rubric.CRITERIA;
    List<String> header = new ArrayList<>(List.of("plan", "teacher", "score", "band"));
    header.addAll(criteria);
    csv.row(header);
    for (TailoringReport report : reports) {
      List<String> row = new ArrayList<>();
      row.add(report.plan());
      row.add(report.teacher());
      row.add(CsvWriter.number(report.score()));
      row.add(report.band().name());
      for (String id : criteria) {
        row.add(report.criteria().stream()
            .filter(c -> c.id().equals(id))
            .findFirst()
            .filter(CriterionResult::assessed)
            .map(c -> CsvWriter.number(c.value().getAsDouble()))
            .orElse(null));
      }
      csv.row(row);
    }
  }
}
