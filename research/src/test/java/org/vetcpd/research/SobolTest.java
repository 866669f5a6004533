package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Sobol's estimators against functions whose indices are known in closed form.
 *
 * <p>Tolerance: each estimate must lie within four of its own Monte Carlo standard errors of the
 * analytic value (plus 0.005 for the bias of a ratio estimator), the standard error read off its
 * bootstrap interval as {@code (upper − lower)/(2·1.96)}. With a fixed seed the test is
 * deterministic; four standard errors is a bound an unbiased estimator breaks with probability
 * about 6e-5 per index, so a failure means a wrong estimator, not bad luck.
 */
class SobolTest {
  private static final double A = 7;
  private static final double B = 0.1;

  /** Ishigami and Homma (1990) on [−π, π]³. */
  static double ishigami(double[] u) {
    double x1 = -Math.PI + 2 * Math.PI * u[0];
    double x2 = -Math.PI + 2 * Math.PI * u[1];
    double x3 = -Math.PI + 2 * Math.PI * u[2];
    double s2 = Math.sin(x2);
    return Math.sin(x1) + A * s2 * s2 + B * Math.pow(x3, 4) * Math.sin(x1);
  }

  /** The analytic indices of the Ishigami function, derived in closed form (Sobol' and Levitan). */
  static double[][] ishigamiIndices() {
    double pi4 = Math.pow(Math.PI, 4);
    double pi8 = pi4 * pi4;
    double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
    double v2 = A * A / 8;
    double v13 = B * B * pi8 * (1.0 / 18 - 1.0 / 50);
    double v = v1 + v2 + v13;
    return new double[][] {{v1 / v, v2 / v, 0}, {(v1 + v13) / v, v2 / v, v13 / v}};
  }

  private static void assertWithinMonteCarloError(SobolIndices s, double[][] expected) {
    double[] s1 = s.firstOrder();
    double[] st = s.total();
    for (int i = 0; i < s.factors(); i++) {
      double se1 = (s.firstOrderUpper()[i] - s.firstOrderLower()[i]) / (2 * 1.96);
      double set = (s.totalUpper()[i] - s.totalLower()[i]) / (2 * 1.96);
      assertThat(se1).as("S%d's standard error", i + 1).isPositive().isLessThan(0.05);
      assertThat(Math.abs(s1[i] - expected[0][i])).as("S%d = %s", i + 1, s1[i])
          .isLessThanOrEqualTo(4 * se1 + 0.005);
      assertThat(Math.abs(st[i] - expected[1][i])).as("ST%d = %s", i + 1, st[i])
          .isLessThanOrEqualTo(4 * set + 0.005);
      assertThat(s.firstOrderLower()[i]).isLessThanOrEqualTo(s1[i]);
      assertThat(s.firstOrderUpper()[i]).isGreaterThanOrEqualTo(s1[i]);
      assertThat(s.totalLower()[i]).isLessThanOrEqualTo(st[i]);
      assertThat(s.totalUpper()[i]).isGreaterThanOrEqualTo(st[i]);
    }
  }

  @Test
  void ishigamiAnalyticValuesAreTheLiteratures() {
    double[][] e = ishigamiIndices();
    assertThat(e[0][0]).isCloseTo(0.3139, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(e[0][1]).isCloseTo(0.4424, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(e[1][0]).isCloseTo(0.5576, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(e[1][2]).isCloseTo(0.2437, org.assertj.core.data.Offset.offset(1e-4));
  }

  @Test
  void ishigamiWithinMonteCarloError() {
    SobolIndices s = Sobol.estimate(3, SobolTest::ishigami, 8192, 1);
    assertThat(s.samples()).isEqualTo(8192);
    assertThat(s.evaluations()).isEqualTo(8192 * 5);
    assertWithinMonteCarloError(s, ishigamiIndices());
  }

  /** Sobol's g-function: Π (|4x − 2| + aᵢ)/(1 + aᵢ); small aᵢ, important factor. */
  @Test
  void gFunctionWithinMonteCarloError() {
    double[] a = {0, 1, 4.5, 9, 99, 99};
    ToDoubleFunction<double[]> g = x -> {
      double y = 1;
      for (int i = 0; i < a.length; i++) {
        y *= (Math.abs(4 * x[i] - 2) + a[i]) / (1 + a[i]);
      }
      return y;
    };
    double[] vi = new double[a.length];
    double prod = 1;
    for (int i = 0; i < a.length; i++) {
      vi[i] = 1 / (3 * (1 + a[i]) * (1 + a[i]));
      prod *= 1 + vi[i];
    }
    double v = prod - 1;
    double[][] expected = new double[2][a.length];
    for (int i = 0; i < a.length; i++) {
      expected[0][i] = vi[i] / v;
      expected[1][i] = vi[i] * (prod / (1 + vi[i])) / v;
    }
    SobolIndices s = Sobol.estimate(a.length, g, 8192, 7);
    assertWithinMonteCarloError(s, expected);
    // The ordering a researcher reads off: factor 1 dominates, factors 5 and 6 do not matter.
    assertThat(s.total()[0]).isGreaterThan(s.total()[1]);
    assertThat(s.total()[4]).isLessThan(0.01);
  }

  @Test
  void evaluatesTheModelNTimesKPlusTwoAndReplaysOnAnyNumberOfThreads() {
    AtomicInteger calls = new AtomicInteger();
    SobolIndices one = Sobol.estimate(3, x -> {
      calls.incrementAndGet();
      return ishigami(x);
    }, 256, 5);
    assertThat(calls).hasValue(256 * 5);
    assertThat(Sobol.estimate(3, SobolTest::ishigami, 256, 5)).isEqualTo(one);
    SobolIndices[] four = Sobol.estimateAll(3, x -> new double[] {ishigami(x)}, 1, 256, 5,
        Sobol.DEFAULT_RESAMPLES, Sobol.DEFAULT_LEVEL, 4, done -> { });
    assertThat(four[0]).isEqualTo(one);
    assertThat(Sobol.estimate(3, SobolTest::ishigami, 256, 6)).isNotEqualTo(one);
  }

  @Test
  void aConstantModelHasNoIndices() {
    SobolIndices s = Sobol.estimate(2, x -> 3, 16, 1);
    assertThat(s.firstOrder()).containsOnly(Double.NaN);
    assertThat(s.variance()).isZero();
    assertThat(org.vetcpd.core.json.VetcpdJson.write(s).replaceAll("\\s", ""))
        .contains("\"firstOrder\":[null,null]");
  }

  @Test
  void rejectsBadArgumentsAndNonFiniteOutputs() {
    assertThatThrownBy(() -> Sobol.estimate(0, x -> 0, 16, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("factors");
    assertThatThrownBy(() -> Sobol.estimate(2, x -> 0, 1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n must be >= 2");
    assertThatThrownBy(() -> Sobol.estimate(2, x -> Double.NaN, 4, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
  }
}
