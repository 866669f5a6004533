package org.vetcpd.core.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The reader's own conversion of short decimals gives exactly the double that {@link
 * Double#parseDouble} gives (the independent computation), bit for bit, and declines every other
 * form, which the parser then converts.
 */
class PlainDecimalProperties {

  /** A decimal as JSON writes one: a sign, digits, perhaps a point and more digits. */
  @Provide
  Arbitrary<String> decimals() {
    Arbitrary<String> whole = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1)
        .ofMaxLength(18);
    Arbitrary<String> fraction = Arbitraries.strings().withCharRange('0', '9').ofMinLength(0)
        .ofMaxLength(18);
    return Combinators.combine(Arbitraries.of("", "-"), whole, fraction)
        .as((sign, w, f) -> sign + w + (f.isEmpty() ? "" : "." + f));
  }

  @Property(tries = 3000)
  void aPlainDecimalIsConvertedAsParseDoubleDoes(@ForAll("decimals") String text) {
    double d = WireReader.plainDecimal(text.toCharArray(), 0, text.length());
    int digits = text.replace("-", "").replace(".", "").length();
    Statistics.label("digits").collect(digits <= 15 ? "at most 15" : "more than 15");
    Statistics.label("point").collect(text.contains(".") ? "fraction" : "whole");
    if (digits <= 15) {
      assertThat(Double.doubleToRawLongBits(d))
          .as(text).isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
    } else {
      assertThat(d).as(text).isNaN();
    }
  }

  @Property(tries = 2000)
  void numbersThatDoublesHoldNearlyAreRoundedCorrectly(
      @ForAll("fifteenDigits") long digits, @ForAll("places") int places) {
    // the exact value of digits / 10^places, rounded by BigDecimal: an independent rounding
    String text = BigDecimal.valueOf(digits, places).toPlainString();
    double d = WireReader.plainDecimal(text.toCharArray(), 0, text.length());
    Statistics.label("places").collect(places);
    assertThat(d).as(text).isEqualTo(new BigDecimal(text).doubleValue());
  }

  @Provide
  Arbitrary<Long> fifteenDigits() {
    return Arbitraries.longs().between(0, 999_999_999_999_999L);
  }

  @Provide
  Arbitrary<Integer> places() {
    return Arbitraries.integers().between(0, 14);
  }

  @Example
  void otherFormsAreLeftToTheParser() {
    for (String text : new String[] {"1e5", "1E-3", "-", "", ".", "1.2.3", "0x10", "+1",
        "1234567890123456", "0.0000000000000001"}) {
      assertThat(WireReader.plainDecimal(text.toCharArray(), 0, text.length())).as(text).isNaN();
    }
  }

  @Example
  void signsAndZerosAreKept() {
    assertThat(Double.doubleToRawLongBits(WireReader.plainDecimal("-0.0".toCharArray(), 0, 4)))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(WireReader.plainDecimal("x8760.5y".toCharArray(), 1, 6)).isEqualTo(8760.5);
    assertThat(WireReader.plainDecimal("0.001".toCharArray(), 0, 5)).isEqualTo(0.001);
  }
}
