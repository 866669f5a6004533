package org.vetcpd.research;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.RubricRef;

/**
 * Writes the tables of the robustness analyses as CSV, in the format of {@link CohortCsv} (RFC
 * 4180, snake_case headers, {@code .} decimals, an empty cell for an undefined number): Sobol
 * indices, group comparisons over rubric draws, rubric comparisons, criterion structure and
 * bootstrap intervals. Every table ends with the rubric it was computed with, on every row: {@code
 * rubric_id, rubric_version, rubric_fingerprint} (the comparison of two rubrics: {@code
 * rubric_a_id, rubric_a_version, rubric_a_fingerprint, rubric_b_id, rubric_b_version,
 * rubric_b_fingerprint}). Each writer flushes, never closes, its writer.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RobustnessCsv {
  /** A row of the Sobol table: one factor's indices for one output. */
  record SobolRow(SobolOutput output, SobolFactor factor, int index, RubricRef rubric) {}

  /** A row of the group comparisons: one ordered pair of groups. */
  record GroupRow(String grouping, GroupComparison comparison, RubricRef rubric) {}

  /** A row of a rubric comparison: one plan under both rubrics. */
  record MoverRow(Mover mover, RubricComparison comparison) {}

  /** A row of the criterion structure: one criterion. */
  record CriterionRow(String criterion, CriterionStructure structure) {}

  // The tables, each declared once: each column's codebook entry and cell.
  static final ComputedTable<SobolRow> SOBOL = sobol();
  static final ComputedTable<GroupRow> GROUPS = groups();
  static final ComputedTable<MoverRow> COMPARISON = comparison();
  static final ComputedTable<CriterionRow> CRITERIA = criteria();
  static final ComputedTable<GroupInterval> INTERVALS = intervals();
  static final ComputedTable<GroupDifference> DIFFERENCES = differences();

  /** The columns of {@link #writeSobol}: one row per output and factor. */
  public static final ImmutableList<String> SOBOL_COLUMNS = SOBOL.names();

  /** The columns of {@link #writeGroups}: one row per ordered pair of groups. */
  public static final ImmutableList<String> GROUP_COLUMNS = GROUPS.names();

  /** The columns of {@link #writeComparison}: one row per plan, in plan order. */
  public static final ImmutableList<String> COMPARISON_COLUMNS = COMPARISON.names();

  /** The columns of {@link #writeCriteria}: one row per criterion. */
  public static final ImmutableList<String> CRITERIA_COLUMNS = CRITERIA.names();

  /** The columns of {@link #writeIntervals}: one row per group. */
  public static final ImmutableList<String> INTERVAL_COLUMNS = INTERVALS.names();

  /** The columns of {@link #writeDifferences}: one row per pair of groups. */
  public static final ImmutableList<String> DIFFERENCE_COLUMNS = DIFFERENCES.names();

  private RobustnessCsv() {}

  /**
   * Writes bootstrap intervals of differences of group means, one row per pair of groups.
   *
   * @param differences the differences
   * @param out where to write
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeDifferences(Iterable<GroupDifference> differences, Writer out) {
    writeDifferences(differences, out, CsvCells.SAFE);
  }

  /**
   * Writes the table as {@link #writeDifferences(Iterable, Writer)} does, with cells from data written as
   * {@code cells} says ({@link CsvCells#RAW} for exact values).
   *
   * @param differences what to write
   * @param out where to write
   * @param cells how cells from data are written
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeDifferences(Iterable<GroupDifference> differences, Writer out, CsvCells cells) {
    requireNonNull(cells, "cells");
    requireNonNull(differences, "differences");
    requireNonNull(out, "out");
    DIFFERENCES.write(differences, out, cells);
  }

  /**
   * Writes the indices of every output of a Sobol analysis.
   *
   * @param result the result
   * @param out where to write
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeSobol(SobolResult result, Writer out) {
    writeSobol(result, out, CsvCells.SAFE);
  }

  /**
   * Writes the table as {@link #writeSobol(SobolResult, Writer)} does, with cells from data written as
   * {@code cells} says ({@link CsvCells#RAW} for exact values).
   *
   * @param result what to write
   * @param out where to write
   * @param cells how cells from data are written
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeSobol(SobolResult result, Writer out, CsvCells cells) {
    requireNonNull(cells, "cells");
    requireNonNull(result, "result");
    requireNonNull(out, "out");
    List<SobolRow> rows = new ArrayList<>();
    for (SobolOutput o : result.outputs()) {
      for (int i = 0; i < result.factors().size(); i++) {
        rows.add(new SobolRow(o, result.factors().get(i), i, result.rubric()));
      }
    }
    SOBOL.write(rows, out, cells);
  }

  /**
   * Writes the group comparisons of an uncertainty analysis.
   *
   * @param result the result
   * @param out where to write
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeGroups(SensitivityResult result, Writer out) {
    writeGroups(result, out, CsvCells.SAFE);
  }

  /**
   * Writes the table as {@link #writeGroups(SensitivityResult, Writer)} does, with cells from data written as
   * {@code cells} says ({@link CsvCells#RAW} for exact values).
   *
   * @param result what to write
   * @param out where to write
   * @param cells how cells from data are written
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeGroups(SensitivityResult result, Writer out, CsvCells cells) {
    requireNonNull(cells, "cells");
    requireNonNull(result, "result");
    requireNonNull(out, "out");
    String grouping = result.grouping().map(Enum::name).orElse(null);
    List<GroupRow> rows = new ArrayList<>();
    for (GroupComparison g : result.groups()) {
      rows.add(new GroupRow(grouping, g, result.rubric()));
    }
    GROUPS.write(rows, out, cells);
  }

  /**
   * Writes every plan of a rubric comparison.
   *
   * @param comparison the comparison
   * @param out where to write
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeComparison(RubricComparison comparison, Writer out) {
    writeComparison(comparison, out, CsvCells.SAFE);
  }

  /**
   * Writes the table as {@link #writeComparison(RubricComparison, Writer)} does, with cells from data written as
   * {@code cells} says ({@link CsvCells#RAW} for exact values).
   *
   * @param comparison what to write
   * @param out where to write
   * @param cells how cells from data are written
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeComparison(RubricComparison comparison, Writer out, CsvCells cells) {
    requireNonNull(cells, "cells");
    requireNonNull(comparison, "comparison");
    requireNonNull(out, "out");
    List<MoverRow> rows = new ArrayList<>();
    for (Mover m : comparison.changes()) {
      rows.add(new MoverRow(m, comparison));
    }
    COMPARISON.write(rows, out, cells);
  }

  /**
   * Writes the criterion structure: per criterion its share not assessed, α (the same in every
   * row), α if deleted, its correlations {@code r_*} and pair counts {@code n_*}.
   *
   * @param structure the structure
   * @param out where to write
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeCriteria(CriterionStructure structure, Writer out) {
    writeCriteria(structure, out, CsvCells.SAFE);
  }

  /**
   * Writes the table as {@link #writeCriteria(CriterionStructure, Writer)} does, with cells from data written as
   * {@code cells} says ({@link CsvCells#RAW} for exact values).
   *
   * @param structure what to write
   * @param out where to write
   * @param cells how cells from data are written
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeCriteria(CriterionStructure structure, Writer out, CsvCells cells) {
    requireNonNull(cells, "cells");
    requireNonNull(structure, "structure");
    requireNonNull(out, "out");
    List<CriterionRow> rows = new ArrayList<>();
    for (String id : Rubric.CRITERIA) {
      rows.add(new CriterionRow(id, structure));
    }
    CRITERIA.write(rows, out, cells);
  }

  /**
   * Writes bootstrap intervals, one row per group.
   *
   * @param intervals the intervals
   * @param out where to write
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeIntervals(Iterable<GroupInterval> intervals, Writer out) {
    writeIntervals(intervals, out, CsvCells.SAFE);
  }

  /**
   * Writes the table as {@link #writeIntervals(Iterable, Writer)} does, with cells from data written as
   * {@code cells} says ({@link CsvCells#RAW} for exact values).
   *
   * @param intervals what to write
   * @param out where to write
   * @param cells how cells from data are written
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeIntervals(Iterable<GroupInterval> intervals, Writer out, CsvCells cells) {
    requireNonNull(cells, "cells");
    requireNonNull(intervals, "intervals");
    requireNonNull(out, "out");
    INTERVALS.write(intervals, out, cells);
  }

  // --- the tables' declarations ---------------------------------------------------------------

  private static ComputedTable<SobolRow> sobol() {
    String unit = "factor value";
    String index = "Sobol index";
    return ComputedTable.<SobolRow>builder(
            "`sensitivity --method sobol --format csv` (`RobustnessCsv.writeSobol`)")
        .add(Codebook.category("output", "The cohort output analysed.",
            ImmutableList.of("mean_score", "tailored_share", "mean_abs_rank_shift")),
            r -> r.output().output())
        // factor names (weights.needs-alignment); the sweeps table's factor is a number: the one
        // entry of both is of Table Schema type any
        .add(Codebook.FACTOR, r -> r.factor().factor())
        .add(Codebook.number("low", unit, null, null, "The least value the factor takes."),
            r -> n(r.factor().low()))
        .add(Codebook.number("high", unit, null, null, "The greatest value the factor takes."),
            r -> n(r.factor().high()))
        .add(Codebook.number("base", unit, null, null, "The factor's value in the rubric itself."),
            r -> n(r.factor().base()))
        .add(Codebook.number("first_order", index, null, null, "The first-order Sobol index"
            + " (Saltelli 2010 estimator); may fall slightly below 0 by Monte Carlo error."),
            r -> n(r.output().indices().firstOrder()[r.index()]))
        .add(Codebook.number("first_order_lower", index, null, null,
            "The lower end of its bootstrap interval."),
            r -> n(r.output().indices().firstOrderLower()[r.index()]))
        .add(Codebook.number("first_order_upper", index, null, null,
            "The upper end of its bootstrap interval."),
            r -> n(r.output().indices().firstOrderUpper()[r.index()]))
        .add(Codebook.number("total", index, null, null,
            "The total-order Sobol index (Jansen estimator)."),
            r -> n(r.output().indices().total()[r.index()]))
        .add(Codebook.number("total_lower", index, null, null,
            "The lower end of its bootstrap interval."),
            r -> n(r.output().indices().totalLower()[r.index()]))
        .add(Codebook.number("total_upper", index, null, null,
            "The upper end of its bootstrap interval."),
            r -> n(r.output().indices().totalUpper()[r.index()]))
        .rubric(SobolRow::rubric)
        .build();
  }

  private static ComputedTable<GroupRow> groups() {
    return ComputedTable.<GroupRow>builder(
            "`sensitivity --by GROUPING --groups --format csv` (`RobustnessCsv.writeGroups`)")
        .add(Codebook.GROUPING, GroupRow::grouping)
        .add(Codebook.GROUP, r -> r.comparison().group())
        .add(Codebook.OTHER, r -> r.comparison().other())
        .add(Codebook.number("base_mean", Codebook.POINTS, 0, 100,
            "The group's mean score under the rubric itself."),
            r -> n(r.comparison().baseMean()))
        .add(Codebook.number("other_base_mean", Codebook.POINTS, 0, 100,
            "The other group's mean score under the rubric itself."),
            r -> n(r.comparison().otherBaseMean()))
        .add(Codebook.number("probability", Codebook.SHARE, 0, 1, "Share of the rubric draws in"
            + " which the group's mean score exceeds the other's."),
            r -> n(r.comparison().probability()))
        .add(Codebook.number("mcse", Codebook.SHARE, 0, null,
            "The Monte Carlo standard error of that share."), r -> n(r.comparison().mcse()))
        .rubric(GroupRow::rubric)
        .build();
  }

  private static ComputedTable<MoverRow> comparison() {
    ComputedTable.Builder<MoverRow> t = ComputedTable.<MoverRow>builder(
            "`compare --format csv` (`RobustnessCsv.writeComparison`)")
        .add(Codebook.PLAN, r -> r.mover().plan())
        .add(Codebook.TEACHER, r -> r.mover().teacher())
        .add(Codebook.number("score_a", Codebook.POINTS, 0, 100,
            "The plan's score under rubric A."), r -> n(r.mover().scoreA()))
        .add(Codebook.number("score_b", Codebook.POINTS, 0, 100,
            "The plan's score under rubric B."), r -> n(r.mover().scoreB()))
        .add(Codebook.number("score_change", Codebook.POINTS, -100, 100, "score_b − score_a."),
            r -> n(r.mover().scoreChange()))
        .add(Codebook.category("band_a", "The plan's band under rubric A.", Band.values()),
            r -> r.mover().bandA().name())
        .add(Codebook.category("band_b", "The plan's band under rubric B.", Band.values()),
            r -> r.mover().bandB().name())
        .add(Codebook.number("rank_a", "rank", 1, null,
            "The plan's rank under rubric A (1 = highest)."), r -> n(r.mover().rankA()))
        .add(Codebook.number("rank_b", "rank", 1, null, "The plan's rank under rubric B."),
            r -> n(r.mover().rankB()))
        .add(Codebook.number("rank_shift", "rank", null, null, "rank_b − rank_a."),
            r -> n(r.mover().rankShift()));
    for (String x : List.of("a", "b")) {
      String rubric = "rubric " + x.toUpperCase(Locale.ROOT);
      Function<MoverRow, RubricRef> ref = x.equals("a")
          ? r -> r.comparison().rubricA() : r -> r.comparison().rubricB();
      t.add(Codebook.text("rubric_" + x + "_id", "The id of " + rubric + "."),
              r -> ref.apply(r).id())
          .add(Codebook.text("rubric_" + x + "_version", "The version of " + rubric + "."),
              r -> ref.apply(r).version())
          .add(Codebook.text("rubric_" + x + "_fingerprint", "sha256: and the SHA-256 of "
              + rubric + "'s canonical JSON; two rubrics share it only when they are equal."),
              r -> ref.apply(r).fingerprint());
    }
    return t.build();
  }

  private static ComputedTable<CriterionRow> criteria() {
    ComputedTable.Builder<CriterionRow> t = ComputedTable.<CriterionRow>builder(
            "`criteria --format csv` (`RobustnessCsv.writeCriteria`)")
        // one name, one codebook entry: the sweeps' criterion ("whose weight was changed"),
        // here simply the row's criterion; the allowed values hold for both
        .add(Codebook.CRITERION, CriterionRow::criterion)
        .add(Codebook.number("not_assessed", Codebook.SHARE, 0, 1,
            "Share of the plans for which the criterion was not assessed."),
            r -> n(r.structure().notAssessed(r.criterion())))
        .add(Codebook.number("alpha", "Cronbach's alpha", null, 1, "Cronbach's alpha of the ten"
            + " criteria (the same on every row), over plans with every criterion assessed."),
            r -> n(r.structure().alpha()))
        .add(Codebook.number("alpha_if_deleted", "Cronbach's alpha", null, 1,
            "Cronbach's alpha without this criterion."),
            r -> n(r.structure().alphaIfDeleted(r.criterion())));
    for (String other : Rubric.CRITERIA) {
      t.add(Codebook.number("r_" + Codebook.column(other), "Pearson r", -1, 1, "The correlation"
          + " of the row's criterion with " + other + " (pairwise complete); empty when"
          + " undefined."), r -> n(r.structure().correlation(r.criterion(), other)));
    }
    for (String other : Rubric.CRITERIA) {
      t.add(Codebook.integer("n_" + Codebook.column(other), Codebook.COUNT_UNIT, "The number of"
          + " plans the correlation with " + other + " was computed on."),
          r -> Integer.toString(r.structure().pairs(r.criterion(), other)));
    }
    return t.rubric(r -> r.structure().rubric()).build();
  }

  private static ComputedTable<GroupInterval> intervals() {
    ComputedTable.Builder<GroupInterval> t = ComputedTable.<GroupInterval>builder(
            "`aggregate --ci --format csv` (`RobustnessCsv.writeIntervals`)")
        .add(Codebook.GROUPING, g -> g.grouping().name())
        .add(Codebook.KEY, GroupInterval::key)
        .add(Codebook.COUNT, g -> Integer.toString(g.count()))
        .add(Codebook.integer("clusters", Codebook.COUNT_UNIT, "The number of clusters (schools"
            + " or teachers) resampled in the group; its plans when plans are resampled."),
            g -> Integer.toString(g.clusters()))
        .add(Codebook.MEAN, g -> n(g.mean()))
        .add(lower("mean"), g -> n(g.meanLower()))
        .add(upper("mean"), g -> n(g.meanUpper()))
        .add(Codebook.MEDIAN, g -> n(g.median()))
        .add(lower("median"), g -> n(g.medianLower()))
        .add(upper("median"), g -> n(g.medianUpper()));
    for (Band b : Band.values()) {
      String band = "band_" + Codebook.lower(b);
      t.add(Codebook.BAND_SHARES.get(b), g -> n(g.bandShares().get(b)))
          .add(Codebook.number(band + "_lower", Codebook.SHARE, 0, 1, "The lower end of the"
              + " bootstrap percentile interval of the share of the group's plans in band "
              + b.name() + "."), g -> n(g.bandSharesLower().get(b)))
          .add(Codebook.number(band + "_upper", Codebook.SHARE, 0, 1,
              "The upper end of that interval."), g -> n(g.bandSharesUpper().get(b)));
    }
    return t.rubric(GroupInterval::rubric).build();
  }

  private static Codebook.Field lower(String stat) {
    return Codebook.number(stat + "_lower", Codebook.POINTS, 0, 100, "The lower end of the 95 %"
        + " bootstrap percentile interval of the group's " + stat + " score.");
  }

  private static Codebook.Field upper(String stat) {
    return Codebook.number(stat + "_upper", Codebook.POINTS, 0, 100,
        "The upper end of that interval.");
  }

  private static ComputedTable<GroupDifference> differences() {
    return ComputedTable.<GroupDifference>builder(
            "`aggregate --ci --differences --format csv` (`RobustnessCsv.writeDifferences`)")
        .add(Codebook.GROUPING, d -> d.grouping().name())
        .add(Codebook.GROUP, GroupDifference::group)
        .add(Codebook.OTHER, GroupDifference::other)
        .add(Codebook.number("difference", Codebook.POINTS, -100, 100,
            "The group's mean score minus the other's."), d -> n(d.difference()))
        .add(Codebook.number("lower", Codebook.POINTS, -100, 100, "The lower end of the 95 %"
            + " bootstrap percentile interval of the difference."), d -> n(d.lower()))
        .add(Codebook.number("upper", Codebook.POINTS, -100, 100,
            "The upper end of that interval."), d -> n(d.upper()))
        .rubric(GroupDifference::rubric)
        .build();
  }

  /** A number, empty when undefined. */
  private static String n(double v) {
    return Double.isFinite(v) ? CsvTableWriter.number(v) : null;
  }
}
