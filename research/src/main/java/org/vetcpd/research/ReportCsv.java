package org.vetcpd.research;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Writer;
import java.util.ArrayList;
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
  /** The columns, in the order they are written. */
  public static final ImmutableList<String> COLUMNS = columns();

  private ReportCsv() {}

  private static ImmutableList<String> columns() {
    ImmutableList.Builder<String> b = ImmutableList.<String>builder()
        .add("plan", "teacher", "score", "band");
    for (String id : Rubric.CRITERIA) {
      b.add(CohortColumns.criterion(id));
    }
    return b.add("rubric_id", "rubric_version", "rubric_fingerprint").build();
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
    List<String> row = new ArrayList<>(COLUMNS.size());
    row.add(report.plan());
    row.add(report.teacher());
    row.add(CsvTableWriter.number(report.score()));
    row.add(report.band().name());
    for (String id : Rubric.CRITERIA) {
      // the values only: building each criterion's evidence text would cost 25 scores
      OptionalDouble v = report.value(id);
      row.add(v.isPresent() ? CsvTableWriter.number(v.getAsDouble()) : null);
    }
    row.add(report.rubric().id());
    row.add(report.rubric().version());
    row.add(report.rubric().fingerprint());
    return row;
  }
}
