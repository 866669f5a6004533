package org.vetcpd.research;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.TailoringReport;

/**
 * Writes reports as CSV ({@code vetcpd score --format csv}), one row per report, in the format of
 * {@link CohortCsv}: {@code plan, teacher, score, band}, one column per criterion in {@link
 * Rubric#CRITERIA} order named by its id with {@code _} for {@code -} (its value; empty when not
 * assessed), then {@code rubric_id, rubric_version, rubric_fingerprint}, so that every row names
 * the rubric it was scored with.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportCsv {
  /** The table, declared once: each column's codebook entry and cell. */
  static final ComputedTable<TailoringReport> TABLE = table();

  /** The columns, in the order they are written. */
  public static final ImmutableList<String> COLUMNS = TABLE.names();

  private ReportCsv() {}

  private static ComputedTable<TailoringReport> table() {
    ComputedTable.Builder<TailoringReport> t =
        ComputedTable.<TailoringReport>builder("`score --format csv` (`ReportCsv`)")
        .add(Codebook.PLAN, TailoringReport::plan)
        .add(Codebook.TEACHER, TailoringReport::teacher)
        .add(Codebook.SCORE, r -> CsvTableWriter.number(r.score()))
        .add(Codebook.BAND, r -> r.band().name());
    for (String id : Rubric.CRITERIA) {
      t.add(Codebook.CRITERIA.get(id), r -> {
        // the values only: building each criterion's evidence text would cost 25 scores
        OptionalDouble v = r.value(id);
        return v.isPresent() ? CsvTableWriter.number(v.getAsDouble()) : null;
      });
    }
    return t.rubric(TailoringReport::rubric).build();
  }

  /**
   * Starts a table of reports: writes its header.
   *
   * @param out where to write; flushed by {@link CsvTableWriter#flush()}, not closed
   * @param cells how cells from data are written
   * @return the writer; add each report's {@link #cells(TailoringReport)} as a row
   */
  public static CsvTableWriter open(Writer out, CsvCells cells) {
    return CsvTableWriter.open(COLUMNS, out, cells);
  }

  /**
   * Returns a report's cells, in {@link #COLUMNS} order.
   *
   * @param report the report
   * @return the cells; null for a criterion not assessed
   */
  public static List<String> cells(TailoringReport report) {
    requireNonNull(report, "report");
    return new ArrayList<>(Arrays.asList(TABLE.cells(report)));
  }
}
