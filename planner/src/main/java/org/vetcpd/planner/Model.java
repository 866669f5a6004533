package org.vetcpd.planner;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Driver;
import org.vetcpd.core.DriverScope;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.LeaderRole;
import org.vetcpd.core.PlanItem;
import org.vetcpd.core.Scope;
import org.vetcpd.core.Teacher;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.TailoringReport;
import org.vetcpd.rules.TailoringScorer;

/**
 * The planning model for one teacher under one set of constraints (docs/planner.md): the candidate
 * activities after pre-filtering, each as the per-hour numerators it adds to the criteria, and a
 * score of a vector of steps computed from those sums alone.
 *
 * <p>A planned item always has time allocated, its substitute and cost funded, so facilitation is a
 * constant of the teacher and leader involvement; and it lists no drivers, so whether {@code
 * driver-response} is assessed is a constant too. Both constants, and the target {@code t}, are
 * read from the rules' own report of a probe plan, so the model never re-derives them. The other
 * criteria are sums over items; {@link #score(double[])} evaluates DESIGN.md's formulas on those
 * sums. {@code PlannerModelTest} holds it equal to {@link TailoringScorer} on random plans.
 *
 * <p>Immutable after construction.
 */
final class Model {
  static final int AREAS = CompetenceArea.values().length;
  static final int VOC = CompetenceArea.VOCATIONAL.ordinal();
  static final int IND = CompetenceArea.INDUSTRY_COOPERATION.ordinal();
  /** Sum slots: 0..3 area hours, then the named numerators, then the count of knowledge items. */
  static final int CTX = AREAS;
  static final int INDUSTRY = AREAS + 1;
  static final int COLLAB = AREAS + 2;
  static final int INTEGRATES = AREAS + 3;
  static final int SUSTAINED = AREAS + 4;
  static final int NAMED = AREAS + 5;
  static final int TOTAL = AREAS + 6;
  static final int COST = AREAS + 7;
  static final int SLOTS = AREAS + 8;

  static final double EPS = 1e-9;

  final TailoringScorer scorer;
  final Rubric rubric;
  final Dataset catalogue;
  final Teacher teacher;
  final PlanConstraints constraints;
  final Optional<CpdPlan> existing;
  final LeaderInvolvement leader;
  final Optional<LeaderRole> facilitator;
  final double step;
  /** The most steps in a plan: {@code floor(H / S)}. */
  final int maxTotal;
  /** The candidates, sorted by id. */
  final CpdActivity[] acts;
  final boolean[] fits;
  /**
   * Candidates that can only be planned alone, one step: activities that do not fit the teacher's
   * programme. A mismatched hour adds to no numerator but facilitation's, which is constant, so
   * beside a fitting item it only dilutes (seed 000, "a long way from Béarnaise sauce to the CNC
   * machine"); but a plan of one mismatched step is not empty, and can score above the empty plan
   * or, through the assessed criteria, above a fitting plan. Their {@link #maxSteps} is 0.
   */
  final boolean[] alone;
  final int[] minSteps;
  final int[] maxSteps;
  final double[] price;
  /** Per candidate, the sums one hour adds (slots as above; TOTAL 1, COST the price). */
  final double[][] perHour;
  /** Activities the pre-filter removed, with why (docs: dominated, not fitting, unaffordable). */
  final ImmutableList<String> filtered;

  final double[] target;
  final double[][] pulls;
  final double[] pullWeights;
  final double pullWeightSum;
  final boolean driversAssessed;
  final double facilitation;
  final double required;
  final double askedVocational;
  final boolean[] needed;
  final int neededCount;
  final double[] weights = new double[10];

  /**
   * Builds the model.
   *
   * @throws IllegalArgumentException if a kept activity is unknown or cannot be kept
   */
  Model(TailoringScorer scorer, Dataset catalogue, Teacher teacher, PlanConstraints c) {
    this(scorer, catalogue, teacher, c, !exhaustiveWithoutPruning(scorer, catalogue, teacher, c));
  }

  /**
   * Whether the catalogue is small enough to enumerate with every activity kept. Then dominated
   * activities are not removed: moving a dominated activity's hours to the activity that dominates
   * it never lowers the score, but it can lose the tie rule's last step (two items of equal
   * activities, {@code (a0, 1 h), (a1, 1 h)}, come before {@code (a0, 2 h)}), and exhaustive
   * search promises the tie rule exactly.
   */
  private static boolean exhaustiveWithoutPruning(TailoringScorer scorer, Dataset catalogue,
      Teacher teacher, PlanConstraints c) {
    Model all = new Model(scorer, catalogue, teacher, c, false);
    return Exhaustive.count(all, Search.EXHAUSTIVE_LIMIT) <= Search.EXHAUSTIVE_LIMIT;
  }

