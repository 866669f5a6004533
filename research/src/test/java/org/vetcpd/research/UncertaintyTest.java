package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.Rubric;

/** The uncertainty analysis's per-plan ranks, band changes and group comparisons. */
class UncertaintyTest {
  private static final Dataset COHORT = SyntheticCohort.generate(30, 21);
  private static final List<CohortRow> ROWS = CohortTable.of(COHORT);

  /**
   * Replays the draws (one stream split per draw, a Dirichlet draw from each) and recomputes
   * ranks, band changes and group comparisons by brute force: O(n²) ranks, counted shares.
   */
  @Test
  void ranksBandChangesAndGroupProbabilitiesEqualABruteForceReplay() {
    int draws = 300;
    Sensitivity s = Sensitivity.of(Rubric.standard()).withDraws(draws).withConcentration(15)
        .withSeed(9).withGrouping(Grouping.SCHOOL);
    SensitivityResult r = s.run(ROWS);
    int n = ROWS.size();
    double[][] values = Sensitivity.criterionValues(ROWS);
    double[] w0 = Sensitivity.normalisedWeights(Rubric.standard());
    double[] alpha = new double[w0.length];
    for (int k = 0; k < w0.length; k++) {
      alpha[k] = 15 * w0[k];
    }
    SplittableRandom root = new SplittableRandom(9);
    double[][] ranks = new double[n][draws];
    int[] changes = new int[n];
    List<String> schools = ROWS.stream().map(Grouping.SCHOOL::keyOf).distinct().sorted()
        .collect(java.util.stream.Collectors.toList());
    int[][] higher = new int[schools.size()][schools.size()];
    for (int d = 0; d < draws; d++) {
      double[] w = new double[w0.length];
      Gamma.dirichlet(alpha, root.split(), w);
      double[] score = new double[n];
      for (int p = 0; p < n; p++) {
        score[p] = Sensitivity.score(w, values[p]);
        Band band = ROWS.get(p).items() == 0 ? Band.GENERIC : Rubric.standard().band(score[p]);
        changes[p] += band != ROWS.get(p).band() ? 1 : 0;
      }
      for (int p = 0; p < n; p++) {
        double above = 0;
        double tied = 0;
        for (int q = 0; q < n; q++) {
          above += score[q] > score[p] ? 1 : 0;
          tied += score[q] == score[p] ? 1 : 0;
        }
        ranks[p][d] = above + (tied + 1) / 2;
      }
      double[] sum = new double[schools.size()];
      int[] count = new int[schools.size()];
      for (int p = 0; p < n; p++) {
        int g = schools.indexOf(Grouping.SCHOOL.keyOf(ROWS.get(p)));
        sum[g] += score[p];
        count[g]++;
      }
      for (int g = 0; g < sum.length; g++) {
        for (int h = 0; h < sum.length; h++) {
          higher[g][h] += sum[g] / count[g] > sum[h] / count[h] ? 1 : 0;
        }
      }
    }
    for (int p = 0; p < n; p++) {
      PlanSensitivity ps = r.plans().get(p);
      double[] sorted = ranks[p].clone();
      java.util.Arrays.sort(sorted);
      assertThat(ps.medianRank()).isEqualTo(Quantiles.ofSorted(sorted, 0.5));
      assertThat(ps.rankP05()).isLessThanOrEqualTo(ps.medianRank());
      assertThat(ps.rankP95()).isGreaterThanOrEqualTo(ps.medianRank());
      double change = (double) changes[p] / draws;
      assertThat(ps.bandChange()).isCloseTo(change, within(1e-12));
      assertThat(ps.bandChangeMcse())
          .isCloseTo(Math.sqrt(change * (1 - change) / draws), within(1e-12));
      assertThat(ps.bandShares().get(ps.baseBand())).isCloseTo(1 - change, within(1e-12));
    }
    assertThat(r.groups()).hasSize(schools.size() * (schools.size() - 1));
    for (GroupComparison c : r.groups()) {
      int g = schools.indexOf(c.group());
      int h = schools.indexOf(c.other());
      assertThat(c.probability()).isCloseTo((double) higher[g][h] / draws, within(1e-12));
    }
    assertThat(r.grouping()).contains(Grouping.SCHOOL);
  }

  @Test
  void atInfiniteConcentrationRanksAreTheBaseRanksAndGroupOrderIsCertain() {
    SensitivityResult r = Sensitivity.of(Rubric.standard()).withDraws(20)
        .withConcentration(1e18).withGrouping(Grouping.PROGRAMME).run(ROWS);
    for (PlanSensitivity p : r.plans()) {
      assertThat(p.medianRank()).isEqualTo(p.baseRank());
      assertThat(p.rankP05()).isEqualTo(p.baseRank());
      assertThat(p.bandChange()).isZero();
      assertThat(p.meanMcse()).isLessThan(1e-6);
    }
    for (GroupComparison c : r.groups()) {
      assertThat(c.probability()).isEqualTo(c.baseMean() > c.otherBaseMean() ? 1.0 : 0.0);
      assertThat(c.mcse()).isZero();
    }
  }

  @Test
  void varyingTheConstantsReScoresTheDataSetReproduciblyOnAnyNumberOfThreads() {
    Sensitivity s = Sensitivity.of(Rubric.standard()).withDraws(60).withSeed(5)
        .withVary(Vary.CONSTANTS);
    assertThatThrownBy(() -> s.run(ROWS)).isInstanceOf(IllegalStateException.class);
    SensitivityResult one = s.withParallelism(1).run(COHORT, done -> { });
    SensitivityResult two = s.withParallelism(2).run(COHORT, done -> { });
    assertThat(two).isEqualTo(one);
    assertThat(VetcpdJson.write(two)).isEqualTo(VetcpdJson.write(one));
    assertThat(one.vary()).isEqualTo(Vary.CONSTANTS);
    assertThat(one.plans().stream().anyMatch(p -> p.p95() > p.p05())).isTrue();
    SensitivityResult all = s.withVary(Vary.ALL).run(COHORT, done -> { });
    assertThat(all).isNotEqualTo(one);
    // Varying nothing but the weights through the data set equals the fast path on the rows.
    Sensitivity w = s.withVary(Vary.WEIGHTS);
    assertThat(w.run(COHORT, done -> { })).isEqualTo(w.run(ROWS));
  }
}
