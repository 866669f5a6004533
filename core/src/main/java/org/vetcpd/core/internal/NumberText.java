package org.vetcpd.core.internal;

import java.math.BigDecimal;

/**
 * What a number is as written, the one rule for every reader of vetcpd's (JSON, JSON Lines, CSV
 * cells): whether it is zero, and whether it is a whole number of an {@code int}'s range, judged
 * on the text, not on the double nearest it ({@code 2.0000000000000001} is not 2, {@code 1e-400}
 * is not 0).
 *
 * <p>This class is thread-safe.
 */
public final class NumberText {
  private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

  /** What a number is as a whole number. */
  public enum Whole {
    /** A whole number from {@link Integer#MIN_VALUE} to {@link Integer#MAX_VALUE}. */
    INT,
    /** Not a whole number ({@code 2.5}, {@code 1e-400}). */
    FRACTION,
    /** A whole number beyond an {@code int} ({@code 4e9}, {@code 1e99999999999}). */
    OUT_OF_RANGE
  }

  private NumberText() {}

  /**
   * Whether a number's digits before its exponent are not all zeros: {@code 1e-400} is not zero
   * (though a double reads it as 0), {@code 0.0e5} is.
   *
   * @param number a number as written (JSON's grammar, or a CSV cell's)
   * @return true if the number is not zero
   */
  public static boolean nonZero(CharSequence number) {
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c == 'e' || c == 'E') {
        return false;
      }
      if (c >= '1' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * Judges a number as written as a whole number, exactly.
   *
   * @param number a number as written
   * @return what it is
   */
  public static Whole whole(String number) {
    if (!nonZero(number)) {
      return Whole.INT;
    }
    BigDecimal exact;
    try {
      exact = new BigDecimal(number);
    } catch (NumberFormatException e) {
      // an exponent beyond an int's: far beyond any int, or far below 1
      int exponent = Math.max(number.indexOf('e'), number.indexOf('E'));
      return exponent >= 0 && exponent + 1 < number.length() && number.charAt(exponent + 1) == '-'
          ? Whole.FRACTION : Whole.OUT_OF_RANGE;
    }
    if (exact.stripTrailingZeros().scale() > 0) {
      return Whole.FRACTION;
    }
    return exact.compareTo(INT_MIN) < 0 || exact.compareTo(INT_MAX) > 0
        ? Whole.OUT_OF_RANGE : Whole.INT;
  }

  /**
   * Returns the {@code int} a number is, which {@link #whole} found {@link Whole#INT}.
   *
   * @param number a number as written, whole and of an int's range
   * @return its value
   */
  public static int intValue(String number) {
    return nonZero(number) ? new BigDecimal(number).intValueExact() : 0;
  }
}
