package org.vetcpd.rules;

/**
 * {@code vocational-focus}: {@code min(1, (E_VOC + E_IND) / max(t_VOC + t_IND,
 * minVocationalShare))}, the plan's share of the trade and of industry cooperation against what
 * the target asks, and never less than the rubric's floor for a VET teacher.
 *
 * <p>Seed 000: "in practice, there is little emphasis on the development of vocational knowledge
 * in vocational training programmes"; the vocational and VET/industry-cooperation areas of Paaso
 * and Korento are what generic projects leave out.
 */
final class VocationalFocusCriterion extends Criterion {
  VocationalFocusCriterion() {
    super("vocational-focus");
  }

  @Override
  double value(PlanContext c) {
    double have = c.emphasis[PlanContext.VOC] + c.emphasis[PlanContext.IND];
    return clamp(have / asked(c));
  }

  private static double asked(PlanContext c) {
    return Math.max(c.target[PlanContext.VOC] + c.target[PlanContext.IND],
        c.rubric.minVocationalShare());
  }

  @Override
  String evidence(PlanContext c, double value) {
    return "vocational + industry cooperation: emphasis "
        + Text.num(c.emphasis[PlanContext.VOC] + c.emphasis[PlanContext.IND]) + " against "
        + Text.num(asked(c)) + " (target " + Text.num(c.target[PlanContext.VOC]
            + c.target[PlanContext.IND]) + ", floor " + Text.num(c.rubric.minVocationalShare())
        + ")" + Text.mismatchNote(c);
  }

  @Override
  String finding(PlanContext c, double value) {
    double have = c.emphasis[PlanContext.VOC] + c.emphasis[PlanContext.IND];
    return (have == 0 ? "None" : "Only " + Text.percent(have))
        + " of the plan's hours develop the vocation and cooperation with industry, where "
        + Text.percent(asked(c)) + " is asked. CPD is often pulled toward general teaching"
        + " topics, with little emphasis on vocational knowledge (" + Text.SOURCE + ").";
  }
}
