package org.vetcpd.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.PlanItem;

/** Each recommendation carries the score its edit really gets when the edited plan is scored. */
class RecommenderTest {
  private final TailoringScorer scorer = TailoringScorer.standard();
  private final Dataset ds = Seed000.DATASET;

  private Recommendation find(TailoringReport r, String action) {
    return r.recommendations().stream().filter(x -> x.action().equals(action)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + action + " in " + r.recommendations()));
  }

  @Test
  void involveLeaderScoresThePlanWithAnActiveLeader() {
    CpdPlan plan = ds.plan("self-initiated").orElseThrow();
    TailoringReport r = scorer.score(ds, plan.id());
    double edited = scorer.score(ds, plan.withLeaderInvolvement(LeaderInvolvement.ACTIVE))
        .score();
    assertThat(find(r, Recommendation.INVOLVE_LEADER).score()).isEqualTo(edited);
  }

  @Test
  void allocateTimeScoresThePlanWithEveryItemInWorkingTime() {
    CpdPlan plan = ds.plan("self-initiated").orElseThrow();
    List<PlanItem> items = new ArrayList<>();
    plan.items().forEach(i -> items.add(i.withTimeAllocated(true)));
    double edited = scorer.score(ds, plan.withItems(items)).score();
    Recommendation rec = find(scorer.score(ds, plan.id()), Recommendation.ALLOCATE_TIME);
    assertThat(rec.score()).isEqualTo(edited);
    assertThat(rec.description()).contains("Student placement follow-up").contains("30 h");
  }

  @Test
  void dropMismatchScoresThePlanWithoutTheItem() {
    CpdPlan plan = ds.plan("template-with-cnc").orElseThrow();
    List<PlanItem> items = new ArrayList<>(plan.items());
    items.removeIf(i -> i.activity().equals("cnc"));
    double edited = scorer.score(ds, plan.withItems(items)).score();
    assertThat(find(scorer.score(ds, plan.id()), Recommendation.DROP_MISMATCH).score())
        .isEqualTo(edited);
  }

  @Test
  void recontextualiseReplacesTheGenericActivityBySameTypeAdaptedOne() {
    CpdPlan plan = ds.plan("template").orElseThrow();
    List<PlanItem> items = new ArrayList<>();
    plan.items().forEach(i -> items.add(
        i.activity().equals("afl") ? i.withActivity("afl-kitchen") : i));
    double edited = scorer.score(ds, plan.withItems(items)).score();
    Recommendation rec = find(scorer.score(ds, plan.id()), Recommendation.RECONTEXTUALISE);
    assertThat(rec.score()).isEqualTo(edited);
    assertThat(rec.description()).contains("\"Assessment for Learning\" (afl) (30 h)")
        .contains("\"AfL adapted to the kitchen\" (afl-kitchen)");
  }

  /**
   * A catalogue whose generic activity has more candidates than a programme keeps ({@code
   * Kernel.Programme}, at most 256 a generic activity): the list is found again for each plan, and
   * the recommendation is the reference recommender's, its score a re-score's, every time.
   */
  @Test
  void aGenericActivityWithHundredsOfCandidatesIsReplacedByTheBestOneEveryTime() {
    List<CpdActivity> activities = new ArrayList<>(ds.activities());
    CpdActivity kitchen = ds.activity("afl-kitchen").orElseThrow();
    int twins = 300;
    for (int i = 0; i < twins; i++) {
      // twins of the adapted AfL; the last one designed for the programme, so it scores best
      CpdActivity twin = kitchen.withId("afl-kitchen-" + i);
      activities.add(i < twins - 1 ? twin
          : twin.withContextualisation(org.vetcpd.core.Contextualisation.PROGRAMME_SPECIFIC));
    }
    Dataset many = ds.withPlans(ds.plan("template").orElseThrow()).withActivities(activities);
    Kernel k = scorer.kernel(many);
    int g = java.util.Arrays.asList(k.activities).indexOf(many.activity("afl").orElseThrow());
    Kernel.Scored sc = k.resolve(many.plan("template").orElseThrow());
    assertThat(sc.who.programme.replacements(g)).hasSizeGreaterThan(256);
    for (int round = 0; round < 2; round++) {
      TailoringReport r = scorer.score(many, "template");
      Recommendation rec = find(r, Recommendation.RECONTEXTUALISE);
      assertThat(rec.description()).contains("(afl-kitchen-" + (twins - 1) + ")");
      List<PlanItem> items = new ArrayList<>();
      r.context().plan.items().forEach(i -> items.add(i.activity().equals("afl")
          ? i.withActivity("afl-kitchen-" + (twins - 1)) : i));
      assertThat(rec.score()).isEqualTo(
          scorer.score(many, r.context().plan.withItems(items)).score());
      List<String> expected = new ArrayList<>();
      ReferenceScorer.edits(scorer, many, r.context().plan)
          .forEach(e -> expected.add(e.recommendation().description()));
      assertThat(r.recommendations()).extracting(Recommendation::description)
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void addIndustryContactAddsTheShortfallAsTheBestFittingActivityWithinRealisticHours() {
    // R = 15 + 5 x 6 = 45 h, the template has none; each activity at most its realistic hours
    CpdPlan plan = ds.plan("template").orElseThrow();
    Recommendation rec = find(scorer.score(ds, plan.id()), Recommendation.ADD_INDUSTRY_CONTACT);
    assertThat(rec.description()).startsWith("Add ").contains("45 h the teacher needs");
    double best = 0;
    for (String id : List.of("placement-follow-up", "kitchen-managers", "teacher-placement")) {
      CpdActivity a = ds.activity(id).orElseThrow();
      PlanItem added = PlanItem.builder().activity(id)
          .hours(Math.min(45, RealisticHours.of(a))).timeAllocated(true)
          .substituteFunded(a.needsSubstituteCover()).build();
      List<PlanItem> items = new ArrayList<>(plan.items());
      items.add(added);
      best = Math.max(best, scorer.score(ds, plan.withItems(items)).score());
    }
    assertThat(rec.score()).isEqualTo(best);
  }

  @Test
  void addedHoursNeverExceedTheActivitysMaxHours() {
    // Only meetings with kitchen managers, at most 12 h a plan: 12 h are offered, not 45 h.
    List<CpdActivity> activities = new ArrayList<>();
    for (CpdActivity a : ds.activities()) {
      if (!a.involvesIndustryContact()) {
        activities.add(a);
      } else if (a.id().equals("kitchen-managers")) {
        activities.add(a.withMaxHours(12));
      }
    }
    Dataset capped = ds.withPlans(ds.plan("template").orElseThrow()).withActivities(activities);
    Recommendation rec = find(scorer.score(capped, "template"),
        Recommendation.ADD_INDUSTRY_CONTACT);
    assertThat(rec.description()).startsWith("Add 12 h of \"Meetings with kitchen managers\"")
        .contains("12 h is the most of it that is realistic in one plan")
        .contains("rises to 12 h of the 45 h");
  }

  @Test
  void withoutAnyIndustryContactActivityTheFirstRecommendationSaysWhatToAdd() {
    List<CpdActivity> activities = new ArrayList<>();
    ds.activities().stream().filter(a -> !a.involvesIndustryContact()).forEach(activities::add);
    Dataset none = ds.withPlans(ds.plan("template").orElseThrow()).withActivities(activities);
    TailoringReport r = scorer.score(none, "template");
    Recommendation first = r.recommendations().get(0);
    assertThat(first.action()).isEqualTo(Recommendation.CATALOGUE_GAP);
    assertThat(first.score()).isEqualTo(r.score());
    assertThat(first.description()).contains("no activity with contact with industry")
        .contains("lacks 45 h of contact with industry").contains("placement of the teacher in a workplace");
    assertThat(r.recommendations()).noneMatch(
        x -> x.action().equals(Recommendation.ADD_INDUSTRY_CONTACT));
  }

  @Test
  void anEmptyPlanIsStartedWithItsBestFittingActivity() {
    CpdPlan empty = CpdPlan.builder().id("empty").teacher("rm-teacher")
        .leaderInvolvement(LeaderInvolvement.ACTIVE).build();
    TailoringReport r = scorer.score(ds, empty);
    Recommendation first = r.recommendations().get(0);
    assertThat(first.action()).isEqualTo(Recommendation.START_PLAN);
    assertThat(first.description()).startsWith("The plan holds no activities yet: start it with");
    assertThat(first.score()).isGreaterThan(0);
    assertThat(r.toText()).contains("Findings\n- The plan holds no activities")
        .contains("1. ").contains("start it with");
  }

  @Test
  void aGenericProjectIsNotReplacedByOneThatDevelopsAnAreaLess() {
    // afl-kitchen gives the teacher role less than the generic AfL does: no replacement.
    List<CpdActivity> activities = new ArrayList<>();
    for (CpdActivity a : ds.activities()) {
      activities.add(a.id().equals("afl-kitchen") ? a.withAreas(ImmutableMap.of(
          CompetenceArea.VOCATIONAL, 0.3, CompetenceArea.PEDAGOGICAL, 0.5,
          CompetenceArea.WORKING_COMMUNITY, 0.2)) : a);
    }
    Dataset changed = ds.withActivities(activities);
    assertThat(scorer.score(changed, "template").recommendations())
        .noneMatch(x -> x.action().equals(Recommendation.RECONTEXTUALISE));
  }

  @Test
  void fundSubstituteFundsEveryItemThatNeedsCover() {
    CpdPlan plan = CpdPlan.builder().id("unfunded").teacher("rm-teacher")
        .leaderInvolvement(LeaderInvolvement.ACTIVE)
        .addItems(PlanItem.builder().activity("teacher-placement").hours(30).timeAllocated(true)
            .build())
        .build();
    TailoringReport r = scorer.score(ds, plan);
    double edited = scorer.score(ds, plan.withItems(
        plan.items().get(0).withSubstituteFunded(true))).score();
    assertThat(find(r, Recommendation.FUND_SUBSTITUTE).score()).isEqualTo(edited);
    assertThat(r.recommendations().get(0).score())
        .isGreaterThanOrEqualTo(r.recommendations().get(r.recommendations().size() - 1).score());
  }

  @Test
  void aTailoredPlanMayHaveNothingLeftToRecommendAboveItsScore() {
    TailoringReport r = scorer.score(ds, "tailored");
    assertThat(r.recommendations()).allSatisfy(x -> assertThat(x.score()).isGreaterThan(r.score()));
  }
}
