package org.vetcpd.examples.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes RFC 4180 CSV: comma-separated fields, CRLF line ends, a field quoted when it holds a
 * comma, a quote, CR or LF, quotes doubled inside. Numbers are written with {@code .} as the
 * decimal separator, never in exponent form, whatever the default locale.
 */
final class CsvWriter {
  private static final String CRLF = "\r\n";

  private final PrintWriter out;

  CsvWriter(PrintWriter out) {
    this.out = out;
  }

  /** Writes one record; a null field is written empty. */
  void row(List<String> fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      String f = fields.get(i);
      b.append(f == null ? "" : quote(f));
    }
    out.print(b.append(CRLF));
  }

  static String quote(String field) {
    if (field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  /**
   * Returns the shortest decimal text that reads back as {@code value}, without an exponent and
   * with at least one decimal: {@code 63.5}, {@code 0.00001}, {@code 100.0}.
   */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
    return (d.scale() < 1 ? d.setScale(1) : d).toPlainString();
  }
}