  private Model(TailoringScorer scorer, Dataset catalogue, Teacher teacher, PlanConstraints c,
      boolean prune) {
    this.scorer = scorer;
    this.rubric = scorer.rubric();
    this.catalogue = catalogue;
    this.teacher = teacher;
    this.constraints = c;
    this.step = c.step();
    this.existing = catalogue.plans().stream().filter(p -> p.teacher().equals(teacher.id()))
        .findFirst();
    this.leader = c.leaderInvolvement().orElse(
        existing.map(CpdPlan::leaderInvolvement).orElse(LeaderInvolvement.ACTIVE));
    this.facilitator = c.facilitator().isPresent() ? c.facilitator()
        : existing.flatMap(CpdPlan::facilitator);
    this.maxTotal = (int) Math.floor(c.hours() / step + EPS);
    String programme = teacher.programme();
    for (String id : c.keep().keySet()) {
      if (catalogue.activity(id).isEmpty()) {
        throw new IllegalArgumentException("kept activity \"" + id + "\" is not in the data set");
      }
    }

    List<CpdActivity> all = new ArrayList<>(catalogue.activities());
    all.sort(Comparator.comparing(CpdActivity::id));
    List<String> why = new ArrayList<>();
    List<CpdActivity> kept = new ArrayList<>();
    double budget = c.budget().orElse(Double.POSITIVE_INFINITY);
    for (CpdActivity a : all) {
      boolean keep = c.keep().containsKey(a.id());
      double p = c.pricePerHour(a.costPerHour(), a.needsSubstituteCover());
      if (keep) {
        kept.add(a);
      } else if (!a.fits(programme) && (p * step > budget * (1 + EPS) + EPS
          || maxStepsOf(a, c) == 0)) {
        why.add(a.id() + ": designed for other programmes than " + programme);
      } else if (p * step > budget * (1 + EPS) + EPS) {
        why.add(a.id() + ": one step costs more than the budget");
      } else if (maxStepsOf(a, c) == 0) {
        why.add(a.id() + ": its maximum hours are less than one step");
      } else {
        kept.add(a);
      }
    }
    // Dominance: b goes when a has the same area profile and knowledge flag, is at least as good
    // in every other numerator, costs no more per hour, has no maximum below H and a smaller id.
    // Moving b's hours to a then never lowers the score (docs/planner.md). Only when the catalogue
    // is too large to enumerate: it can lose the tie rule's list order (see the constructor).
    List<CpdActivity> cands = new ArrayList<>();
    for (CpdActivity b : kept) {
      CpdActivity by = null;
      if (prune && !c.keep().containsKey(b.id()) && b.fits(programme)) {
        for (CpdActivity a : kept) {
          if (a != b && a.fits(programme) && dominates(a, b, c)) {
            by = a;
            break;
          }
        }
      }
      if (by == null) {
        cands.add(b);
      } else {
        why.add(b.id() + ": dominated by " + by.id());
      }
    }
    this.filtered = ImmutableList.copyOf(why);
    int n = cands.size();
    acts = cands.toArray(new CpdActivity[0]);
    fits = new boolean[n];
    alone = new boolean[n];
    minSteps = new int[n];
    maxSteps = new int[n];
    price = new double[n];
    perHour = new double[n][];
    for (int i = 0; i < n; i++) {
      CpdActivity a = acts[i];
      fits[i] = a.fits(programme);
      Double k = c.keep().get(a.id());
      alone[i] = !fits[i] && k == null;
      maxSteps[i] = alone[i] ? 0 : maxStepsOf(a, c);
      minSteps[i] = k == null ? 0 : (int) Math.ceil(k / step - EPS);
      if (minSteps[i] > maxSteps[i]) {
        throw new IllegalArgumentException("no plan satisfies the constraints: kept activity \""
            + a.id() + "\" needs " + fmt(k)
            + " h but can have at most " + fmt(maxSteps[i] * step) + " h ("
            + (a.maxHours().isPresent() && a.maxHours().getAsDouble() < c.hours()
                ? "its maximum hours" : "the hours available") + ")");
      }
      price[i] = c.pricePerHour(a.costPerHour(), a.needsSubstituteCover());
      perHour[i] = sums(a, fits[i], price[i]);
    }

    // Constants of the rubric and of the teacher, from the rules' own report of a probe plan.
    for (int k = 0; k < 10; k++) {
      weights[k] = rubric.weight(Rubric.CRITERIA.get(k));
    }
    if (catalogue.activities().isEmpty()) {
      throw new IllegalArgumentException("the data set has no activities to plan");
    }
    CpdActivity probeActivity = catalogue.activities().get(0);
    TailoringReport probe = scorer.score(catalogue, plan("probe", List.of(PlanItem.builder()
        .activity(probeActivity.id()).hours(1).timeAllocated(true)
        .substituteFunded(probeActivity.needsSubstituteCover())
        .costFunded(probeActivity.costPerHour() > 0).build())));
    target = new double[AREAS];
    for (Map.Entry<CompetenceArea, Double> e : probe.target().entrySet()) {
      target[e.getKey().ordinal()] = e.getValue();
    }
    facilitation = probe.criterion("facilitation").value().orElse(0);
    driversAssessed = probe.criterion("driver-response").assessed();
    List<Driver> applicable = new ArrayList<>();
    for (Driver d : catalogue.drivers()) {
      if (d.concerns(programme)) {
        applicable.add(d);
      }
    }
    pulls = new double[applicable.size()][AREAS];
    pullWeights = new double[applicable.size()];
    double sum = 0;
    for (int j = 0; j < applicable.size(); j++) {
      Driver d = applicable.get(j);
      pullWeights[j] = d.strength() * (d.effectiveScope() == DriverScope.VOCATION_SPECIFIC
          ? 1 : rubric.generalDriverFactor());
      sum += pullWeights[j];
      for (CompetenceArea a : CompetenceArea.values()) {
        pulls[j][a.ordinal()] = d.pullProfile().get(a);
      }
    }
    pullWeightSum = sum;
    double years = teacher.yearsSinceIndustryContact().orElse(rubric.unknownYears());
    required = rubric.industryHoursBase()
        + rubric.industryHoursPerYear() * Math.min(years, rubric.industryYearCap());
    askedVocational = Math.max(target[VOC] + target[IND], rubric.minVocationalShare());
    needed = new boolean[AREAS];
    int count = 0;
    for (int k = 0; k < AREAS; k++) {
      needed[k] = target[k] >= rubric.neededShare() - EPS;
      count += needed[k] ? 1 : 0;
    }
    neededCount = count;
  }

