package org.vetcpd.rules;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link Text#num} formats without BigDecimal; {@link Text#numReference} is the BigDecimal
 * formatting it replaced. The two must agree on every double, character for character: the golden
 * reports pin the text.
 */
class TextNumProperties {
  @Provide
  Arbitrary<Double> numbers() {
    return Arbitraries.oneOf(java.util.List.of(
        Arbitraries.doubles(),
        Arbitraries.doubles().between(-2e7, 2e7),
        Arbitraries.doubles().between(-2, 2),
        // on and next to the half cents, where half up decides
        Arbitraries.integers().between(-2_000_000, 2_000_000).map(k -> k / 200.0),
        Arbitraries.integers().between(-2_000_000, 2_000_000).map(k -> k / 1000.0),
        Arbitraries.integers().between(-2_000_000, 2_000_000)
            .map(k -> Math.nextUp(k / 200.0)),
        Arbitraries.integers().between(-2_000_000, 2_000_000)
            .map(k -> Math.nextDown(k / 200.0)),
        Arbitraries.of(0.0, -0.0, 1e-3, Math.nextDown(1e-3), 1e7, Math.nextDown(1e7), 9999999.995,
            0.005, -0.005, 0.0049999, 1.005, 2.675, 0.125, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
            Double.MAX_VALUE)));
  }

  @Property(tries = 20_000)
  void numEqualsTheBigDecimalFormatting(@ForAll("numbers") double v) {
    assertThat(Text.num(v)).as("%s", v).isEqualTo(Text.numReference(v));
    double a = Math.abs(v);
    Statistics.label("path").collect(!(a < 1e7) ? "reference" : a == (long) a ? "integer"
        : a >= 1e-3 ? "digits" : "reference");
    Statistics.label("path").coverage(c -> {
      c.check("integer").percentage(p -> p > 2);
      c.check("digits").percentage(p -> p > 30);
    });
  }

  @Example
  void examples() {
    assertThat(Text.num(12.0)).isEqualTo("12");
    assertThat(Text.num(100.0)).isEqualTo("100");
    assertThat(Text.num(0.5)).isEqualTo("0.5");
    assertThat(Text.num(1.0 / 3)).isEqualTo("0.33");
    assertThat(Text.num(0.125)).isEqualTo("0.13");
    assertThat(Text.num(1.005)).isEqualTo("1.01");
    assertThat(Text.num(-0.004)).isEqualTo("0");
    assertThat(Text.num(-0.005)).isEqualTo("-0.01");
    assertThat(Text.num(9.999)).isEqualTo("10");
    assertThat(Text.num(0.05)).isEqualTo("0.05");
  }
}
