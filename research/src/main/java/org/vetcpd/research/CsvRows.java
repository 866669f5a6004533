package org.vetcpd.research;

import java.io.Writer;
import java.util.List;

/** Helpers of this package's CSV tables, written through {@link CsvTableWriter}. */
final class CsvRows {
  private CsvRows() {}

  /** Writes the header and the rows (null cells empty); the writer is flushed, not closed. */
  static void write(List<String> header, Iterable<String[]> rows, Writer out) {
    write(header, rows, out, CsvCells.SAFE);
  }

  /** Writes the header and the rows as {@code cells} says; the writer is flushed, not closed. */
  static void write(List<String> header, Iterable<String[]> rows, Writer out, CsvCells cells) {
    CsvTableWriter csv = CsvTableWriter.open(header, out, cells);
    for (String[] row : rows) {
      csv.row(row);
    }
    csv.flush();
  }

  /** A number as {@link CsvTableWriter#number(double)} writes it; an empty cell for NaN. */
  static String number(double value) {
    return Double.isNaN(value) ? null : CsvTableWriter.number(value);
  }
}
