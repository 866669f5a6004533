package org.vetcpd.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.vetcpd.core.ActivityType;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.PlanItem;
import org.vetcpd.core.Teacher;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.rules.testing.Cohorts;

/**
 * The laws of DESIGN.md "Properties the tests must pin", over arbitrary valid data sets and
 * rubrics. Where the math says two numbers are equal, they are compared to 1e-9.
 */
class TailoringProperties {
  private static final double EPS = 1e-9;
  private static final int INDUSTRY_CONTACT = Rubric.CRITERIA.indexOf("industry-contact");

  @Provide
  Arbitrary<Dataset> datasets() {
    return Cohorts.datasets();
  }

  @Provide
  Arbitrary<Rubric> rubrics() {
    return Arbitraries.oneOf(ImmutableList.of(Arbitraries.just(Rubric.standard()),
        Cohorts.rubrics()));
  }

  // --- ranges --------------------------------------------------------------------------------

  @Property
  void scoreInRangeAndValuesInUnitIntervalNeverNaN(
      @ForAll("datasets") Dataset ds, @ForAll("rubrics") Rubric rubric) {
    TailoringScorer scorer = TailoringScorer.of(rubric);
    for (CpdPlan plan : ds.plans()) {
      TailoringReport r = scorer.score(ds, plan.id());
      collectReach(ds, plan, r);
      assertThat(r.score()).isBetween(0.0, 100.0);
      assertThat(r.score()).isNotNaN();
      for (CriterionResult c : r.criteria()) {
        if (c.assessed()) {
          assertThat(c.value().getAsDouble()).as(c.id()).isBetween(0.0, 1.0);
        } else {
          assertThat(c.notAssessedReason()).as(c.id()).isPresent();
        }
      }
      for (double v : r.target().values()) {
        assertThat(v).isBetween(0.0, 1.0);
      }
      if (plan.items().isEmpty()) {
        assertThat(r.score()).isZero();
        assertThat(r.band()).isEqualTo(Band.GENERIC);
        assertThat(r.criteria()).noneMatch(CriterionResult::assessed);
      }
    }
    Statistics.label("mismatched item").coverage(c -> c.check(true).percentage(p -> p > 5));
    Statistics.label("not-assessed criterion").coverage(c -> c.check(true).percentage(p -> p > 5));
    Statistics.label("no applicable driver").coverage(c -> c.check(true).percentage(p -> p > 5));
    Statistics.label("drivers: []").coverage(c -> c.check(true).percentage(p -> p > 2));
    Statistics.label("declared barrier").coverage(c -> c.check(true).percentage(p -> p > 5));
    Statistics.label("empty plan").coverage(c -> c.check(true).percentage(p -> p > 2));
  }

  private static void collectReach(Dataset ds, CpdPlan plan, TailoringReport r) {
    Teacher t = ds.teacherIndex().get(plan.teacher());
    boolean mismatch = plan.items().stream()
        .anyMatch(i -> !ds.activityIndex().get(i.activity()).fits(t.programme()));
    boolean notAssessed = !plan.items().isEmpty()
        && r.criteria().stream().anyMatch(c -> !c.assessed());
    boolean noDriver = !plan.items().isEmpty()
        && r.criterion("driver-response").notAssessedReason().isPresent();
    Statistics.label("mismatched item").collect(mismatch);
    Statistics.label("not-assessed criterion").collect(notAssessed);
    Statistics.label("no applicable driver").collect(noDriver);
    Statistics.label("drivers: []").collect(
        plan.drivers().isPresent() && plan.drivers().get().isEmpty());
    Statistics.label("declared barrier").collect(!t.barriers().isEmpty());
    Statistics.label("empty plan").collect(plan.items().isEmpty());
  }

  // --- invariances ---------------------------------------------------------------------------

  @Property
  void invariantUnderReorderingItemsAndDrivers(
      @ForAll("datasets") Dataset ds, @ForAll("rubrics") Rubric rubric, @ForAll long seed) {
    Random random = new Random(seed);
    List<CpdPlan> reordered = new ArrayList<>();
    for (CpdPlan p : ds.plans()) {
      CpdPlan q = p.withItems(shuffled(p.items(), random));
      if (p.drivers().isPresent()) {
        q = q.withDrivers(ImmutableSet.copyOf(shuffled(p.drivers().get(), random)));
      }
      reordered.add(q);
    }
    Dataset other = ds.withDrivers(shuffled(ds.drivers(), random)).withPlans(reordered);
    TailoringScorer scorer = TailoringScorer.of(rubric);
    for (CpdPlan p : ds.plans()) {
      TailoringReport a = scorer.score(ds, p.id());
      TailoringReport b = scorer.score(other, p.id());
      assertSameValues(a, b, -1);
      assertThat(b.score()).isCloseTo(a.score(), within(EPS));
    }
  }

