package org.vetcpd.research;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vetcpd.rules.Band;

/**
 * Writes the tables of a {@link SensitivityResult} as CSV, in the format of {@link CohortCsv}
 * (RFC 4180, {@code .} decimals; an empty cell for an undefined τ).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SensitivityCsv {
  /** The columns of {@link #writePlans}: one row per plan. */
  public static final ImmutableList<String> PLAN_COLUMNS = planColumns();

  /** The columns of {@link #writeSweeps}: one row per criterion and factor. */
  public static final ImmutableList<String> SWEEP_COLUMNS = ImmutableList.of("criterion", "factor",
      "weight", "mean_abs_change", "max_abs_change", "band_changes", "tau");

  private SensitivityCsv() {}

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
    return b.build();
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
    requireNonNull(result, "result");
    requireNonNull(out, "out");
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
      rows.add(c.toArray(new String[0]));
    }
    CsvRows.write(PLAN_COLUMNS, rows, out);
  }

  /**
   * Writes the one-at-a-time sweeps; the writer is flushed, not closed.
   *
   * @param result the result
   * @param out where to write
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeSweeps(SensitivityResult result, Writer out) {
    requireNonNull(result, "result");
    requireNonNull(out, "out");
    List<String[]> rows = new ArrayList<>();
    for (WeightSweep s : result.sweeps()) {
      rows.add(new String[] {
        s.criterion(), CsvRows.number(s.factor()), CsvRows.number(s.weight()),
        CsvRows.number(s.meanAbsChange()), CsvRows.number(s.maxAbsChange()),
        Integer.toString(s.bandChanges()), CsvRows.number(s.tau())
      });
    }
    CsvRows.write(SWEEP_COLUMNS, rows, out);
  }
}
