package org.vetcpd.rules;

/**
 * {@code sustained-learning}: the hour share of fitting items whose activity spans at least {@code
 * sustainedWeeks} weeks.
 *
 * <p>Seed 000: vocational knowledge grows in ongoing interaction &mdash; following students through
 * placement, recurring meetings with kitchen managers, a community of practice &mdash; rather
 * than in one-off courses ("this was 15 years ago").
 */
final class SustainedLearningCriterion extends Criterion {
  SustainedLearningCriterion() {
    super("sustained-learning");
  }

  static boolean sustained(PlanContext c, int i) {
    return c.fits[i] && c.activities[i].spanWeeks() >= c.rubric.sustainedWeeks();
  }

  @Override
  double value(PlanContext c) {
    double sum = 0;
    for (int i = 0; i < c.size(); i++) {
      if (sustained(c, i)) {
        sum += c.hours(i);
      }
    }
    return clamp(sum / c.totalHours);
  }

  @Override
  String evidence(PlanContext c, double value) {
    return Text.share(Text.hoursOf(c, i -> sustained(c, i)), c.totalHours) + " span at least "
        + c.rubric.sustainedWeeks() + " weeks: " + Text.items(c, i -> sustained(c, i));
  }

  @Override
  String finding(PlanContext c, double value) {
    return "Only " + Text.share(Text.hoursOf(c, i -> sustained(c, i)), c.totalHours)
        + " are sustained over " + Text.count(c.rubric.sustainedWeeks(), "week", "weeks")
        + " or more; one-off events renew vocational knowledge less than ongoing contact ("
        + Text.SOURCE + ").";
  }
}
