package org.vetcpd.rules;

/**
 * {@code industry-contact}: {@code min(1, H_ind / R)}, the fitting hours with contact with industry
 * against the hours the teacher needs, {@code R = base + perYear·min(y, cap)} with {@code y} the
 * years since the teacher's last industry contact (unknown: the rubric's {@code unknownYears}).
 *
 * <p>Seed 000: "VET teachers' interactions with industry represent the most important opportunity
 * for CPD in their vocation"; student placement is "a little bit of training for the teachers".
 * Seed 004: without substantive updating, careers drift downward, so the need grows with the
 * years since the last contact.
 */
final class IndustryContactCriterion extends Criterion {
  IndustryContactCriterion() {
    super("industry-contact");
  }

  @Override
  double value(PlanContext c) {
    return clamp(industryHours(c) / required(c));
  }

  static double industryHours(PlanContext c) {
    double sum = 0;
    for (int i = 0; i < c.size(); i++) {
      if (c.fits[i] && c.activities[i].involvesIndustryContact()) {
        sum += c.hours(i);
      }
    }
    return sum;
  }

  static double years(PlanContext c) {
    return c.teacher.yearsSinceIndustryContact().orElse(c.rubric.unknownYears());
  }

  static double required(PlanContext c) {
    Rubric r = c.rubric;
    return r.industryHoursBase() + r.industryHoursPerYear() * Math.min(years(c), r.industryYearCap());
  }

  @Override
  String evidence(PlanContext c, double value) {
    String y = c.teacher.yearsSinceIndustryContact().isPresent()
        ? Text.count(years(c), "year", "years") + " since the last industry contact"
        : "years since the last industry contact unknown, " + Text.num(years(c)) + " assumed";
    return Text.hours(industryHours(c)) + " with industry contact against "
        + Text.hours(required(c)) + " required (" + y + "): "
        + Text.items(c, i -> c.fits[i] && c.activities[i].involvesIndustryContact());
  }

  @Override
  String finding(PlanContext c, double value) {
    String since = c.teacher.yearsSinceIndustryContact().isPresent()
        ? " after " + Text.count(years(c), "year", "years") + " without it"
        : " (the years since the teacher's last contact are unknown; "
            + Text.count(years(c), "year is", "years are") + " assumed)";
    return "The plan holds " + Text.hours(industryHours(c)) + " of contact with industry, where "
        + Text.hours(required(c)) + " are needed" + since + ". Contact with industry is VET"
        + " teachers' most important opportunity to develop in their vocation (" + Text.SOURCE
        + ").";
  }
}
