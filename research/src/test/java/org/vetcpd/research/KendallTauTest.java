package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class KendallTauTest {
  @Test
  void knownValues() {
    double[] x = {1, 2, 3, 4, 5};
    assertThat(KendallTau.tauB(x, x)).isEqualTo(1);
    assertThat(KendallTau.tauB(x, new double[] {5, 4, 3, 2, 1})).isEqualTo(-1);
    // R: cor(c(1,2,2,3), c(1,3,2,2), method = "kendall") = 0.4
    assertThat(KendallTau.tauB(new double[] {1, 2, 2, 3}, new double[] {1, 3, 2, 2}))
        .isCloseTo(0.4, within(1e-12));
    assertThat(KendallTau.tauB(new double[] {1}, new double[] {1})).isNaN();
    assertThat(KendallTau.tauB(new double[] {2, 2}, new double[] {1, 3})).isNaN();
  }

  @Test
  void rejectsSamplesOfDifferentLengthsAndNaN() {
    assertThatThrownBy(() -> KendallTau.tauB(new double[2], new double[3]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("as long");
    assertThatThrownBy(() -> KendallTau.tauB(new double[] {1, Double.NaN}, new double[2]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
  }

  @Test
  void largeSamplesAgreeWithBruteForce() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(1);
    double[] x = new double[2000];
    double[] y = new double[2000];
    for (int i = 0; i < x.length; i++) {
      x[i] = r.nextInt(50);
      y[i] = x[i] + r.nextInt(30);
    }
    assertThat(KendallTau.tauB(x, y))
        .isCloseTo(KendallTauProperties.bruteForce(x, y), within(1e-12));
  }
}
