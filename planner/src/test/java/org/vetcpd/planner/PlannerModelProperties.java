package org.vetcpd.planner;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.assertj.core.data.Offset;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Teacher;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.TailoringScorer;
import org.vetcpd.rules.testing.Cohorts;

/** The planner's fast score equals the rules' score of the plan it stands for. */
class PlannerModelProperties {
  @Provide
  Arbitrary<Dataset> datasets() {
    return Cohorts.datasets();
  }

  @Provide
  Arbitrary<Rubric> rubrics() {
    return Cohorts.rubrics();
  }

  @Property(tries = 300)
  void theModelScoreIsTheScorersScore(@ForAll("datasets") Dataset ds,
      @ForAll("rubrics") Rubric rubric, @ForAll("steps") int[] raw) {
    TailoringScorer scorer = TailoringScorer.of(rubric);
    Teacher t = ds.teachers().get(0);
    Model m = new Model(scorer, ds, t, PlanConstraints.builder().hours(200).step(2.5).build());
    int[] steps = new int[m.size()];
    for (int i = 0; i < steps.length; i++) {
      steps[i] = Math.min(raw[i % raw.length], m.maxSteps[i]);
    }
    double expected = scorer.score(ds, m.plan("p", steps)).score();
    assertThat(m.score(m.sums(steps))).isCloseTo(expected, Offset.offset(1e-9));
    Statistics.label("empty").collect(m.sums(steps)[Model.TOTAL] == 0);
  }

  @Provide
  Arbitrary<int[]> steps() {
    return Arbitraries.integers().between(0, 6).array(int[].class).ofMinSize(1).ofMaxSize(7);
  }
}
