package org.vetcpd.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.Lists;
import com.google.common.testing.NullPointerTester;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.PlanItem;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.TailoringScorer;

/** The planner on the bundled sample data set, and its parts on hand-worked cases. */
class PlannerExamplesTest {
  private static final Dataset SAMPLE =
      VetcpdJson.readDataset(Path.of("../examples/data/sample.json"));
  private static final PlanOptimizer PLANNER = PlanOptimizer.standard();

  @Test
  void fortyHoursAndTwoThousandForKari() {
    PlanResult r = PLANNER.optimize(SAMPLE, "t-rm-01",
        PlanConstraints.builder().hours(40).budget(2000).build());
    assertThat(r.optimal()).isTrue();
    assertThat(r.gap()).isZero();
    assertThat(r.plan().items().stream().map(i -> i.activity() + " " + i.hours())
        .collect(Collectors.toList())).containsExactly("a-placement-follow-up 20.0",
            "a-rm-department-meetings 15.0", "a-supplier-training 5.0");
    assertThat(r.report().score())
        .isEqualTo(TailoringScorer.standard().score(SAMPLE, r.plan()).score());
    assertThat(r.binding()).containsExactly("hours");
    assertThat(r.cost()).isEqualTo(750);
    // the plan takes the teacher's existing plan's leader involvement and facilitator
    CpdPlan existing = SAMPLE.plan("p-s1-template-t-rm-01").get();
    assertThat(r.plan().leaderInvolvement()).isEqualTo(existing.leaderInvolvement());
    assertThat(r.plan().facilitator()).isEqualTo(existing.facilitator());
    assertThat(r.marginal().money()).isPresent();
    assertThat(r.marginal().money().get().unit()).isEqualTo(500); // 5 h of job shadowing at 100
    assertThat(r.toText()).contains("proven optimal", "binding: hours");
  }

  @Test
  void theJsonIsPlanReportOptimalGapBindingMarginalWithThePlanAsInTheDataFormat()
      throws Exception {
    PlanResult r = PLANNER.optimize(SAMPLE, "t-rm-02",
        PlanConstraints.builder().hours(30).budget(1000).substituteRate(300).build());
    JsonNode json = new ObjectMapper().readTree(VetcpdJson.write(r));
    assertThat(Lists.newArrayList(json.fieldNames()))
        .containsExactly("plan", "report", "optimal", "gap", "binding", "marginal");
    assertThat(json.get("plan").toString()).isEqualTo(VetcpdJson.writeCompact(r.plan()));
    assertThat(Lists.newArrayList(json.get("marginal").fieldNames()))
        .containsExactly("hours", "money", "items");
  }

  @Test
  void keepingAnActivityKeepsItAndCanBind() {
    PlanResult r = PLANNER.optimize(SAMPLE, "t-rm-01",
        PlanConstraints.builder().hours(40).keep("a-afl", 10).build());
    double afl = r.plan().items().stream().filter(i -> i.activity().equals("a-afl"))
        .mapToDouble(PlanItem::hours).sum();
    assertThat(afl).isGreaterThanOrEqualTo(10);
    assertThat(r.binding()).contains("keep:a-afl");
    PlanResult free = PLANNER.optimize(SAMPLE, "t-rm-01",
        PlanConstraints.builder().hours(40).build());
    assertThat(free.report().score()).isGreaterThan(r.report().score());
  }

  @Test
  void unknownTeachersAndImpossibleConstraintsAreNamed() {
    PlanConstraints c = PlanConstraints.builder().hours(40).build();
    assertThatThrownBy(() -> PLANNER.optimize(SAMPLE, "t-99", c))
        .hasMessage("unknown teacher \"t-99\"");
    assertThatThrownBy(() -> PLANNER.optimize(SAMPLE, "t-rm-01",
        PlanConstraints.builder().hours(10).keep("a-afl", 10).keep("a-pw", 5).build()))
        .hasMessageContaining("no plan satisfies the constraints")
        .hasMessageContaining("15 h, more than the 10 h available");
    assertThatThrownBy(() -> PLANNER.optimize(SAMPLE, "t-rm-01",
        PlanConstraints.builder().hours(40).budget(100).keep("a-teacher-placement").build()))
        .hasMessageContaining("more than the budget of 100");
    assertThatThrownBy(() -> PLANNER.optimize(SAMPLE, "t-rm-01",
        PlanConstraints.builder().hours(40).keep("a-nothing").build()))
        .hasMessageContaining("a-nothing");
    assertThatThrownBy(() -> PlanConstraints.builder().hours(-1))
        .hasMessage("hours must be in [0, 8760.0], was -1.0");
  }

