package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vetcpd.rules.Rubric;

/** Gamma and Dirichlet draws at the extremes of the concentration. */
class GammaTest {
  /**
   * As the concentration c tends to 0, Dirichlet(c·ŵ) tends to a draw that puts all the weight on
   * criterion k with probability ŵₖ. At c = 1e-10 every Gamma variate underflows, so this holds
   * only if the draws are taken in log space. Tolerance: four binomial standard errors of each
   * share over the draws.
   */
  @Test
  void smallConcentrationPutsAllTheWeightOnOneCriterionWithProbabilityItsWeight() {
    double[] w0 = Sensitivity.normalisedWeights(Rubric.standard());
    double[] alpha = new double[w0.length];
    for (int k = 0; k < w0.length; k++) {
      alpha[k] = 1e-10 * w0[k];
    }
    int n = 5000;
    int[] wins = new int[w0.length];
    double[] w = new double[w0.length];
    SplittableRandom random = new SplittableRandom(17);
    for (int i = 0; i < n; i++) {
      Gamma.dirichlet(alpha, random, w);
      int best = 0;
      double sum = 0;
      for (int k = 0; k < w.length; k++) {
        sum += w[k];
        if (w[k] > w[best]) {
          best = k;
        }
      }
      assertThat(sum).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-12));
      assertThat(w[best]).isGreaterThan(1 - 1e-9);
      wins[best]++;
    }
    for (int k = 0; k < w0.length; k++) {
      double share = (double) wins[k] / n;
      double se = Math.sqrt(w0[k] * (1 - w0[k]) / n);
      assertThat(Math.abs(share - w0[k])).as("criterion %d", k).isLessThanOrEqualTo(4 * se);
    }
  }

  @Test
  void tinyShapesGiveFiniteLogarithmsAndZeroShapeGivesMinusInfinity() {
    SplittableRandom random = new SplittableRandom(3);
    for (double alpha : new double[] {1e-300, 1e-10, 1e-3, 0.5}) {
      assertThat(Gamma.logSample(alpha, random)).isFinite();
    }
    assertThat(Gamma.logSample(0, random)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(Gamma.sample(0, random)).isZero();
  }

  /** Gamma(α) has mean α and variance α, for small and large α alike (log-space and direct). */
  @Test
  void meanAndVarianceMatchTheShape() {
    SplittableRandom random = new SplittableRandom(5);
    for (double alpha : new double[] {0.05, 0.7, 3}) {
      int n = 40_000;
      double sum = 0;
      double sq = 0;
      for (int i = 0; i < n; i++) {
        double g = Gamma.sample(alpha, random);
        sum += g;
        sq += g * g;
      }
      double mean = sum / n;
      double var = sq / n - mean * mean;
      // The mean's standard error is √(α/n); allow four.
      assertThat(Math.abs(mean - alpha)).as("mean at %s", alpha)
          .isLessThanOrEqualTo(4 * Math.sqrt(alpha / n));
      assertThat(var).as("variance at %s", alpha).isBetween(0.8 * alpha, 1.2 * alpha);
    }
  }

  @Test
  void analysisAtTinyConcentrationReportsInstabilityNotPerfectStability() {
    SensitivityResult r = Sensitivity.of(Rubric.standard()).withConcentration(1e-10)
        .withDraws(400).withSeed(2).run(CohortTable.of(SyntheticCohort.generate(30, 4)));
    assertThat(r.tauMean()).isLessThan(0.8);
    double widest = r.plans().stream().mapToDouble(p -> p.p95() - p.p05()).max().orElseThrow();
    assertThat(widest).isGreaterThan(50);
  }
}
