package org.vetcpd.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Teacher;
import org.vetcpd.core.testing.DomainArbitraries;
import org.vetcpd.rules.testing.Cohorts;

/**
 * The scoring kernel ({@link Kernel}, the {@link Recommender} on running sums) against the scoring
 * path it replaced ({@link ReferenceScorer}, {@link ReferenceRecommender}) on generated cohorts:
 * every score, band, target and emphasis share, criterion value and contribution to 1e-12, the
 * same evidence and findings, and every recommendation &mdash; action, description, score, the
 * score it adds, and the edited plan &mdash; the same.
 */
class KernelProperties {
  private static final double EPS = 1e-12;

  @Provide
  Arbitrary<Dataset> cohorts() {
    return Cohorts.datasets();
  }

  @Provide
  Arbitrary<Dataset> coreDatasets() {
    return DomainArbitraries.datasets();
  }

  @Provide
  Arbitrary<Rubric> rubrics() {
    return Arbitraries.oneOf(ImmutableList.of(Arbitraries.just(Rubric.standard()),
        Cohorts.rubrics()));
  }

  @Property(tries = 500)
  void kernelEqualsTheReferenceOnCohorts(@ForAll("cohorts") Dataset ds,
      @ForAll("rubrics") Rubric rubric) {
    compare(ds, TailoringScorer.of(rubric));
    Statistics.label("rubric").collect(rubric.equals(Rubric.standard()) ? "standard" : "generated");
    Statistics.label("mismatched item").coverage(c -> c.check(true).percentage(p -> p > 5));
    Statistics.label("plan lists drivers").coverage(c -> c.check(true).percentage(p -> p > 5));
    Statistics.label("driver-response assessed")
        .coverage(c -> c.check(true).percentage(p -> p > 5));
    Statistics.label("items").coverage(c -> c.check("5+").percentage(p -> p > 5));
    Statistics.label("action").coverage(c -> {
      c.check(Recommendation.ADD_INDUSTRY_CONTACT).count(n -> n > 0);
      c.check(Recommendation.DROP_MISMATCH).count(n -> n > 0);
      c.check(Recommendation.FUND_SUBSTITUTE).count(n -> n > 0);
      c.check(Recommendation.START_PLAN).count(n -> n > 0);
    });
  }

  /**
   * Cohorts whose catalogues hold contextualised twins of generic activities: every kind of
   * recommendation is compared with the reference's, recontextualisations too (the other
   * generators give a few in a thousand).
   */
  @Property(tries = 200)
  void kernelEqualsTheReferenceOnCohortsWithTwins(@ForAll("twinCohorts") Dataset ds,
      @ForAll("rubrics") Rubric rubric) {
    compare(ds, TailoringScorer.of(rubric));
    Statistics.label("action").coverage(c -> {
      for (String action : List.of(Recommendation.RECONTEXTUALISE, Recommendation.ALLOCATE_TIME,
          Recommendation.INVOLVE_LEADER, Recommendation.FUND_COSTS,
          Recommendation.FUND_SUBSTITUTE, Recommendation.ADD_INDUSTRY_CONTACT,
          Recommendation.DROP_MISMATCH, Recommendation.START_PLAN,
          Recommendation.CATALOGUE_GAP)) {
        c.check(action).count(n -> n > 0);
      }
    });
  }

  @Provide
  Arbitrary<Dataset> twinCohorts() {
    return RecommenderShortcutProperties.twinCohorts();
  }

  @Property(tries = 300)
  void kernelEqualsTheReferenceOnCoreDatasets(@ForAll("coreDatasets") Dataset ds,
      @ForAll("rubrics") Rubric rubric) {
    compare(ds, TailoringScorer.of(rubric));
  }

