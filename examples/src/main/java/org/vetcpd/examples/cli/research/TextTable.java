package org.vetcpd.examples.cli.research;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vetcpd.rules.TerminalText;

/** An aligned text table: text columns left-aligned, number columns right-aligned. */
final class TextTable {
  private final List<String> header;
  private final boolean[] numeric;
  private final List<String[]> rows = new ArrayList<>();

  /** A column whose header starts with {@code >} is numeric (the {@code >} is not shown). */
  TextTable(String... header) {
    this.header = new ArrayList<>();
    this.numeric = new boolean[header.length];
    for (int i = 0; i < header.length; i++) {
      numeric[i] = header[i].startsWith(">");
      this.header.add(numeric[i] ? header[i].substring(1) : header[i]);
    }
  }

  TextTable row(Object... cells) {
    String[] r = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      r[i] = cells[i] == null ? "" : TerminalText.escape(cells[i].toString());
    }
    rows.add(r);
    return this;
  }

  /** One decimal, {@code .} as separator; empty for NaN. */
  static String num(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f", v);
  }

  /** Two decimals; {@code -} for NaN. */
  static String num2(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
  }

  /** A share with three decimals, as the CSV would round it; {@code -} for NaN. */
  static String share(double share) {
    return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.3f", share);
  }

  /** A share as a whole percentage. */
  static String pct(double share) {
    return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }

  void print(PrintWriter out) {
    int[] width = new int[header.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = header.get(i).length();
      for (String[] r : rows) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    line(out, header.toArray(new String[0]), width);
    for (String[] r : rows) {
      line(out, r, width);
    }
  }

  private void line(PrintWriter out, String[] cells, int[] width) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        b.append("  ");
      }
      String pad = " ".repeat(width[i] - cells[i].length());
      b.append(numeric[i] ? pad + cells[i] : cells[i] + pad);
    }
    out.println(b.toString().stripTrailing());
  }
}
