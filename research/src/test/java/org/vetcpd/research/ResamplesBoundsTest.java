package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.vetcpd.rules.Rubric;

/** More bootstrap resamples than a heap holds are refused before anything is allocated. */
class ResamplesBoundsTest {
  @Test
  void resamplesPastTheMaximumAreRefused() {
    assertThatThrownBy(() -> Bootstrap.of(Grouping.ALL).withResamples(Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<= 100000");
    assertThatThrownBy(() -> Bootstrap.of(Grouping.ALL).withResamples(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RubricSobol.of(Rubric.standard())
        .withResamples(Sobol.MAX_RESAMPLES + 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<= 100000");
    assertThatThrownBy(() -> Sobol.estimate(2, x -> x[0], 4, 1, Integer.MAX_VALUE, 0.95))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<= 100000");
  }
}
