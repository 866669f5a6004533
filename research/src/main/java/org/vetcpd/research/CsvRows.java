package org.vetcpd.research;

import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** Writes a table as RFC 4180 CSV through Jackson's CSV module, as {@link CohortCsv} does. */
final class CsvRows {
  private CsvRows() {}

  /** Writes the header and the rows (null cells empty); the writer is flushed, not closed. */
  static void write(List<String> header, Iterable<String[]> rows, Writer out) {
    try {
      SequenceWriter w = CohortCsv.mapper()
          .writer(CohortCsv.schema(header).withoutHeader())
          .writeValues(out);
      w.write(header.toArray(new String[0]));
      for (String[] row : rows) {
        w.write(row);
      }
      w.flush();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A number as {@link CohortCsv} writes it; an empty cell for NaN. */
  static String number(double value) {
    return Double.isNaN(value) ? null : CohortCsv.number(value);
  }
}
