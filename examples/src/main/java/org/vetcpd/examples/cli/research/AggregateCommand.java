package org.vetcpd.examples.cli.research;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.examples.cli.CodedOptions;
import org.vetcpd.examples.cli.CsvRawOption;
import org.vetcpd.examples.cli.Format;
import org.vetcpd.examples.cli.MaxProblems;
import org.vetcpd.examples.cli.OutputOptions;
import org.vetcpd.examples.cli.VetcpdCli;
import org.vetcpd.examples.cli.CliException;
import org.vetcpd.research.Aggregates;
import org.vetcpd.research.Bootstrap;
import org.vetcpd.research.Cluster;
import org.vetcpd.research.GroupDifference;
import org.vetcpd.research.GroupInterval;
import org.vetcpd.research.RobustnessCsv;
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
    addMethodSubcommands = false, // none: picocli need not scan every method of the class
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
      "  vetcpd aggregate data.json --by facilitator --format csv > by-role.csv",
      "  vetcpd aggregate data.json --by programme --ci --resamples 2000 --cluster school"
    })
public final class AggregateCommand implements Callable<Integer>, CodedOptions {
  @Spec private CommandSpec spec;

  @Mixin private CohortOptions options;

  private final OutputOptions output = new OutputOptions();

  private final MaxProblems maxProblems = new MaxProblems();

  private final CsvRawOption csvRaw = new CsvRawOption();

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  private boolean help;

  @Option(
      names = "--by",
      paramLabel = "GROUPING",
      required = true,
      converter = GroupingConverter.class,
      description = "school, department, programme, facilitator or all.")
  private Grouping by;

  @Option(
      names = "--ci",
      description = "Bootstrap percentile intervals (95 %%) for each group's mean, median and band"
          + " shares instead of the summary: each group's plans (or clusters, --cluster) are"
          + " resampled with replacement.")
  private boolean ci;

