package org.vetcpd.examples.cli.research;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.examples.cli.CsvRawOption;
import org.vetcpd.examples.cli.Format;
import org.vetcpd.examples.cli.OutputOptions;
import org.vetcpd.examples.cli.VetcpdCli;
import org.vetcpd.research.Aggregates;
import org.vetcpd.research.CohortRow;
import org.vetcpd.research.CohortTable;
import org.vetcpd.research.GroupSummary;
import org.vetcpd.research.Grouping;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.TerminalText;
import org.vetcpd.rules.TailoringScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code vetcpd aggregate}: summarises a scored cohort by school, department, programme or
 * facilitator role &mdash; count, mean, median and IQR of scores, band shares, hour shares by
 * contextualisation and competence area, industry-contact share, leader involvement.
 */
@Command(
    name = "aggregate",
    description = {
      "Summarises a scored cohort by school, department, programme or facilitator role: count,"
          + " mean, median and IQR of scores (quantile type 7, R's default), band shares, hour"
          + " shares by contextualisation and competence area, industry-contact share, leader"
          + " involvement."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  vetcpd aggregate examples/data/sample.json --by school",
      "  vetcpd aggregate data.json --by facilitator --format csv > by-role.csv"
    })
public final class AggregateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private CohortOptions options;

  @Mixin private OutputOptions output;

  @Mixin private CsvRawOption csvRaw;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  private boolean help;

  @Option(
      names = "--by",
      paramLabel = "GROUPING",
      required = true,
      converter = GroupingConverter.class,
      description = "school, department, programme, facilitator or all.")
  private Grouping by;

  /** Creates the command; picocli sets its options. */
  public AggregateCommand() {}

  @Override
  public Integer call() {
    Dataset ds = options.dataset();
    Rubric rubric = options.rubric();
    List<CohortRow> rows = CohortTable.of(TailoringScorer.of(rubric), ds);
    List<GroupSummary> summaries = Aggregates.by(rows, by);
    PrintWriter out = output.open();
    switch (options.format()) {
      case JSON:
        out.println(VetcpdJson.write(summaries));
        break;
      case CSV:
        Aggregates.writeCsv(summaries, out, output.cells());
        break;
      default:
        text(summaries, out);
        out.println("Scored with rubric " + TerminalText.escape(rubric.ref().toString()) + ".");
    }
    output.commit(options.format() == Format.CSV ? Aggregates.CSV_COLUMNS : null,
        rubric.ref());
    return VetcpdCli.EXIT_OK;
  }

  private void text(List<GroupSummary> summaries, PrintWriter out) {
    TextTable t = new TextTable(by.name().toLowerCase(Locale.ROOT), ">n", ">mean", ">median",
        ">IQR", ">tailored", ">partly", ">generic", ">hours", ">vocational",
        ">generic/adapted/specific", ">industry", ">leader none/delegated/active");
    for (GroupSummary s : summaries) {
      t.row(s.key(), s.count(), TextTable.num(s.mean()), TextTable.num(s.median()),
          TextTable.num(s.iqr()), TextTable.pct(s.bandShares().get(Band.TAILORED)),
          TextTable.pct(s.bandShares().get(Band.PARTLY_TAILORED)),
          TextTable.pct(s.bandShares().get(Band.GENERIC)), TextTable.num(s.totalHours()),
          TextTable.pct(s.areaShares().get(CompetenceArea.VOCATIONAL)
              + s.areaShares().get(CompetenceArea.INDUSTRY_COOPERATION)),
          TextTable.pct(s.contextualisationShares().get(Contextualisation.GENERIC)) + "/"
              + TextTable.pct(s.contextualisationShares().get(Contextualisation.ADAPTED)) + "/"
              + TextTable.pct(
                  s.contextualisationShares().get(Contextualisation.PROGRAMME_SPECIFIC)),
          TextTable.pct(s.industryContactShare()),
          TextTable.pct(s.leaderInvolvementShares().get(LeaderInvolvement.NONE)) + "/"
              + TextTable.pct(s.leaderInvolvementShares().get(LeaderInvolvement.DELEGATED)) + "/"
              + TextTable.pct(s.leaderInvolvementShares().get(LeaderInvolvement.ACTIVE)));
    }
    t.print(out);
    out.println();
    out.println("Scores: mean, median, IQR (quantile type 7). Bands and leader involvement:"
        + " shares of plans. vocational (VOCATIONAL and INDUSTRY_COOPERATION areas),"
        + " generic/adapted/specific (contextualisation) and industry (with industry contact):"
        + " shares of the group's hours.");
  }

  /** Reads a grouping in any case. */
  static final class GroupingConverter implements ITypeConverter<Grouping> {
    @Override
    public Grouping convert(String value) {
      for (Grouping g : Grouping.values()) {
        if (g.name().equalsIgnoreCase(value)) {
          return g;
        }
      }
      throw new TypeConversionException(
          "expected one of school, department, programme, facilitator, all but was '" + value
              + "'");
    }
  }
}
