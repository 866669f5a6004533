package org.vetcpd.planner;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.PlanItem;
import org.vetcpd.core.Problem;
import org.vetcpd.core.Teacher;
import org.vetcpd.core.ValidationException;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.Recommendation;
import org.vetcpd.rules.TailoringReport;
import org.vetcpd.rules.TailoringScorer;

/**
 * Breadth-first search over sets of edits (docs/planner.md, "Improve"): all sets of one edit, then
 * of two, and so on; the first size at which some set lifts the plan into the band under the
 * constraints wins, and among those sets the fewest added hours, then the lowest added cost, then
 * the earliest edits in generation order. Sets that hold two edits of the same slot (two additions
 * of one activity, two replacements of one activity, two leader levels) are skipped.
 */
final class Improver {
  /** The most steps one addition adds. */
  static final int MAX_ADD_STEPS = 24;
  /** The most edit sets scored in one search; beyond it the search stops at the last full size. */
  static final long MAX_SETS = 200_000;
  /** The most edit sets scored in each search under relaxed constraints, to name what stops it. */
  static final long MAX_DIAGNOSIS_SETS = 5_000;
  /** The most edits in a set. */
  static final int MAX_EDITS = 4;

  private final TailoringScorer scorer;
  private final Dataset dataset;
  private final CpdPlan plan;
  private final PlanConstraints constraints;
  private final Band target;
  private final Teacher teacher;
  private final List<Candidate> edits = new ArrayList<>();
  /** The edits grouped by slot, in generation order; a set takes at most one edit per slot. */
  private final List<List<Integer>> slots = new ArrayList<>();

  Improver(TailoringScorer scorer, Dataset dataset, CpdPlan plan, PlanConstraints constraints,
      Band target) {
    List<Problem> problems = dataset.problemsOf(plan);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    for (String id : constraints.keep().keySet()) {
      if (dataset.activity(id).isEmpty()) {
        throw new IllegalArgumentException("kept activity \"" + id + "\" is not in the data set");
      }
    }
    this.scorer = scorer;
    this.dataset = dataset;
    this.plan = plan;
    this.constraints = constraints;
    this.target = target;
    this.teacher = dataset.teacherIndex().get(plan.teacher());
    generate();
  }

  /** One candidate edit: its slot (edits of one slot exclude each other) and how it applies. */
  private static final class Candidate {
    final int kind;
    final String slot;
    final String action;
    final String description;
    final String activity;
    final String replacement;
    final double hours;
    final int dropIndex;
    final LeaderInvolvement leader;
    Edit edit;

    Candidate(int kind, String slot, String action, String description, String activity,
        String replacement, double hours, int dropIndex, LeaderInvolvement leader) {
      this.kind = kind;
      this.slot = slot;
      this.action = action;
      this.description = description;
      this.activity = activity;
      this.replacement = replacement;
      this.hours = hours;
      this.dropIndex = dropIndex;
      this.leader = leader;
    }
  }

  private static final int DROP = 0;
  private static final int REPLACE = 1;
  private static final int SUBSTITUTE = 2;
  private static final int COSTS = 3;
  private static final int TIME = 4;
  private static final int LEADER = 5;
  private static final int ADD = 6;

