package org.vetcpd.rules;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.vetcpd.core.ActivityType;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.PlanItem;

/**
 * The recommender as it was before the scoring kernel, kept as the reference the kernel's
 * {@link Recommender} is compared with ({@link KernelProperties}): it re-scores a copy of the plan
 * per candidate edit with {@link ReferenceScorer}.
 *
 * <p>Proposes concrete edits of a plan, applies each to a copy and re-scores it with the same
 * scorer, keeping those that raise the score, best first (see {@link Recommendation} for the
 * actions). When the catalogue holds no activity that could close the plan's largest gap, a note
 * that says so and names the kind of activity to add comes first.
 *
 * <p>Edits a school can carry out: hours added never take an activity past {@link
 * RealisticHours#of}; a generic activity is replaced only by one that develops every competence
 * area at least as much.
 *
 * <p>Seed 000 names the levers: contact with industry renews vocational knowledge; generic
 * projects must be re-contextualised to the programme; the leader's facilitation (time,
 * substitutes, involvement) decides whether tailored CPD happens at all.
 */
final class ReferenceRecommender {
  /** A recommendation and the plan its edit gives (the plan unchanged for a catalogue gap). */
  record Edit(Recommendation recommendation, CpdPlan plan) {}

  private final TailoringScorer scorer;
  private final PlanContext c;
  private final double base;
  private final List<Edit> found = new ArrayList<>();
  private Edit gap;

  ReferenceRecommender(TailoringScorer scorer, PlanContext c, double base) {
    this.scorer = scorer;
    this.c = c;
    this.base = base;
  }

  ImmutableList<Recommendation> recommend() {
    ImmutableList.Builder<Recommendation> b = ImmutableList.builder();
    edits().forEach(e -> b.add(e.recommendation()));
    return b.build();
  }

  /** Returns the recommendations with their edited plans, in report order; call once. */
  ImmutableList<Edit> edits() {
    if (c == null) {
      return ImmutableList.of();
    }
    if (c.isEmpty()) {
      startPlan();
    } else {
      catalogueGap();
      addIndustryContact();
      recontextualise();
      fundSubstitutes();
      fundCosts();
      allocateTime();
      dropMismatches();
      involveLeader();
    }
    // List.sort is stable: equal scores keep the action order above.
    found.sort(Comparator.comparingDouble((Edit e) -> e.recommendation().score()).reversed());
    ImmutableList.Builder<Edit> b = ImmutableList.builder();
    if (gap != null) {
      b.add(gap);
    }
    return b.addAll(found).build();
  }

  private double rescore(CpdPlan edited) {
    return ReferenceScorer.score(scorer, c.catalogue, edited);
  }

  private void offer(String action, String description, CpdPlan edited) {
    double score = rescore(edited);
    // Only edits that really raise the score, beyond floating-point noise.
    if (score > base + Tolerance.EPSILON) {
      found.add(new Edit(new Recommendation(action, description, score), edited));
    }
  }

  private void noteGap(String description) {
    gap = new Edit(new Recommendation(Recommendation.CATALOGUE_GAP, description, base), c.plan);
  }

  /** The hours of the plan's items of this activity. */
  private double plannedHours(CpdActivity a) {
    return Text.hoursOf(c, i -> c.activities[i] == a);
  }

  /** The hours still realistic for this activity in this plan; 0 or less when none. */
  private double room(CpdActivity a) {
    // also never past the most hours a plan may hold (CpdPlan.MAX_TOTAL_HOURS)
    return Math.min(Math.min(RealisticHours.of(a), PlanItem.MAX_HOURS) - plannedHours(a),
        CpdPlan.MAX_TOTAL_HOURS - c.totalHours);
  }

  private static PlanItem item(CpdActivity a, double hours) {
    return PlanItem.builder()
        .activity(a.id())
        .hours(hours)
        .timeAllocated(true)
        .substituteFunded(a.needsSubstituteCover())
        .costFunded(a.costPerHour() > 0)
        .build();
  }

  private CpdPlan withAdded(PlanItem item) {
    return c.plan.withItems(ImmutableList.<PlanItem>builder().addAll(c.items).add(item).build());
  }

  /** {@code 20 h of "Title" (id), an industry meeting, with working time allocated ...}. */
  private static String adding(CpdActivity a, double hours) {
    StringBuilder d = new StringBuilder().append(Text.hours(hours)).append(" of ")
        .append(Text.activity(a));
    String kind = Text.words(a.type());
    if (a.type() != ActivityType.OTHER
        && !a.title().toLowerCase(java.util.Locale.ROOT).contains(kind)) {
      d.append(", ").append(kind);
    }
    d.append(", with working time allocated");
    if (a.needsSubstituteCover()) {
      d.append(a.costPerHour() > 0 ? ", " : " and ").append("a substitute funded");
    }
    if (a.costPerHour() > 0) {
      d.append(" and its cost funded");
    }
    return d.toString();
  }

