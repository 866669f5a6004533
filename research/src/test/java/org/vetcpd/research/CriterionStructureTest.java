package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.Rubric;

class CriterionStructureTest {
  /**
   * Worked by hand: items x = (1, 2, 3) and y = (1, 3, 2) have variances 1 and 1; their sums (2,
   * 5, 5) have mean 4 and variance (4 + 1 + 1)/2 = 3; α = 2/1 · (1 − 2/3) = 2/3.
   */
  @Test
  void alphaOfAHandWorkedExample() {
    double[][] rows = {{1, 1}, {2, 3}, {3, 2}};
    assertThat(CriterionStructure.alpha(rows, new boolean[] {true, true}))
        .isCloseTo(2.0 / 3, within(1e-12));
    // Parallel items (equal variances, perfectly correlated) have α = 1.
    double[][] parallel = {{1, 2, 1}, {2, 3, 2}, {3, 4, 3}, {4, 5, 4}};
    assertThat(CriterionStructure.alpha(parallel, new boolean[] {true, true, true}))
        .isCloseTo(1, within(1e-12));
    assertThat(CriterionStructure.alpha(rows, new boolean[] {true, false})).isNaN();
  }

  /**
   * α equals its covariance-matrix form k/(k − 1)·(1 − tr C / ΣC), and α-if-deleted the same of
   * the other items, computed here independently.
   */
  @Test
  void alphaEqualsTheCovarianceMatrixFormAndAlphaIfDeletedLeavesOneOut() {
    SplittableRandom r = new SplittableRandom(4);
    int n = 50;
    int k = Rubric.CRITERIA.size();
    double[][] values = new double[n][k];
    for (int p = 0; p < n; p++) {
      double common = r.nextDouble();
      for (int i = 0; i < k; i++) {
        values[p][i] = Math.min(1, 0.5 * common + 0.5 * r.nextDouble());
      }
    }
    CriterionStructure s = CriterionStructure.of(Rubric.standard().ref(), values, 0);
    assertThat(s.alpha()).isCloseTo(covarianceAlpha(values, -1), within(1e-12));
    for (int i = 0; i < k; i++) {
      assertThat(s.alphaIfDeleted(Rubric.CRITERIA.get(i)))
          .isCloseTo(covarianceAlpha(values, i), within(1e-12));
    }
    assertThat(s.completePlans()).isEqualTo(n);
  }

  private static double covarianceAlpha(double[][] x, int leaveOut) {
    int n = x.length;
    int k = x[0].length;
    double[] mean = new double[k];
    for (double[] row : x) {
      for (int i = 0; i < k; i++) {
        mean[i] += row[i] / n;
      }
    }
    double trace = 0;
    double sum = 0;
    int items = 0;
    for (int i = 0; i < k; i++) {
      if (i == leaveOut) {
        continue;
      }
      items++;
      for (int j = 0; j < k; j++) {
        if (j == leaveOut) {
          continue;
        }
        double c = 0;
        for (double[] row : x) {
          c += (row[i] - mean[i]) * (row[j] - mean[j]);
        }
        c /= n - 1;
        sum += c;
        if (i == j) {
          trace += c;
        }
      }
    }
    return (double) items / (items - 1) * (1 - trace / sum);
  }

  @Test
  void correlationsArePairwiseCompleteWithTheirCountsAndNotAssessedShares() {
    List<CohortRow> rows = List.of(
        Rows.row("p1", "t", "s", 50, Band.PARTLY_TAILORED,
            Map.of("needs-alignment", 0.1, "coverage", 0.2, "driver-response", 0.9)),
        Rows.row("p2", "t", "s", 50, Band.PARTLY_TAILORED,
            Map.of("needs-alignment", 0.2, "coverage", 0.4)),
        Rows.row("p3", "t", "s", 50, Band.PARTLY_TAILORED,
            Map.of("needs-alignment", 0.3, "coverage", 0.5, "driver-response", 0.1)),
        Rows.row("p4", "t", "s", 50, Band.PARTLY_TAILORED,
            Map.of("needs-alignment", 0.4, "driver-response", 0.3)));
    CriterionStructure s = CriterionStructure.of(Rubric.standard().ref(), rows);
    assertThat(s.pairs("needs-alignment", "coverage")).isEqualTo(3);
    assertThat(s.pairs("coverage", "driver-response")).isEqualTo(2);
    assertThat(s.pairs("needs-alignment", "needs-alignment")).isEqualTo(4);
    // Over p1..p3: x = (0.1, 0.2, 0.3), y = (0.2, 0.4, 0.5): r = 0.15/√(0.02·0.0467) by hand.
    double sxy = (-0.1) * (-0.16667) + 0 + 0.1 * 0.13333;
    double sxx = 0.02;
    double syy = 0.16667 * 0.16667 + 0.03333 * 0.03333 + 0.13333 * 0.13333;
    assertThat(s.correlation("needs-alignment", "coverage"))
        .isCloseTo(sxy / Math.sqrt(sxx * syy), within(1e-4));
    assertThat(s.correlation("coverage", "driver-response")).isCloseTo(-1, within(1e-12));
    assertThat(s.correlation("facilitation", "coverage")).isNaN();
    assertThat(s.notAssessed("coverage")).isEqualTo(0.25);
    assertThat(s.notAssessed("driver-response")).isEqualTo(0.25);
    assertThat(s.notAssessed("facilitation")).isEqualTo(1.0);
    assertThat(s.completePlans()).isZero();
    assertThat(s.alpha()).isNaN();
    assertThat(VetcpdJson.write(s).replaceAll("\\s", "")).contains("\"alpha\":null",
        "\"pairs\"");
  }
}
