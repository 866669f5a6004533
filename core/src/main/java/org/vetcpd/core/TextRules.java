package org.vetcpd.core;

/**
 * The character rules of ids, codes and texts (docs/data-format.md, "Values and text"): which
 * code points each kind of field rejects, and the message for the first one found.
 */
final class TextRules {
  /** Ids and codes: no control character, no bidirectional control. */
  static final int IDENTIFIER = 0;
  /** One-line text: no control character. */
  static final int TEXT = 1;
  /** Text of several lines: no control character but TAB, LF and CR. */
  static final int MULTILINE = 2;

  private TextRules() {}

  /**
   * Returns the message for the first character of {@code s} that a field of the given kind
   * rejects, or null if there is none.
   */
  static String firstProblem(String s, int kind) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++; // a well-formed pair: a supplementary character, never a control
          continue;
        }
        return loneSurrogate(c);
      }
      if (Character.isLowSurrogate(c)) {
        return loneSurrogate(c);
      }
      if (isControl(c) && !(kind == MULTILINE && (c == '\t' || c == '\n' || c == '\r'))) {
        return "must not contain control character " + codePoint(c);
      }
      if (kind == IDENTIFIER && isBidiControl(c)) {
        return "must not contain bidirectional control " + codePoint(c);
      }
    }
    return null;
  }

  /**
   * Returns whether {@code s} is printable ASCII ({@code U+0020} to {@code U+007E}) and holds a
   * character other than a space: such a text is not blank and no rule rejects any of its
   * characters, so checking it ends here (most ids and texts are such).
   */
  static boolean isPlainAscii(String s) {
    boolean printing = false;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c > 0x20 && c < 0x7F) {
        printing = true;
      } else if (c != 0x20) {
        return false;
      }
    }
    return printing;
  }

  /**
   * Returns whether {@code s} shows nothing: every character is white space ({@link
   * String#isBlank()}), a space separator (the no-break spaces {@code U+00A0}, {@code U+2007},
   * {@code U+202F}, ...: general category Zs, and Zl, Zp) or invisible ({@link #isInvisible}).
   * Such a value looks empty in every table and report, and is told apart from another only by
   * characters nobody can see. Control characters do not count: they are reported as such.
   *
   * @param s the text
   * @return true if it shows nothing
   */
  static boolean isBlank(String s) {
    for (int i = 0, n = s.length(); i < n; ) {
      int c = s.codePointAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && !isInvisible(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /**
   * Unicode's default-ignorable code points (DerivedCoreProperties.txt, Unicode 15), which render
   * as nothing (the zero-width space {@code U+200B}, the byte order mark {@code U+FEFF}, the soft
   * hyphen {@code U+00AD}, variation selectors, tags), and the Braille pattern blank {@code
   * U+2800}, which renders as a space without being one.
   */
  static boolean isInvisible(int c) {
    return c == 0x00AD || c == 0x034F || c == 0x061C || c == 0x115F || c == 0x1160
        || c == 0x17B4 || c == 0x17B5 || (c >= 0x180B && c <= 0x180F)
        || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2060 && c <= 0x206F) || c == 0x2800 || c == 0x3164
        || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF || c == 0xFFA0
        || (c >= 0xFFF0 && c <= 0xFFF8) || (c >= 0x1BCA0 && c <= 0x1BCA3)
        || (c >= 0x1D173 && c <= 0x1D17A) || (c >= 0xE0000 && c <= 0xE0FFF);
  }

  /** C0, DEL and C1: the code points of Unicode's general category Cc. */
  static boolean isControl(char c) {
    return c <= 0x1F || (c >= 0x7F && c <= 0x9F);
  }

  /** The implicit and explicit bidirectional formatting characters (Unicode UAX #9). */
  static boolean isBidiControl(char c) {
    return c == 0x061C || c == 0x200E || c == 0x200F
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }

  private static String loneSurrogate(char c) {
    return "must be well-formed Unicode, has a lone surrogate " + codePoint(c);
  }

  /** {@code U+001B}: four or more hex digits, upper case. */
  static String codePoint(int c) {
    return String.format(java.util.Locale.ROOT, "U+%04X", c);
  }
}
