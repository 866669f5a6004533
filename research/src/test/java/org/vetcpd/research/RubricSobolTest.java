package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.rules.Rubric;

class RubricSobolTest {
  private static final Dataset COHORT = SyntheticCohort.generate(25, 2);

  @Test
  void factorsAreThePositiveWeightsAndTheConstants() {
    Rubric r = Rubric.standard().withWeight("coverage", 0);
    assertThat(RubricSobol.of(r).withVary(Vary.WEIGHTS).factors()).hasSize(9)
        .extracting(SobolFactor::factor).doesNotContain("weights.coverage");
    assertThat(RubricSobol.of(r).withVary(Vary.CONSTANTS).factors())
        .hasSize(RubricConstant.values().length);
    SobolFactor first = RubricSobol.of(r).factors().get(0);
    assertThat(first.factor()).isEqualTo("weights.needs-alignment");
    assertThat(first.low()).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(first.high()).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void sameSettingsSameResultOnAnyNumberOfThreads() {
    RubricSobol s = RubricSobol.of(Rubric.standard()).withSamples(24).withResamples(40)
        .withSeed(3);
    SobolResult one = s.withParallelism(1).run(COHORT, done -> { });
    SobolResult two = s.withParallelism(2).run(COHORT, done -> { });
    assertThat(two).isEqualTo(one);
    assertThat(VetcpdJson.write(two)).isEqualTo(VetcpdJson.write(one));
    assertThat(one.evaluations()).isEqualTo(24 * (10 + RubricConstant.values().length + 2));
    assertThat(one.outputs()).extracting(SobolOutput::output)
        .containsExactly("mean_score", "tailored_share", "mean_abs_rank_shift");
    assertThat(one.outputs().get(2).base()).isZero();
    assertThat(one.outputs().get(0).base()).isCloseTo(
        CohortTable.of(COHORT).stream().mapToDouble(CohortRow::score).average().orElseThrow(),
        org.assertj.core.data.Offset.offset(1e-9));
  }

  /**
   * With the weights alone and one weight far more influential than the others, the analysis
   * names it: the total index of the mean score is largest for the weight whose criterion varies
   * most against the others over the cohort.
   */
  @Test
  void weightsOnlyRunsWithoutReScoringAndGivesIndicesForEveryWeight() {
    SobolResult r = RubricSobol.of(Rubric.standard()).withVary(Vary.WEIGHTS).withSamples(64)
        .withResamples(50).run(COHORT, done -> { });
    SobolIndices mean = r.outputs().get(0).indices();
    assertThat(mean.factors()).isEqualTo(10);
    for (double t : mean.total()) {
      assertThat(t).isBetween(-0.05, 1.5);
    }
  }
}