  @Test
  void improveFindsTheFewestEditsOrNamesWhatStopsIt() {
    CpdPlan template = SAMPLE.plan("p-s1-template-t-rm-01").get();
    Improvement r = PLANNER.improve(SAMPLE, template,
        PlanConstraints.builder().hours(50).budget(1000).build(), Band.PARTLY_TAILORED);
    assertThat(r.reached()).isTrue();
    assertThat(r.edits()).hasSize(2);
    assertThat(r.report().band()).isEqualTo(Band.PARTLY_TAILORED);
    assertThat(r.edits()).allMatch(e -> e.hours() == 0);
    Improvement no = PLANNER.improve(SAMPLE, template,
        PlanConstraints.builder().hours(44).build(), Band.TAILORED);
    assertThat(no.reached()).isFalse();
    assertThat(no.stoppedBy()).contains("hours");
    assertThat(no.statement()).contains("cannot reach TAILORED");
    Improvement there = PLANNER.improve(SAMPLE, SAMPLE.plan("p-s1-tailored-t-rm-02").get(),
        PlanConstraints.builder().hours(100).build(), Band.PARTLY_TAILORED);
    assertThat(there.reached()).isTrue();
    assertThat(there.edits()).isEmpty();
  }

  @Test
  void improveNeverBuildsAPlanOfMoreThanAYear() {
    // 53 h, of which 21 h of a mismatched activity: the hours left count the 21 h a drop frees,
    // so one addition alone would pass CpdPlan.MAX_TOTAL_HOURS (8781 h with a step of 8728 h)
    CpdPlan mismatch = SAMPLE.plan("p-s1-cnc-mismatch-t-rm-03").get();
    for (double step : new double[] {8728, 8720, 8710}) {
      PlanConstraints c = PlanConstraints.builder().hours(PlanItem.MAX_HOURS).step(step).build();
      Improvement r = PLANNER.improve(SAMPLE, mismatch, c, Band.TAILORED);
      assertThat(r.plan().totalHours()).isLessThanOrEqualTo(CpdPlan.MAX_TOTAL_HOURS);
      assertThat(r.reached() || r.stoppedBy().isPresent()).as(r.statement()).isTrue();
      Improver improver = new Improver(TailoringScorer.standard(), SAMPLE, mismatch, c,
          Band.TAILORED);
      assertThat(improver.candidates()).allMatch(e -> Double.isFinite(e.hours())
          && e.hours() <= CpdPlan.MAX_TOTAL_HOURS);
    }
  }

  @Test
  void improveNamesWhatStopsItWhateverTheStepUnderTheCallersHours() {
    // 80 h in steps of 0.5 h is 160 steps; the search without an hour limit that names what
    // stops the plan (8760 h) would be 17 520 steps, more than MAX_STEPS: it must not fail
    CpdPlan template = SAMPLE.plan("p-s1-template-t-rm-01").get();
    for (double[] hs : new double[][] {{80, 0.5}, {10, 0.1}, {44, 0.005}}) {
      PlanConstraints c = PlanConstraints.builder().hours(hs[0]).step(hs[1]).build();
      Improvement r = PLANNER.improve(SAMPLE, template, c, Band.TAILORED);
      assertThat(r.reached() || r.stoppedBy().isPresent()).as(r.statement()).isTrue();
    }
    // the plan's 44 h are more than 20: the relaxation without an hour limit names the hours
    Improvement r = PLANNER.improve(SAMPLE, template,
        PlanConstraints.builder().hours(20).step(0.5).build(), Band.PARTLY_TAILORED);
    assertThat(r.reached()).isFalse();
    assertThat(r.stoppedBy()).contains("hours");
  }

