package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link CsvTableWriter#number(double)} writes the shortest decimal that reads back, computed
 * here independently with BigDecimal (Java 17's {@code Double.toString} is not always shortest,
 * JDK-4511638, so it cannot be the reference).
 */
class CsvNumberProperties {
  @Property(tries = 3000)
  void writesTheShortestPlainDecimalThatReadsBack(@ForAll("doubles") double value) {
    String expected = reference(value);
    Statistics.label("form").collect(
        Math.abs(value) >= 1e-3 && Math.abs(value) < 1e7 || value == 0 ? "plain" : "exponent");
    Statistics.label("Java 17's Double.toString").collect(
        digits(Double.toString(value)) > digits(expected) ? "longer than shortest" : "shortest");
    assertThat(CsvTableWriter.number(value)).isEqualTo(expected);
    assertThat(Double.parseDouble(CsvTableWriter.number(value))).isEqualTo(value == 0 ? 0 : value);
  }

  /**
   * Numbers that repeat, as a table's criterion values do, each written as the reference writes
   * it: {@code number} keeps the text of numbers written before (one per slot of a table, the
   * first written to it), so most of these come from that table, and the others collide with a
   * number kept already and are written again.
   */
  @Property(tries = 200)
  void aNumberWrittenAgainIsWrittenTheSame(@ForAll("repeating") java.util.List<Double> values) {
    java.util.Set<Double> seen = new java.util.HashSet<>();
    for (double v : values) {
      Statistics.label("number").collect(seen.add(v) ? "first time" : "again");
      assertThat(CsvTableWriter.number(v)).isEqualTo(reference(v));
    }
  }

  @Provide
  Arbitrary<java.util.List<Double>> repeating() {
    return doubles().list().ofMinSize(1).ofMaxSize(40).flatMap(pool ->
        Arbitraries.of(pool).list().ofMinSize(1).ofMaxSize(200));
  }

  /** A number whose Java 17 text has a digit more than needed; the CSV writes the shortest. */
  @Example
  void writesTheShortestWhereJava17DoesNot() {
    assertThat(Double.toString(2.82879384806159E17)).isIn("2.82879384806159008E17",
        "2.82879384806159E17"); // Java 17, Java 19 on
    assertThat(CsvTableWriter.number(2.0E-3)).isEqualTo("0.002");
    assertThat(CsvTableWriter.number(1.0E23)).isEqualTo("100000000000000000000000.0");
    assertThat(CsvTableWriter.number(2.82879384806159E17)).isEqualTo("282879384806159000.0");
    assertThat(CsvTableWriter.number(5.0E-324)).isEqualTo(reference(5.0E-324));
  }

  @Provide
  Arbitrary<Double> doubles() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(0, 1),
        Arbitraries.doubles().between(-1e9, 1e9),
        Arbitraries.doubles().between(0, 100).ofScale(14),
        Arbitraries.longs().between(Long.MIN_VALUE, Long.MAX_VALUE)
            .map(Double::longBitsToDouble).filter(Double::isFinite),
        Arbitraries.of(0.0, -0.0, 100.0, 1e-3, 9.999e-4, 1e7, 9999999.999, 0.1 + 0.2,
            2.82879384806159E17, 1.0E23, Double.MIN_VALUE, Double.MAX_VALUE,
            // the edges of the plain range, which number() trusts without looking for an 'E'
            Math.nextDown(1e-3), Math.nextUp(1e-3), Math.nextDown(1e7), -Math.nextDown(1e7),
            -1e-3, Math.nextDown(-1e-3)));
  }

  /** The significant digits of a text of a number, trailing zeros dropped. */
  private static int digits(String text) {
    return new BigDecimal(text).stripTrailingZeros().precision();
  }

  /**
   * The decimal of fewest significant digits, at least two (as Java 19's {@code
   * Double.toString}; it matters only for the smallest subnormals), that reads back as {@code
   * value}, the closest to it of those (an even last digit on a tie), by trying every digit count
   * from 2 up; written plain, with at least one decimal.
   */
  private static String reference(double value) {
    if (value == 0) {
      return "0.0";
    }
    BigDecimal exact = new BigDecimal(value);
    for (int n = 2; n <= 17; n++) {
      BigDecimal down = exact.round(new MathContext(n, RoundingMode.FLOOR));
      BigDecimal up = exact.round(new MathContext(n, RoundingMode.CEILING));
      boolean downReads = down.doubleValue() == value;
      boolean upReads = up.doubleValue() == value;
      BigDecimal pick = null;
      if (downReads && upReads) {
        int c = exact.subtract(down).abs().compareTo(up.subtract(exact).abs());
        pick = c < 0 ? down : c > 0 ? up : down.unscaledValue().testBit(0) ? up : down;
      } else if (downReads) {
        pick = down;
      } else if (upReads) {
        pick = up;
      }
      if (pick != null) {
        BigDecimal d = pick.stripTrailingZeros();
        return (d.scale() < 1 ? d.setScale(1) : d).toPlainString();
      }
    }
    throw new AssertionError("no decimal of at most 17 digits reads back as " + value);
  }
}
