package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.RubricRef;

class RubricComparisonTest {
  private static final RubricRef A = new RubricRef("a", "1", "sha256:" + "a".repeat(64));
  private static final RubricRef B = new RubricRef("b", "1", "sha256:" + "b".repeat(64));

  /**
   * A 3×3 table worked by hand: rows A, columns B, bands as 0 GENERIC, 1 PARTLY, 2 TAILORED;
   * counts [[2, 1, 0], [0, 3, 1], [0, 0, 3]], n = 10. Margins: rows 0.3, 0.4, 0.3; columns 0.2,
   * 0.4, 0.4. Disagreement weights (i − j)²/4. Observed: 0.1·0.25 + 0.1·0.25 = 0.05. Expected:
   * 0.03 + 0.12 + 0.02 + 0.04 + 0.06 + 0.03 = 0.30. κ = 1 − 0.05/0.30 = 5/6.
   */
  @Test
  void weightedKappaOfAHandWorkedTable() {
    int[] a = {0, 0, 0, 1, 1, 1, 1, 2, 2, 2};
    int[] b = {0, 0, 1, 1, 1, 1, 2, 2, 2, 2};
    assertThat(RubricComparison.weightedKappa(a, b, 3)).isCloseTo(5.0 / 6, within(1e-12));
    assertThat(RubricComparison.weightedKappa(a, a, 3)).isEqualTo(1.0);
    assertThat(RubricComparison.weightedKappa(new int[] {1, 1}, new int[] {1, 1}, 3)).isNaN();
  }

