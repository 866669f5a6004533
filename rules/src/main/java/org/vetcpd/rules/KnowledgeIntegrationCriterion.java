package org.vetcpd.rules;

/**
 * {@code knowledge-integration}: the hour share of fitting items whose activity develops two or
 * more knowledge categories; not assessed when no item of the plan (fitting or not) names any.
 *
 * <p>Seed 000: "it is a challenge for school leaders to explore and facilitate integration of
 * different sub-categories of knowledge in CPD projects" &mdash; workplace practice, subject theory
 * (Bathmaker), pedagogical content knowledge (Shulman), the wider organisation (Hoekstra et al.).
 */
final class KnowledgeIntegrationCriterion extends Criterion {
  KnowledgeIntegrationCriterion() {
    super("knowledge-integration");
  }

  static boolean integrates(PlanContext c, int i) {
    return c.fits[i] && c.activities[i].knowledge().size() >= 2;
  }

  @Override
  double value(PlanContext c) {
    boolean named = false;
    double sum = 0;
    for (int i = 0; i < c.size(); i++) {
      named |= !c.activities[i].knowledge().isEmpty();
      if (integrates(c, i)) {
        sum += c.hours(i);
      }
    }
    return named ? clamp(sum / c.totalHours) : NOT_ASSESSED;
  }

  @Override
  String notAssessedReason(PlanContext c) {
    return "no activity of the plan names the knowledge categories it develops";
  }

  @Override
  String evidence(PlanContext c, double value) {
    return Text.share(Text.hoursOf(c, i -> integrates(c, i)), c.totalHours)
        + " integrate two or more knowledge categories: " + Text.items(c, i -> integrates(c, i));
  }

  @Override
  String finding(PlanContext c, double value) {
    return "Only " + Text.share(Text.hoursOf(c, i -> integrates(c, i)), c.totalHours)
        + " develop two or more kinds of knowledge together. Integrating workplace practice,"
        + " subject theory and knowledge of how to teach the subject is a challenge school leaders"
        + " must facilitate (" + Text.SOURCE + ").";
  }
}