  @Test
  void theLeastStepIsAShortDecimalThatPassesTheCap() {
    assertThat(PlanConstraints.leastStep(40)).isEqualTo(0.004);
    assertThat(PlanConstraints.leastStep(40.004)).isEqualTo(0.00401);
    assertThat(PlanConstraints.leastStep(8760)).isEqualTo(0.876);
    assertThat(PlanConstraints.leastStep(5)).isEqualTo(PlanItem.MIN_HOURS);
    for (int i = 0; i <= 20_000; i++) {
      double h = i == 0 ? 0 : 10 + (PlanItem.MAX_HOURS - 10) * Math.pow(i / 20_000.0, 3);
      double s = PlanConstraints.leastStep(h);
      assertThat(java.math.BigDecimal.valueOf(s).stripTrailingZeros().precision())
          .as("%s h", h).isLessThanOrEqualTo(3);
      assertThat(s).as("%s h", h).isGreaterThanOrEqualTo(h / PlanConstraints.MAX_STEPS);
      // the suggestion passes the very check the builder makes
      PlanConstraints.builder().hours(h).step(s).build();
    }
    assertThatThrownBy(() -> PlanConstraints.builder().hours(40.004).step(0.004).build())
        .hasMessage("hours / step must be at most 10000, was 40.004 / 0.004: take a step of at"
            + " least 0.00401");
  }

  @Test
  void theSubstituteRateIsAtMostWhatAnActivityMayCost() {
    assertThatThrownBy(() -> PlanConstraints.builder().hours(40).substituteRate(1e308))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("substitute rate must be in [0, 1000000.0], was 1.0E308");
    // at the largest rate and budget, costs and the marginal of money stay finite
    PlanResult r = PLANNER.optimize(SAMPLE, "t-rm-01", PlanConstraints.builder().hours(40)
        .budget(Double.MAX_VALUE).substituteRate(PlanConstraints.MAX_SUBSTITUTE_RATE).build());
    assertThat(r.cost()).isFinite();
    assertThat(r.marginal().money().get().unit()).isFinite();
    assertThat(r.marginal().items()).allMatch(i -> Double.isFinite(i.cost()));
  }

  @Test
  void numbersInTextNeverEndInAPoint() {
    assertThat(PlanResult.num(40)).isEqualTo("40");
    assertThat(PlanResult.num(2.5)).isEqualTo("2.5");
    assertThat(PlanResult.num(0.25)).isEqualTo("0.25");
    assertThat(PlanResult.num(713.38)).isEqualTo("713.38");
    assertThat(PlanResult.num(-6300)).isEqualTo("-6300");
    assertThat(PlanResult.num(7.0001)).isEqualTo("7");
    assertThat(PlanResult.num(39.9999)).isEqualTo("40");
    assertThat(PlanResult.num(0.0001)).isEqualTo("0");
    assertThat(PlanResult.num(1e-300)).isEqualTo("0");
    assertThat(PlanResult.num(-0.0001)).isEqualTo("0");
    assertThat(PlanResult.num(-2.004)).isEqualTo("-2");
    assertThat(PlanResult.num(1e15)).isEqualTo("1000000000000000");
    assertThat(PlanResult.num(1e15 + 0.5)).isEqualTo("1000000000000000.5");
  }

  @Test
  void theCountOfStepVectorsIsTheOneByOneSaturatedSum() {
    // Exhaustive.count sums by prefix sums; held equal to the plain saturated sum it replaced
    for (String t : new String[] {"t-rm-01", "t-rm-03", "t-rm-05"}) {
      for (double[] hs : new double[][] {{40, 5}, {40, 2.5}, {8, 1}, {100, 0.5}, {0, 5}}) {
        for (String keep : new String[] {null, "a-afl"}) {
          PlanConstraints.Builder b = PlanConstraints.builder().hours(hs[0]).step(hs[1]);
          if (keep != null && hs[0] >= 10) {
            b.keep(keep, 10);
          }
          Model m = new Model(TailoringScorer.standard(), SAMPLE,
              PlanOptimizer.teacher(SAMPLE, t), b.build());
          for (long limit : new long[] {0, 1, 7, 1000, Search.EXHAUSTIVE_LIMIT}) {
            assertThat(Exhaustive.count(m, limit)).as("%s %s %s %s", t, hs[0], hs[1], limit)
                .isEqualTo(plainCount(m, limit));
          }
        }
      }
    }
  }