  private static int maxStepsOf(CpdActivity a, PlanConstraints c) {
    double cap = Math.min(a.maxHours().orElse(c.hours()), c.hours());
    return (int) Math.floor(cap / c.step() + EPS);
  }

  private double[] sums(CpdActivity a, boolean fit, double p) {
    double[] s = new double[SLOTS];
    if (fit) {
      for (CompetenceArea area : CompetenceArea.values()) {
        s[area.ordinal()] = a.areaShare(area);
      }
      s[CTX] = rubric.contextualisation().get(a.contextualisation());
      s[INDUSTRY] = a.involvesIndustryContact() ? 1 : 0;
      if (a.effectiveScope() != Scope.INDIVIDUAL) {
        s[COLLAB] = a.contextualisation() != Contextualisation.GENERIC
            || a.involvesIndustryContact() ? 1 : rubric.genericCollaboration();
      }
      s[INTEGRATES] = a.knowledge().size() >= 2 ? 1 : 0;
      s[SUSTAINED] = a.spanWeeks() >= rubric.sustainedWeeks() ? 1 : 0;
    }
    s[NAMED] = a.knowledge().isEmpty() ? 0 : 1;
    s[TOTAL] = 1;
    s[COST] = p;
    return s;
  }

  private boolean dominates(CpdActivity a, CpdActivity b, PlanConstraints c) {
    if (a.id().compareTo(b.id()) > 0 || !a.areaProfile().equals(b.areaProfile())
        || a.knowledge().isEmpty() != b.knowledge().isEmpty()
        || a.maxHours().orElse(c.hours()) < c.hours()) {
      return false;
    }
    double pa = c.pricePerHour(a.costPerHour(), a.needsSubstituteCover());
    double pb = c.pricePerHour(b.costPerHour(), b.needsSubstituteCover());
    double[] sa = sums(a, true, pa);
    double[] sb = sums(b, true, pb);
    for (int k = CTX; k <= SUSTAINED; k++) {
      if (sa[k] < sb[k]) {
        return false;
      }
    }
    return pa <= pb;
  }

  int size() {
    return acts.length;
  }

  double budget() {
    return constraints.budget().orElse(Double.POSITIVE_INFINITY);
  }

  /** Whether a cost is within the budget, up to a relative 1e-9 (sums of prices in double). */
  boolean affordable(double cost) {
    return cost <= budgetWithTolerance();
  }

  /** The budget plus its tolerance, relative 1e-9: what {@link #affordable} accepts. */
  double budgetWithTolerance() {
    double m = budget();
    return m + EPS * Math.max(1, m);
  }

  /** Adds {@code steps} steps of candidate {@code i} to the sums. */
  void add(double[] sums, int i, int steps) {
    double h = steps * step;
    double[] p = perHour[i];
    for (int k = 0; k < SLOTS; k++) {
      sums[k] += h * p[k];
    }
  }

