package org.vetcpd.research;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vetcpd.rules.Band;

/**
 * Writes the tables of a {@link SensitivityResult} as CSV, in the format of {@link CohortCsv}
 * (RFC 4180, {@code .} decimals; an empty cell for an undefined τ). Every table ends with the
 * columns {@code rubric_id, rubric_version, rubric_fingerprint}: the rubric the analysis drew
 * around.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SensitivityCsv {
  /** The columns of {@link #writePlans}: one row per plan. */
  public static final ImmutableList<String> PLAN_COLUMNS = planColumns();

  /** The columns of {@link #writeSweeps}: one row per criterion and factor. */
  public static final ImmutableList<String> SWEEP_COLUMNS = ImmutableList.of("criterion", "factor",
      "weight", "mean_abs_change", "max_abs_change", "band_changes", "tau", "rubric_id",
      "rubric_version", "rubric_fingerprint");

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
      out.commit();
    }
    DataPackage.write(path, PLAN_COLUMNS, p);
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
      out.commit();
    }
    DataPackage.write(path, SWEEP_COLUMNS, p);
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

  private static ImmutableList<String> planColumns() {
    ImmutableList.Builder<String> b = ImmutableList.<String>builder().add("plan", "teacher",
        "base_score", "base_band", "mean", "min", "p05", "median", "p95", "max");
    for (Band x : Band.values()) {
      b.add("share_" + x.name().toLowerCase(Locale.ROOT));
    }
    b.add("mean_mcse", "base_rank", "median_rank", "rank_p05", "rank_p95", "p_band_change",
        "p_band_change_mcse");
    for (Band x : Band.values()) {
      b.add("share_" + x.name().toLowerCase(Locale.ROOT) + "_mcse");
    }
    return b.addAll(CohortColumns.RUBRIC).build();
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
    List<String[]> rows = new ArrayList<>();
    for (PlanSensitivity p : result.plans()) {
      List<String> c = new ArrayList<>();
      c.add(p.plan());
      c.add(p.teacher());
      c.add(CsvRows.number(p.baseScore()));
      c.add(p.baseBand().name());
      for (double v : new double[] {p.mean(), p.min(), p.p05(), p.median(), p.p95(), p.max()}) {
        c.add(CsvRows.number(v));
      }
      for (Band b : Band.values()) {
        c.add(CsvRows.number(p.bandShares().get(b)));
      }
      for (double v : new double[] {p.meanMcse(), p.baseRank(), p.medianRank(), p.rankP05(),
          p.rankP95(), p.bandChange(), p.bandChangeMcse()}) {
        c.add(CsvRows.number(v));
      }
      for (Band b : Band.values()) {
        c.add(CsvRows.number(p.bandShareMcse().get(b)));
      }
      c.add(result.rubric().id());
      c.add(result.rubric().version());
      c.add(result.rubric().fingerprint());
      rows.add(c.toArray(new String[0]));
    }
    CsvRows.write(PLAN_COLUMNS, rows, out, cells);
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
    List<String[]> rows = new ArrayList<>();
    for (WeightSweep s : result.sweeps()) {
      rows.add(new String[] {
        s.criterion(), CsvRows.number(s.factor()), CsvRows.number(s.weight()),
        CsvRows.number(s.meanAbsChange()), CsvRows.number(s.maxAbsChange()),
        Integer.toString(s.bandChanges()), CsvRows.number(s.tau()), result.rubric().id(),
        result.rubric().version(), result.rubric().fingerprint()
      });
    }
    CsvRows.write(SWEEP_COLUMNS, rows, out, cells);
  }
}