  /**
   * Quadratic-weighted κ equals its pairs form: 1 − mean over plans of (aᵢ − bᵢ)² over the mean
   * over all (i, j) of (aᵢ − bⱼ)², computed here by brute force.
   */
  @Property(tries = 200)
  void weightedKappaEqualsThePairsForm(@ForAll @IntRange(min = 2, max = 30) int n,
      @ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int[] a = new int[n];
    int[] b = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = r.nextInt(3);
      b[i] = r.nextInt(4) == 0 ? r.nextInt(3) : a[i];
    }
    double observed = 0;
    double expected = 0;
    for (int i = 0; i < n; i++) {
      observed += (a[i] - b[i]) * (a[i] - b[i]);
      for (int j = 0; j < n; j++) {
        expected += (a[i] - b[j]) * (a[i] - b[j]);
      }
    }
    observed /= n;
    expected /= (double) n * n;
    double kappa = RubricComparison.weightedKappa(a, b, 3);
    Statistics.label("defined").collect(expected > 0);
    if (expected > 0) {
      assertThat(kappa).isCloseTo(1 - observed / expected, within(1e-12));
    } else {
      assertThat(kappa).isNaN();
    }
  }

  @Test
  void transitionsMoversAndRankCorrelationsOfAHandCase() {
    List<CohortRow> a = List.of(
        Rows.row("p1", "t1", "s", 80, Band.TAILORED),
        Rows.row("p2", "t2", "s", 60, Band.PARTLY_TAILORED),
        Rows.row("p3", "t3", "s", 40, Band.GENERIC),
        Rows.row("p4", "t4", "s", 20, Band.GENERIC));
    List<CohortRow> b = List.of(
        Rows.row("p1", "t1", "s", 50, Band.PARTLY_TAILORED),
        Rows.row("p2", "t2", "s", 75, Band.TAILORED),
        Rows.row("p3", "t3", "s", 45, Band.PARTLY_TAILORED),
        Rows.row("p4", "t4", "s", 10, Band.GENERIC));
    RubricComparison c = RubricComparison.of(A, a, B, b, 2);
    assertThat(c.transitions().get(Band.TAILORED)).containsEntry(Band.PARTLY_TAILORED, 1)
        .containsEntry(Band.TAILORED, 0).containsEntry(Band.GENERIC, 0);
    assertThat(c.transitions().get(Band.PARTLY_TAILORED)).containsEntry(Band.TAILORED, 1);
    assertThat(c.transitions().get(Band.GENERIC)).containsEntry(Band.PARTLY_TAILORED, 1)
        .containsEntry(Band.GENERIC, 1);
    assertThat(c.transitions().values().stream().flatMap(m -> m.values().stream())
        .mapToInt(Integer::intValue).sum()).isEqualTo(4);
    // Ranks A 1 2 3 4, B 2 1 3 4: one discordant pair of six, τ = (5 − 1)/6; ρ = 1 − 6·2/(4·15).
    assertThat(c.kendallTauB()).isCloseTo(4.0 / 6, within(1e-12));
    assertThat(c.spearman()).isCloseTo(0.8, within(1e-12));
    // p1 and p2 swap: |shift| 1 each; p1's score changes more (30 against 15) and comes first.
    assertThat(c.movers()).extracting(Mover::plan).containsExactly("p1", "p2");
    assertThat(c.movers().get(0).rankShift()).isEqualTo(1);
    assertThat(c.changes()).extracting(Mover::plan).containsExactly("p1", "p2", "p3", "p4");
    String json = VetcpdJson.write(c);
    assertThat(json).contains("\"kendallTauB\"", "\"spearman\"", "\"weightedKappa\"",
        "\"transitions\"", "\"movers\"").doesNotContain("\"changes\"");
  }

  @Test
  void tiedScoresShareTheirMeanRankAndSpearmanIsPearsonOfRanks() {
    assertThat(Ranks.descending(new double[] {10, 30, 30, 20})).containsExactly(4, 1.5, 1.5, 3);
    double[] x = {1, 2, 2, 5, 7};
    double[] y = {2, 1, 4, 4, 9};
    // Brute force: Pearson's r of the mean ranks.
    double[] rx = {5, 3.5, 3.5, 2, 1};
    double[] ry = {4, 5, 2.5, 2.5, 1};
    double mean = 3;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < 5; i++) {
      sxy += (rx[i] - mean) * (ry[i] - mean);
      sxx += (rx[i] - mean) * (rx[i] - mean);
      syy += (ry[i] - mean) * (ry[i] - mean);
    }
    assertThat(Ranks.pearson(Ranks.descending(x), Ranks.descending(y)))
        .isCloseTo(sxy / Math.sqrt(sxx * syy), within(1e-12));
  }

  @Test
  void aRubricComparedWithItselfAgreesPerfectly() {
    Dataset ds = SyntheticCohort.generate(60, 3);
    RubricComparison c = RubricComparison.of(ds, Rubric.standard(), Rubric.standard());
    assertThat(c.kendallTauB()).isEqualTo(1.0);
    assertThat(c.spearman()).isCloseTo(1, within(1e-12));
    assertThat(c.weightedKappa()).isIn(1.0, Double.NaN);
    for (Band x : Band.values()) {
      for (Band y : Band.values()) {
        if (x != y) {
          assertThat(c.transitions().get(x).get(y)).isZero();
        }
      }
    }
    assertThat(c.movers()).hasSize(RubricComparison.DEFAULT_MOVERS)
        .allSatisfy(m -> assertThat(m.rankShift()).isZero());
    Rubric other = Rubric.standard().withWeight("facilitation", 0.5);
    RubricComparison d = RubricComparison.of(ds, Rubric.standard(), other);
    List<CohortRow> a = CohortTable.of(ds);
    List<Double> sa = new ArrayList<>();
    a.forEach(r -> sa.add(r.score()));
    assertThat(d.kendallTauB()).isLessThan(1);
    assertThat(d.movers().get(0).rankShift()).isNotZero();
  }

  @Test
  void rejectsTablesOfOtherPlans() {
    List<CohortRow> a = List.of(Rows.row("p1", "t1", "s", 80, Band.TAILORED));
    List<CohortRow> b = List.of(Rows.row("p2", "t1", "s", 80, Band.TAILORED));
    assertThatThrownBy(() -> RubricComparison.of(A, a, B, b, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p2");
  }
}
