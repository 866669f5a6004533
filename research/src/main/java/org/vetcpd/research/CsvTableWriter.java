package org.vetcpd.research;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a table as CSV one row at a time, in the one format of every CSV file vetcpd writes:
 * RFC 4180 through Jackson's CSV module (comma, CRLF, double quotes only where needed and
 * doubled inside), a snake_case header row, an empty cell for a null, and numbers as {@link
 * #number(double)} writes them. Rows go out as they are given, so a table of any length is
 * written in constant memory.
 *
 * <p>Cells are written {@linkplain CsvCells#SAFE safe for spreadsheets} unless {@link
 * CsvCells#RAW} is asked for: a cell that begins with {@code =}, {@code +}, {@code -}, {@code @},
 * TAB or CR gets a {@code '} prefix ({@link #neutralise(String)}); numbers are never changed.
 *
 * <pre>{@code
 * CsvTableWriter csv = CsvTableWriter.open(List.of("plan", "score"), out);
 * csv.row(List.of("p-1", CsvTableWriter.number(63.5)));
 * csv.flush();
 * }</pre>
 */
public final class CsvTableWriter {
  /** A number as {@link #number(double)} and {@code Integer.toString} write it. */
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private final int columns;
  private final CsvGenerator writer;
  private final Writer out;
  private final CsvCells cells;

  private CsvTableWriter(int columns, CsvGenerator writer, Writer out, CsvCells cells) {
    this.columns = columns;
    this.writer = writer;
    this.out = out;
    this.cells = cells;
  }

  /**
   * Starts a table whose cells are written {@linkplain CsvCells#SAFE safe for spreadsheets}.
   *
   * @param header the column names, in order
   * @param out where to write; flushed by {@link #flush()}, never closed
   * @return the writer of the table's rows
   * @throws UncheckedIOException if writing fails
   */
  public static CsvTableWriter open(List<String> header, Writer out) {
    return open(header, out, CsvCells.SAFE);
  }

  /**
   * Starts a table: writes its header row.
   *
   * @param header the column names, in order
   * @param out where to write; flushed by {@link #flush()}, never closed
   * @param cells how cells from data are written
   * @return the writer of the table's rows
   * @throws UncheckedIOException if writing fails
   */
  public static CsvTableWriter open(List<String> header, Writer out, CsvCells cells) {
    requireNonNull(header, "header");
    requireNonNull(out, "out");
    requireNonNull(cells, "cells");
    try {
      // The header is written as a row of its own, so that a table without rows has one too.
      CsvGenerator w = FACTORY.createGenerator(out);
      w.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      w.setSchema(schema(header));
      writeRow(w, header.toArray(new String[0]));
      return new CsvTableWriter(header.size(), w, out, cells);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The factory of every CSV table vetcpd writes. Here, not in {@link CohortCsv}: a command that
   * writes reports as CSV needs neither the cohort table's columns nor their codebook.
   */
  private static final CsvFactory FACTORY = CsvFactory.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();

  /** The schema of RFC 4180 CSV rows: comma, double quote, CRLF; the header is a row. */
  private static CsvSchema schema(List<String> columns) {
    CsvSchema.Builder b = CsvSchema.builder();
    for (String c : columns) {
      b.addColumn(c, CsvSchema.ColumnType.STRING);
    }
    return b.setUseHeader(false)
        .setColumnSeparator(',')
        .setQuoteChar('"')
        .disableEscapeChar()
        .setLineSeparator("\r\n")
        .setNullValue("")
        .build();
  }

  /**
   * Writes one row.
   *
   * @param cells the cells, one per column; a null cell is written empty
   * @return this writer
   * @throws IllegalArgumentException if there are more or fewer cells than columns
   * @throws UncheckedIOException if writing fails
   */
  public CsvTableWriter row(List<String> cells) {
    requireNonNull(cells, "cells");
    return row(cells.toArray(new String[0]));
  }

  /**
   * Writes one row.
   *
   * @param cells the cells, one per column; a null cell is written empty
   * @return this writer
   * @throws IllegalArgumentException if there are more or fewer cells than columns
   * @throws UncheckedIOException if writing fails
   */
  public CsvTableWriter row(String... cells) {
    requireNonNull(cells, "cells");
    if (cells.length != columns) {
      throw new IllegalArgumentException(
          "a row of " + cells.length + " cells in a table of " + columns + " columns");
    }
    String[] written = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      written[i] = this.cells.apply(cells[i]);
    }
    try {
      writeRow(writer, written);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** One row: a top-level array of the generator is a row of its schema's columns. */
  private static void writeRow(CsvGenerator g, String[] cells) throws IOException {
    g.writeStartArray();
    for (String c : cells) {
      if (c == null) {
        g.writeNull();
      } else {
        g.writeString(c);
      }
    }
    g.writeEndArray();
  }

  /**
   * Flushes what was written to the underlying writer, and flushes it; does not close it.
   *
   * @throws UncheckedIOException if flushing fails
   */
  public void flush() {
    try {
      writer.flush();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a cell safe for spreadsheets (OWASP, "CSV injection"): a cell that begins with {@code
   * =}, {@code +}, {@code -}, {@code @}, TAB or CR is prefixed with {@code '}, unless it is a
   * number as vetcpd writes it ({@code -0.5}, {@code 12}), which is never changed.
   *
   * @param cell a cell, or null for an empty cell
   * @return the cell, prefixed if it could run as a formula; null for null
   */
  public static String neutralise(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    return risky && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
  }

  /**
   * Returns a number as vetcpd's CSV writes it, the same on every Java version: the shortest
   * decimal text that reads back as exactly {@code value} (of at least two significant digits, the
   * closest to {@code value} of those, as {@code Double.toString} from Java 19 on), with {@code .} as the decimal separator whatever the locale, never an
   * exponent, at least one decimal ({@code 63.5}, {@code 0.00001}, {@code 100.0}).
   *
   * @param value a finite number
   * @return its text
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public static String number(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    if (value == 0) {
      return "0.0"; // -0.0 too
    }
    long bits = Double.doubleToRawLongBits(value);
    int slot = (int) ((bits ^ (bits >>> 29)) * 0x9E3779B97F4A7C15L >>> (64 - WRITTEN_BITS));
    Written w = WRITTEN[slot];
    if (w != null && w.bits == bits) {
      return w.text;
    }
    String text = write(value);
    if (w == null) {
      WRITTEN[slot] = new Written(bits, text);
    }
    return text;
  }

  /** The log2 of the number of numbers {@link #number(double)} keeps written. */
  private static final int WRITTEN_BITS = 10;

  /**
   * Numbers written before, by a hash of their bits: a table's criterion values repeat (1.0,
   * 0.5, 2/3, …), and a number found here is not written again. A slot keeps the first number
   * written to it, for good: the most frequent values come early in any table, and a slot that is
   * never written again is never taken from another processor's cache while threads write rows.
   * Racy by design: an entry is immutable, with final fields, so a thread sees it whole or not at
   * all, and a lost update only costs writing the number once more.
   */
  private static final Written[] WRITTEN = new Written[1 << WRITTEN_BITS];

  /** A number and its text. */
  private static final class Written {
    final long bits;
    final String text;

    Written(long bits, String text) {
      this.bits = bits;
      this.text = text;
    }
  }

  /** The text of a finite, non-zero number, as {@link #number(double)} gives it. */
  private static String write(double value) {
    // Jackson's Schubfach (Giulietti), which Double.toString is from Java 19 on (JDK-4511638):
    // Java 17's own Double.toString sometimes writes more digits than reading back needs, so
    // the same number would be written differently on different JDKs; it is also about three
    // times slower.
    String s = NumberOutput.toString(value, true);
    double magnitude = Math.abs(value);
    if (magnitude >= 1e-3 && magnitude < 1e7) {
      // plain, shortest, with a decimal (as Double.toString in this range); no BigDecimal, and no
      // search for an exponent, on the hot path
      return s;
    }
    BigDecimal d = new BigDecimal(s).stripTrailingZeros();
    return (d.scale() < 1 ? d.setScale(1) : d).toPlainString();
  }
}