  /** Returns the sums of a vector of steps. */
  double[] sums(int[] steps) {
    double[] s = new double[SLOTS];
    for (int i = 0; i < steps.length; i++) {
      if (steps[i] != 0) {
        add(s, i, steps[i]);
      }
    }
    return s;
  }

  /**
   * Returns the score of a plan from its sums: DESIGN.md's formulas, with facilitation and the
   * target from the rules (see the class comment). An empty plan scores 0.
   */
  double score(double[] s) {
    double total = s[TOTAL];
    if (!(total > 0)) {
      return 0;
    }
    double[] e = new double[AREAS];
    for (int k = 0; k < AREAS; k++) {
      e[k] = s[k] / total;
    }
    double overlap = 0;
    int covered = 0;
    for (int k = 0; k < AREAS; k++) {
      overlap += Math.min(e[k], target[k]);
      if (needed[k] && e[k] >= rubric.coveredFraction() * target[k] - EPS) {
        covered++;
      }
    }
    double weighted = weights[0] * clamp(overlap)
        + weights[1] * clamp((e[VOC] + e[IND]) / askedVocational)
        + weights[2] * clamp(s[CTX] / total)
        + weights[3] * clamp(s[INDUSTRY] / required)
        + weights[5] * clamp(s[COLLAB] / total / rubric.collaborationTarget())
        + weights[6] * facilitation
        + weights[7] * (neededCount == 0 ? 1 : (double) covered / neededCount)
        + weights[9] * clamp(s[SUSTAINED] / total);
    double assessed = weights[0] + weights[1] + weights[2] + weights[3] + weights[5] + weights[6]
        + weights[7] + weights[9];
    if (driversAssessed) {
      double sum = 0;
      for (int j = 0; j < pulls.length; j++) {
        double cover = 0;
        for (int k = 0; k < AREAS; k++) {
          cover += Math.min(e[k], pulls[j][k]);
        }
        sum += pullWeights[j] * cover;
      }
      weighted += weights[4] * clamp(sum / pullWeightSum);
      assessed += weights[4];
    }
    if (s[NAMED] > 0) {
      weighted += weights[8] * clamp(s[INTEGRATES] / total);
      assessed += weights[8];
    }
    if (!(assessed > 0)) {
      return 0;
    }
    double score = 100 * (weighted / assessed);
    return score < 0 ? 0 : (score > 100 ? 100 : score);
  }

  static double clamp(double v) {
    return v < 0 ? 0 : (v > 1 ? 1 : v);
  }

  /** Returns the plan of a vector of steps, items in candidate (id) order. */
  CpdPlan plan(String id, int[] steps) {
    List<PlanItem> items = new ArrayList<>();
    for (int i = 0; i < steps.length; i++) {
      if (steps[i] > 0) {
        CpdActivity a = acts[i];
        items.add(PlanItem.builder().activity(a.id()).hours(steps[i] * step).timeAllocated(true)
            .substituteFunded(a.needsSubstituteCover()).costFunded(a.costPerHour() > 0).build());
      }
    }
    return plan(id, items);
  }

  private CpdPlan plan(String id, List<PlanItem> items) {
    CpdPlan.Builder b = CpdPlan.builder().id(id).teacher(teacher.id()).items(items)
        .leaderInvolvement(leader);
    facilitator.ifPresent(b::facilitator);
    existing.flatMap(CpdPlan::period).ifPresent(b::period);
    return b.build();
  }

  /** The id of a planned plan: {@code planned-TEACHER}. */
  String planId() {
    return "planned-" + teacher.id();
  }

  /**
   * Compares two step vectors of (near-)equal score by the tie rule: fewer hours, lower cost, then
   * the lexicographically smaller list of (activity id, hours).
   */
  int compareTies(int[] a, double[] sa, int[] b, double[] sb) {
    int byHours = Double.compare(sa[TOTAL], sb[TOTAL]);
    if (Math.abs(sa[TOTAL] - sb[TOTAL]) > EPS) {
      return byHours;
    }
    if (Math.abs(sa[COST] - sb[COST]) > EPS * Math.max(1, Math.abs(sa[COST]))) {
      return Double.compare(sa[COST], sb[COST]);
    }
    return compareLists(a, b);
  }

  /**
   * Compares the lists of (activity id, hours) of two step vectors, items in id order: the first
   * difference decides; a list that is a prefix of the other is smaller.
   */
  static int compareLists(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    while (true) {
      while (i < a.length && a[i] == 0) {
        i++;
      }
      while (j < b.length && b[j] == 0) {
        j++;
      }
      if (i == a.length || j == b.length) {
        return Boolean.compare(i != a.length, j != b.length);
      }
      if (i != j) {
        return i < j ? -1 : 1; // a smaller index is a smaller id: candidates are sorted by id
      }
      if (a[i] != b[j]) {
        return a[i] < b[j] ? -1 : 1;
      }
      i++;
      j++;
    }
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
