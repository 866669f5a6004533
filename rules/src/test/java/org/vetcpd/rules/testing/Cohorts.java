package org.vetcpd.rules.testing;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.vetcpd.core.ActivityType;
import org.vetcpd.core.Barrier;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Driver;
import org.vetcpd.core.DriverKind;
import org.vetcpd.core.DriverScope;
import org.vetcpd.core.KnowledgeCategory;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.NeedLevel;
import org.vetcpd.core.PlanItem;
import org.vetcpd.core.Programme;
import org.vetcpd.core.Scope;
import org.vetcpd.core.Teacher;
import org.vetcpd.rules.Rubric;

/**
 * jqwik arbitraries for whole, valid data sets of a small cohort: two or three programmes, a few
 * teachers, activities (some designed for other programmes), drivers (some of strength 0, some for
 * other programmes) and plans (some empty, some listing no drivers) whose references all resolve.
 *
 * <p>Sizes are small so that collisions that matter (a plan holding mismatched items, an activity
 * used twice, a need at exactly the needed share) happen often.
 */
public final class Cohorts {
  /** The programme codes every generated data set declares. */
  public static final List<String> PROGRAMMES = List.of("RM", "TP", "HS");

  private Cohorts() {}

  /**
   * Returns data sets with at least one plan.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Dataset> datasets() {
    Arbitrary<List<CpdActivity>> activities = activity().list().ofMinSize(1).ofMaxSize(7)
        .map(list -> renumber(list, "a", (a, id) -> a.withId(id).withTitle("Activity " + id)));
    Arbitrary<List<Driver>> drivers = driver().list().ofMaxSize(4)
        .map(list -> renumber(list, "d", Driver::withId));
    Arbitrary<List<Teacher>> teachers = teacher().list().ofMinSize(1).ofMaxSize(3)
        .map(list -> renumber(list, "t", Teacher::withId));
    return Combinators.combine(activities, drivers, teachers).flatAs((as, ds, ts) ->
        plan(as.size(), ds.size(), ts.size()).list().ofMinSize(1).ofMaxSize(3)
            .map(plans -> Dataset.builder()
                .addAllProgrammes(programmes())
                .addAllActivities(as)
                .addAllDrivers(ds)
                .addAllTeachers(ts)
                .addAllPlans(renumber(plans, "p", CpdPlan::withId))
                .build()));
  }

  /**
   * Returns valid rubrics: weights drawn from 0 to 1 (some 0, never all), every constant in its
   * range, contextualisation and leader values non-decreasing.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Rubric> rubrics() {
    Arbitrary<double[]> weights = Arbitraries.doubles().between(0, 1).ofScale(3)
        .map(w -> w < 0.2 ? 0 : w).array(double[].class).ofSize(Rubric.CRITERIA.size())
        .filter(w -> sum(w) > 0);
    Arbitrary<Double> unit = Arbitraries.doubles().between(0, 1).ofScale(3);
    Arbitrary<Double> positiveUnit = Arbitraries.doubles().between(0.05, 1).ofScale(3);
    Arbitrary<double[]> constants = Combinators.combine(
        unit, positiveUnit, Arbitraries.doubles().between(1, 40).ofScale(1),
        Arbitraries.doubles().between(0, 10).ofScale(1),
        Arbitraries.doubles().between(0, 15).ofScale(1), positiveUnit, unit, unit)
        .as((a, b, c, d, e, f, g, h) -> new double[] {a, b, c, d, e, f, g, h});
    Arbitrary<double[]> more = Combinators.combine(
        unit, unit, Arbitraries.doubles().between(0.5, 4).ofScale(2),
        Arbitraries.integers().between(1, 8).map(i -> (double) i),
        unit.array(double[].class).ofSize(3), unit.array(double[].class).ofSize(3), unit,
        unit.array(double[].class).ofSize(2))
        .as((a, b, c, d, ctx, lead, th, bands) ->
            new double[] {a, b, c, d, ctx[0], ctx[1], ctx[2], lead[0], lead[1], lead[2], th,
              bands[0], bands[1]});
    return Combinators.combine(weights, constants, more).as(Cohorts::rubric);
  }

  private static Rubric rubric(double[] w, double[] c, double[] m) {
    ImmutableMap.Builder<String, Double> weights = ImmutableMap.builder();
    for (int k = 0; k < w.length; k++) {
      weights.put(Rubric.CRITERIA.get(k), w[k]);
    }
    double[] ctx = sorted(m[4], m[5], m[6]);
    double[] lead = sorted(m[7], m[8], m[9]);
    double[] bands = sorted(100 * m[11], 100 * m[12]);
    return Rubric.builder()
        .id("generated")
        .version("0")
        .weights(weights.buildOrThrow())
        .teacherVoice(c[0])
        .minVocationalShare(c[1])
        .industryHoursBase(c[2])
        .industryHoursPerYear(c[3])
        .industryYearCap(c[4])
        .unknownYears(c[4] / 2)
        .collaborationTarget(c[5])
        .genericCollaboration(c[6])
        .neededShare(c[7] / 2)
        .coveredFraction(m[0])
        .generalDriverFactor(m[1])
        .barrierWeight(m[2])
        .sustainedWeeks((int) m[3])
        .contextualisation(enumMap(Contextualisation.class, Contextualisation.values(), ctx))
        .leader(enumMap(LeaderInvolvement.class, LeaderInvolvement.values(), lead))
        .findingThreshold(m[10])
        .partlyTailoredLimit(bands[0])
        .tailoredLimit(bands[1])
        .build();
  }

  private static double[] sorted(double... v) {
    double[] s = v.clone();
    java.util.Arrays.sort(s);
    return s;
  }

  private static double sum(double[] w) {
    double s = 0;
    for (double x : w) {
      s += x;
    }
    return s;
  }

  private static <E extends Enum<E>> ImmutableMap<E, Double> enumMap(
      Class<E> type, E[] keys, double[] values) {
    Map<E, Double> m = new EnumMap<>(type);
    for (int i = 0; i < keys.length; i++) {
      m.put(keys[i], values[i]);
    }
    return ImmutableMap.copyOf(m);
  }

  static List<Programme> programmes() {
    List<Programme> out = new ArrayList<>();
    for (String code : PROGRAMMES) {
      out.add(Programme.of(code, "Programme " + code));
    }
    return out;
  }

  private static Arbitrary<ImmutableSet<String>> programmeSet() {
    // Empty (any programme) half of the time, so that most items fit and some do not.
    Arbitrary<ImmutableSet<String>> some = Arbitraries.of(PROGRAMMES).set().ofMinSize(1)
        .ofMaxSize(2).map(ImmutableSet::copyOf);
    return Arbitraries.of(true, false).flatMap(any -> any
        ? Arbitraries.just(ImmutableSet.<String>of()) : some);
  }

  private static Arbitrary<Optional<ImmutableMap<CompetenceArea, Double>>> areaWeights() {
    Arbitrary<ImmutableMap<CompetenceArea, Double>> weights =
        Arbitraries.of(0.0, 0.0, 0.5, 1.0, 2.0, 3.0).array(double[].class).ofSize(4)
            .filter(w -> sum(w) > 0)
            .map(w -> {
              Map<CompetenceArea, Double> m = new EnumMap<>(CompetenceArea.class);
              for (CompetenceArea a : CompetenceArea.values()) {
                if (w[a.ordinal()] > 0 || a.ordinal() % 2 == 0) {
                  m.put(a, w[a.ordinal()]);
                }
              }
              return ImmutableMap.copyOf(m);
            });
    return weights.optional(0.4);
  }

  private static Arbitrary<CpdActivity> activity() {
    Arbitrary<CpdActivity> base = Combinators.combine(
        Arbitraries.of(ActivityType.class),
        Arbitraries.of(Contextualisation.class),
        programmeSet(),
        Arbitraries.of(KnowledgeCategory.class).set().ofMaxSize(3),
        areaWeights(),
        Arbitraries.of(Scope.class).optional(0.3),
        Arbitraries.of(true, false).optional(0.3),
        Arbitraries.of(true, false).optional(0.3))
        .as((type, ctx, programmes, knowledge, areas, scope, industry, substitute) ->
            CpdActivity.builder()
                .id("x")
                .title("x")
                .type(type)
                .contextualisation(ctx)
                .programmes(programmes)
                .knowledge(knowledge)
                .areas(areas)
                .scope(scope)
                .industryContact(industry)
                .requiresSubstitute(substitute)
                .build());
    return Combinators.combine(base, Arbitraries.integers().between(1, 8),
        Arbitraries.of(0.0, 0.0, 25.0, 80.0))
        .as((a, span, cost) -> a.withSpanWeeks(span).withCostPerHour(cost));
  }

  private static Arbitrary<Driver> driver() {
    return Combinators.combine(
        Arbitraries.of(DriverKind.class),
        Arbitraries.of(DriverScope.class).optional(0.3),
        Arbitraries.of(0.0, 0.3, 0.5, 0.8, 1.0),
        areaWeights(),
        programmeSet())
        .as((kind, scope, strength, pulls, programmes) -> Driver.builder()
            .id("x")
            .kind(kind)
            .scope(scope)
            .strength(strength)
            .pulls(pulls)
            .programmes(programmes)
            .build());
  }

  private static Arbitrary<Teacher> teacher() {
    Arbitrary<Map<CompetenceArea, NeedLevel>> needs =
        Arbitraries.maps(Arbitraries.of(CompetenceArea.class), Arbitraries.of(NeedLevel.class))
            .ofMaxSize(4);
    return Combinators.combine(
        Arbitraries.of(PROGRAMMES),
        needs,
        Arbitraries.of(Barrier.class).set().ofMaxSize(3),
        Arbitraries.of(0.0, 1.0, 2.5, 6.0, 15.0).optional(0.7))
        .as((programme, n, barriers, years) -> {
          Teacher.Builder b = Teacher.builder().id("x").programme(programme).needs(n)
              .barriers(barriers);
          years.ifPresent(b::yearsSinceIndustryContact);
          return b.build();
        });
  }

  private static Arbitrary<CpdPlan> plan(int activities, int drivers, int teachers) {
    Arbitrary<PlanItem> item = Combinators.combine(
        Arbitraries.integers().between(0, activities - 1),
        Arbitraries.of(0.5, 1.0, 2.0, 3.5, 8.0, 10.0, 17.25, 40.0),
        Arbitraries.of(true, false),
        Arbitraries.of(true, false),
        Arbitraries.of(true, false))
        .as((a, hours, time, substitute, cost) -> PlanItem.builder()
            .activity("a" + a)
            .hours(hours)
            .timeAllocated(time)
            .substituteFunded(substitute)
            .costFunded(cost)
            .build());
    Arbitrary<Optional<ImmutableSet<String>>> listed = drivers == 0
        ? Arbitraries.of(Optional.<ImmutableSet<String>>empty(), Optional.of(ImmutableSet.of()))
        : Arbitraries.integers().between(0, drivers - 1).set().ofMaxSize(drivers)
            .map(ids -> {
              ImmutableSet.Builder<String> b = ImmutableSet.builder();
              ids.forEach(i -> b.add("d" + i));
              return b.build();
            })
            .optional(0.5);
    return Combinators.combine(
        Arbitraries.integers().between(0, teachers - 1),
        item.list().ofMaxSize(6),
        listed,
        Arbitraries.of(LeaderInvolvement.class))
        .as((t, items, ds, leader) -> CpdPlan.builder()
            .id("x")
            .teacher("t" + t)
            .items(items)
            .drivers(ds)
            .leaderInvolvement(leader)
            .build());
  }

  private interface Renamer<T> {
    T rename(T value, String id);
  }

  private static <T> List<T> renumber(List<T> values, String prefix, Renamer<T> renamer) {
    List<T> out = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      out.add(renamer.rename(values.get(i), prefix + i));
    }
    return out;
  }
}
