package org.vetcpd.examples.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.vetcpd.core.Barrier;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Driver;
import org.vetcpd.core.DriverScope;
import org.vetcpd.core.PlanItem;
import org.vetcpd.core.Teacher;
import org.vetcpd.research.SyntheticCohort;
import org.vetcpd.rules.CriterionResult;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.TailoringReport;
import org.vetcpd.rules.TailoringScorer;

/**
 * Scoring one plan of 4 or of 12 items ({@link #items}): the score, its recommendations and its
 * criteria, against floors measured in the same run.
 *
 * <ul>
 *   <li>{@link #floorPreResolved()}: the whole score computed in one pass over arrays resolved
 *       before the benchmark (each item's hours, fit, area profile, contextualisation value and
 *       flags; the teacher's target, required hours and weights): the least any scorer of the
 *       rubric does once a plan's references are resolved. Set-up checks that it gives the
 *       scorer's score to the bit.
 *   <li>{@link #floorOnePassDomain()}: the same one pass, each item resolved on the domain objects
 *       (the activity looked up by id, its profile and defaults read there); same check.
 *   <li>{@link #baselineResolveItems()}: resolve each item's activity in the data set's index and
 *       sum its hours over the four areas, on the domain objects.
 * </ul>
 *
 * <p>One plan is one shape of plan: {@link #scoreCohortPlans()} and {@link
 * #scoreCohortPlansWithRecommendations()} score the cohort's 200 plans in turn, one per call, so
 * that the recommendations' ratio holds for the cohort and not for plan 7 alone (paired in one JVM,
 * the cohort's 12-item plans gave 6.4× to 6.9×, plan 7 4.3× to 5.6×, before the recommender took
 * fewer branches that depend on the plan). {@link RecommendationCost} measures the same ratio with
 * both sides in one JVM, which this machine's drift moves far less than two JMH forks.
 *
 * <p>Targets (issue 15): {@code scorePlan} at most 1.5× the one-pass floor; {@code
 * scorePlanWithRecommendations} and {@code scorePlanCriteria} at most 5× {@code scorePlan}, and
 * {@code scoreCohortPlansWithRecommendations} at most 5× {@code scoreCohortPlans}. A
 * report's criteria put their evidence and findings in words when these are first read: {@code
 * scorePlanCriteria} asks for the criteria (values and contributions), {@code scorePlanExplained}
 * reads their words too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScoringBenchmark {
  /** The items of the plan scored. */
  @Param({"4", "12"})
  public int items;

  private Dataset dataset;
  private CpdPlan plan;
  /** The ids of the cohort's plans, scored in turn by the cohort benchmarks. */
  private String[] cohort;
  private int next;
  private TailoringScorer scorer;
  private final CompetenceArea[] areas = CompetenceArea.values();

  // The pre-resolved plan of the floor.
  private static final int STRIDE = 9;
  private static final int FIT = 1;
  private static final int NAMED = 2;
  private static final int COVER = 4;
  private static final int COST = 8;
  private static final int TIME = 16;
  private static final int SUBSTITUTE = 32;
  private static final int COST_FUNDED = 64;
  private double[] hours;
  private double[] rows;
  private int[] flags;
  private double[] target;
  private double[] weights;
  private double[] driverWeights;
  private double[] driverPulls;
  private boolean[] needed;
  private double[] coveredLimit;
  private double asked;
  private double required;
  private double collaborationTarget;
  private double wTime;
  private double wCover;
  private double wCost;
  private double wLeader;
  private double leader;
  private Rubric rubric;
  private String programme;

  /**
   * Builds a synthetic cohort of plans of {@link #items} items, picks one, and resolves it for the
   * floor.
   */
  @Setup
  public void setUp() {
    dataset = SyntheticCohort.generate(200, items, 42L);
    plan = dataset.plans().get(7);
    cohort = dataset.plans().stream().map(CpdPlan::id).toArray(String[]::new);
    scorer = TailoringScorer.standard();
    resolveForFloor(scorer.rubric());
    double expected = scorer.score(dataset, plan.id()).score();
    if (Double.compare(floorPreResolved(), expected) != 0
        || Double.compare(floorOnePassDomain(), expected) != 0) {
      throw new IllegalStateException("the floors score " + floorPreResolved() + " and "
          + floorOnePassDomain() + ", the scorer " + expected);
    }
  }

  private void resolveForFloor(Rubric r) {
    rubric = r;
    Teacher teacher = dataset.teacher(plan.teacher()).orElseThrow();
    programme = teacher.programme();
    List<PlanItem> list = plan.items();
    int n = list.size();
    hours = new double[n];
    rows = new double[n * STRIDE];
    flags = new int[n];
    for (int i = 0; i < n; i++) {
      PlanItem item = list.get(i);
      CpdActivity a = dataset.activity(item.activity()).orElseThrow();
      hours[i] = item.hours();
      for (CompetenceArea area : areas) {
        rows[i * STRIDE + area.ordinal()] = a.areaShare(area);
      }
      boolean ind = a.involvesIndustryContact();
      rows[i * STRIDE + 4] = r.contextualisation().get(a.contextualisation());
      rows[i * STRIDE + 5] = ind ? 1 : 0;
      rows[i * STRIDE + 6] = a.effectiveScope() == org.vetcpd.core.Scope.INDIVIDUAL ? 0
          : a.contextualisation() != Contextualisation.GENERIC || ind ? 1
              : r.genericCollaboration();
      rows[i * STRIDE + 7] = a.knowledge().size() >= 2 ? 1 : 0;
      rows[i * STRIDE + 8] = a.spanWeeks() >= r.sustainedWeeks() ? 1 : 0;
      flags[i] = (a.fits(programme) ? FIT : 0) | (a.knowledge().isEmpty() ? 0 : NAMED)
          | (a.needsSubstituteCover() ? COVER : 0) | (a.costPerHour() > 0 ? COST : 0)
          | (item.timeAllocated() ? TIME : 0) | (item.substituteFunded() ? SUBSTITUTE : 0)
          | (item.costFunded() ? COST_FUNDED : 0);
    }
    TailoringReport report = scorer.score(dataset, plan.id());
    target = new double[areas.length];
    needed = new boolean[areas.length];
    coveredLimit = new double[areas.length];
    for (CompetenceArea area : areas) {
      int k = area.ordinal();
      target[k] = report.target().get(area);
      needed[k] = target[k] >= r.neededShare() - 1e-9;
      coveredLimit[k] = r.coveredFraction() * target[k] - 1e-9;
    }
    asked = Math.max(target[0] + target[1], r.minVocationalShare());
    weights = new double[Rubric.CRITERIA.size()];
    for (int k = 0; k < weights.length; k++) {
      weights[k] = r.weight(Rubric.CRITERIA.get(k));
    }
    double years = teacher.yearsSinceIndustryContact().orElse(r.unknownYears());
    required = r.industryHoursBase() + r.industryHoursPerYear()
        * Math.min(years, r.industryYearCap());
    collaborationTarget = r.collaborationTarget();
    wTime = teacher.barriers().contains(Barrier.SCHEDULE_CONFLICT) ? r.barrierWeight() : 1;
    wCover = teacher.barriers().contains(Barrier.NO_SUBSTITUTE_COVER) ? r.barrierWeight() : 1;
    wCost = teacher.barriers().contains(Barrier.COST) ? r.barrierWeight() : 1;
    wLeader = teacher.barriers().contains(Barrier.NO_EMPLOYER_SUPPORT) ? r.barrierWeight() : 1;
    leader = r.leader().get(plan.leaderInvolvement());
    List<Driver> applicable = dataset.drivers().stream()
        .filter(d -> d.concerns(programme)
            && plan.drivers().map(s -> s.contains(d.id())).orElse(true))
        .toList();
    driverWeights = new double[applicable.size()];
    driverPulls = new double[applicable.size() * areas.length];
    for (int j = 0; j < applicable.size(); j++) {
      Driver d = applicable.get(j);
      driverWeights[j] = d.strength()
          * (d.effectiveScope() == DriverScope.VOCATION_SPECIFIC ? 1 : r.generalDriverFactor());
      for (CompetenceArea area : areas) {
        driverPulls[j * areas.length + area.ordinal()] = d.pullProfile().get(area);
      }
    }
  }

  /**
   * The floor: the plan's score in one pass over pre-resolved arrays, then the ten criteria and
   * their weighted mean.
   *
   * @return the score
   */
  @Benchmark
  public double floorPreResolved() {
    double[] s = new double[SUMS];
    for (int i = 0; i < hours.length; i++) {
      int f = flags[i];
      int o = i * STRIDE;
      add(s, hours[i], (f & FIT) != 0, rows[o], rows[o + 1], rows[o + 2], rows[o + 3],
          rows[o + 4], rows[o + 5], rows[o + 6], rows[o + 7], rows[o + 8], f);
    }
    return finish(s);
  }

  /**
   * The other floor: the plan's score in one pass over the domain objects, each item's activity
   * looked up in the data set's index and its profile, defaults and flags read there; the
   * teacher's target, required hours and weights as in {@link #floorPreResolved()}.
   *
   * @return the score
   */
  @Benchmark
  public double floorOnePassDomain() {
    Rubric r = rubric;
    double[] s = new double[SUMS];
    for (PlanItem item : plan.items()) {
      CpdActivity a = dataset.activityIndex().get(item.activity());
      boolean ind = a.involvesIndustryContact();
      Contextualisation x = a.contextualisation();
      int f = (a.fits(programme) ? FIT : 0) | (a.knowledge().isEmpty() ? 0 : NAMED)
          | (a.needsSubstituteCover() ? COVER : 0) | (a.costPerHour() > 0 ? COST : 0)
          | (item.timeAllocated() ? TIME : 0) | (item.substituteFunded() ? SUBSTITUTE : 0)
          | (item.costFunded() ? COST_FUNDED : 0);
      add(s, item.hours(), (f & FIT) != 0, a.areaShare(areas[0]), a.areaShare(areas[1]),
          a.areaShare(areas[2]), a.areaShare(areas[3]), r.contextualisation().get(x),
          ind ? 1 : 0,
          a.effectiveScope() == org.vetcpd.core.Scope.INDIVIDUAL ? 0
              : x != Contextualisation.GENERIC || ind ? 1 : r.genericCollaboration(),
          a.knowledge().size() >= 2 ? 1 : 0, a.spanWeeks() >= r.sustainedWeeks() ? 1 : 0, f);
    }
    return finish(s);
  }

  private static final int SUMS = 16;

  private static void add(double[] s, double h, boolean fit, double p0, double p1, double p2,
      double p3, double ctx, double ind, double collab, double integ, double sust, int f) {
    s[0] += h;
    if (fit) {
      s[1] += h * p0;
      s[2] += h * p1;
      s[3] += h * p2;
      s[4] += h * p3;
      s[5] += h * ctx;
      s[6] += h * ind;
      s[7] += h * collab;
      s[8] += h * integ;
      s[9] += h * sust;
    }
    s[10] += (f & NAMED) != 0 ? 1 : 0;
    s[11] += (f & TIME) != 0 ? h : 0;
    if ((f & COVER) != 0) {
      s[13] += h;
      s[12] += (f & SUBSTITUTE) != 0 ? h : 0;
    }
    if ((f & COST) != 0) {
      s[15] += h;
      s[14] += (f & COST_FUNDED) != 0 ? h : 0;
    }
  }

  /** The ten criteria of the sums and their weighted mean. */
  private double finish(double[] s) {
    double total = s[0];
    double[] e = {s[1] / total, s[2] / total, s[3] / total, s[4] / total};
    double[] v = new double[10];
    double overlap = 0;
    for (int k = 0; k < 4; k++) {
      overlap += Math.min(e[k], target[k]);
    }
    v[0] = clamp(overlap);
    v[1] = clamp((e[0] + e[1]) / asked);
    v[2] = clamp(s[5] / total);
    v[3] = clamp(s[6] / required);
    double uSum = 0;
    double dSum = 0;
    for (int j = 0; j < driverWeights.length; j++) {
      double u = driverWeights[j];
      uSum += u;
      double c = 0;
      for (int k = 0; k < 4; k++) {
        c += Math.min(e[k], driverPulls[j * 4 + k]);
      }
      dSum += u * c;
    }
    v[4] = uSum > 0 ? clamp(dSum / uSum) : Double.NaN;
    v[5] = clamp(s[7] / total / collaborationTarget);
    double x0 = s[11] / total;
    double x1 = s[13] > 0 ? s[12] / s[13] : 1;
    double x2 = s[15] > 0 ? s[14] / s[15] : 1;
    v[6] = clamp((wTime * x0 + wCover * x1 + wCost * x2 + wLeader * leader)
        / (wTime + wCover + wCost + wLeader));
    int need = 0;
    int covered = 0;
    for (int k = 0; k < 4; k++) {
      if (needed[k]) {
        need++;
        covered += e[k] >= coveredLimit[k] ? 1 : 0;
      }
    }
    v[7] = need == 0 ? 1 : (double) covered / need;
    v[8] = s[10] > 0 ? clamp(s[8] / total) : Double.NaN;
    v[9] = clamp(s[9] / total);
    double weighted = 0;
    double sum = 0;
    for (int k = 0; k < 10; k++) {
      if (!Double.isNaN(v[k])) {
        weighted += weights[k] * v[k];
        sum += weights[k];
      }
    }
    double score = 100 * (weighted / sum);
    return score < 0 ? 0 : (score > 100 ? 100 : score);
  }

  private static double clamp(double v) {
    return v < 0 ? 0 : (v > 1 ? 1 : v);
  }

  /**
   * Resolves the plan's activities and sums hours by area, on the domain objects.
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
   * Scores the plan and computes its recommendations (each candidate edit applied to the plan's
   * running sums).
   *
   * @return the number of recommendations
   */
  @Benchmark
  public int scorePlanWithRecommendations() {
    return scorer.score(dataset, plan.id()).recommendations().size();
  }

  /**
   * Scores the cohort's next plan (the 200 plans in turn, one per call); recommendations are not
   * asked for.
   *
   * @return the report
   */
  @Benchmark
  public TailoringReport scoreCohortPlans() {
    return scorer.score(dataset, nextPlan());
  }

  /**
   * Scores the cohort's next plan and computes its recommendations.
   *
   * @return the number of recommendations
   */
  @Benchmark
  public int scoreCohortPlansWithRecommendations() {
    return scorer.score(dataset, nextPlan()).recommendations().size();
  }

  /** Returns the id of the cohort's next plan, from the first again after the last. */
  private String nextPlan() {
    int i = next;
    next = i + 1 == cohort.length ? 0 : i + 1;
    return cohort[i];
  }

  /**
   * Scores the plan and asks for its criteria ({@link TailoringReport#criteria()}: each
   * criterion's value, contribution, evidence and finding).
   *
   * @return the criteria
   */
  @Benchmark
  public List<CriterionResult> scorePlanCriteria() {
    return scorer.score(dataset, plan.id()).criteria();
  }

  /**
   * Scores the plan and reads every criterion's evidence and finding: the words that {@code
   * criteria()} defers until they are read (text and JSON output print them).
   *
   * @return the length of the words, so the work is not eliminated
   */
  @Benchmark
  public int scorePlanExplained() {
    int n = 0;
    for (CriterionResult c : scorer.score(dataset, plan.id()).criteria()) {
      n += c.evidence().length() + c.finding().map(String::length).orElse(0)
          + c.notAssessedReason().map(String::length).orElse(0);
    }
    return n;
  }
}
