package org.vetcpd.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.KnowledgeCategory;
import org.vetcpd.core.PlanItem;
import org.vetcpd.core.Scope;
import org.vetcpd.core.Teacher;
import org.vetcpd.rules.testing.Cohorts;

/**
 * The recommender's shortcuts, pinned against a re-score of the edited plan. Dropping an item that
 * does not fit re-sums only the sums of hours the item adds to and takes 1 off each count it adds
 * to: every such item of every plan (not only those whose drop is recommended) scores exactly, to
 * the bit, what scoring the plan without it gives. For a recontextualisation: a replacement by an activity with the same flags re-sums only the profile sums, from the
 * first item replaced on, onto the sums of the items before it carried forward from earlier
 * replacements (only the five after the area sums, the area sums kept as the plan's, when the two
 * activities have the same area shares to the bit: path "same flags, areas kept"); and an edit that
 * leaves the hours and the area sums as they were keeps the plan's
 * four emphasis criteria. Every candidate of every generic activity of a plan (not only the best,
 * which is all the recommendations show) scores exactly, to the bit, what scoring the edited plan
 * gives; the recommendations are the reference recommender's.
 *
 * <p>Generated catalogues rarely hold a like-for-like replacement, so each generic activity of a
 * generated cohort gets adapted twins: one that differs only in contextualisation (same area
 * profile and flags: the emphasis kept), one that also differs in knowledge, scope and span (more
 * columns re-summed), one whose area weights are scaled (shares equal within the tolerance but
 * possibly not to the bit: the areas re-summed, the emphasis recomputed) and one with other flags
 * (the full re-sum).
 */
class RecommenderShortcutProperties {
  private static final double EPS = 1e-12;

  /** How a twin differs from its generic activity besides its contextualisation. */
  enum Twin { CONTEXT_ONLY, KNOWLEDGE_SCOPE_SPAN, SCALED_AREAS, OTHER_FLAGS }

  @Provide
  Arbitrary<Dataset> cohortsWithTwins() {
    return twinCohorts();
  }

  /**
   * Cohorts whose catalogue has, for some generic activities, a contextualised twin: the plans
   * they hold have recontextualisations to recommend. Shared with {@link KernelProperties}.
   */
  static Arbitrary<Dataset> twinCohorts() {
    return Combinators.combine(Cohorts.datasets(),
        Arbitraries.of(Twin.class).set().ofMinSize(1).ofMaxSize(4),
        Arbitraries.of(Contextualisation.ADAPTED, Contextualisation.PROGRAMME_SPECIFIC))
        .as(RecommenderShortcutProperties::withTwins);
  }

  @Provide
  Arbitrary<Dataset> cohorts() {
    return Cohorts.datasets();
  }

  @Provide
  Arbitrary<Rubric> rubrics() {
    return Arbitraries.oneOf(ImmutableList.of(Arbitraries.just(Rubric.standard()),
        Cohorts.rubrics()));
  }

  @Property(tries = 400)
  void everyReplacementCandidateScoresAsTheEditedPlan(
      @ForAll("cohortsWithTwins") Dataset ds, @ForAll("rubrics") Rubric rubric) {
    TailoringScorer scorer = TailoringScorer.of(rubric);
    Kernel k = scorer.kernel(ds);
    for (CpdPlan plan : ds.plans()) {
      TailoringReport report = scorer.score(ds, plan.id());
      Kernel.Scored sc = k.resolve(plan);
      Recommender r = new Recommender(sc, null, () -> null, report.score());
      int generics = 0;
      // As Recommender.recontextualise visits them: each generic activity at its first item.
      for (int i = 0; i < sc.act.length; i++) {
        int g = sc.act[i];
        int[] candidates = sc.who.programme.replacements(g);
        if (candidates == null || candidates.length == 0 || seenBefore(sc.act, i)) {
          continue;
        }
        generics++;
        for (int a : candidates) {
          double shortcut = r.replacedScore(g, i, a);
          double rescored = scorer.score(ds, replaced(plan, k.activities[g].id(),
              k.activities[a].id())).score();
          assertThat(Double.compare(shortcut, rescored)).as("%s: %s by %s, %s vs %s", plan.id(),
              k.activities[g].id(), k.activities[a].id(), shortcut, rescored).isZero();
          Statistics.label("path").collect(path(k, g, a));
          Statistics.label("first item replaced").collect(i == 0 ? "first" : "later");
        }
      }
      Statistics.label("generic activities replaceable in a plan")
          .collect(generics >= 2 ? "2+" : String.valueOf(generics));
      compareRecommendations(ds, scorer, plan, report);
    }
    Statistics.label("path").coverage(c -> {
      c.check("same flags, areas kept").count(n -> n > 0);
      c.check("same flags, areas re-summed").count(n -> n > 0);
      c.check("other flags").count(n -> n > 0);
    });
    Statistics.label("first item replaced").coverage(c -> {
      c.check("first").count(n -> n > 0);
      c.check("later").count(n -> n > 0);
    });
    Statistics.label("generic activities replaceable in a plan")
        .coverage(c -> c.check("2+").count(n -> n > 0));
  }

