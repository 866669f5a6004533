package org.vetcpd.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vetcpd.core.internal.NumberText.Whole;

/** Numbers judged as written, the same for every reader. */
class NumberTextTest {
  @Test
  void zeroIsZeroHoweverWritten() {
    for (String zero : new String[] {"0", "-0", "0.000", "0e5", "0.0E-999", "0e99999999999"}) {
      assertThat(NumberText.nonZero(zero)).as(zero).isFalse();
      assertThat(NumberText.whole(zero)).as(zero).isEqualTo(Whole.INT);
      assertThat(NumberText.intValue(zero)).as(zero).isZero();
    }
    assertThat(NumberText.nonZero("1e-400")).isTrue();
    assertThat(NumberText.nonZero("0.0000001")).isTrue();
  }

  @Test
  void wholeNumbersAreJudgedOnTheirText() {
    assertThat(NumberText.whole("2.000")).isEqualTo(Whole.INT);
    assertThat(NumberText.intValue("2e0")).isEqualTo(2);
    assertThat(NumberText.intValue("1.5e1")).isEqualTo(15);
    assertThat(NumberText.intValue("-2147483648.0")).isEqualTo(Integer.MIN_VALUE);
    assertThat(NumberText.whole("2.0000000000000001")).isEqualTo(Whole.FRACTION);
    assertThat(NumberText.whole("2.5")).isEqualTo(Whole.FRACTION);
    assertThat(NumberText.whole("1e-400")).isEqualTo(Whole.FRACTION);
    assertThat(NumberText.whole("1e-99999999999")).isEqualTo(Whole.FRACTION);
    assertThat(NumberText.whole("2147483648.0")).isEqualTo(Whole.OUT_OF_RANGE);
    assertThat(NumberText.whole("4e9")).isEqualTo(Whole.OUT_OF_RANGE);
    assertThat(NumberText.whole("-1E99999999999")).isEqualTo(Whole.OUT_OF_RANGE);
  }
}