  /** The count as it was: each way added to each total it reaches, one by one, saturating. */
  private static long plainCount(Model m, long limit) {
    int cap = m.maxTotal;
    long[] ways = new long[cap + 1];
    ways[0] = 1;
    for (int i = 0; i < m.size(); i++) {
      long[] next = new long[cap + 1];
      for (int t = 0; t <= cap; t++) {
        for (int k = m.minSteps[i]; k <= m.maxSteps[i] && t + k <= cap; k++) {
          next[t + k] = Math.min(limit + 1, next[t + k] + ways[t]);
        }
      }
      ways = next;
    }
    long total = 0;
    for (long w : ways) {
      total = Math.min(limit + 1, total + w);
    }
    return total;
  }

  @Test
  void aDepartmentSharesTheMoneyAndRaisesItsLowestScore() {
    double budget = 3000;
    PlanConstraints c = PlanConstraints.builder().hours(40).budget(budget).substituteRate(300)
        .build();
    DepartmentResult d = PLANNER.department(SAMPLE, "s-2", "d-rm", c);
    assertThat(d.plans()).extracting(r -> r.plan().teacher())
        .containsExactly("t-rm-04", "t-rm-05", "t-rm-06", "t-rm-07");
    assertThat(d.after().cost()).isLessThanOrEqualTo(budget + 1e-6);
    assertThat(d.plans()).allMatch(r -> r.plan().totalHours() <= 40);
    assertThat(d.after().min()).isGreaterThan(d.before().min());
    // never worse by leximin than an equal split of the money
    double equalMin = d.plans().stream().map(r -> r.plan().teacher())
        .mapToDouble(t -> PLANNER.optimize(SAMPLE, t,
            c.withBudget(java.util.OptionalDouble.of(budget / 4))).report().score())
        .min().getAsDouble();
    assertThat(d.after().min()).isGreaterThanOrEqualTo(equalMin - 1e-9);
    assertThat(d.after().bands().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(4);
    assertThatThrownBy(() -> PLANNER.department(SAMPLE, "d-rm", c))
        .hasMessageContaining("is in schools s-1, s-2");
    assertThat(d.toText()).contains("before:", "after:");
  }

  @Test
  void theSimplexSolvesABoundedProgramme() {
    // max 3x + 2y, x + y <= 4, x + 3y <= 6, 0 <= x <= 3, 0 <= y <= 10: x = 3, y = 1, 11
    Simplex s = new Simplex(new double[][] {{1, 1}, {1, 3}}, new double[] {4, 6},
        new double[] {3, 2}, new double[] {3, 10});
    assertThat(s.solve(100)).isCloseTo(11, Offset.offset(1e-9));
    assertThat(s.x[0]).isCloseTo(3, Offset.offset(1e-9));
    assertThat(s.x[1]).isCloseTo(1, Offset.offset(1e-9));
    // unbounded without the rows' limits on y: the bound says so
    Simplex open = new Simplex(new double[][] {{1, -1}}, new double[] {1}, new double[] {1, 1},
        new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY});
    assertThat(open.solve(100)).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void thePublicApiRejectsNull() {
    NullPointerTester t = new NullPointerTester()
        .setDefault(Dataset.class, SAMPLE)
        .setDefault(CpdPlan.class, SAMPLE.plans().get(0))
        .setDefault(Band.class, Band.TAILORED)
        .setDefault(TailoringScorer.class, TailoringScorer.standard())
        .setDefault(PlanConstraints.class, PlanConstraints.builder().hours(10).build());
    t.testAllPublicStaticMethods(PlanOptimizer.class);
    t.testAllPublicInstanceMethods(PLANNER);
    t.testAllPublicInstanceMethods(PlanConstraints.builder());
    t.testAllPublicInstanceMethods(PlanConstraints.builder().hours(5).build());
  }
}