  @Property(tries = 300)
  void everyUnfittingItemDroppedScoresAsThePlanWithoutIt(
      @ForAll("cohorts") Dataset ds, @ForAll("rubrics") Rubric rubric) {
    TailoringScorer scorer = TailoringScorer.of(rubric);
    Kernel k = scorer.kernel(ds);
    for (CpdPlan plan : ds.plans()) {
      TailoringReport report = scorer.score(ds, plan.id());
      Kernel.Scored sc = k.resolve(plan);
      Recommender r = new Recommender(sc, null, () -> null, report.score());
      for (int i = 0; i < sc.act.length; i++) {
        if (sc.who.programme.fits[sc.act[i]]) {
          continue;
        }
        List<PlanItem> items = new ArrayList<>(plan.items());
        PlanItem dropped = items.remove(i);
        double shortcut = r.droppedScore(i);
        double rescored = scorer.score(ds, plan.withItems(items)).score();
        assertThat(Double.compare(shortcut, rescored)).as("%s without item %d: %s vs %s",
            plan.id(), i, shortcut, rescored).isZero();
        int f = k.flags[sc.act[i]];
        Statistics.label("dropped item's time").collect(dropped.timeAllocated());
        Statistics.label("dropped item's cover").collect((f & Kernel.F_COVER) == 0 ? "not needed"
            : dropped.substituteFunded() ? "funded" : "unfunded");
        Statistics.label("dropped item's cost").collect((f & Kernel.F_COST) == 0 ? "none"
            : dropped.costFunded() ? "funded" : "unfunded");
        Statistics.label("items left").collect(items.isEmpty() ? "none" : "some");
      }
    }
    Statistics.label("dropped item's time").coverage(c -> {
      c.check(true).count(n -> n > 0);
      c.check(false).count(n -> n > 0);
    });
    Statistics.label("dropped item's cover").coverage(c -> {
      c.check("funded").count(n -> n > 0);
      c.check("unfunded").count(n -> n > 0);
    });
    Statistics.label("dropped item's cost").coverage(c -> {
      c.check("funded").count(n -> n > 0);
      c.check("unfunded").count(n -> n > 0);
    });
    Statistics.label("items left").coverage(c -> c.check("none").count(n -> n > 0));
  }

  /**
   * A large plan (more than {@link Recommender#LARGE_PLAN} items: a generated plan's items and one
   * of an activity for another programme, repeated, their hours divided among the copies) has its
   * edits applied by subtraction: each
   * recommendation's score agrees with a re-score of the edited plan to rounding (within {@link
   * Tolerance#EPSILON}), each raises the score, and they come best first.
   */
  @Property(tries = 30)
  void aLargePlansRecommendationsScoreAsTheirEditedPlansToRounding(
      @ForAll("cohortsWithTwins") Dataset generated, @ForAll("rubrics") Rubric rubric) {
    // A plan with items (one with a generic item if there is one), and an activity designed for
    // another programme than its teacher's, so that the large plan has items to drop.
    CpdPlan plan = generated.plans().stream().filter(p -> !p.items().isEmpty())
        .max(java.util.Comparator.comparing(p -> p.items().stream().anyMatch(i ->
            generated.activity(i.activity()).orElseThrow().contextualisation()
                == Contextualisation.GENERIC))).orElse(null);
    if (plan == null) {
      return;
    }
    String programme = generated.teacher(plan.teacher()).orElseThrow().programme();
    String other = generated.programmes().stream().map(org.vetcpd.core.Programme::code)
        .filter(c -> !c.equals(programme)).findFirst().orElseThrow();
    CpdActivity elsewhere = generated.activities().get(0).withId("x-elsewhere")
        .withProgrammes(other);
    List<CpdActivity> activities = new ArrayList<>(generated.activities());
    activities.add(elsewhere);
    Dataset ds = generated.withActivities(activities);
    TailoringScorer scorer = TailoringScorer.of(rubric);
    List<PlanItem> original = new ArrayList<>(plan.items());
    original.add(PlanItem.builder().activity(elsewhere.id()).hours(6).build());
    int reps = Recommender.LARGE_PLAN / original.size() + 1;
    List<PlanItem> items = new ArrayList<>();
    for (int r = 0; r < reps; r++) {
      for (PlanItem item : original) {
        items.add(item.withHours(Math.max(PlanItem.MIN_HOURS, item.hours() / reps)));
      }
    }
    if (items.stream().mapToDouble(PlanItem::hours).sum() > CpdPlan.MAX_TOTAL_HOURS) {
      return;
    }
    CpdPlan large = plan.withItems(items);
    TailoringReport report = scorer.score(ds, large);
    Teacher teacher = ds.teacher(large.teacher()).orElseThrow();
    List<Recommender.Edit> edits = new Recommender(scorer,
        new PlanContext(rubric, ds, teacher, large), report.score()).edits();
    assertThat(edits.stream().map(Recommender.Edit::recommendation))
        .containsExactlyElementsOf(report.recommendations());
    double previous = Double.POSITIVE_INFINITY;
    for (Recommender.Edit e : edits) {
      Recommendation rec = e.recommendation();
      if (rec.action().equals(Recommendation.CATALOGUE_GAP)) {
        continue;
      }
      double rescored = scorer.score(ds, e.plan()).score();
      assertThat(rec.score()).as(rec.action()).isCloseTo(rescored, within(Tolerance.EPSILON));
      assertThat(rec.score()).as(rec.action()).isGreaterThan(report.score());
      assertThat(rec.score()).as("best first").isLessThanOrEqualTo(previous);
      previous = rec.score();
      Statistics.label("large plan's recommendation").collect(rec.action());
    }
    Statistics.label("large plan's recommendation").coverage(c -> {
      c.check(Recommendation.DROP_MISMATCH).count(n -> n > 0);
      c.check(Recommendation.RECONTEXTUALISE).count(n -> n > 0);
    });
  }