  private void generate() {
    String programme = teacher.programme();
    List<PlanItem> items = plan.items();
    double step = constraints.step();
    // add hours of a fitting activity, in steps, up to its maximum and the hours left (counting
    // the hours that dropping mismatched items frees)
    double droppable = items.stream().filter(i -> !act(i).fits(programme))
        .mapToDouble(PlanItem::hours).sum();
    double left = constraints.hours() - plan.totalHours() + droppable;
    for (CpdActivity a : sorted(dataset.activities())) {
      if (!a.fits(programme)) {
        continue;
      }
      double have = items.stream().filter(i -> i.activity().equals(a.id()))
          .mapToDouble(PlanItem::hours).sum();
      double room = Math.min(a.maxHours().orElse(PlanItem.MAX_HOURS) - have, left);
      int most = Math.min(MAX_ADD_STEPS, (int) Math.floor(room / step + Model.EPS));
      for (int k = 1; k <= most; k++) {
        double h = k * step;
        String action = a.involvesIndustryContact()
            ? Recommendation.ADD_INDUSTRY_CONTACT : Edit.ADD_HOURS;
        edits.add(new Candidate(ADD, "add:" + a.id(), action, "Add " + PlanResult.num(h)
            + " h of " + a.id() + " (" + a.title() + ") with time allocated"
            + (a.needsSubstituteCover() ? ", a substitute funded" : "")
            + (a.costPerHour() > 0 ? ", its cost funded" : ""), a.id(), null, h, -1, null));
      }
    }
    // replace a generic activity by a fitting adapted or programme-specific one of its type
    Set<String> generic = new LinkedHashSet<>();
    for (PlanItem i : items) {
      CpdActivity a = dataset.activityIndex().get(i.activity());
      if (a.fits(programme) && a.contextualisation() == Contextualisation.GENERIC) {
        generic.add(a.id());
      }
    }
    for (String g : generic) {
      CpdActivity from = dataset.activityIndex().get(g);
      for (CpdActivity a : sorted(dataset.activities())) {
        if (a.type() == from.type() && a.contextualisation() != Contextualisation.GENERIC
            && a.fits(programme)) {
          edits.add(new Candidate(REPLACE, "replace:" + g, Recommendation.RECONTEXTUALISE,
              "Replace the generic " + g + " by " + a.id() + " (" + a.title() + ", "
                  + a.contextualisation().name().toLowerCase(Locale.ROOT).replace('_', '-')
                  + "), same hours", g, a.id(), 0, -1, null));
        }
      }
    }
    if (items.stream().anyMatch(i -> act(i).needsSubstituteCover() && !i.substituteFunded())) {
      edits.add(new Candidate(SUBSTITUTE, "substitute", Recommendation.FUND_SUBSTITUTE,
          "Fund a substitute for every item that needs one", null, null, 0, -1, null));
    }
    if (items.stream().anyMatch(i -> act(i).costPerHour() > 0 && !i.costFunded())) {
      edits.add(new Candidate(COSTS, "costs", Recommendation.FUND_COSTS,
          "Fund the cost of every item that costs", null, null, 0, -1, null));
    }
    if (items.stream().anyMatch(i -> !i.timeAllocated())) {
      edits.add(new Candidate(TIME, "time", Recommendation.ALLOCATE_TIME,
          "Allocate working time to every item", null, null, 0, -1, null));
    }
    for (int i = 0; i < items.size(); i++) {
      CpdActivity a = act(items.get(i));
      if (!a.fits(programme)) {
        edits.add(new Candidate(DROP, "drop:" + i, Recommendation.DROP_MISMATCH, "Drop "
            + a.id() + " (" + PlanResult.num(items.get(i).hours()) + " h): designed for "
            + String.join(", ", a.programmes()) + ", not for programme " + programme,
            a.id(), null, 0, i, null));
      }
    }
    LeaderInvolvement now = plan.leaderInvolvement();
    for (LeaderInvolvement l : LeaderInvolvement.values()) {
      if (l.ordinal() > now.ordinal()) {
        edits.add(new Candidate(LEADER, "leader", Recommendation.INVOLVE_LEADER,
            "Raise the leader's involvement from " + now + " to " + l, null, null, 0, -1, l));
      }
    }
    for (int e = 0; e < edits.size(); e++) {
      String slot = edits.get(e).slot;
      if (slots.isEmpty() || !edits.get(slots.get(slots.size() - 1).get(0)).slot.equals(slot)) {
        slots.add(new ArrayList<>());
      }
      slots.get(slots.size() - 1).add(e);
    }
    double baseHours = plan.totalHours();
    double baseCost = money(plan);
    for (Candidate c : edits) {
      CpdPlan one = apply(new int[] {edits.indexOf(c)}, 1);
      if (one == null) {
        // an addition that only fits beside a drop: alone it would pass the most hours a plan
        // may hold, so what it adds is counted from the item itself
        CpdActivity a = dataset.activityIndex().get(c.activity);
        c.edit = new Edit(c.action, c.description, c.hours, c.hours * (a.costPerHour()
            + (a.needsSubstituteCover() ? constraints.substituteRate() : 0)));
      } else {
        c.edit = new Edit(c.action, c.description, one.totalHours() - baseHours,
            money(one) - baseCost);
      }
    }
  }