  /**
   * Plans are cut into chunks when there are enough of them: the parallel reports are the
   * sequential ones, in plan order.
   */
  @Property(tries = 10)
  void parallelChunksGiveTheSequentialReports(@ForAll("cohorts") Dataset generated) {
    List<CpdPlan> plans = new ArrayList<>();
    int n = 5 * TailoringScorer.MIN_CHUNK + 17;
    for (int i = 0; i < n; i++) {
      plans.add(generated.plans().get(i % generated.plans().size()).withId("q-" + i));
    }
    Dataset ds = Dataset.builder().from(generated).plans(plans).build();
    TailoringScorer scorer = TailoringScorer.standard();
    List<TailoringReport> sequential = scorer.scoreAll(ds);
    List<TailoringReport> parallel = scorer.scoreAllParallel(ds);
    assertThat(parallel).hasSize(n);
    for (int i = 0; i < n; i++) {
      assertThat(parallel.get(i).plan()).isEqualTo("q-" + i);
      assertThat(parallel.get(i).score()).isEqualTo(sequential.get(i).score());
    }
    assertThat(parallel).isEqualTo(sequential);
  }

  /**
   * A plan scored against a catalogue it is not part of ({@link TailoringScorer#score(Dataset,
   * CpdPlan)}, e.g. a streamed plan) has its references resolved once, by the kernel: it is
   * scored exactly when the catalogue's own check ({@link Dataset#problemsOf}) finds no problem,
   * and the same report as the reference scorer gives; otherwise the scorer throws that check's
   * problems, every one. Plans are edited to refer to an unknown teacher, activity or driver (or
   * to known drivers only), one edit or several.
   */
  @Property(tries = 300)
  void aPlanFromOutsideIsScoredExactlyWhenItsReferencesResolve(
      @ForAll("cohorts") Dataset ds, @ForAll("rubrics") Rubric rubric,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 1 << 20) int pick,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 15) int edits) {
    CpdPlan own = ds.plans().get(pick % ds.plans().size());
    CpdPlan.Builder b = CpdPlan.builder().from(own).id("outside-" + own.id());
    List<String> made = new ArrayList<>();
    if ((edits & 1) != 0) {
      b.teacher("no-such-teacher");
      made.add("teacher");
    }
    if ((edits & 2) != 0 && !own.items().isEmpty()) {
      List<org.vetcpd.core.PlanItem> items = new ArrayList<>(own.items());
      int i = pick % items.size();
      items.set(i, items.get(i).withActivity("no-such-activity"));
      b.items(items);
      made.add("activity");
    }
    if ((edits & 4) != 0) {
      List<String> drivers = new ArrayList<>(ds.driverIndex().keySet());
      drivers = drivers.subList(0, pick % (drivers.size() + 1));
      if ((edits & 8) != 0) {
        drivers = new ArrayList<>(drivers);
        drivers.add(Math.min(drivers.size(), pick % 3), "no-such-driver");
        made.add("driver");
      } else {
        made.add("known drivers");
      }
      b.drivers(com.google.common.collect.ImmutableSet.copyOf(drivers));
    }
    CpdPlan plan = b.build();
    TailoringScorer scorer = TailoringScorer.of(rubric);
    List<org.vetcpd.core.Problem> problems = ds.problemsOf(plan);
    Statistics.label("edits").collect(made.isEmpty() ? "none" : String.join("+", made));
    if (problems.isEmpty()) {
      TailoringReport actual = scorer.score(ds, plan);
      TailoringReport expected = ReferenceScorer.report(scorer, ds, plan);
      assertThat(actual.score()).isCloseTo(expected.score(), within(EPS));
      assertThat(actual.band()).isEqualTo(expected.band());
      assertThat(actual.recommendations()).extracting(Recommendation::description)
          .isEqualTo(expected.recommendations().stream().map(Recommendation::description)
              .collect(java.util.stream.Collectors.toList()));
    } else {
      org.vetcpd.core.ValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(
          org.vetcpd.core.ValidationException.class, () -> scorer.score(ds, plan));
      assertThat(e).as("no exception for a plan with problems %s", problems).isNotNull();
      assertThat(e.problems()).isEqualTo(problems);
    }
    Statistics.label("resolves").collect(problems.isEmpty());
    Statistics.label("resolves").coverage(c -> {
      c.check(true).percentage(x -> x > 20);
      c.check(false).percentage(x -> x > 20);
    });
  }

  private static void compare(Dataset ds, TailoringScorer scorer) {
    for (CpdPlan plan : ds.plans()) {
      TailoringReport actual = scorer.score(ds, plan.id());
      TailoringReport expected = ReferenceScorer.report(scorer, ds, plan);
      assertThat(actual.plan()).isEqualTo(expected.plan());
      assertThat(actual.teacher()).isEqualTo(expected.teacher());
      assertThat(actual.score()).as(plan.id()).isCloseTo(expected.score(), within(EPS));
      // Same operations in the same order: the scores agree to the bit (shown, not required).
      Statistics.label("score bit-identical")
          .collect(Double.compare(actual.score(), expected.score()) == 0);
      assertThat(actual.band()).as(plan.id()).isEqualTo(expected.band());
      expected.target().forEach((a, v) ->
          assertThat(actual.target().get(a)).as("target " + a).isCloseTo(v, within(EPS)));
      expected.emphasis().forEach((a, v) ->
          assertThat(actual.emphasis().get(a)).as("emphasis " + a).isCloseTo(v, within(EPS)));
      for (int k = 0; k < Rubric.CRITERIA.size(); k++) {
        CriterionResult x = actual.criteria().get(k);
        CriterionResult y = expected.criteria().get(k);
        String id = Rubric.CRITERIA.get(k);
        assertThat(x.id()).isEqualTo(id);
        assertThat(x.assessed()).as(id).isEqualTo(y.assessed());
        assertThat(actual.value(id).isPresent()).as(id).isEqualTo(y.assessed());
        if (y.assessed()) {
          double v = y.value().getAsDouble();
          assertThat(x.value().getAsDouble()).as(id).isCloseTo(v, within(EPS));
          assertThat(actual.value(id).getAsDouble()).as(id).isCloseTo(v, within(EPS));
        }
        assertThat(x.contribution()).as(id).isCloseTo(y.contribution(), within(EPS));
        assertThat(x.weight()).as(id).isEqualTo(y.weight());
        assertThat(x.evidence()).as(id).isEqualTo(y.evidence());
        assertThat(x.finding()).as(id).isEqualTo(y.finding());
        assertThat(x.notAssessedReason()).as(id).isEqualTo(y.notAssessedReason());
      }
      compareRecommendations(ds, scorer, plan, actual);
      collectReach(ds, plan, actual);
    }
  }

  private static void compareRecommendations(Dataset ds, TailoringScorer scorer, CpdPlan plan,
      TailoringReport actual) {
    List<ReferenceRecommender.Edit> expected = ReferenceScorer.edits(scorer, ds, plan);
    Teacher teacher = ds.teacherIndex().get(plan.teacher());
    List<Recommender.Edit> edits = new Recommender(scorer,
        new PlanContext(scorer.rubric(), ds, teacher, plan), actual.score()).edits();
    List<Recommendation> recommendations = actual.recommendations();
    assertThat(recommendations).hasSameSizeAs(expected);
    assertThat(edits).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      Recommendation y = expected.get(i).recommendation();
      for (Recommendation x : List.of(recommendations.get(i), edits.get(i).recommendation())) {
        assertThat(x.action()).isEqualTo(y.action());
        assertThat(x.description()).isEqualTo(y.description());
        assertThat(x.score()).as(y.action()).isCloseTo(y.score(), within(EPS));
        assertThat(x.score() - actual.score()).as("delta of " + y.action())
            .isCloseTo(y.score() - actual.score(), within(EPS));
      }
      assertThat(edits.get(i).plan()).as(y.action()).isEqualTo(expected.get(i).plan());
      Statistics.label("action").collect(y.action());
    }
  }

  private static void collectReach(Dataset ds, CpdPlan plan, TailoringReport r) {
    Teacher t = ds.teacherIndex().get(plan.teacher());
    boolean mismatch = plan.items().stream()
        .anyMatch(i -> !ds.activityIndex().get(i.activity()).fits(t.programme()));
    int n = plan.items().size();
    Statistics.label("items").collect(n == 0 ? "0" : n <= 2 ? "1-2" : n <= 4 ? "3-4" : "5+");
    Statistics.label("mismatched item").collect(mismatch);
    Statistics.label("plan lists drivers").collect(plan.drivers().isPresent());
    Statistics.label("driver-response assessed").collect(r.value("driver-response").isPresent());
    Statistics.label("knowledge-integration assessed")
        .collect(r.value("knowledge-integration").isPresent());
    Statistics.label("band").collect(r.band());
    Statistics.label("recommendations").collect(r.recommendations().size());
  }
}
