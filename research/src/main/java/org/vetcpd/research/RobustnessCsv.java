package org.vetcpd.research;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.Rubric;

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
  /** The columns of {@link #writeSobol}: one row per output and factor. */
  public static final ImmutableList<String> SOBOL_COLUMNS = ImmutableList.of("output", "factor",
      "low", "high", "base", "first_order", "first_order_lower", "first_order_upper", "total",
      "total_lower", "total_upper", "rubric_id", "rubric_version", "rubric_fingerprint");

  /** The columns of {@link #writeGroups}: one row per ordered pair of groups. */
  public static final ImmutableList<String> GROUP_COLUMNS = ImmutableList.of("grouping", "group",
      "other", "base_mean", "other_base_mean", "probability", "mcse", "rubric_id",
      "rubric_version", "rubric_fingerprint");

  /** The columns of {@link #writeComparison}: one row per plan, in plan order. */
  public static final ImmutableList<String> COMPARISON_COLUMNS = ImmutableList.of("plan",
      "teacher", "score_a", "score_b", "score_change", "band_a", "band_b", "rank_a", "rank_b",
      "rank_shift", "rubric_a_id", "rubric_a_version", "rubric_a_fingerprint", "rubric_b_id",
      "rubric_b_version", "rubric_b_fingerprint");

  /** The columns of {@link #writeCriteria}: one row per criterion. */
  public static final ImmutableList<String> CRITERIA_COLUMNS = criteriaColumns();

  /** The columns of {@link #writeIntervals}: one row per group. */
  public static final ImmutableList<String> INTERVAL_COLUMNS = intervalColumns();

  /** The columns of {@link #writeDifferences}: one row per pair of groups. */
  public static final ImmutableList<String> DIFFERENCE_COLUMNS = ImmutableList.of("grouping",
      "group", "other", "difference", "lower", "upper", "rubric_id", "rubric_version",
      "rubric_fingerprint");

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
    List<String[]> rows = new ArrayList<>();
    for (GroupDifference d : differences) {
      rows.add(new String[] {
        d.grouping().name(), d.group(), d.other(), n(d.difference()), n(d.lower()), n(d.upper()),
        d.rubric().id(), d.rubric().version(), d.rubric().fingerprint()
      });
    }
    CsvRows.write(DIFFERENCE_COLUMNS, rows, out, cells);
  }

  private static ImmutableList<String> criteriaColumns() {
    ImmutableList.Builder<String> b = ImmutableList.<String>builder()
        .add("criterion", "not_assessed", "alpha", "alpha_if_deleted");
    for (String id : Rubric.CRITERIA) {
      b.add("r_" + CohortColumns.criterion(id));
    }
    for (String id : Rubric.CRITERIA) {
      b.add("n_" + CohortColumns.criterion(id));
    }
    return b.add("rubric_id", "rubric_version", "rubric_fingerprint").build();
  }

  private static ImmutableList<String> intervalColumns() {
    ImmutableList.Builder<String> b = ImmutableList.<String>builder().add("grouping", "key",
        "count", "clusters", "mean", "mean_lower", "mean_upper", "median", "median_lower",
        "median_upper");
    for (Band x : Band.values()) {
      String name = "band_" + x.name().toLowerCase(Locale.ROOT);
      b.add(name, name + "_lower", name + "_upper");
    }
    return b.add("rubric_id", "rubric_version", "rubric_fingerprint").build();
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
    List<String[]> rows = new ArrayList<>();
    for (SobolOutput o : result.outputs()) {
      SobolIndices s = o.indices();
      for (int i = 0; i < result.factors().size(); i++) {
        SobolFactor f = result.factors().get(i);
        rows.add(new String[] {
          o.output(), f.factor(), n(f.low()), n(f.high()), n(f.base()), n(s.firstOrder()[i]),
          n(s.firstOrderLower()[i]), n(s.firstOrderUpper()[i]), n(s.total()[i]),
          n(s.totalLower()[i]), n(s.totalUpper()[i]), result.rubric().id(),
          result.rubric().version(), result.rubric().fingerprint()
        });
      }
    }
    CsvRows.write(SOBOL_COLUMNS, rows, out, cells);
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
    List<String[]> rows = new ArrayList<>();
    for (GroupComparison g : result.groups()) {
      rows.add(new String[] {
        grouping, g.group(), g.other(), n(g.baseMean()), n(g.otherBaseMean()),
        n(g.probability()), n(g.mcse()), result.rubric().id(), result.rubric().version(),
        result.rubric().fingerprint()
      });
    }
    CsvRows.write(GROUP_COLUMNS, rows, out, cells);
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
    List<String[]> rows = new ArrayList<>();
    for (Mover m : comparison.changes()) {
      rows.add(new String[] {
        m.plan(), m.teacher(), n(m.scoreA()), n(m.scoreB()), n(m.scoreChange()), m.bandA().name(),
        m.bandB().name(), n(m.rankA()), n(m.rankB()), n(m.rankShift()),
        comparison.rubricA().id(), comparison.rubricA().version(),
        comparison.rubricA().fingerprint(), comparison.rubricB().id(),
        comparison.rubricB().version(), comparison.rubricB().fingerprint()
      });
    }
    CsvRows.write(COMPARISON_COLUMNS, rows, out, cells);
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
    List<String[]> rows = new ArrayList<>();
    for (String id : Rubric.CRITERIA) {
      List<String> c = new ArrayList<>();
      c.add(id);
      c.add(n(structure.notAssessed(id)));
      c.add(n(structure.alpha()));
      c.add(n(structure.alphaIfDeleted(id)));
      for (String other : Rubric.CRITERIA) {
        c.add(n(structure.correlation(id, other)));
      }
      for (String other : Rubric.CRITERIA) {
        c.add(Integer.toString(structure.pairs(id, other)));
      }
      c.add(structure.rubric().id());
      c.add(structure.rubric().version());
      c.add(structure.rubric().fingerprint());
      rows.add(c.toArray(new String[0]));
    }
    CsvRows.write(CRITERIA_COLUMNS, rows, out, cells);
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
    List<String[]> rows = new ArrayList<>();
    for (GroupInterval g : intervals) {
      List<String> c = new ArrayList<>(List.of(g.grouping().name(), g.key(),
          Integer.toString(g.count()), Integer.toString(g.clusters()), n(g.mean()),
          n(g.meanLower()), n(g.meanUpper()), n(g.median()), n(g.medianLower()),
          n(g.medianUpper())));
      for (Band b : Band.values()) {
        c.add(n(g.bandShares().get(b)));
        c.add(n(g.bandSharesLower().get(b)));
        c.add(n(g.bandSharesUpper().get(b)));
      }
      c.add(g.rubric().id());
      c.add(g.rubric().version());
      c.add(g.rubric().fingerprint());
      rows.add(c.toArray(new String[0]));
    }
    CsvRows.write(INTERVAL_COLUMNS, rows, out, cells);
  }

  /** A number, empty when undefined. */
  private static String n(double v) {
    return Double.isFinite(v) ? CsvTableWriter.number(v) : null;
  }
}
