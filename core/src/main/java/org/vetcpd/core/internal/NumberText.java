package org.vetcpd.core.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a number is as written, the one rule for every reader of vetcpd's (JSON, JSON Lines, CSV
 * cells): whether it is zero, and whether it is a whole number of an {@code int}'s range, judged
 * on the text, not on the double nearest it ({@code 2.0000000000000001} is not 2, {@code 1e-400}
 * is not 0); and how a number is written with a fixed number of decimals ({@link #fixed}).
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

  /**
   * Returns {@code v} with exactly one or two decimals, rounded half up from the digits of {@link
   * Double#toString} (the shortest that read back to {@code v}): what {@code
   * BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString()} gives, for
   * every finite {@code v}; and, for a {@code v} whose sign bit is clear, what {@code
   * String.format(Locale.ROOT, "%.1f", v)} gives (the JDK's formatter rounds the same digits half
   * up; for a negative {@code v} that rounds to zero it prints {@code -0.0}, BigDecimal {@code
   * 0.0}). {@code NaN} and the infinities are written as {@link Double#toString} writes them.
   *
   * <p>Scores, points and a chart's coordinates are written so, many per plan: numbers from 0 up
   * to 10<sup>7</sup> are formatted here without {@code BigDecimal} or the formatter's parsing of
   * a pattern; others through {@code BigDecimal}.
   *
   * @param v the number
   * @param decimals 1 or 2
   * @return the number with that many decimals, {@code .} as separator, no exponent
   * @throws IllegalArgumentException if {@code decimals} is not 1 or 2
   */
  public static String fixed(double v, int decimals) {
    if (decimals != 1 && decimals != 2) {
      throw new IllegalArgumentException("decimals must be 1 or 2, was " + decimals);
    }
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    if (Double.doubleToRawLongBits(v) >= 0 && v < 1e7) {
      int scale = decimals == 1 ? 10 : 100;
      long units; // v in units of the last decimal, rounded half up
      if (v == (long) v) {
        units = (long) v * scale;
      } else if (v < 1e-3) {
        units = 0; // less than half of 0.01
      } else {
        // Double.toString writes [1e-3, 1e7) as digits "." digits, never with an exponent
        String s = Double.toString(v);
        int dot = s.indexOf('.');
        int n = s.length() - dot - 1;
        units = Long.parseLong(s, 0, dot, 10);
        for (int k = 1; k <= decimals; k++) {
          units = units * 10 + (k <= n ? s.charAt(dot + k) - '0' : 0);
        }
        if (n > decimals && s.charAt(dot + decimals + 1) >= '5') {
          units++; // half up: the digits dropped are at least half a unit
        }
      }
      StringBuilder b = new StringBuilder(12).append(units / scale).append('.');
      long rest = units % scale;
      if (decimals == 2 && rest < 10) {
        b.append('0');
      }
      return b.append(rest).toString();
    }
    return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }
}
