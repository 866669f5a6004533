package org.vetcpd.examples.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.research.CsvCells;
import org.vetcpd.research.CsvTableWriter;
import org.vetcpd.research.ReportCsv;
import org.vetcpd.rules.TailoringReport;

/**
 * Writes reports one at a time in a {@link Format}, so that a stream of plans (JSON Lines) is
 * scored in constant memory; the output is the same as for the whole list at once.
 */
abstract class ReportWriter {
  final PrintWriter out;
  private int count;

  private ReportWriter(PrintWriter out) {
    this.out = out;
  }

  static ReportWriter of(Format format, PrintWriter out, CsvCells cells) {
    switch (format) {
      case TEXT:
        return new Text(out);
      case JSON:
        return new Json(out);
      case CSV:
        return new Csv(out, cells);
      default:
        throw new AssertionError(format);
    }
  }

  /**
   * Returns a writer used only to {@linkplain #prepare prepare} reports in {@code format}, as the
   * writer {@link #of} returns for it would; it writes nothing anywhere.
   */
  static ReportWriter preparer(Format format, CsvCells cells) {
    return of(format, new PrintWriter(Writer.nullWriter()), cells);
  }

  /** Writes what comes before the first report. */
  void begin() {}

  /** Writes one report. */
  final void write(TailoringReport report) {
    writePrepared(prepare(report), count++ == 0);
  }

  /**
   * Writes a report made ready by {@link #prepare}; reports are written in the order of these
   * calls.
   */
  final void writePrepared(Object prepared) {
    writePrepared(prepared, count++ == 0);
  }

  /**
   * Makes a report ready to write: the costly part of writing it (its text, its JSON, its CSV
   * cells), which touches nothing of this writer, so that reports can be made ready on several
   * threads at once and written in order on one.
   */
  abstract Object prepare(TailoringReport report);

  abstract void writePrepared(Object prepared, boolean first);

  /** Writes what comes after the last report, and flushes. */
  void end() {
    out.flush();
  }

  final int count() {
    return count;
  }

  /**
   * Whether Jackson's CSV generator, with strict quoting, writes every cell of a row as it is,
   * given the row's UTF-8 bytes up to {@code end} (its line end excluded) and its number of cells,
   * none of them empty: a cell is written as it is if it is printable ASCII from {@code -} up (no
   * comma, quote, space, line end or control character, all of which are below {@code -}), so
   * the row is if every byte is in that range but its separators, commas, exactly {@code cells -
   * 1} of them. A character outside ASCII is bytes above 127 (negative as {@code byte}).
   */
  static boolean plainRow(byte[] row, int end, int cells) {
    int separators = 0;
    for (int j = 0; j < end; j++) {
      byte c = row[j];
      if (c == ',') {
        separators++;
      } else if (c < '-' || c > '~') {
        return false;
      }
    }
    return separators == cells - 1;
  }

  /** Each report's {@link TailoringReport#toText()}, a blank line between two. */
  private static final class Text extends ReportWriter {
    Text(PrintWriter out) {
      super(out);
    }

    @Override
    Object prepare(TailoringReport report) {
      return report.toText().stripTrailing();
    }

    @Override
    void writePrepared(Object prepared, boolean first) {
      if (!first) {
        out.println();
      }
      out.println((String) prepared);
    }
  }

  /** A JSON array of reports, exactly as {@code VetcpdJson.write(List)} writes it. */
  private static final class Json extends ReportWriter {
    Json(PrintWriter out) {
      super(out);
    }

    @Override
    Object prepare(TailoringReport report) {
      return VetcpdJson.write(report).replaceAll("(?m)^", "  ");
    }

    @Override
    void writePrepared(Object prepared, boolean first) {
      out.print(first ? "[\n" : ",\n");
      out.print((String) prepared);
    }

    @Override
    void end() {
      out.println(count() == 0 ? "[ ]" : "\n]");
      super.end();
    }
  }

  /**
   * CSV as {@link ReportCsv} writes it (snake_case columns {@link ReportCsv#COLUMNS}: {@code
   * plan, teacher, score, band}, one per criterion, then the rubric's id, version and
   * fingerprint), one row per report; a criterion's cell is its value, empty when not assessed.
   *
   * <p>The cells are {@link ReportCsv#cells}, the table's one declaration. A row whose cells need
   * no quoting &mdash; as every row of vetcpd's own ids does &mdash; is written here straight,
   * byte for byte as {@link CsvTableWriter} would write it, without Jackson's CSV generator; any
   * other row goes through {@link CsvTableWriter} itself. Such a row is printable ASCII ({@link
   * #plainRow}), so it is made ready as its bytes, which are the same in UTF-8 and ISO 8859-1, and
   * handed to an output that encodes in UTF-8 as they are ({@link CheckedWriter.Printer#writeUtf8}).
   */
  private static final class Csv extends ReportWriter {
    /** Rows are handed to {@code out} about this many bytes at a time. */
    private static final int PENDING = 1 << 16;

    private final CsvCells cells;
    /** Rows written straight and not yet handed to {@code out}: {@code pendingLength} bytes. */
    private byte[] pending = new byte[PENDING + 1024];
    private int pendingLength;
    private CsvTableWriter csv;

    Csv(PrintWriter out, CsvCells cells) {
      super(out);
      this.cells = cells;
    }

    @Override
    void begin() {
      csv = ReportCsv.open(out, cells);
      csv.flush(); // the header reaches out before any row written here
    }

    /**
     * The row as written straight (its ASCII bytes, with its line end), or its cells if it is
     * not.
     */
    @Override
    Object prepare(TailoringReport report) {
      List<String> row = ReportCsv.cells(report);
      // a row is about 330 characters (eleven numbers of up to 18, the fingerprint's 71)
      StringBuilder b = new StringBuilder(512);
      for (int i = 0; i < row.size(); i++) {
        String cell = cells.apply(row.get(i));
        if (i > 0) {
          b.append(',');
        }
        if (cell != null) {
          if (cell.isEmpty()) {
            return row; // quoted
          }
          b.append(cell);
        }
      }
      // checked as a whole row, in one pass, not cell by cell
      byte[] bytes = b.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
      return plainRow(bytes, bytes.length - 2, row.size()) ? bytes : row;
    }

    @Override
    void writePrepared(Object prepared, boolean first) {
      if (prepared instanceof byte[]) {
        byte[] bytes = (byte[]) prepared;
        if (pendingLength + bytes.length > pending.length) {
          writePending();
          if (bytes.length > pending.length) {
            pending = new byte[bytes.length];
          }
        }
        System.arraycopy(bytes, 0, pending, pendingLength, bytes.length);
        pendingLength += bytes.length;
        if (pendingLength >= PENDING) {
          writePending();
        }
        return;
      }
      writePending();
      @SuppressWarnings("unchecked")
      List<String> row = (List<String>) prepared;
      csv.row(row);
      csv.flush();
    }

    private void writePending() {
      int n = pendingLength;
      if (n > 0) {
        if (!(out instanceof CheckedWriter.Printer)
            || !((CheckedWriter.Printer) out).writeUtf8(pending, 0, n)) {
          // ASCII: its characters are its bytes
          out.write(new String(pending, 0, n, StandardCharsets.ISO_8859_1));
        }
        pendingLength = 0;
      }
    }

    @Override
    void end() {
      writePending();
      csv.flush();
      super.end();
    }
  }
}