  @Property
  void shareBasedCriteriaInvariantUnderScalingAllHours(
      @ForAll("datasets") Dataset ds, @ForAll("rubrics") Rubric rubric,
      @ForAll("factors") double wanted) {
    // Scaled hours stay valid: items in [MIN_HOURS, MAX_HOURS], plans within MAX_TOTAL_HOURS.
    double low = 0;
    double high = Double.POSITIVE_INFINITY;
    for (CpdPlan p : ds.plans()) {
      for (PlanItem i : p.items()) {
        low = Math.max(low, PlanItem.MIN_HOURS / i.hours());
        high = Math.min(high, PlanItem.MAX_HOURS / i.hours());
      }
      high = Math.min(high, CpdPlan.MAX_TOTAL_HOURS / Math.max(p.totalHours(), 1));
    }
    double factor = Math.max(low * (1 + 1e-9), Math.min(high * (1 - 1e-9), wanted));
    List<CpdPlan> scaled = new ArrayList<>();
    for (CpdPlan p : ds.plans()) {
      List<PlanItem> items = new ArrayList<>();
      for (PlanItem i : p.items()) {
        items.add(i.withHours(i.hours() * factor));
      }
      scaled.add(p.withItems(items));
    }
    Dataset other = ds.withPlans(scaled);
    TailoringScorer scorer = TailoringScorer.of(rubric);
    for (CpdPlan p : ds.plans()) {
      assertSameValues(scorer.score(ds, p.id()), scorer.score(other, p.id()), INDUSTRY_CONTACT);
    }
  }

  @Provide
  Arbitrary<Double> factors() {
    return Arbitraries.of(0.01, 0.25, 0.5, 1.5, 2.0, 3.0, 7.3, 10.0, 1000.0);
  }

  @Property
  void contributionsSumToTheScore(
      @ForAll("datasets") Dataset ds, @ForAll("rubrics") Rubric rubric) {
    for (TailoringReport r : TailoringScorer.of(rubric).scoreAll(ds)) {
      double sum = 0;
      for (CriterionResult c : r.criteria()) {
        sum += c.contribution();
        assertThat(c.contribution()).isBetween(0.0, 100.0);
      }
      assertThat(sum).isCloseTo(r.score(), within(EPS));
    }
  }

