package org.vetcpd.examples.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import org.vetcpd.core.ActivityType;
import org.vetcpd.core.Barrier;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Driver;
import org.vetcpd.core.DriverKind;
import org.vetcpd.core.KnowledgeCategory;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.NeedLevel;
import org.vetcpd.core.Programme;
import org.vetcpd.core.Teacher;
import org.vetcpd.planner.PlanConstraints;
import org.vetcpd.planner.PlanOptimizer;
import org.vetcpd.planner.PlanResult;
import org.vetcpd.rules.TailoringReport;
import org.vetcpd.rules.TailoringScorer;

/**
 * Planning one teacher from a catalogue of 100 activities with {@code H = 120} hours in steps of
 * {@code S = 5} (24 steps to place), with and without a budget; the target is under 100 ms per
 * teacher. The result's proven gap is printed by {@link #main}.
 *
 * <p>The baseline, {@link #baselineScoreOnePlan()}, scores the planned plan once with the rules'
 * scorer: the planner's cost is reported as a multiple of one scoring.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlannerBenchmark {
  /** The teacher planned. */
  public static final String TEACHER = "t-1";

  private Dataset catalogue;
  private CpdPlan planned;
  private final PlanOptimizer planner = PlanOptimizer.standard();

  /** The benchmark's constraints: 120 h in steps of 5 h, 6 000 of money, substitutes at 300. */
  public static final PlanConstraints BUDGET = PlanConstraints.builder().hours(120).step(5)
      .budget(6_000).substituteRate(300).build();
  /** The same without a budget. */
  public static final PlanConstraints UNLIMITED = PlanConstraints.builder().hours(120).step(5)
      .build();

  /** Builds the catalogue and plans once, for the baseline. */
  @Setup
  public void setUp() {
    catalogue = catalogue(100, 42L);
    planned = planner.optimize(catalogue, TEACHER, BUDGET).plan();
  }

  /**
   * Scores the planned plan once: the baseline.
   *
   * @return the report
   */
  @Benchmark
  public TailoringReport baselineScoreOnePlan() {
    return TailoringScorer.standard().score(catalogue, planned);
  }

  /**
   * Plans the teacher under a budget, with the explanation (marginals, binding constraints).
   *
   * @return the result
   */
  @Benchmark
  public PlanResult planWithBudget() {
    return planner.optimize(catalogue, TEACHER, BUDGET);
  }

  /**
   * Plans the teacher without a budget, with the explanation.
   *
   * @return the result
   */
  @Benchmark
  public PlanResult planUnlimited() {
    return planner.optimize(catalogue, TEACHER, UNLIMITED);
  }

  /**
   * Prints the score, proven gap and time of one plan of each benchmark case.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    Dataset ds = catalogue(100, 42L);
    PlanOptimizer planner = PlanOptimizer.standard();
    for (PlanConstraints c : List.of(BUDGET, UNLIMITED)) {
      for (int i = 0; i < 20; i++) {
        planner.optimize(ds, TEACHER, c);
      }
      java.lang.management.ThreadMXBean bean =
          java.lang.management.ManagementFactory.getThreadMXBean();
      long cpu = bean.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      PlanResult r = null;
      for (int i = 0; i < 20; i++) {
        r = planner.optimize(ds, TEACHER, c);
      }
      double ms = (System.nanoTime() - start) / 20e6;
      double cpuMs = (bean.getCurrentThreadCpuTime() - cpu) / 20e6;
      System.out.printf(java.util.Locale.ROOT,
          "%s: score %.3f, optimal %s, proven gap %.4f points, %d items, %.1f ms (cpu %.1f ms)%n",
          c, r.report().score(), r.optimal(), r.gap(), r.plan().items().size(), ms, cpuMs);
    }
  }

  /**
   * A synthetic catalogue: one teacher of programme RM, three drivers, and {@code size}
   * activities of every type, contextualisation and cost, most of them fitting RM, some with a
   * maximum of hours. Deterministic for a seed.
   *
   * @param size the number of activities
   * @param seed the seed
   * @return the data set
   */
  public static Dataset catalogue(int size, long seed) {
    Random random = new Random(seed);
    ActivityType[] types = ActivityType.values();
    Contextualisation[] contexts = Contextualisation.values();
    KnowledgeCategory[] categories = KnowledgeCategory.values();
    CompetenceArea[] areas = CompetenceArea.values();
    double[] costs = {0, 0, 0, 50, 100, 150, 250, 400};
    List<CpdActivity> activities = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Map<CompetenceArea, Double> weights = new EnumMap<>(CompetenceArea.class);
      for (CompetenceArea a : areas) {
        if (random.nextDouble() < 0.6) {
          weights.put(a, (double) (1 + random.nextInt(5)));
        }
      }
      if (weights.isEmpty()) {
        weights.put(areas[random.nextInt(areas.length)], 1.0);
      }
      List<KnowledgeCategory> knowledge = new ArrayList<>();
      for (KnowledgeCategory k : categories) {
        if (random.nextDouble() < 0.3) {
          knowledge.add(k);
        }
      }
      double fit = random.nextDouble();
      CpdActivity.Builder b = CpdActivity.builder()
          .id(String.format(java.util.Locale.ROOT, "a-%03d", i))
          .title("Activity " + i)
          .type(types[random.nextInt(types.length)])
          .areas(com.google.common.collect.ImmutableMap.copyOf(weights))
          .knowledge(knowledge)
          .contextualisation(contexts[random.nextInt(contexts.length)])
          .programmes(fit < 0.5 ? List.of("RM") : fit < 0.85 ? List.of() : List.of("TP"))
          .spanWeeks(1 + random.nextInt(12))
          .costPerHour(costs[random.nextInt(costs.length)]);
      if (random.nextDouble() < 0.3) {
        b.maxHours(5.0 * (1 + random.nextInt(6)));
      }
      activities.add(b.build());
    }
    Teacher teacher = Teacher.builder().id(TEACHER).programme("RM").yearsSinceIndustryContact(7)
        .needs(Map.of(CompetenceArea.VOCATIONAL, NeedLevel.HIGH,
            CompetenceArea.INDUSTRY_COOPERATION, NeedLevel.MODERATE,
            CompetenceArea.PEDAGOGICAL, NeedLevel.LOW))
        .barriers(List.of(Barrier.NO_SUBSTITUTE_COVER))
        .build();
    List<Driver> drivers = List.of(
        Driver.builder().id("d-industry").kind(DriverKind.INDUSTRY_DEMAND).strength(0.8)
            .programmes(List.of("RM")).build(),
        Driver.builder().id("d-governance").kind(DriverKind.GOVERNANCE_TARGETS).strength(0.6)
            .build(),
        Driver.builder().id("d-technology").kind(DriverKind.TECHNOLOGY_CHANGE).strength(0.5)
            .build());
    return Dataset.builder()
        .addProgrammes(Programme.builder().code("RM").name("Restaurant and food processing")
            .build(), Programme.builder().code("TP").name("Technology and industrial production")
            .build())
        .addTeachers(teacher)
        .addAllActivities(activities)
        .addAllDrivers(drivers)
        .addPlans(CpdPlan.builder().id("p-1").teacher(TEACHER)
            .leaderInvolvement(LeaderInvolvement.DELEGATED).build())
        .build();
  }
}