  /** Says when the edit stops at the realistic hours; {@code planned} are already in the plan. */
  private static String cap(CpdActivity a, double added, double planned) {
    return added + planned < RealisticHours.of(a) ? ""
        : " (" + Text.hours(RealisticHours.of(a)) + (planned > 0 ? " in all" : "")
            + " is the most of it that is realistic in one plan)";
  }

  private boolean anyFitting(Predicate<CpdActivity> test) {
    for (CpdActivity a : c.catalogue.activities()) {
      if (a.fits(c.teacher.programme()) && test.test(a)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A note first when the catalogue cannot close the largest gap: the industry contact the teacher
   * lacks, else the needed area the plan covers least.
   */
  private void catalogueGap() {
    double shortfall = IndustryContactCriterion.required(c)
        - IndustryContactCriterion.industryHours(c);
    if (shortfall > 0 && !anyFitting(a -> a.involvesIndustryContact() && room(a) > 0)) {
      noteGap("The plan lacks " + Text.hours(shortfall) + " of contact with industry, and the"
          + " catalogue holds no activity with contact with industry for " + Text.programme(c)
          + " that the plan could still take: add one for the programme, e.g. a placement of the"
          + " teacher in a workplace of the vocation, regular meetings with employers who take"
          + " apprentices, or follow-up of students in work placement");
      return;
    }
    CompetenceArea widest = null;
    double worst = 0;
    for (CompetenceArea a : PlanContext.AREAS) {
      int k = a.ordinal();
      double g = c.target[k] - c.emphasis[k];
      if (CoverageCriterion.needed(c, k) && !CoverageCriterion.covered(c, k) && g > worst) {
        worst = g;
        widest = a;
      }
    }
    if (widest == null) {
      return;
    }
    CompetenceArea area = widest;
    int k = area.ordinal();
    if (!anyFitting(a -> a.areaShare(area) > c.emphasis[k] + Tolerance.EPSILON)) {
      noteGap("The catalogue holds no activity for " + Text.programme(c) + " that would raise"
          + " the plan's share of " + Text.area(area) + " competence (now "
          + Text.percent(c.emphasis[k]) + " of the hours, target " + Text.percent(c.target[k])
          + "): add one, e.g. " + example(area));
    }
  }

  private static String example(CompetenceArea area) {
    switch (area) {
      case VOCATIONAL:
        return "a placement of the teacher in a workplace of the vocation or training at a firm";
      case INDUSTRY_COOPERATION:
        return "regular meetings with employers or follow-up of students in work placement";
      case PEDAGOGICAL:
        return "peer observation or a course on teaching the vocation";
      default:
        return "department meetings or a network of teachers of the vocation";
    }
  }

  /** An empty plan: start it with the fitting activity, at realistic hours, that scores best. */
  private void startPlan() {
    CpdActivity best = null;
    PlanItem bestItem = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (CpdActivity a : c.catalogue.activities()) {
      if (!a.fits(c.teacher.programme())) {
        continue;
      }
      PlanItem item = item(a, Math.min(RealisticHours.of(a), PlanItem.MAX_HOURS));
      double s = rescore(withAdded(item));
      if (s > bestScore) {
        bestScore = s;
        best = a;
        bestItem = item;
      }
    }
    if (best == null) {
      noteGap("The plan holds no activities, and the catalogue holds none designed for "
          + Text.programme(c) + ": add activities for the programme, above all contact with"
          + " industry, e.g. a placement of the teacher in a workplace of the vocation or regular"
          + " meetings with employers");
      return;
    }
    offer(Recommendation.START_PLAN, "The plan holds no activities yet: start it with "
        + adding(best, bestItem.hours()) + ", the activity of the catalogue that raises the score"
        + " most", withAdded(bestItem));
  }

  private void addIndustryContact() {
    double required = IndustryContactCriterion.required(c);
    double have = IndustryContactCriterion.industryHours(c);
    double shortfall = required - have;
    if (!(shortfall > 0)) {
      return;
    }
    double wanted = Math.max(1, Math.ceil(shortfall));
    CpdActivity best = null;
    PlanItem bestItem = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (CpdActivity a : c.catalogue.activities()) {
      double room = room(a);
      if (!a.fits(c.teacher.programme()) || !a.involvesIndustryContact()
          || !(room >= PlanItem.MIN_HOURS)) {
        continue;
      }
      PlanItem item = item(a, Math.min(wanted, room));
      double s = rescore(withAdded(item));
      if (s > bestScore) {
        bestScore = s;
        best = a;
        bestItem = item;
      }
    }
    if (best != null) {
      double h = bestItem.hours();
      offer(Recommendation.ADD_INDUSTRY_CONTACT, "Add " + adding(best, h)
          + cap(best, h, plannedHours(best)) + ": contact with industry "
          + (have + h >= required ? "reaches the " + Text.hours(required)
              : "rises to " + Text.hours(have + h) + " of the " + Text.hours(required))
          + " the teacher needs", withAdded(bestItem));
    }
  }

  /** Whether {@code a} develops every competence area at least as much as {@code g}. */
  private static boolean developsAtLeast(CpdActivity a, CpdActivity g) {
    for (CompetenceArea area : PlanContext.AREAS) {
      if (a.areaShare(area) < g.areaShare(area) - Tolerance.EPSILON) {
        return false;
      }
    }
    return true;
  }

  private void recontextualise() {
    Set<CpdActivity> generic = new LinkedHashSet<>();
    for (int i = 0; i < c.size(); i++) {
      if (c.fits[i] && c.activities[i].contextualisation() == Contextualisation.GENERIC) {
        generic.add(c.activities[i]);
      }
    }
    for (CpdActivity g : generic) {
      CpdActivity best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (CpdActivity a : c.catalogue.activities()) {
        if (a.type() != g.type() || a.contextualisation() == Contextualisation.GENERIC
            || !a.fits(c.teacher.programme()) || !developsAtLeast(a, g)) {
          continue;
        }
        double s = rescore(c.plan.withItems(replace(g, a)));
        if (s > bestScore) {
          bestScore = s;
          best = a;
        }
      }
      if (best != null) {
        double h = plannedHours(g);
        String how = best.contextualisation() == Contextualisation.ADAPTED
            ? "adapted to the programme" : "designed for the programme";
        offer(Recommendation.RECONTEXTUALISE, "Replace the generic " + Text.activity(g) + " ("
            + Text.hours(h) + ") by " + Text.activity(best) + ", " + how + ", for the same hours;"
            + " it develops the same competence areas at least as much",
            c.plan.withItems(replace(g, best)));
      }
    }
  }

  private List<PlanItem> replace(CpdActivity from, CpdActivity to) {
    List<PlanItem> items = new ArrayList<>(c.size());
    for (int i = 0; i < c.size(); i++) {
      PlanItem item = c.items.get(i);
      items.add(c.activities[i] == from ? item.withActivity(to.id()) : item);
    }
    return items;
  }

  private void fundSubstitutes() {
    List<PlanItem> items = new ArrayList<>(c.size());
    boolean changed = false;
    for (int i = 0; i < c.size(); i++) {
      PlanItem item = c.items.get(i);
      boolean edit = c.activities[i].needsSubstituteCover() && !item.substituteFunded();
      items.add(edit ? item.withSubstituteFunded(true) : item);
      changed |= edit;
    }
    if (changed) {
      offer(Recommendation.FUND_SUBSTITUTE, "Fund a substitute for "
          + Text.items(c, i -> c.activities[i].needsSubstituteCover()
              && !c.items.get(i).substituteFunded())
          + ": without a funded substitute, teachers rarely leave their classes for placements"
          + " and other activities away from school (" + Text.SOURCE + ")",
          c.plan.withItems(items));
    }
  }

  private void fundCosts() {
    List<PlanItem> items = new ArrayList<>(c.size());
    boolean changed = false;
    for (int i = 0; i < c.size(); i++) {
      PlanItem item = c.items.get(i);
      boolean edit = c.activities[i].costPerHour() > 0 && !item.costFunded();
      items.add(edit ? item.withCostFunded(true) : item);
      changed |= edit;
    }
    if (changed) {
      offer(Recommendation.FUND_COSTS, "Fund the cost of " + Text.items(c,
          i -> c.activities[i].costPerHour() > 0 && !c.items.get(i).costFunded()),
          c.plan.withItems(items));
    }
  }

  private void allocateTime() {
    List<PlanItem> items = new ArrayList<>(c.size());
    boolean changed = false;
    for (int i = 0; i < c.size(); i++) {
      PlanItem item = c.items.get(i);
      items.add(item.timeAllocated() ? item : item.withTimeAllocated(true));
      changed |= !item.timeAllocated();
    }
    if (changed) {
      offer(Recommendation.ALLOCATE_TIME, "Allocate working time for "
          + Text.items(c, i -> !c.items.get(i).timeAllocated()), c.plan.withItems(items));
    }
  }

  private void dropMismatches() {
    for (int i = 0; i < c.size(); i++) {
      if (c.fits[i]) {
        continue;
      }
      List<PlanItem> items = new ArrayList<>(c.items);
      items.remove(i);
      CpdActivity a = c.activities[i];
      offer(Recommendation.DROP_MISMATCH, "Drop " + Text.activity(a) + " ("
          + Text.hours(c.hours(i)) + "): it is designed for " + String.join(", ", a.programmes())
          + ", not for " + Text.programme(c), c.plan.withItems(items));
    }
  }

  private void involveLeader() {
    if (c.plan.leaderInvolvement() == LeaderInvolvement.ACTIVE) {
      return;
    }
    offer(Recommendation.INVOLVE_LEADER, "Have the school leader plan the teacher's development"
        + " with the teacher and follow it up actively (now "
        + Text.words(c.plan.leaderInvolvement()) + "); school leaders were involved in VET"
        + " teachers' development to a low degree (" + Text.SOURCE + ")",
        c.plan.withLeaderInvolvement(LeaderInvolvement.ACTIVE));
  }
}