  @Property
  void scalingAllWeightsLeavesTheScoreUnchanged(
      @ForAll("datasets") Dataset ds, @ForAll("rubrics") Rubric rubric,
      @ForAll("factors") double factor) {
    ImmutableMap.Builder<String, Double> w = ImmutableMap.builder();
    rubric.weights().forEach((id, v) -> w.put(id, v * factor));
    Rubric scaled = rubric.withWeights(w.buildOrThrow());
    List<TailoringReport> a = TailoringScorer.of(rubric).scoreAll(ds);
    List<TailoringReport> b = TailoringScorer.of(scaled).scoreAll(ds);
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.get(i).score()).isCloseTo(a.get(i).score(), within(EPS));
    }
  }

  // --- monotonicity --------------------------------------------------------------------------

  @Property
  void upgradingAnItemsContextualisationToMatchTheProgrammeNeverLowersTheScore(
      @ForAll("datasets") Dataset ds, @ForAll("rubrics") Rubric rubric) {
    TailoringScorer scorer = TailoringScorer.of(rubric);
    for (CpdPlan p : ds.plans()) {
      double before = scorer.score(ds, p.id()).score();
      String programme = ds.teacherIndex().get(p.teacher()).programme();
      for (int i = 0; i < p.items().size(); i++) {
        CpdActivity a = ds.activityIndex().get(p.items().get(i).activity());
        for (Contextualisation higher : Contextualisation.values()) {
          if (higher.compareTo(a.contextualisation()) <= 0) {
            continue;
          }
          CpdActivity up = a.withId("upgraded").withContextualisation(higher)
              .withProgrammes(programme);
          CpdPlan edited = p.withItems(replace(p.items(), i,
              p.items().get(i).withActivity("upgraded")));
          Dataset other = ds.withActivities(plus(ds.activities(), up));
          assertThat(scorer.score(other, edited).score())
              .as("upgrading item %s to %s", i, higher)
              .isGreaterThanOrEqualTo(before - EPS);
        }
      }
    }
  }

  @Property
  void settingAFacilitationFlagNeverLowersTheScore(
      @ForAll("datasets") Dataset ds, @ForAll("rubrics") Rubric rubric) {
    TailoringScorer scorer = TailoringScorer.of(rubric);
    for (CpdPlan p : ds.plans()) {
      double before = scorer.score(ds, p.id()).score();
      for (int i = 0; i < p.items().size(); i++) {
        PlanItem item = p.items().get(i);
        for (PlanItem edited : List.of(item.withTimeAllocated(true),
            item.withSubstituteFunded(true), item.withCostFunded(true))) {
          assertThat(scorer.score(ds, p.withItems(replace(p.items(), i, edited))).score())
              .as("%s", edited)
              .isGreaterThanOrEqualTo(before - EPS);
        }
      }
    }
  }

  @Property
  void raisingLeaderInvolvementNeverLowersTheScore(
      @ForAll("datasets") Dataset ds, @ForAll("rubrics") Rubric rubric) {
    TailoringScorer scorer = TailoringScorer.of(rubric);
    for (CpdPlan p : ds.plans()) {
      double before = scorer.score(ds, p.id()).score();
      for (LeaderInvolvement higher : LeaderInvolvement.values()) {
        if (higher.compareTo(p.leaderInvolvement()) > 0) {
          assertThat(scorer.score(ds, p.withLeaderInvolvement(higher)).score())
              .isGreaterThanOrEqualTo(before - EPS);
        }
      }
    }
  }

  @Property
  void addingIndustryContactHoursNeverLowersIndustryContact(
      @ForAll("datasets") Dataset ds, @ForAll("rubrics") Rubric rubric,
      @ForAll("factors") double hours) {
    TailoringScorer scorer = TailoringScorer.of(rubric);
    CpdActivity placement = CpdActivity.builder().id("extra-placement").title("Placement")
        .type(ActivityType.TEACHER_PLACEMENT).contextualisation(Contextualisation.GENERIC)
        .build();
    Dataset other = ds.withActivities(plus(ds.activities(), placement));
    for (CpdPlan p : ds.plans()) {
      if (p.items().isEmpty()) {
        continue;
      }
      double before = value(scorer.score(ds, p.id()), INDUSTRY_CONTACT);
      CpdPlan added = p.withItems(plus(p.items(), PlanItem.of("extra-placement", hours)));
      assertThat(value(scorer.score(other, added), INDUSTRY_CONTACT))
          .isGreaterThanOrEqualTo(before);
      for (int i = 0; i < p.items().size(); i++) {
        PlanItem item = p.items().get(i);
        if (ds.activityIndex().get(item.activity()).involvesIndustryContact()) {
          CpdPlan more = p.withItems(replace(p.items(), i, item.withHours(item.hours() + hours)));
          assertThat(value(scorer.score(ds, more), INDUSTRY_CONTACT))
              .isGreaterThanOrEqualTo(before);
        }
      }
    }
  }

  @Property(tries = 300)
  void recommendationsRaiseTheScoreAndComeBestFirst(
      @ForAll("datasets") Dataset ds, @ForAll("rubrics") Rubric rubric) {
    for (TailoringReport r : TailoringScorer.of(rubric).scoreAll(ds)) {
      List<Recommendation> recs = r.recommendations();
      for (int i = 0; i < recs.size(); i++) {
        if (recs.get(i).action().equals(Recommendation.CATALOGUE_GAP)) {
          // A note, not an edit: first, at the plan's own score.
          assertThat(i).isZero();
          assertThat(recs.get(i).score()).isEqualTo(r.score());
          continue;
        }
        assertThat(recs.get(i).score()).isGreaterThan(r.score()).isLessThanOrEqualTo(100.0);
        if (i > 0 && !recs.get(i - 1).action().equals(Recommendation.CATALOGUE_GAP)) {
          assertThat(recs.get(i).score()).isLessThanOrEqualTo(recs.get(i - 1).score());
        }
      }
      Statistics.label("has recommendations").collect(!recs.isEmpty());
    }
    Statistics.label("has recommendations")
        .coverage(c -> c.check(true).percentage(p -> p > 20));
  }

  /**
   * Every recommended edit, applied to the plan and scored through the public API, gives exactly
   * the score it states, never less than the plan's; hours added stay within {@link
   * RealisticHours} (the data's maxHours when given); a replacement develops every competence area
   * at least as much as what it replaces.
   */
  // 600 tries: a like-for-like replacement (recontextualise) is rare in generated catalogues
  // (about 0.4 % of the actions), and the coverage check below asks for one; at the default 250
  // tries a run without one came up about once in 30 (RecommenderTest pins the case itself).
  @Property(tries = 600)
  void everyRecommendedEditAppliedGivesExactlyItsScoreAndActsRealistically(
      @ForAll("datasets") Dataset generated, @ForAll("rubrics") Rubric rubric,
      @ForAll boolean capped) {
    Dataset ds = capped ? withMaxHours(generated) : generated;
    TailoringScorer scorer = TailoringScorer.of(rubric);
    for (CpdPlan plan : ds.plans()) {
      TailoringReport r = scorer.score(ds, plan.id());
      Teacher teacher = ds.teacher(plan.teacher()).orElseThrow();
      List<Recommender.Edit> edits =
          new Recommender(scorer, new PlanContext(rubric, ds, teacher, plan), r.score()).edits();
      assertThat(edits.stream().map(Recommender.Edit::recommendation))
          .containsExactlyElementsOf(r.recommendations());
      for (Recommender.Edit e : edits) {
        String action = e.recommendation().action();
        double applied = scorer.score(ds, e.plan()).score();
        assertThat(applied).as(action).isEqualTo(e.recommendation().score());
        assertThat(applied).as(action).isGreaterThanOrEqualTo(r.score());
        Map<String, Double> before = hoursByActivity(plan);
        Map<String, Double> after = hoursByActivity(e.plan());
        if (action.equals(Recommendation.ADD_INDUSTRY_CONTACT)
            || action.equals(Recommendation.START_PLAN)) {
          after.forEach((id, h) -> {
            double limit = RealisticHours.of(ds.activity(id).orElseThrow());
            assertThat(h).as(id).isLessThanOrEqualTo(
                Math.max(before.getOrDefault(id, 0.0), limit) + EPS);
          });
        }
        if (action.equals(Recommendation.RECONTEXTUALISE)) {
          for (String gone : before.keySet()) {
            if (after.containsKey(gone)) {
              continue;
            }
            CpdActivity g = ds.activity(gone).orElseThrow();
            for (String id : after.keySet()) {
              if (before.containsKey(id) && after.get(id) <= before.get(id)) {
                continue;
              }
              CpdActivity a = ds.activity(id).orElseThrow();
              for (CompetenceArea area : CompetenceArea.values()) {
                assertThat(a.areaShare(area)).as(id + " for " + gone + " in " + area)
                    .isGreaterThanOrEqualTo(g.areaShare(area) - EPS);
              }
            }
          }
        }
        Statistics.label("action").collect(action);
      }
      Statistics.label("capped").collect(capped);
    }
    Statistics.label("action").coverage(c -> {
      c.check(Recommendation.ADD_INDUSTRY_CONTACT).count(n -> n > 0);
      c.check(Recommendation.START_PLAN).count(n -> n > 0);
      c.check(Recommendation.CATALOGUE_GAP).count(n -> n > 0);
      c.check(Recommendation.RECONTEXTUALISE).count(n -> n > 0);
    });
  }

  /** Every other activity limited to a few hours, so that the data's maxHours binds. */
  private static Dataset withMaxHours(Dataset ds) {
    List<CpdActivity> activities = new ArrayList<>();
    for (int i = 0; i < ds.activities().size(); i++) {
      CpdActivity a = ds.activities().get(i);
      activities.add(i % 2 == 0 ? a.withMaxHours(1 + i % 7) : a);
    }
    return ds.withActivities(activities);
  }

  private static Map<String, Double> hoursByActivity(CpdPlan plan) {
    Map<String, Double> m = new java.util.HashMap<>();
    plan.items().forEach(i -> m.merge(i.activity(), i.hours(), Double::sum));
    return m;
  }

  // --- alignment -----------------------------------------------------------------------------

  @Property
  void aPlanWhoseEmphasisEqualsTheTargetHasNeedsAlignmentOne(
      @ForAll("datasets") Dataset ds, @ForAll("rubrics") Rubric rubric) {
    TailoringScorer scorer = TailoringScorer.of(rubric);
    List<CpdActivity> pure = new ArrayList<>(ds.activities());
    for (CompetenceArea a : CompetenceArea.values()) {
      pure.add(CpdActivity.builder().id("pure-" + a).title("Pure " + a)
          .type(ActivityType.OTHER).contextualisation(Contextualisation.GENERIC)
          .areas(ImmutableMap.of(a, 1.0)).build());
    }
    Dataset other = ds.withActivities(pure);
    for (CpdPlan p : ds.plans()) {
      Map<CompetenceArea, Double> target = scorer.score(ds, p.id()).target();
      List<PlanItem> items = new ArrayList<>();
      target.forEach((a, t) -> {
        if (t > 0) {
          items.add(PlanItem.of("pure-" + a, 100 * t));
        }
      });
      TailoringReport r = scorer.score(other, p.withItems(items));
      for (CompetenceArea a : CompetenceArea.values()) {
        assertThat(r.emphasis().get(a)).isCloseTo(target.get(a), within(EPS));
      }
      assertThat(r.criterion("needs-alignment").value().getAsDouble())
          .isCloseTo(1.0, within(EPS));
    }
  }

  // --- JSON ----------------------------------------------------------------------------------

  @Property(tries = 300)
  void reportJsonRoundTripGivesAnEqualReportAndTheSameScore(
      @ForAll("datasets") Dataset ds, @ForAll("rubrics") Rubric rubric) {
    for (TailoringReport r : TailoringScorer.of(rubric).scoreAll(ds)) {
      String json = VetcpdJson.write(r);
      TailoringReport back = TailoringReport.parse(json);
      assertThat(back).isEqualTo(r);
      assertThat(back.score()).isEqualTo(r.score());
      assertThat(VetcpdJson.write(back)).isEqualTo(json);
      assertThat(back.toText()).isEqualTo(r.toText());
    }
  }

  @Property
  void rubricJsonRoundTripGivesAnEqualRubric(@ForAll("rubrics") Rubric rubric) {
    Rubric back = Rubric.parse(VetcpdJson.write(rubric));
    assertThat(back).isEqualTo(rubric);
  }

  // --- determinism and threads ---------------------------------------------------------------

  @Property(tries = 200)
  void scoringIsDeterministicAndParallelScoringGivesTheSameReports(
      @ForAll("datasets") Dataset ds, @ForAll("rubrics") Rubric rubric) {
    TailoringScorer scorer = TailoringScorer.of(rubric);
    ImmutableList<TailoringReport> first = scorer.scoreAll(ds);
    assertThat(scorer.scoreAll(ds)).isEqualTo(first);
    assertThat(scorer.scoreAllParallel(ds)).isEqualTo(first);
  }

  @Property(tries = 30)
  void scoringFromSeveralThreadsGivesTheSameReports(
      @ForAll("datasets") Dataset ds, @ForAll("rubrics") Rubric rubric) throws Exception {
    TailoringScorer scorer = TailoringScorer.of(rubric);
    ImmutableList<TailoringReport> expected = TailoringScorer.of(rubric).scoreAll(ds);
    // One shared set of reports whose lazy parts several threads compute at once.
    ImmutableList<TailoringReport> shared = scorer.scoreAll(ds);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<List<String>>> tasks = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        tasks.add(() -> {
          List<String> out = new ArrayList<>();
          for (TailoringReport r : scorer.scoreAll(ds)) {
            out.add(VetcpdJson.write(r));
          }
          for (TailoringReport r : shared) {
            out.add(r.toText());
          }
          return out;
        });
      }
      List<String> want = new ArrayList<>();
      for (TailoringReport r : expected) {
        want.add(VetcpdJson.write(r));
      }
      for (TailoringReport r : expected) {
        want.add(r.toText());
      }
      for (Future<List<String>> f : pool.invokeAll(tasks)) {
        assertThat(f.get()).isEqualTo(want);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(shared).isEqualTo(expected);
  }

  // --- helpers -------------------------------------------------------------------------------

  private static double value(TailoringReport r, int k) {
    return r.criteria().get(k).value().orElse(Double.NaN);
  }

  private static void assertSameValues(TailoringReport a, TailoringReport b, int except) {
    for (int k = 0; k < Rubric.CRITERIA.size(); k++) {
      if (k == except) {
        continue;
      }
      CriterionResult x = a.criteria().get(k);
      CriterionResult y = b.criteria().get(k);
      assertThat(y.assessed()).as(x.id()).isEqualTo(x.assessed());
      if (x.assessed()) {
        assertThat(y.value().getAsDouble()).as(x.id())
            .isCloseTo(x.value().getAsDouble(), within(EPS));
      }
    }
  }

  private static <T> List<T> shuffled(java.util.Collection<T> values, Random random) {
    List<T> out = new ArrayList<>(values);
    Collections.shuffle(out, random);
    return out;
  }

  private static <T> List<T> replace(List<T> list, int i, T value) {
    List<T> out = new ArrayList<>(list);
    out.set(i, value);
    return out;
  }

  private static <T> List<T> plus(List<T> list, T value) {
    List<T> out = new ArrayList<>(list);
    out.add(value);
    return out;
  }

}