  private static List<CpdActivity> sorted(List<CpdActivity> activities) {
    List<CpdActivity> out = new ArrayList<>(activities);
    out.sort(java.util.Comparator.comparing(CpdActivity::id));
    return out;
  }

  /** The candidate edits, in generation order (for tests). */
  List<Edit> candidates() {
    List<Edit> out = new ArrayList<>();
    edits.forEach(c -> out.add(c.edit));
    return out;
  }

  /** The slot of each candidate edit: a set holds at most one edit per slot (for tests). */
  List<String> slotNames() {
    List<String> out = new ArrayList<>();
    edits.forEach(c -> out.add(c.slot));
    return out;
  }

  /**
   * The plan with a set of candidate edits applied (for tests); null when its hours would pass
   * {@link CpdPlan#MAX_TOTAL_HOURS}.
   */
  CpdPlan applied(int... set) {
    return apply(set, set.length);
  }

  private CpdActivity act(PlanItem i) {
    return dataset.activityIndex().get(i.activity());
  }

  /** The money a plan uses: funded costs, and funded substitutes at the rate R. */
  double money(CpdPlan p) {
    double sum = 0;
    for (PlanItem i : p.items()) {
      CpdActivity a = act(i);
      if (i.costFunded() && a.costPerHour() > 0) {
        sum += i.hours() * a.costPerHour();
      }
      if (i.substituteFunded() && a.needsSubstituteCover()) {
        sum += i.hours() * constraints.substituteRate();
      }
    }
    return sum;
  }

