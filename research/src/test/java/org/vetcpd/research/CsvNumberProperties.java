package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** {@link CsvTableWriter#number(double)}'s fast path writes exactly what BigDecimal would. */
class CsvNumberProperties {
  @Property(tries = 3000)
  void fastPathEqualsTheBigDecimalForm(@ForAll("doubles") double value) {
    BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
    String expected = (d.scale() < 1 ? d.setScale(1) : d).toPlainString();
    Statistics.collect(Double.toString(value).contains("E") ? "exponent form" : "plain form");
    assertThat(CsvTableWriter.number(value)).isEqualTo(expected);
    assertThat(Double.parseDouble(CsvTableWriter.number(value))).isEqualTo(value == 0 ? 0 : value);
  }

  @Provide
  Arbitrary<Double> doubles() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(0, 1),
        Arbitraries.doubles().between(-1e9, 1e9),
        Arbitraries.longs().between(Long.MIN_VALUE, Long.MAX_VALUE)
            .map(Double::longBitsToDouble).filter(Double::isFinite),
        Arbitraries.of(0.0, -0.0, 100.0, 1e-3, 9.999e-4, 1e7, 9999999.999, 0.1 + 0.2));
  }
}
