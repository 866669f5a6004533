package org.vetcpd.rules;

import org.vetcpd.core.Barrier;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.PlanItem;

/**
 * {@code facilitation}: the weighted mean of four means of the leader's facilitation &mdash; time
 * (hour share with {@code timeAllocated}), cover (hours with {@code substituteFunded} of the hours
 * that need a substitute; 1 if none do), cost (hours with {@code costFunded} of the hours whose
 * activity costs; 1 if none do) and the leader's involvement. A component tied to a barrier the
 * teacher declares (SCHEDULE_CONFLICT, NO_SUBSTITUTE_COVER, COST, NO_EMPLOYER_SUPPORT) weighs
 * {@code barrierWeight}, the others 1. Every item counts here, fitting or not: the time is spent.
 *
 * <p>Seed 000: "the responsibility of the school leader"; leaders were involved "to a low degree",
 * and teacher placements are "rarely used" because "they must hire substitute teachers".
 */
final class FacilitationCriterion extends Criterion {
  FacilitationCriterion() {
    super("facilitation");
  }

  /** The four components in order time, cover, cost, leader, and their weights. */
  static double[] components(PlanContext c) {
    double time = 0;
    double cover = 0;
    double needCover = 0;
    double cost = 0;
    double needCost = 0;
    for (int i = 0; i < c.size(); i++) {
      PlanItem item = c.items.get(i);
      CpdActivity a = c.activities[i];
      double h = item.hours();
      if (item.timeAllocated()) {
        time += h;
      }
      if (a.needsSubstituteCover()) {
        needCover += h;
        if (item.substituteFunded()) {
          cover += h;
        }
      }
      if (a.costPerHour() > 0) {
        needCost += h;
        if (item.costFunded()) {
          cost += h;
        }
      }
    }
    return new double[] {
      time / c.totalHours,
      needCover > 0 ? cover / needCover : 1,
      needCost > 0 ? cost / needCost : 1,
      c.rubric.leader().get(c.plan.leaderInvolvement())
    };
  }

  static double weight(PlanContext c, Barrier barrier) {
    return c.teacher.barriers().contains(barrier) ? c.rubric.barrierWeight() : 1;
  }

  @Override
  double value(PlanContext c) {
    double[] x = components(c);
    double wTime = weight(c, Barrier.SCHEDULE_CONFLICT);
    double wCover = weight(c, Barrier.NO_SUBSTITUTE_COVER);
    double wCost = weight(c, Barrier.COST);
    double wLeader = weight(c, Barrier.NO_EMPLOYER_SUPPORT);
    double sum = wTime * x[0] + wCover * x[1] + wCost * x[2] + wLeader * x[3];
    return clamp(sum / (wTime + wCover + wCost + wLeader));
  }

  @Override
  String evidence(PlanContext c, double value) {
    double[] x = components(c);
    double needCover = Text.hoursOf(c, i -> c.activities[i].needsSubstituteCover());
    double needCost = Text.hoursOf(c, i -> c.activities[i].costPerHour() > 0);
    return "time allocated " + Text.share(
            Text.hoursOf(c, i -> c.items.get(i).timeAllocated()), c.totalHours)
        + weightNote(c, Barrier.SCHEDULE_CONFLICT)
        + "; substitute cover " + (needCover > 0 ? "funded for " + Text.share(
            Text.hoursOf(c, i -> c.activities[i].needsSubstituteCover()
                && c.items.get(i).substituteFunded()), needCover) : "not needed")
        + weightNote(c, Barrier.NO_SUBSTITUTE_COVER)
        + "; cost " + (needCost > 0 ? "funded for " + Text.share(
            Text.hoursOf(c, i -> c.activities[i].costPerHour() > 0
                && c.items.get(i).costFunded()), needCost) : "none")
        + weightNote(c, Barrier.COST)
        + "; leader " + c.plan.leaderInvolvement() + " (" + Text.num(x[3]) + ")"
        + weightNote(c, Barrier.NO_EMPLOYER_SUPPORT);
  }

  private static String weightNote(PlanContext c, Barrier b) {
    return c.teacher.barriers().contains(b)
        ? " [weight " + Text.num(c.rubric.barrierWeight()) + ": declared barrier " + b + "]" : "";
  }

  @Override
  String finding(PlanContext c, double value) {
    double[] x = components(c);
    StringBuilder b = new StringBuilder("The school leader facilitates the plan only to ")
        .append(Text.percent(value)).append(':');
    String sep = " ";
    if (x[0] < 1) {
      b.append(sep).append("working time is allocated for ").append(Text.percent(x[0]))
          .append(" of the hours");
      sep = ", ";
    }
    if (x[1] < 1) {
      b.append(sep).append("a substitute is funded for ").append(Text.percent(x[1]))
          .append(" of the hours that need one");
      sep = ", ";
    }
    if (x[2] < 1) {
      b.append(sep).append("costs are funded for ").append(Text.percent(x[2]))
          .append(" of the hours that cost");
      sep = ", ";
    }
    if (x[3] < 1) {
      b.append(sep).append("the leader's involvement is ")
          .append(Text.words(c.plan.leaderInvolvement()));
    }
    return b.append(". School leaders were involved in VET teachers' development to a low degree,"
        + " and placements in workplaces are rarely used because substitutes must be hired ("
        + Text.SOURCE + ").").toString();
  }
}
