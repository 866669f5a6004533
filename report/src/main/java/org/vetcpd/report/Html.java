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

  /**
   * Appends data as escaped text in the page's content, isolated from the text around it ({@code
   * <bdi>}) when it holds a right-to-left letter or a bidirectional control: a name ending in
   * U+202E (right-to-left override) can reorder only itself, never the score printed after it.
   */
  Html text(String data) {
    isolated(data);
    return this;
  }

  /**
   * Appends data as escaped text where no markup may go: an HTML {@code <title>}, an SVG {@code
   * <title>} or {@code <desc>} (read by assistive technology, never laid out beside a number).
   */
  Html textOnly(String data) {
    b.append(Entities.escape(data));
    return this;
  }

  /** Appends {@code <tag class="cls">data</tag>} with the data escaped and isolated. */
  Html el(String tag, String cls, String data) {
    b.append('<').append(tag);
    if (cls != null) {
      b.append(" class=\"").append(cls).append('"');
    }
    b.append('>');
    isolated(data);
    b.append("</").append(tag).append('>');
    return this;
  }

  private void isolated(String data) {
    if (needsIsolation(data)) {
      b.append("<bdi>").append(Entities.escape(data)).append("</bdi>");
    } else {
      b.append(Entities.escape(data));
    }
  }

  /**
   * Whether text holds a character that can reorder the text around it: a right-to-left letter or
   * number (Hebrew, Arabic), or an explicit embedding, override or isolate control.
   */
  static boolean needsIsolation(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      switch (Character.getDirectionality(cp)) {
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT:
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
        case Character.DIRECTIONALITY_ARABIC_NUMBER:
        case Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING:
        case Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE:
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING:
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE:
        case Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT:
        case Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE:
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE:
        case Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE:
        case Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE:
          return true;
        default:
          i += Character.charCount(cp);
      }
    }
    return false;
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
