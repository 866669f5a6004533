package org.vetcpd.rules;

import org.vetcpd.core.CompetenceArea;

/**
 * {@code needs-alignment}: the overlap {@code Σₐ min(Eₐ, tₐ)} of the plan's emphasis with the
 * target, the teacher's need blended with the drivers' pull.
 *
 * <p>Seed 000: the teachers' specific CPD needs "must be understood in light of the interaction
 * between these external drivers and internal needs". Hours that do not fit the teacher's
 * programme add to no area ("a long way from Béarnaise sauce to the CNC machine"), so a plan of
 * only mismatched items gets 0.
 */
final class NeedsAlignmentCriterion extends Criterion {
  NeedsAlignmentCriterion() {
    super("needs-alignment");
  }

  @Override
  double value(PlanContext c) {
    double sum = 0;
    for (int k = 0; k < c.target.length; k++) {
      sum += Math.min(c.emphasis[k], c.target[k]);
    }
    return clamp(sum);
  }

  @Override
  String evidence(PlanContext c, double value) {
    return "emphasis " + Text.vector(c.emphasis) + " against target " + Text.vector(c.target)
        + "; overlap " + Text.num(value) + Text.mismatchNote(c);
  }

  /** A mismatch is always a finding: the report must name it (seed 000, CNC machine). */
  @Override
  boolean hasFinding(PlanContext c, double value, double threshold) {
    return value < threshold || c.mismatchedHours() > 0;
  }

  @Override
  String finding(PlanContext c, double value) {
    CompetenceArea gap = null;
    double worst = 0;
    for (CompetenceArea a : PlanContext.AREAS) {
      double g = c.target[a.ordinal()] - c.emphasis[a.ordinal()];
      if (g > worst) {
        worst = g;
        gap = a;
      }
    }
    StringBuilder b = new StringBuilder("The plan meets the teacher's target to ")
        .append(Text.percent(value));
    if (gap != null && value < c.rubric.findingThreshold()) {
      b.append(": it gives the ").append(Text.area(gap)).append(" area ")
          .append(Text.percent(c.emphasis[gap.ordinal()]))
          .append(" of its hours where the target asks ")
          .append(Text.percent(c.target[gap.ordinal()]));
    }
    b.append('.');
    double m = c.mismatchedHours();
    if (m > 0) {
      b.append(" Not for this programme: ").append(Text.items(c, i -> !c.fits[i]))
          .append(", designed for other programmes than ").append(Text.programme(c))
          .append("; activities of another vocation build no competence in this one (")
          .append(Text.SOURCE).append(").");
    }
    return b.toString();
  }
}
