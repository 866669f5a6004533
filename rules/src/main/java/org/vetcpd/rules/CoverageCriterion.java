package org.vetcpd.rules;

import org.vetcpd.core.CompetenceArea;

/**
 * {@code coverage}: the share of needed areas ({@code tₐ ≥ neededShare}) that the plan covers
 * ({@code Eₐ ≥ coveredFraction·tₐ}); 1 if no area is needed. Both comparisons count a value within
 * 1e-9 below the limit as reaching it (docs/rubric.md).
 *
 * <p>Seed 000: a VET teacher's competence spans the four areas of Paaso and Korento, and a plan
 * that develops only the teacher role leaves the vocation, industry cooperation or the working
 * community behind.
 */
final class CoverageCriterion extends Criterion {
  CoverageCriterion() {
    super("coverage");
  }

  static boolean needed(PlanContext c, int k) {
    return Tolerance.reaches(c.target[k], c.rubric.neededShare());
  }

  static boolean covered(PlanContext c, int k) {
    return Tolerance.reaches(c.emphasis[k], c.rubric.coveredFraction() * c.target[k]);
  }

  @Override
  double value(PlanContext c) {
    int needed = 0;
    int covered = 0;
    for (int k = 0; k < c.target.length; k++) {
      if (needed(c, k)) {
        needed++;
        if (covered(c, k)) {
          covered++;
        }
      }
    }
    return needed == 0 ? 1 : (double) covered / needed;
  }

  @Override
  String evidence(PlanContext c, double value) {
    StringBuilder b = new StringBuilder();
    for (CompetenceArea a : PlanContext.AREAS) {
      int k = a.ordinal();
      if (needed(c, k)) {
        b.append(b.length() == 0 ? "" : "; ").append(Text.area(a)).append(" needed (target ")
            .append(Text.num(c.target[k])).append("), emphasis ").append(Text.num(c.emphasis[k]))
            .append(covered(c, k) ? ": covered" : ": not covered");
      }
    }
    return b.length() == 0 ? "no area is needed" : b.toString();
  }

  @Override
  String finding(PlanContext c, double value) {
    StringBuilder b = new StringBuilder();
    for (CompetenceArea a : PlanContext.AREAS) {
      int k = a.ordinal();
      if (needed(c, k) && !covered(c, k)) {
        b.append(b.length() == 0 ? "" : ", ").append(Text.area(a)).append(" (")
            .append(Text.percent(c.emphasis[k])).append(" of the hours, target ")
            .append(Text.percent(c.target[k])).append(')');
      }
    }
    return "Needed areas the plan leaves uncovered: " + b
        + ". A VET teacher's competence spans the vocation, industry cooperation, the teacher"
        + " role and the working community (" + Text.SOURCE + ").";
  }
}
