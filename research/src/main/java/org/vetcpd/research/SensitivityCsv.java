package org.vetcpd.research;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.RubricRef;

/**
 * Writes the tables of a {@link SensitivityResult} as CSV, in the format of {@link CohortCsv}
 * (RFC 4180, {@code .} decimals; an empty cell for an undefined τ). Every table ends with the
 * columns {@code rubric_id, rubric_version, rubric_fingerprint}: the rubric the analysis drew
 * around.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SensitivityCsv {
  /** One row of a table: a value, and the rubric the analysis drew around. */
  record Row<V>(V value, RubricRef rubric) {}

  /** The per-plan table, declared once: each column's codebook entry and cell. */
  static final ComputedTable<Row<PlanSensitivity>> PLANS = plans();

  /** The sweeps table, declared once. */
  static final ComputedTable<Row<WeightSweep>> SWEEPS = sweeps();

  /** The columns of {@link #writePlans}: one row per plan. */
  public static final ImmutableList<String> PLAN_COLUMNS = PLANS.names();

  /** The columns of {@link #writeSweeps}: one row per criterion and factor. */
  public static final ImmutableList<String> SWEEP_COLUMNS = SWEEPS.names();

  private SensitivityCsv() {}

  /**
   * Writes each plan's score interval and band shares to a UTF-8 CSV file, atomically (folders
   * created), and its codebook {@value DataPackage#FILE} beside it, whose provenance names the
   * rubric, seed, draws and concentration of the analysis.
   *
   * @param result the result
   * @param path the file
   * @param provenance what else produced it (command line, inputs, cell mode); its rubric, seed,
   *     draws and concentration are taken from the result
   * @throws java.io.UncheckedIOException if a file cannot be written
   */
  public static void writePlans(SensitivityResult result, Path path, Provenance provenance) {
    Provenance p = complete(result, provenance);
    try (AtomicFile out = AtomicFile.create(path)) {
      writePlans(result, out.writer(), p.cells());
      DataPackage.commit(out, PLAN_COLUMNS, p);
    }
  }

  /**
   * Writes the one-at-a-time sweeps to a UTF-8 CSV file, atomically (folders created), and its
   * codebook {@value DataPackage#FILE} beside it; see {@link #writePlans(SensitivityResult, Path,
   * Provenance)}.
   *
   * @param result the result
   * @param path the file
   * @param provenance what else produced it
   * @throws java.io.UncheckedIOException if a file cannot be written
   */
  public static void writeSweeps(SensitivityResult result, Path path, Provenance provenance) {
    Provenance p = complete(result, provenance);
    try (AtomicFile out = AtomicFile.create(path)) {
      writeSweeps(result, out.writer(), p.cells());
      DataPackage.commit(out, SWEEP_COLUMNS, p);
    }
  }

  /**
   * Returns the provenance with the analysis' own rubric, seed, draws and concentration.
   *
   * @param result the analysis' result
   * @param provenance the rest of the provenance (command line, inputs, cell mode)
   * @return the complete provenance
   */
  public static Provenance complete(SensitivityResult result, Provenance provenance) {
    requireNonNull(result, "result");
    requireNonNull(provenance, "provenance");
    return Provenance.builder().from(provenance).rubric(result.rubric()).seed(result.seed())
        .draws(result.draws()).concentration(result.concentration()).build();
  }

  private static ComputedTable<Row<PlanSensitivity>> plans() {
    String mcse = "Its Monte Carlo standard error over the rubric draws.";
    ComputedTable.Builder<Row<PlanSensitivity>> t =
        ComputedTable.<Row<PlanSensitivity>>builder("`sensitivity --format csv`"
            + " (`SensitivityCsv.writePlans`)")
        .add(Codebook.PLAN, r -> r.value().plan())
        .add(Codebook.TEACHER, r -> r.value().teacher())
        .add(Codebook.number("base_score", Codebook.POINTS, 0, 100,
            "The score under the rubric's own weights."),
            r -> CsvRows.number(r.value().baseScore()))
        .add(Codebook.category("base_band", "The band under the rubric's own weights.",
            Band.values()), r -> r.value().baseBand().name())
        .add(Codebook.MEAN, r -> CsvRows.number(r.value().mean()))
        .add(Codebook.number("min", Codebook.POINTS, 0, 100,
            "The least score over the weight draws."), r -> CsvRows.number(r.value().min()))
        .add(Codebook.number("p05", Codebook.POINTS, 0, 100,
            "The 5th percentile of the score over the weight draws."),
            r -> CsvRows.number(r.value().p05()))
        .add(Codebook.MEDIAN, r -> CsvRows.number(r.value().median()))
        .add(Codebook.number("p95", Codebook.POINTS, 0, 100,
            "The 95th percentile of the score over the weight draws."),
            r -> CsvRows.number(r.value().p95()))
        .add(Codebook.number("max", Codebook.POINTS, 0, 100,
            "The greatest score over the weight draws."), r -> CsvRows.number(r.value().max()));
    for (Band b : Band.values()) {
      t.add(Codebook.number("share_" + Codebook.lower(b), Codebook.SHARE, 0, 1,
          "Share of the weight draws that put the plan in band " + b.name() + "."),
          r -> CsvRows.number(r.value().bandShares().get(b)));
    }
    t.add(Codebook.number("mean_mcse", Codebook.POINTS, 0, null, "The Monte Carlo standard"
        + " error of the mean score over the rubric draws."),
        r -> CsvRows.number(r.value().meanMcse()))
        .add(Codebook.number("base_rank", "rank", 1, null, "The plan's rank under the rubric"
            + " itself (1 = highest score; ties share the mean rank)."),
            r -> CsvRows.number(r.value().baseRank()))
        .add(Codebook.number("median_rank", "rank", 1, null,
            "The plan's median rank over the rubric draws."),
            r -> CsvRows.number(r.value().medianRank()))
        .add(Codebook.number("rank_p05", "rank", 1, null, "The 5th percentile of the plan's rank"
            + " over the rubric draws (a spread over draws, not a confidence interval)."),
            r -> CsvRows.number(r.value().rankP05()))
        .add(Codebook.number("rank_p95", "rank", 1, null,
            "The 95th percentile of the plan's rank over the rubric draws."),
            r -> CsvRows.number(r.value().rankP95()))
        .add(Codebook.number("p_band_change", Codebook.SHARE, 0, 1, "Share of the rubric draws"
            + " that put the plan in another band than the rubric itself does."),
            r -> CsvRows.number(r.value().bandChange()))
        .add(Codebook.number("p_band_change_mcse", Codebook.SHARE, 0, null, mcse),
            r -> CsvRows.number(r.value().bandChangeMcse()));
    for (Band b : Band.values()) {
      t.add(Codebook.number("share_" + Codebook.lower(b) + "_mcse", Codebook.SHARE, 0, null,
          mcse), r -> CsvRows.number(r.value().bandShareMcse().get(b)));
    }
    return t.rubric(Row::rubric).build();
  }

  private static ComputedTable<Row<WeightSweep>> sweeps() {
    return ComputedTable.<Row<WeightSweep>>builder("`sensitivity --format csv --sweeps`"
            + " (`SensitivityCsv.writeSweeps`)")
        .add(Codebook.CRITERION, r -> r.value().criterion())
        .add(Codebook.FACTOR, r -> CsvRows.number(r.value().factor()))
        .add(Codebook.number("weight", "weight", 0, null,
            "The criterion's weight after the change."), r -> CsvRows.number(r.value().weight()))
        .add(Codebook.number("mean_abs_change", Codebook.POINTS, 0, 100,
            "The mean absolute change of the plans' scores."),
            r -> CsvRows.number(r.value().meanAbsChange()))
        .add(Codebook.number("max_abs_change", Codebook.POINTS, 0, 100,
            "The greatest absolute change of a plan's score."),
            r -> CsvRows.number(r.value().maxAbsChange()))
        .add(Codebook.integer("band_changes", Codebook.COUNT_UNIT,
            "The number of plans whose band changed."),
            r -> Integer.toString(r.value().bandChanges()))
        .add(Codebook.number("tau", "Kendall tau-b", -1, 1, "Kendall's tau-b of the changed"
            + " scores against the base scores; empty when undefined (all scores tied)."),
            r -> CsvRows.number(r.value().tau()))
        .rubric(Row::rubric)
        .build();
  }

  /**
   * Writes each plan's spread of scores over the rubric draws ({@code p05}, {@code median},
   * {@code p95}: not a confidence interval), its ranks, band change and band shares with their
   * Monte Carlo standard errors ({@code *_mcse}); the writer is flushed, not closed.
   *
   * @param result the result
   * @param out where to write
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writePlans(SensitivityResult result, Writer out) {
    writePlans(result, out, CsvCells.SAFE);
  }

  /**
   * Writes each plan's score interval and band shares, cells from data as {@code cells} says; the
   * writer is flushed, not closed.
   *
   * @param result the result
   * @param out where to write
   * @param cells {@link CsvCells#SAFE} for spreadsheets, {@link CsvCells#RAW} for exact values
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writePlans(SensitivityResult result, Writer out, CsvCells cells) {
    requireNonNull(result, "result");
    requireNonNull(out, "out");
    requireNonNull(cells, "cells");
    PLANS.write(rows(result.plans(), result.rubric()), out, cells);
  }

  /**
   * Writes the one-at-a-time sweeps; the writer is flushed, not closed.
   *
   * @param result the result
   * @param out where to write
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeSweeps(SensitivityResult result, Writer out) {
    writeSweeps(result, out, CsvCells.SAFE);
  }

  /**
   * Writes the one-at-a-time sweeps, cells as {@code cells} says; the writer is flushed, not
   * closed.
   *
   * @param result the result
   * @param out where to write
   * @param cells {@link CsvCells#SAFE} for spreadsheets, {@link CsvCells#RAW} for exact values
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeSweeps(SensitivityResult result, Writer out, CsvCells cells) {
    requireNonNull(result, "result");
    requireNonNull(out, "out");
    requireNonNull(cells, "cells");
    SWEEPS.write(rows(result.sweeps(), result.rubric()), out, cells);
  }

  private static <V> List<Row<V>> rows(List<V> values, RubricRef rubric) {
    List<Row<V>> rows = new ArrayList<>(values.size());
    values.forEach(v -> rows.add(new Row<>(v, rubric)));
    return rows;
  }
}
