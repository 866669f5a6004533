package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.TailoringScorer;

class SensitivityTest {
  private static final Dataset COHORT = SyntheticCohort.generate(40, 11);
  private static final List<CohortRow> ROWS = CohortTable.of(COHORT);

  /**
   * A weight's standard deviation falls as 1/√concentration: at 1e9 scores still move by about
   * 1e-2 points, so "infinite" is 1e18 here.
   */
  @Test
  void infiniteConcentrationCollapsesToTheBaseScores() {
    SensitivityResult near = Sensitivity.of(Rubric.standard()).withDraws(50)
        .withConcentration(1e9).withSeed(3).run(ROWS);
    for (int p = 0; p < ROWS.size(); p++) {
      assertThat(near.plans().get(p).max() - near.plans().get(p).min()).isLessThan(0.1);
    }
    SensitivityResult r = Sensitivity.of(Rubric.standard()).withDraws(50)
        .withConcentration(1e18).withSeed(3).run(ROWS);
    assertThat(r.plans()).hasSize(ROWS.size());
    for (int p = 0; p < ROWS.size(); p++) {
      PlanSensitivity s = r.plans().get(p);
      double base = ROWS.get(p).score();
      assertThat(s.baseScore()).isEqualTo(base);
      assertThat(s.min()).isCloseTo(base, within(1e-6));
      assertThat(s.max()).isCloseTo(base, within(1e-6));
      assertThat(s.p05()).isCloseTo(base, within(1e-6));
      assertThat(s.p95()).isCloseTo(base, within(1e-6));
      assertThat(s.bandShares().get(ROWS.get(p).band())).isEqualTo(1.0);
    }
    assertThat(r.tauMin()).isCloseTo(1, within(1e-9));
  }

  @Test
  void sameSeedSameResultWhateverTheParallelism() {
    Sensitivity s = Sensitivity.of(Rubric.standard()).withDraws(300).withConcentration(20)
        .withSeed(42);
    SensitivityResult one = s.withParallelism(1).run(ROWS);
    SensitivityResult again = s.withParallelism(1).run(ROWS);
    SensitivityResult four = s.withParallelism(4).run(ROWS);
    assertThat(again).isEqualTo(one);
    assertThat(four).isEqualTo(one);
    assertThat(VetcpdJson.write(four)).isEqualTo(VetcpdJson.write(one));
    assertThat(s.withSeed(43).run(ROWS)).isNotEqualTo(one);
  }

  @Test
  void drawsSpreadScoresAroundTheBase() {
    SensitivityResult r = Sensitivity.of(Rubric.standard()).withDraws(200)
        .withConcentration(10).run(ROWS);
    for (int p = 0; p < ROWS.size(); p++) {
      PlanSensitivity s = r.plans().get(p);
      assertThat(s.min()).isLessThanOrEqualTo(s.p05());
      assertThat(s.p05()).isLessThanOrEqualTo(s.median());
      assertThat(s.median()).isLessThanOrEqualTo(s.p95());
      assertThat(s.p95()).isLessThanOrEqualTo(s.max());
      assertThat(s.bandShares().values().stream().mapToDouble(Double::doubleValue).sum())
          .isCloseTo(1, within(1e-9));
    }
    assertThat(r.tauMean()).isBetween(r.tauMin(), 1.0);
    assertThat(r.weights().values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1, within(1e-12));
  }

  @Test
  void progressGrowsAndEndsWithTheDrawCount() {
    List<Integer> seen = new ArrayList<>();
    Sensitivity.of(Rubric.standard()).withDraws(250).run(ROWS, seen::add);
    assertThat(seen).isSorted().doesNotHaveDuplicates().isNotEmpty().hasSizeLessThanOrEqualTo(126);
    assertThat(seen.get(seen.size() - 1)).isEqualTo(250);
  }