  @Option(
      names = "--resamples",
      paramLabel = "N",
      description = "With --ci: the number of bootstrap resamples, " + Resamples.RANGE
          + ". Default: " + Bootstrap.DEFAULT_RESAMPLES + ".")
  private Integer resamples;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "With --ci: the random seed. Default: 1.")
  private Long seed;

  @Option(
      names = "--cluster",
      paramLabel = "UNIT",
      converter = ClusterConverter.class,
      description = "With --ci: resample whole schools or teachers (school, teacher) instead of"
          + " single plans, for plans that are not independent.")
  private Cluster cluster;

  @Option(
      names = "--differences",
      description = "With --ci and --format csv: print the intervals of the differences of the"
          + " groups' mean scores instead of each group's intervals. Text and JSON show both"
          + " tables, so --differences without CSV is a usage error.")
  private boolean differences;

  /** Creates the command; picocli sets its options. */
  public AggregateCommand() {}

  @Override
  public void addCodedOptions(CommandSpec command) {
    output.addTo(command);
    maxProblems.addTo(command);
    csvRaw.addTo(command);
  }

  @Override
  public Integer call() {
    if (!ci && (resamples != null || seed != null || cluster != null || differences)) {
      throw CliException.usage(
          "vetcpd: --resamples, --seed, --cluster and --differences go with --ci");
    }
    if (differences && options.format() != Format.CSV) {
      // text and JSON print the differences beside the intervals: nothing to choose
      throw CliException.usage("vetcpd: --differences goes with --format csv (text and JSON"
          + " show the differences beside the intervals)");
    }
    int n = Resamples.of(resamples, Bootstrap.DEFAULT_RESAMPLES);
    Dataset ds = options.dataset();
    Rubric rubric = options.rubric();
    List<CohortRow> rows = CohortTable.of(TailoringScorer.of(rubric), ds);
    options.reportExcluded(spec.commandLine().getErr(), options.excluded());
    PrintWriter out = output.open();
    if (ci) {
      Bootstrap bootstrap = Bootstrap.of(by)
          .withResamples(n)
          .withSeed(seed())
          .withCluster(cluster == null ? Cluster.PLAN : cluster);
      intervals(bootstrap.run(rows), bootstrap.differences(rows), n, out);
      output.commit(options.format() != Format.CSV ? null
          : differences ? RobustnessCsv.DIFFERENCE_COLUMNS : RobustnessCsv.INTERVAL_COLUMNS,
          rubric.ref());
      options.noteNoPlans(spec.commandLine().getErr(), "aggregate", rows.size());
      return VetcpdCli.EXIT_OK;
    }
    List<GroupSummary> summaries = Aggregates.by(rows, by);
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
    options.noteNoPlans(spec.commandLine().getErr(), "aggregate", rows.size());
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

  private long seed() {
    return seed == null ? 1 : seed;
  }

  private void intervals(List<GroupInterval> intervals, List<GroupDifference> diffs,
      int resamples, PrintWriter out) {
    switch (options.format()) {
      case JSON:
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("intervals", intervals);
        json.put("differences", diffs);
        out.println(VetcpdJson.write(json));
        return;
      case CSV:
        if (differences) {
          RobustnessCsv.writeDifferences(diffs, out, output.cells());
        } else {
          RobustnessCsv.writeIntervals(intervals, out, output.cells());
        }
        return;
      default:
        break;
    }
    TextTable t = new TextTable(by.name().toLowerCase(Locale.ROOT), ">n", ">clusters", ">mean",
        ">95% CI", ">median", ">95% CI", ">tailored", ">95% CI", ">generic", ">95% CI");
    for (GroupInterval g : intervals) {
      t.row(g.key(), g.count(), g.clusters(), TextTable.num(g.mean()),
          range(TextTable.num(g.meanLower()), TextTable.num(g.meanUpper())),
          TextTable.num(g.median()),
          range(TextTable.num(g.medianLower()), TextTable.num(g.medianUpper())),
          TextTable.share(g.bandShares().get(Band.TAILORED)),
          range(TextTable.share(g.bandSharesLower().get(Band.TAILORED)),
              TextTable.share(g.bandSharesUpper().get(Band.TAILORED))),
          TextTable.share(g.bandShares().get(Band.GENERIC)),
          range(TextTable.share(g.bandSharesLower().get(Band.GENERIC)),
              TextTable.share(g.bandSharesUpper().get(Band.GENERIC))));
    }
    t.print(out);
    if (!diffs.isEmpty()) {
      out.println();
      TextTable d = new TextTable(by.name().toLowerCase(Locale.ROOT), "other",
          ">difference of means", ">95% CI");
      for (GroupDifference x : diffs) {
        d.row(x.group(), x.other(), TextTable.num(x.difference()),
            range(TextTable.num(x.lower()), TextTable.num(x.upper())));
      }
      d.print(out);
    }
    out.println();
    out.println(String.format(Locale.ROOT, "%.0f%%", 100 * Bootstrap.DEFAULT_LEVEL)
        + " bootstrap percentile intervals from " + resamples + " resamples, seed " + seed()
        + ", by " + by.name().toLowerCase(Locale.ROOT) + ": each group's "
        + (cluster == null || cluster == Cluster.PLAN ? "plans"
            : cluster.name().toLowerCase(Locale.ROOT) + "s")
        + " resampled with replacement within the group. Band shares are shares of plans;"
        + " PARTLY_TAILORED is in the JSON and CSV.");
  }

  private static String range(String lower, String upper) {
    return "[" + lower + ", " + upper + "]";
  }

  /** Reads a cluster unit in any case. */
  static final class ClusterConverter implements ITypeConverter<Cluster> {
    @Override
    public Cluster convert(String value) {
      for (Cluster c : new Cluster[] {Cluster.SCHOOL, Cluster.TEACHER}) {
        if (c.name().equalsIgnoreCase(value)) {
          return c;
        }
      }
      throw new TypeConversionException(
          "expected one of school, teacher but was '" + value + "'");
    }
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
