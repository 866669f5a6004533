package org.vetcpd.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link NumberText#fixed} against the two formattings it replaces, character for character:
 * {@code BigDecimal} (the HTML report's) on every double, and the JDK's {@code String.format}
 * ("%.1f", the text report's) on every double whose sign bit is clear. The numbers are drawn
 * where half up decides (on, just above and just below the half units), across the fast path's
 * bounds, and at random.
 */
class FixedDecimalsProperties {
  @Provide
  Arbitrary<Double> numbers() {
    return Arbitraries.oneOf(List.of(
        Arbitraries.doubles(),
        Arbitraries.doubles().between(-2e7, 2e7),
        Arbitraries.doubles().between(0, 100),
        Arbitraries.doubles().between(-2, 2),
        // on and next to the half units of one and of two decimals
        Arbitraries.integers().between(-4_000_000, 4_000_000).map(k -> k / 20.0),
        Arbitraries.integers().between(-4_000_000, 4_000_000).map(k -> k / 200.0),
        Arbitraries.integers().between(0, 4_000_000).map(k -> Math.nextUp(k / 20.0)),
        Arbitraries.integers().between(0, 4_000_000).map(k -> Math.nextDown(k / 200.0)),
        Arbitraries.integers().between(0, 2_000_000).map(k -> k / 1000.0),
        Arbitraries.of(0.0, -0.0, 1e-3, Math.nextDown(1e-3), 5e-4, 0.05, 0.005, 0.15, 0.25,
            2.675, 1.005, 54.35, 99.95, 99.995, 100.0, 1e7, Math.nextDown(1e7), 9999999.95,
            9999999.995, Double.MIN_VALUE, Double.MAX_VALUE, -0.04, -0.05)));
  }

  @Property(tries = 20_000)
  void fixedIsWhatBigDecimalAndTheFormatterWrite(@ForAll("numbers") double v,
      @ForAll @IntRange(min = 1, max = 2) int decimals) {
    String fixed = NumberText.fixed(v, decimals);
    assertThat(fixed).as("%s, %d decimals", v, decimals).isEqualTo(
        BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString());
    if (Double.doubleToRawLongBits(v) >= 0) {
      assertThat(fixed).as("%s, %d decimals", v, decimals)
          .isEqualTo(String.format(Locale.ROOT, "%." + decimals + "f", v));
    }
    Statistics.label("path").collect(Double.doubleToRawLongBits(v) < 0 || !(v < 1e7)
        ? "BigDecimal" : v == (long) v ? "whole" : v < 1e-3 ? "below 0.001" : "digits");
    Statistics.label("path").coverage(c -> {
      c.check("whole").percentage(p -> p > 2);
      c.check("digits").percentage(p -> p > 30);
      c.check("BigDecimal").percentage(p -> p > 5);
    });
  }

  @Example
  void workedCases() {
    assertThat(NumberText.fixed(29.330352351834843, 1)).isEqualTo("29.3");
    assertThat(NumberText.fixed(0.15, 1)).isEqualTo("0.2"); // the digits 0.15, half up
    assertThat(NumberText.fixed(2.675, 2)).isEqualTo("2.68"); // the double is 2.67499999…
    assertThat(NumberText.fixed(100, 1)).isEqualTo("100.0");
    assertThat(NumberText.fixed(0.05, 2)).isEqualTo("0.05");
    assertThat(NumberText.fixed(0.0004, 2)).isEqualTo("0.00");
    assertThat(NumberText.fixed(-0.04, 1)).isEqualTo("0.0");
    assertThat(NumberText.fixed(9999999.95, 1)).isEqualTo("10000000.0"); // a carry into 10^7
    assertThat(NumberText.fixed(Double.NaN, 1)).isEqualTo("NaN");
    assertThat(NumberText.fixed(Double.NEGATIVE_INFINITY, 2)).isEqualTo("-Infinity");
    assertThatThrownBy(() -> NumberText.fixed(1, 3)).isInstanceOf(IllegalArgumentException.class);
  }
}
