package org.vetcpd.core.internal;

/**
 * Text cut to a length, saying how long it was: what a problem message quotes of a value it found,
 * and a problem's path and message as a whole ({@link org.vetcpd.core.Problem#MAX_LENGTH}).
 *
 * <p>This class is thread-safe.
 */
public final class Excerpt {
  /** The most characters of a value a message quotes, so that it keeps what it says after it. */
  public static final int QUOTED = 200;

  private Excerpt() {}

  /**
   * Returns the value a message quotes: the value, or its start followed by {@code … (N characters
   * in all)}, {@value #QUOTED} characters in all.
   *
   * @param value the value found
   * @return what to quote of it
   */
  public static String of(String value) {
    return cut(value, QUOTED);
  }

  /**
   * Returns the text, or its start followed by {@code … (N characters in all)}, {@code max}
   * characters in all; never half a surrogate pair.
   *
   * @param text the text
   * @param max the most characters, at least 40
   * @return the text, cut if it is longer than {@code max}
   */
  public static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    String end = "… (" + text.length() + " characters in all)";
    int keep = max - end.length();
    if (Character.isHighSurrogate(text.charAt(keep - 1))) {
      keep--;
    }
    return text.substring(0, keep) + end;
  }
}
