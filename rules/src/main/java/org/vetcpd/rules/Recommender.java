package org.vetcpd.rules;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.PlanItem;

/**
 * Proposes concrete edits of a plan, applies each to a copy and re-scores it with the same
 * scorer, keeping those that raise the score, best first (see {@link Recommendation} for the
 * actions).
 *
 * <p>Seed 000 names the levers: contact with industry renews vocational knowledge; generic
 * projects must be re-contextualised to the programme; the leader's facilitation (time,
 * substitutes, involvement) decides whether tailored CPD happens at all.
 */
final class Recommender {
  private final TailoringScorer scorer;
  private final PlanContext c;
  private final double base;
  private final List<Recommendation> found = new ArrayList<>();

  Recommender(TailoringScorer scorer, PlanContext c, double base) {
    this.scorer = scorer;
    this.c = c;
    this.base = base;
  }

  ImmutableList<Recommendation> recommend() {
    if (c == null) {
      return ImmutableList.of();
    }
    addIndustryContact();
    recontextualise();
    fundSubstitutes();
    fundCosts();
    allocateTime();
    dropMismatches();
    involveLeader();
    // List.sort is stable: equal scores keep the action order above.
    found.sort(Comparator.comparingDouble(Recommendation::score).reversed());
    return ImmutableList.copyOf(found);
  }

  private double rescore(CpdPlan edited) {
    return scorer.scoreOnly(c.catalogue, edited);
  }

  private void offer(String action, String description, double score) {
    // Only edits that really raise the score, beyond floating-point noise.
    if (score > base + Tolerance.EPSILON) {
      found.add(new Recommendation(action, description, score));
    }
  }

  private void addIndustryContact() {
    if (c.isEmpty()) {
      return;
    }
    double shortfall = IndustryContactCriterion.required(c)
        - IndustryContactCriterion.industryHours(c);
    if (!(shortfall > 0)) {
      return;
    }
    // Never past the most hours a plan may hold (CpdPlan.MAX_TOTAL_HOURS) or an item may.
    double room = Math.min(PlanItem.MAX_HOURS, CpdPlan.MAX_TOTAL_HOURS - c.totalHours);
    double hours = Math.min(room, Math.max(1, Math.ceil(shortfall)));
    if (!(hours >= PlanItem.MIN_HOURS)) {
      return;
    }
    CpdActivity best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (CpdActivity a : c.catalogue.activities()) {
      if (!a.fits(c.teacher.programme()) || !a.involvesIndustryContact()) {
        continue;
      }
      PlanItem item = PlanItem.builder()
          .activity(a.id())
          .hours(hours)
          .timeAllocated(true)
          .substituteFunded(a.needsSubstituteCover())
          .costFunded(a.costPerHour() > 0)
          .build();
      double s = rescore(c.plan.withItems(
          ImmutableList.<PlanItem>builder().addAll(c.items).add(item).build()));
      if (s > bestScore) {
        bestScore = s;
        best = a;
      }
    }
    if (best != null) {
      StringBuilder d = new StringBuilder("Add ").append(Text.hours(hours)).append(" of ")
          .append(Text.activity(best)).append(" (").append(best.type())
          .append(", contact with industry) with time allocated");
      if (best.needsSubstituteCover()) {
        d.append(" and a substitute funded");
      }
      if (best.costPerHour() > 0) {
        d.append(best.needsSubstituteCover() ? "," : " and").append(" its cost funded");
      }
      d.append(", to reach the ").append(Text.hours(IndustryContactCriterion.required(c)))
          .append(" of industry contact the teacher needs");
      offer(Recommendation.ADD_INDUSTRY_CONTACT, d.toString(), bestScore);
    }
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
            || !a.fits(c.teacher.programme())) {
          continue;
        }
        double s = rescore(c.plan.withItems(replace(g, a)));
        if (s > bestScore) {
          bestScore = s;
          best = a;
        }
      }
      if (best != null) {
        double h = Text.hoursOf(c, i -> c.activities[i] == g);
        offer(Recommendation.RECONTEXTUALISE, "Replace the generic " + Text.activity(g) + " ("
            + Text.hours(h) + ") by " + Text.activity(best) + ", "
            + best.contextualisation().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
            + " for the programme, for the same hours", bestScore);
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
          + " (seed 000: teacher placements are rarely used because substitutes must be hired)",
          rescore(c.plan.withItems(items)));
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
          rescore(c.plan.withItems(items)));
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
          + Text.items(c, i -> !c.items.get(i).timeAllocated()), rescore(c.plan.withItems(items)));
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
          + ", not for programme " + c.teacher.programme(), rescore(c.plan.withItems(items)));
    }
  }

  private void involveLeader() {
    if (c.isEmpty() || c.plan.leaderInvolvement() == LeaderInvolvement.ACTIVE) {
      return;
    }
    offer(Recommendation.INVOLVE_LEADER, "Have the school leader plan and follow up the CPD"
        + " actively with the teacher (now " + c.plan.leaderInvolvement() + "; seed 000: leaders"
        + " were involved to a low degree)",
        rescore(c.plan.withLeaderInvolvement(LeaderInvolvement.ACTIVE)));
  }
}
