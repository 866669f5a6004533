package org.vetcpd.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.assertj.core.data.Offset;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.PlanItem;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.TailoringReport;
import org.vetcpd.rules.TailoringScorer;

/**
 * {@code improve} reaches the band whenever a brute-force search over every set of the candidate
 * edits (one per slot, up to {@link Improver#MAX_EDITS}) says it can, with as few edits, as few
 * added hours and as little added money.
 */
class ImproveProperties {
  private static final TailoringScorer SCORER = TailoringScorer.standard();

  record Ask(Cases.Case c, CpdPlan plan, Band band) {}

  @Provide
  Arbitrary<Ask> asks() {
    return Combinators.combine(Cases.cases(), Arbitraries.of(Band.TAILORED,
        Band.PARTLY_TAILORED, Band.PARTLY_TAILORED), Arbitraries.integers().between(0, 3))
        .as((c, band, extraSteps) -> {
          CpdPlan plan = c.ds().plans().get(0);
          PlanConstraints k = c.constraints().withHours(Math.min(PlanItem.MAX_HOURS,
              plan.totalHours() + extraSteps * c.constraints().step()));
          return new Ask(new Cases.Case(c.ds(), c.teacher(), k), plan, band);
        });
  }

  private static final Pattern UP_TO = Pattern.compile("with up to (\\d+) edit");

  @Property(tries = 200)
  void improveReachesTheBandWheneverBruteForceDoes(@ForAll("asks") Ask ask) {
    check(ask);
  }

  /**
   * The seed of a CI run whose 30th try found a plan whose search stopped at 3 edits (4 were too
   * many sets) and that 4 edits within the budget lift, while {@code improve} named the budget as
   * what stops it: now {@code search limit}, the budget named for the sets of up to 3 edits. (The
   * same tries as the property above: jqwik sizes what it generates by them.)
   */
  @Property(tries = 200, seed = "-3021771805413945843")
  void aSearchCutShortSaysSoWhateverStopsTheSmallerSets(@ForAll("asks") Ask ask) {
    check(ask);
  }

  private static void check(Ask ask) {
    PlanConstraints k = ask.c().constraints();
    Improver improver = new Improver(SCORER, ask.c().ds(), ask.plan(), k, ask.band());
    List<Edit> edits = improver.candidates();
    List<String> slots = improver.slotNames();
    TailoringReport base = SCORER.score(ask.c().ds(), ask.plan());
    Improvement r = PlanOptimizer.of(SCORER).improve(ask.c().ds(), ask.plan(), k, ask.band());
    if (base.band().ordinal() <= ask.band().ordinal()) {
      Statistics.label("outcome").collect("already there");
      assertThat(r.reached()).isTrue();
      assertThat(r.edits()).isEmpty();
      return;
    }
    // When the sets of the next size are more than Improver.MAX_SETS, the search stops at the last
    // size it searched whole and says so ("search limit", "with up to N edits"): then no set of
    // up to N edits may reach the band, which brute force checks at those sizes only (CI's seed
    // -8824717446629439500 found a plan that 4 edits lift, past the limit). "search limit" with
    // N = MAX_EDITS is a search complete to MAX_EDITS whose cause could not be named.
    int searched = Improver.MAX_EDITS;
    if (r.stoppedBy().equals(Optional.of("search limit"))) {
      Matcher m = UP_TO.matcher(r.statement());
      assertThat(m.find()).as(r.statement()).isTrue();
      searched = Integer.parseInt(m.group(1)); // MAX_EDITS when only naming the cause stopped
    }
    double[] best = null; // {size, hours, cost}
    for (int size = 1; size <= searched && best == null; size++) {
      best = brute(improver, edits.size(), slots, size, new int[size], 0, 0, k, ask, null);
    }
    if (best == null && searched < Improver.MAX_EDITS) {
      Statistics.label("outcome").collect("search limit");
      assertThat(r.reached()).isFalse();
      return;
    }
    if (best == null) {
      Statistics.label("outcome").collect("cannot");
      assertThat(r.reached()).isFalse();
      assertThat(r.stoppedBy()).isPresent();
      assertThat(r.statement()).contains("cannot reach " + ask.band());
      return;
    }
    Statistics.label("outcome").collect("reached");
    Statistics.label("edits").collect((int) best[0]);
    assertThat(r.reached()).as(r.statement()).isTrue();
    assertThat(r.edits()).hasSize((int) best[0]);
    assertThat(r.report().band().ordinal()).isLessThanOrEqualTo(ask.band().ordinal());
    assertThat(r.plan().totalHours() - ask.plan().totalHours())
        .isCloseTo(best[1], Offset.offset(1e-9));
    assertThat(money(ask, r.plan()) - money(ask, ask.plan()))
        .isCloseTo(best[2], Offset.offset(1e-6));
    // each outcome must occur; the generator reaches the band in about 8 % of the tries (5 of
    // 60 in one run), so at 60 tries a bound of 2 % failed with probability 0.04; at 200 tries
    // the chance that no try reaches the band is 0.92^200 = 6e-8
    Statistics.label("outcome").coverage(c -> c.check("reached").count(n -> n > 0));
    Statistics.label("outcome").coverage(c -> c.check("cannot").count(n -> n > 0));
  }

  /** The best {size, hours, cost} over every set of {@code size} edits from distinct slots. */
  private static double[] brute(Improver improver, int n, List<String> slots, int size, int[] set,
      int at, int from, PlanConstraints k, Ask ask, double[] best) {
    if (at == size) {
      CpdPlan p = improver.applied(set);
      if (p == null) {
        return best; // more hours than a plan may hold: beyond any hours available
      }
      double hours = p.totalHours();
      double money = money(ask, p);
      double m = k.budget().orElse(Double.POSITIVE_INFINITY);
      if (hours > k.hours() + 1e-9 || money > m + 1e-9 * Math.max(1, m)) {
        return best;
      }
      for (Map.Entry<String, Double> e : k.keep().entrySet()) {
        double h = p.items().stream().filter(i -> i.activity().equals(e.getKey()))
            .mapToDouble(PlanItem::hours).sum();
        if (h < e.getValue() - 1e-9) {
          return best;
        }
      }
      TailoringReport r = SCORER.score(ask.c().ds(), p);
      if (r.band().ordinal() > ask.band().ordinal()) {
        return best;
      }
      double[] here = {size, hours - ask.plan().totalHours(),
          money - money(ask, ask.plan())};
      if (best == null || here[1] < best[1] - 1e-9
          || (Math.abs(here[1] - best[1]) <= 1e-9 && here[2] < best[2] - 1e-9)) {
        return here;
      }
      return best;
    }
    for (int e = from; e < n; e++) {
      boolean clash = false;
      for (int i = 0; i < at; i++) {
        clash |= slots.get(set[i]).equals(slots.get(e));
      }
      if (clash) {
        continue; // one edit per slot
      }
      set[at] = e;
      best = brute(improver, n, slots, size, set, at + 1, e + 1, k, ask, best);
    }
    return best;
  }

  private static double money(Ask ask, CpdPlan p) {
    double sum = 0;
    for (PlanItem i : p.items()) {
      CpdActivity a = ask.c().ds().activityIndex().get(i.activity());
      sum += i.hours() * ((i.costFunded() && a.costPerHour() > 0 ? a.costPerHour() : 0)
          + (i.substituteFunded() && a.needsSubstituteCover()
              ? ask.c().constraints().substituteRate() : 0));
    }
    return sum;
  }
}