  @Test
  void drawScoresAreTheScorersScoresUnderTheDrawnWeights() {
    SplittableRandom random = new SplittableRandom(5);
    for (int t = 0; t < 5; t++) {
      Map<String, Double> weights = new LinkedHashMap<>();
      double[] w = new double[Rubric.CRITERIA.size()];
      for (int k = 0; k < w.length; k++) {
        w[k] = random.nextDouble();
        weights.put(Rubric.CRITERIA.get(k), w[k]);
      }
      TailoringScorer scorer = TailoringScorer.of(Rubric.standard().withWeights(weights));
      for (CohortRow row : ROWS) {
        double[] v = new double[w.length];
        for (int k = 0; k < w.length; k++) {
          v[k] = row.criterion(Rubric.CRITERIA.get(k)).orElse(Double.NaN);
        }
        assertThat(Sensitivity.score(w, v))
            .isCloseTo(scorer.score(COHORT, row.plan()).score(), within(1e-9));
      }
    }
  }

  @Test
  void sweepsEachPositiveWeightByEachFactor() {
    SensitivityResult r = Sensitivity.of(Rubric.standard()).withDraws(10).run(ROWS);
    assertThat(r.sweeps()).hasSize(10 * 5);
    WeightSweep first = r.sweeps().get(0);
    assertThat(first.criterion()).isEqualTo("needs-alignment");
    assertThat(first.factor()).isEqualTo(0.5);
    assertThat(first.weight()).isCloseTo(0.10, within(1e-12));
    TailoringScorer halved = TailoringScorer.of(Rubric.standard().withWeight("needs-alignment",
        0.10));
    double max = 0;
    int changes = 0;
    for (CohortRow row : ROWS) {
      var report = halved.score(COHORT, row.plan());
      max = Math.max(max, Math.abs(report.score() - row.score()));
      changes += report.band() != row.band() ? 1 : 0;
    }
    assertThat(first.maxAbsChange()).isCloseTo(max, within(1e-9));
    assertThat(first.bandChanges()).isEqualTo(changes);
    Sensitivity none = Sensitivity.of(Rubric.standard().withWeight("coverage", 0)).withFactors();
    assertThat(none.withDraws(5).run(ROWS).sweeps()).isEmpty();
  }

  @Test
  void dirichletDrawsAverageToTheRubricsWeights() {
    double[] alpha = {5, 15, 30};
    double[] mean = new double[3];
    double[] w = new double[3];
    SplittableRandom random = new SplittableRandom(9);
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      Gamma.dirichlet(alpha, random, w);
      for (int k = 0; k < 3; k++) {
        mean[k] += w[k] / n;
      }
    }
    assertThat(mean[0]).isCloseTo(0.1, within(0.005));
    assertThat(mean[1]).isCloseTo(0.3, within(0.005));
    assertThat(mean[2]).isCloseTo(0.6, within(0.005));
    // α < 1 goes through the boost Gamma(α + 1)·U^(1/α).
    double small = 0;
    for (int i = 0; i < n; i++) {
      small += Gamma.sample(0.3, random) / n;
    }
    assertThat(small).isCloseTo(0.3, within(0.02));
  }

  @Test
  void aSinglePlanOrNoneHasNoRanking() {
    SensitivityResult one = Sensitivity.of(Rubric.standard()).withDraws(5).run(ROWS.subList(0, 1));
    assertThat(one.tauMean()).isNaN();
    assertThat(VetcpdJson.write(one)).contains("\"tauMean\": null", "\"tau\": null");
    assertThat(one.plans()).hasSize(1);
    assertThat(one.plans().get(0).bandShares()).containsKey(Band.GENERIC);
    SensitivityResult none = Sensitivity.of(Rubric.standard()).withDraws(5).run(List.of());
    assertThat(none.plans()).isEmpty();
  }

  @Test
  void bothCsvTablesEndWithTheRubric() {
    Rubric changed = Rubric.standard().withWeight("industry-contact", 0.30);
    SensitivityResult r = Sensitivity.of(changed).withDraws(20).withSeed(1).run(ROWS);
    String ref = "," + changed.id() + "," + changed.version() + "," + changed.fingerprint();
    StringWriter plans = new StringWriter();
    SensitivityCsv.writePlans(r, plans);
    StringWriter sweeps = new StringWriter();
    SensitivityCsv.writeSweeps(r, sweeps);
    for (StringWriter w : List.of(plans, sweeps)) {
      String[] lines = w.toString().split("\r\n");
      assertThat(lines[0]).endsWith(",rubric_id,rubric_version,rubric_fingerprint");
      assertThat(lines).hasSizeGreaterThan(1);
      for (int i = 1; i < lines.length; i++) {
        assertThat(lines[i]).endsWith(ref);
      }
    }
  }
}
