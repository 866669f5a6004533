package org.vetcpd.report;

import org.jsoup.nodes.Entities;
import org.vetcpd.core.internal.NumberText;

/**
 * Appends HTML to a buffer. Every string that comes from data goes through {@link #text} or
 * {@link #attr}, which escape it with jsoup's {@link Entities#escape(String)}; markup written here
 * is constant.
 */
final class Html {
  private final StringBuilder b = new StringBuilder(1 << 16);

  /** Appends constant markup, never data. */
  Html raw(String markup) {
    b.append(markup);
    return this;
  }

  /** Appends data as escaped text. */
  Html text(String data) {
    b.append(Entities.escape(data));
    return this;
  }

  /** Appends {@code <tag class="cls">data</tag>} with the data escaped. */
  Html el(String tag, String cls, String data) {
    b.append('<').append(tag);
    if (cls != null) {
      b.append(" class=\"").append(cls).append('"');
    }
    b.append('>').append(Entities.escape(data)).append("</").append(tag).append('>');
    return this;
  }

  /** Appends {@code  name="value"} with the value escaped. */
  Html attr(String name, String value) {
    b.append(' ').append(name).append("=\"").append(Entities.escape(value)).append('"');
    return this;
  }

  /** Appends a coordinate or length with at most two decimals. */
  Html num(double v) {
    b.append(num2(v));
    return this;
  }

  /**
   * Returns a number with at most two decimals, {@code .} as separator, no exponent, trailing zeros
   * dropped ({@code 12.5}, {@code 3}): {@code BigDecimal.valueOf(v).setScale(2, HALF_UP)
   * .stripTrailingZeros().toPlainString()}, without a {@code BigDecimal} for the dozens of
   * coordinates of each teacher's chart ({@link NumberText#fixed}); 0 for NaN and the infinities.
   */
  static String num2(double v) {
    if (!Double.isFinite(v)) {
      return "0";
    }
    String s = NumberText.fixed(v, 2);
    int end = s.length();
    while (s.charAt(end - 1) == '0') {
      end--;
    }
    if (s.charAt(end - 1) == '.') {
      end--;
    }
    return s.substring(0, end);
  }

  /** Returns a number with one decimal, e.g. a score: {@code 54.3} ({@link NumberText#fixed}). */
  static String one(double v) {
    return NumberText.fixed(v, 1);
  }

  @Override
  public String toString() {
    return b.toString();
  }
}
