package org.vetcpd.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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

  @Test
  void addIndustryContactAddsTheShortfallAsTheBestFittingActivity() {
    // R = 15 + 5 x 6 = 45 h, the template has none
    CpdPlan plan = ds.plan("template").orElseThrow();
    Recommendation rec = find(scorer.score(ds, plan.id()), Recommendation.ADD_INDUSTRY_CONTACT);
    assertThat(rec.description()).startsWith("Add 45 h of ");
    double best = 0;
    for (String id : List.of("placement-follow-up", "kitchen-managers", "teacher-placement")) {
      boolean cover = ds.activity(id).orElseThrow().needsSubstituteCover();
      PlanItem added = PlanItem.builder().activity(id).hours(45).timeAllocated(true)
          .substituteFunded(cover).build();
      List<PlanItem> items = new ArrayList<>(plan.items());
      items.add(added);
      best = Math.max(best, scorer.score(ds, plan.withItems(items)).score());
    }
    assertThat(rec.score()).isEqualTo(best);
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