  private static void compareRecommendations(Dataset ds, TailoringScorer scorer, CpdPlan plan,
      TailoringReport report) {
    List<ReferenceRecommender.Edit> expected = ReferenceScorer.edits(scorer, ds, plan);
    List<Recommendation> actual = report.recommendations();
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      Recommendation x = actual.get(i);
      Recommendation y = expected.get(i).recommendation();
      assertThat(x.action()).isEqualTo(y.action());
      assertThat(x.description()).isEqualTo(y.description());
      assertThat(x.score()).as(y.action()).isCloseTo(y.score(), within(EPS));
      Statistics.label("recommended").collect(x.action());
    }
    Statistics.label("recommended").coverage(c ->
        c.check(Recommendation.RECONTEXTUALISE).count(n -> n > 0));
  }

  private static String path(Kernel k, int g, int a) {
    if (k.flags[g] != k.flags[a]) {
      return "other flags";
    }
    for (int area = 0; area < Kernel.AREAS; area++) {
      if (Double.doubleToRawLongBits(k.share(g, area))
          != Double.doubleToRawLongBits(k.share(a, area))) {
        return "same flags, areas re-summed";
      }
    }
    return "same flags, areas kept";
  }

  private static boolean seenBefore(int[] act, int i) {
    for (int j = 0; j < i; j++) {
      if (act[j] == act[i]) {
        return true;
      }
    }
    return false;
  }

  private static CpdPlan replaced(CpdPlan plan, String from, String to) {
    List<PlanItem> items = new ArrayList<>();
    for (PlanItem item : plan.items()) {
      items.add(item.activity().equals(from) ? item.withActivity(to) : item);
    }
    return plan.withItems(items);
  }

  /** The data set with, after its activities, the twins of each generic one. */
  private static Dataset withTwins(Dataset ds, java.util.Set<Twin> kinds, Contextualisation c) {
    List<CpdActivity> activities = new ArrayList<>(ds.activities());
    int n = 0;
    for (CpdActivity g : ds.activities()) {
      if (g.contextualisation() != Contextualisation.GENERIC) {
        continue;
      }
      for (Twin kind : kinds) {
        CpdActivity twin = twin(g, kind).withContextualisation(c).withId("tw" + n)
            .withTitle("Twin " + n);
        n++;
        activities.add(twin);
      }
    }
    return Dataset.builder().from(ds).activities(activities).build();
  }

  private static CpdActivity twin(CpdActivity g, Twin kind) {
    switch (kind) {
      case CONTEXT_ONLY:
        return g;
      case KNOWLEDGE_SCOPE_SPAN:
        // Knowledge stays empty or not (the same flags), scope and span change.
        return g.withKnowledge(g.knowledge().isEmpty() ? List.<KnowledgeCategory>of()
                : List.of(KnowledgeCategory.values()))
            .withScope(g.effectiveScope() == Scope.INDIVIDUAL ? Scope.TEAM : Scope.INDIVIDUAL)
            .withSpanWeeks(g.spanWeeks() >= 4 ? 1 : 8);
      case SCALED_AREAS: {
        Map<CompetenceArea, Double> w = new EnumMap<>(CompetenceArea.class);
        g.areaProfile().forEach((a, share) -> w.put(a, share * 0.7));
        return g.withAreas(ImmutableMap.copyOf(w));
      }
      case OTHER_FLAGS:
        return g.withCostPerHour(g.costPerHour() > 0 ? 0 : 25);
      default:
        throw new AssertionError(kind);
    }
  }

}
