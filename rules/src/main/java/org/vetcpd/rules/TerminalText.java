package org.vetcpd.rules;

import static java.util.Objects.requireNonNull;

/**
 * Makes text taken from data safe to print on a terminal: every control character (C0, DEL, C1),
 * line and paragraph separator, and bidirectional formatting character (U+061C, U+200E, U+200F,
 * U+202A&ndash;U+202E, U+2066&ndash;U+2069) is shown as a Java escape such as {@code \u001b}, so
 * that a plan id holding a line break or an escape sequence can neither forge a line of a report
 * nor hide what follows it (OWASP: data is never code in someone else's tool).
 *
 * <p>Used wherever vetcpd prints data as text; JSON and CSV keep data exact. This class is
 * immutable and thread-safe.
 */
public final class TerminalText {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private TerminalText() {}

  /**
   * Returns the text with every unsafe character escaped as {@code \}{@code uXXXX}; text without
   * one is returned as it is.
   *
   * @param text text from data
   * @return the text, safe to print on one line of a terminal
   */
  public static String escape(String text) {
    requireNonNull(text, "text");
    int i = 0;
    while (i < text.length() && !unsafe(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unsafe(c)) {
        b.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
            .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Returns whether a character must be escaped on a terminal.
   *
   * @param c a character
   * @return true for control, line separator and bidirectional formatting characters
   */
  public static boolean unsafe(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F)
        || c == 0x061C || c == 0x200E || c == 0x200F
        || (c >= 0x2028 && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }
}
