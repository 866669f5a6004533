package org.vetcpd.rules;

import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.Scope;

/**
 * {@code collaboration}: {@code min(1, c / collaborationTarget)}, {@code c} the hour share of
 * fitting items that are done with others (scope not INDIVIDUAL), an hour counting fully when the
 * activity is not GENERIC or brings industry contact, and {@code genericCollaboration} otherwise.
 *
 * <p>Seed 000: the teachers "seemed to want more cooperation in the department and with other VET
 * teachers", and their interactions with chefs and mentors form a community of practice (Wenger)
 * that creates "knowledge overlap, or redundancy" (Nonaka); whole-school generic projects count
 * only in part.
 */
final class CollaborationCriterion extends Criterion {
  CollaborationCriterion() {
    super("collaboration");
  }

  static boolean collaborative(PlanContext c, int i) {
    return c.fits[i] && c.activities[i].effectiveScope() != Scope.INDIVIDUAL;
  }

  static double factor(PlanContext c, int i) {
    CpdActivity a = c.activities[i];
    return a.contextualisation() != Contextualisation.GENERIC || a.involvesIndustryContact()
        ? 1 : c.rubric.genericCollaboration();
  }

  static double share(PlanContext c) {
    double sum = 0;
    for (int i = 0; i < c.size(); i++) {
      if (collaborative(c, i)) {
        sum += c.hours(i) * factor(c, i);
      }
    }
    return sum / c.totalHours;
  }

  @Override
  double value(PlanContext c) {
    return clamp(share(c) / c.rubric.collaborationTarget());
  }

  @Override
  String evidence(PlanContext c, double value) {
    return "weighted collaborative share " + Text.num(share(c)) + " against "
        + Text.num(c.rubric.collaborationTarget()) + ": full "
        + Text.items(c, i -> collaborative(c, i) && factor(c, i) == 1) + "; generic (counted "
        + Text.num(c.rubric.genericCollaboration()) + ") "
        + Text.items(c, i -> collaborative(c, i) && factor(c, i) != 1);
  }

  @Override
  String finding(PlanContext c, double value) {
    return "Little of the plan is learning with others that fits the vocation: "
        + Text.percent(share(c)) + " of its hours (whole-school generic projects count in part),"
        + " where " + Text.percent(c.rubric.collaborationTarget()) + " is the aim. VET teachers"
        + " want more cooperation in the department and with other teachers of their vocation,"
        + " and exchange with colleagues, workplace mentors and practitioners is where vocational"
        + " knowledge is shared (" + Text.SOURCE + ").";
  }
}
