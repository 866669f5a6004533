package org.vetcpd.rules;

import org.vetcpd.core.Contextualisation;

/**
 * {@code contextualisation}: the hour-weighted mean of the items' contextualisation values
 * (standard GENERIC 0, ADAPTED 0.6, PROGRAMME_SPECIFIC 1); items that do not fit add 0.
 *
 * <p>Seed 000: the school projects were "de-contextualised and implemented in their standardised
 * form", touching on VET issues "only to a limited extent"; "re-contextualisation is necessary to
 * ensure relevant pedagogical content knowledge for different vocational programmes".
 */
final class ContextualisationCriterion extends Criterion {
  ContextualisationCriterion() {
    super("contextualisation");
  }

  @Override
  double value(PlanContext c) {
    double sum = 0;
    for (int i = 0; i < c.size(); i++) {
      if (c.fits[i]) {
        sum += c.hours(i) * c.rubric.contextualisation().get(c.activities[i].contextualisation());
      }
    }
    return clamp(sum / c.totalHours);
  }

  @Override
  String evidence(PlanContext c, double value) {
    StringBuilder b = new StringBuilder();
    for (Contextualisation x : Contextualisation.values()) {
      double h = Text.hoursOf(c, i -> c.fits[i] && c.activities[i].contextualisation() == x);
      if (h > 0) {
        b.append(b.length() == 0 ? "" : "; ").append(x).append(' ').append(Text.hours(h))
            .append(" (value ").append(Text.num(c.rubric.contextualisation().get(x))).append(')');
      }
    }
    if (b.length() == 0) {
      b.append("no fitting hours");
    }
    return b + " of " + Text.hours(c.totalHours) + Text.mismatchNote(c);
  }

  @Override
  String finding(PlanContext c, double value) {
    double generic = Text.hoursOf(c,
        i -> c.fits[i] && c.activities[i].contextualisation() == Contextualisation.GENERIC);
    return Text.share(generic, c.totalHours) + " are generic, one size fits all: "
        + Text.items(c, i -> c.fits[i]
            && c.activities[i].contextualisation() == Contextualisation.GENERIC)
        + ". Such projects touch on vocational issues only to a limited extent; adapt them to the"
        + " programme (" + Text.SOURCE + ").";
  }
}
