package org.vetcpd.rules;

import com.google.common.collect.ImmutableMap;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Driver;
import org.vetcpd.core.DriverScope;

/**
 * {@code driver-response}: {@code Σ uₖ·covₖ / Σ uₖ} over the applicable drivers, where {@code
 * covₖ = Σₐ min(Eₐ, pₖₐ)} is how far the plan answers driver k's pull and {@code uₖ = strengthₖ}
 * for a VOCATION_SPECIFIC driver, {@code strengthₖ × generalDriverFactor} for a GENERAL one. Not
 * assessed without applicable drivers or when every {@code uₖ} is 0.
 *
 * <p>Seed 000: governance targets and market competition push toward collective, generic CPD,
 * while "the needs of the industry hiring the students" call for renewed vocational knowledge; a
 * vocation-specific driver therefore counts more than a general one.
 */
final class DriverResponseCriterion extends Criterion {
  DriverResponseCriterion() {
    super("driver-response");
  }

  static double weightOf(PlanContext c, Driver d) {
    double factor = d.effectiveScope() == DriverScope.VOCATION_SPECIFIC
        ? 1 : c.rubric.generalDriverFactor();
    return d.strength() * factor;
  }

  static double cover(PlanContext c, Driver d) {
    ImmutableMap<CompetenceArea, Double> p = d.pullProfile();
    double sum = 0;
    for (CompetenceArea a : PlanContext.AREAS) {
      sum += Math.min(c.emphasis[a.ordinal()], p.get(a));
    }
    return sum;
  }

  @Override
  double value(PlanContext c) {
    double weights = 0;
    double sum = 0;
    for (Driver d : c.drivers) {
      double u = weightOf(c, d);
      weights += u;
      sum += u * cover(c, d);
    }
    if (!(weights > 0)) {
      return NOT_ASSESSED;
    }
    return clamp(sum / weights);
  }

  @Override
  String notAssessedReason(PlanContext c) {
    if (c.drivers.length == 0) {
      if (c.plan.drivers().isPresent() && c.plan.drivers().get().isEmpty()) {
        return "the plan considers no drivers (drivers: [])";
      }
      return "no driver applies to programme " + c.teacher.programme()
          + (c.plan.drivers().isPresent() ? " among the drivers the plan lists" : "");
    }
    return "every applicable driver has weight 0 (strength 0, or a GENERAL driver with"
        + " generalDriverFactor 0)";
  }

  @Override
  String evidence(PlanContext c, double value) {
    if (c.drivers.length == 0) {
      return "no applicable drivers";
    }
    StringBuilder b = new StringBuilder();
    for (Driver d : c.drivers) {
      b.append(b.length() == 0 ? "" : "; ").append(d.id()).append(" (").append(d.kind())
          .append(", ").append(d.effectiveScope()).append(", weight ")
          .append(Text.num(weightOf(c, d))).append(") answered ").append(Text.num(cover(c, d)));
    }
    return b.toString();
  }

  @Override
  String finding(PlanContext c, double value) {
    Driver weakest = null;
    double worst = Double.POSITIVE_INFINITY;
    for (Driver d : c.drivers) {
      double cov = cover(c, d);
      if (weightOf(c, d) > 0 && cov < worst) {
        worst = cov;
        weakest = d;
      }
    }
    String named = weakest == null ? "" : " The least answered is " + weakest.id() + " ("
        + Text.words(weakest.kind()) + "), answered to " + Text.percent(worst) + ".";
    return "The plan answers what pulls on the teacher's development only to "
        + Text.percent(value) + "." + named + " The needs of the employers who hire the students"
        + " are among the drivers of VET teachers' development (" + Text.SOURCE + ").";
  }
}