  /**
   * Applies the first {@code size} edits of {@code set}, in the canonical order of their kinds;
   * null when the edited plan would hold more than {@link CpdPlan#MAX_TOTAL_HOURS} (an addition
   * may use the hours a drop frees, and so pass that limit without the drop): no plan is ever
   * built that the data format refuses. Such a plan is beyond any hours {@code H} as well.
   */
  private CpdPlan apply(int[] set, int size) {
    List<PlanItem> items = new ArrayList<>(plan.items());
    boolean[] dropped = new boolean[items.size()];
    LeaderInvolvement leader = plan.leaderInvolvement();
    List<PlanItem> added = new ArrayList<>();
    for (int s = 0; s < size; s++) {
      Candidate c = edits.get(set[s]);
      if (c.kind == DROP) {
        dropped[c.dropIndex] = true;
      }
    }
    for (int s = 0; s < size; s++) {
      Candidate c = edits.get(set[s]);
      if (c.kind == REPLACE) {
        for (int i = 0; i < items.size(); i++) {
          if (items.get(i).activity().equals(c.activity)) {
            items.set(i, items.get(i).withActivity(c.replacement));
          }
        }
      }
    }
    for (int kind = SUBSTITUTE; kind <= TIME; kind++) {
      for (int s = 0; s < size; s++) {
        Candidate c = edits.get(set[s]);
        if (c.kind != kind) {
          continue;
        }
        for (int i = 0; i < items.size(); i++) {
          PlanItem it = items.get(i);
          CpdActivity a = act(it);
          if (kind == SUBSTITUTE && a.needsSubstituteCover()) {
            it = it.withSubstituteFunded(true);
          } else if (kind == COSTS && a.costPerHour() > 0) {
            it = it.withCostFunded(true);
          } else if (kind == TIME) {
            it = it.withTimeAllocated(true);
          }
          items.set(i, it);
        }
      }
    }
    for (int s = 0; s < size; s++) {
      Candidate c = edits.get(set[s]);
      if (c.kind == LEADER) {
        leader = c.leader;
      } else if (c.kind == ADD) {
        CpdActivity a = dataset.activityIndex().get(c.activity);
        added.add(PlanItem.builder().activity(a.id()).hours(c.hours).timeAllocated(true)
            .substituteFunded(a.needsSubstituteCover()).costFunded(a.costPerHour() > 0).build());
      }
    }
    List<PlanItem> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (!dropped[i]) {
        out.add(items.get(i));
      }
    }
    out.addAll(added);
    double total = 0;
    for (PlanItem i : out) {
      total += i.hours();
    }
    if (total > CpdPlan.MAX_TOTAL_HOURS) {
      return null;
    }
    return plan.withItems(out).withLeaderInvolvement(leader);
  }

  private boolean reached(TailoringReport r) {
    return r.band().ordinal() <= target.ordinal();
  }

  /** Whether a plan respects hours, money and kept activities under the given constraints. */
  private boolean allowed(CpdPlan p, PlanConstraints c) {
    if (p.totalHours() > c.hours() + Model.EPS) {
      return false;
    }
    double m = c.budget().orElse(Double.POSITIVE_INFINITY);
    if (money(p) > m + Model.EPS * Math.max(1, m)) {
      return false;
    }
    for (Map.Entry<String, Double> k : c.keep().entrySet()) {
      double h = p.items().stream().filter(i -> i.activity().equals(k.getKey()))
          .mapToDouble(PlanItem::hours).sum();
      if (h < k.getValue() - Model.EPS) {
        return false;
      }
    }
    return true;
  }

  /** The outcome of one breadth-first search. */
  private static final class Found {
    int[] set;
    CpdPlan plan;
    TailoringReport report;
    double hours;
    double cost;
    int depthSearched;
  }

  Improvement run() {
    TailoringReport base = scorer.score(dataset, plan);
    if (reached(base)) {
      return new Improvement(plan, base, target, true, List.of(), Optional.empty(),
          "Plan " + plan.id() + " is already " + target + " or better (score "
              + String.format(Locale.ROOT, "%.1f", base.score()) + "): no edit is needed.");
    }
    Found f = search(MAX_EDITS);
    if (f.set != null) {
      List<Edit> chosen = new ArrayList<>();
      for (int e : f.set) {
        chosen.add(edits.get(e).edit);
      }
      return new Improvement(f.plan, f.report, target, true, chosen, Optional.empty(),
          String.format(Locale.ROOT, "%d edit%s lift%s plan %s from %.1f (%s) to %.1f (%s),"
              + " adding %s h and %s in money:", chosen.size(), chosen.size() == 1 ? "" : "s",
              chosen.size() == 1 ? "s" : "", plan.id(), base.score(), base.band(),
              f.report.score(), f.report.band(), PlanResult.num(f.hours),
              PlanResult.num(f.cost)));
    }
    String stopped = diagnose(f.depthSearched);
    String why;
    switch (stopped) {
      case "hours":
        why = "the " + PlanResult.num(constraints.hours()) + " h available stop it";
        break;
      case "budget":
        why = "the budget of " + PlanResult.num(constraints.budget().orElse(0)) + " stops it";
        break;
      case "hours and budget":
        why = "the hours and the budget together stop it";
        break;
      case "catalogue":
        why = "no edits of these kinds reach it, whatever the hours and money";
        break;
      case "search limit":
        why = "no set of edits within the constraints reaches it, and the search stopped before"
            + " it could tell which constraint stops it";
        break;
      default:
        why = "keeping " + stopped.substring("keep:".length()) + " stops it";
    }
    if (f.depthSearched < Math.min(MAX_EDITS, slots.size())) {
      // The search stopped before MAX_EDITS: a larger set might still reach the band within the
      // constraints, so what stops the smaller ones is not what stops the plan.
      stopped = "search limit";
      why = "at that size " + why + "; sets of " + (f.depthSearched + 1) + " edits were too many"
          + " to search";
    }
    return new Improvement(plan, base, target, false, List.of(), Optional.of(stopped),
        String.format(Locale.ROOT, "Plan %s (%.1f, %s) cannot reach %s with up to %d edit%s: %s.",
            plan.id(), base.score(), base.band(), target, f.depthSearched,
            f.depthSearched == 1 ? "" : "s", why));
  }

  private String diagnose(int depth) {
    // No hour limit: the most hours an item may have. The step stays the caller's, so H / S may
    // pass MAX_STEPS here though the caller's did not; this search adds at most MAX_ADD_STEPS
    // steps an activity, so the cap, which bounds the optimizer's search, does not apply.
    PlanConstraints noHours = constraints.withHoursUncapped(PlanItem.MAX_HOURS);
    PlanConstraints noBudget = constraints.withBudget(java.util.OptionalDouble.empty());
    List<String> names = new ArrayList<>();
    List<PlanConstraints> relaxations = new ArrayList<>();
    names.add("hours");
    relaxations.add(noHours);
    if (constraints.budget().isPresent()) {
      names.add("budget");
      relaxations.add(noBudget);
    }
    for (String k : constraints.keep().keySet()) {
      names.add("keep:" + k);
      relaxations.add(constraints.withoutKeep(k));
    }
    if (constraints.budget().isPresent()) {
      names.add("hours and budget");
      relaxations.add(noBudget.withHoursUncapped(PlanItem.MAX_HOURS));
    }
    boolean complete = true;
    for (int i = 0; i < names.size(); i++) {
      Found f = relaxed(relaxations.get(i)).search(depth);
      if (f.set != null) {
        return names.get(i);
      }
      complete &= f.depthSearched >= depth;
    }
    return complete ? "catalogue" : "search limit";
  }

  private Improver relaxed(PlanConstraints c) {
    Improver r = new Improver(scorer, dataset, plan, c, target);
    r.limit = MAX_DIAGNOSIS_SETS;
    return r;
  }

  private long limit = MAX_SETS;

  private Found search(int maxDepth) {
    Found f = new Found();
    long scored = 0;
    double[] options = new double[slots.size()];
    for (int i = 0; i < options.length; i++) {
      options[i] = slots.get(i).size();
    }
    for (int d = 1; d <= Math.min(maxDepth, slots.size()); d++) {
      long sets = sets(options, d);
      if (sets > limit - scored) {
        break;
      }
      scored += sets;
      visit(f, 0, d, new int[d], 0);
      f.depthSearched = d;
      if (f.set != null) {
        return f;
      }
    }
    return f;
  }

  /** Depth first over the slots in order, one option of each chosen slot. */
  private void visit(Found f, int from, int depth, int[] set, int size) {
    if (size == depth) {
      CpdPlan p = apply(set, depth);
      if (p == null || !allowed(p, constraints)) {
        return;
      }
      TailoringReport r = scorer.score(dataset, p);
      if (reached(r)) {
        double hours = p.totalHours() - plan.totalHours();
        double cost = money(p) - money(plan);
        if (f.set == null || hours < f.hours - Model.EPS
            || (Math.abs(hours - f.hours) <= Model.EPS && cost < f.cost - Model.EPS)) {
          f.set = set.clone();
          f.plan = p;
          f.report = r;
          f.hours = hours;
          f.cost = cost;
        }
      }
      return;
    }
    for (int s = from; s <= slots.size() - (depth - size); s++) {
      for (int e : slots.get(s)) {
        set[size] = e;
        visit(f, s + 1, depth, set, size + 1);
      }
    }
  }

  /** The number of sets of d edits from distinct slots: the elementary symmetric polynomial. */
  private static long sets(double[] options, int d) {
    double[] e = new double[d + 1];
    e[0] = 1;
    for (double o : options) {
      for (int k = d; k >= 1; k--) {
        e[k] += e[k - 1] * o;
      }
    }
    return e[d] > Long.MAX_VALUE / 4 ? Long.MAX_VALUE / 4 : (long) e[d];
  }
}
