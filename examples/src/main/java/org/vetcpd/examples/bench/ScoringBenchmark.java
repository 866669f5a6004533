package org.vetcpd.examples.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.PlanItem;
import org.vetcpd.research.SyntheticCohort;
import org.vetcpd.rules.TailoringReport;
import org.vetcpd.rules.TailoringScorer;

/**
 * Scoring one 12-item plan, with and without recommendations.
 *
 * <p>The baseline, {@link #baselineResolveItems()}, does the least any scorer must: resolve each
 * item's activity in the data set and accumulate its hours over the four competence areas. The
 * scorer's cost is reported as a multiple of it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScoringBenchmark {
  private Dataset dataset;
  private CpdPlan plan;
  private TailoringScorer scorer;
  private final CompetenceArea[] areas = CompetenceArea.values();

  /** Builds a synthetic cohort and picks a 12-item plan. */
  @Setup
  public void setUp() {
    dataset = SyntheticCohort.generate(200, 12, 42L);
    plan = dataset.plans().get(7);
    scorer = TailoringScorer.standard();
  }

  /**
   * Resolves the plan's activities and sums hours by area: the baseline.
   *
   * @return the emphasis on the first area, so the work is not eliminated
   */
  @Benchmark
  public double baselineResolveItems() {
    double[] e = new double[areas.length];
    for (PlanItem item : plan.items()) {
      CpdActivity a = dataset.activityIndex().get(item.activity());
      for (int k = 0; k < areas.length; k++) {
        e[k] += item.hours() * a.areaShare(areas[k]);
      }
    }
    return e[0];
  }

  /**
   * Scores the plan; recommendations are not asked for.
   *
   * @return the report
   */
  @Benchmark
  public TailoringReport scorePlan() {
    return scorer.score(dataset, plan.id());
  }

  /**
   * Scores the plan and computes its recommendations (each re-scores an edited plan).
   *
   * @return the number of recommendations
   */
  @Benchmark
  public int scorePlanWithRecommendations() {
    return scorer.score(dataset, plan.id()).recommendations().size();
  }
}
