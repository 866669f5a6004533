package org.vetcpd.rules;

import com.google.common.collect.ImmutableList;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Teacher;

/**
 * The scoring path as it was before the kernel, kept as the reference: a {@link PlanContext} built
 * from the domain objects, the ten criteria's {@link Criterion#value} definitions, and a {@link
 * ReferenceRecommender} that re-scores a copy of the plan per candidate edit.
 */
final class ReferenceScorer {
  private ReferenceScorer() {}

  static PlanContext context(TailoringScorer scorer, Dataset catalogue, CpdPlan plan) {
    Teacher teacher = catalogue.teacherIndex().get(plan.teacher());
    return new PlanContext(scorer.rubric(), catalogue, teacher, plan);
  }

  /** Returns the reference score of a plan whose references resolve. */
  static double score(TailoringScorer scorer, Dataset catalogue, CpdPlan plan) {
    return scorer.score(TailoringScorer.referenceValues(context(scorer, catalogue, plan)));
  }

  /** Returns the reference report; its criteria are explained from the reference context. */
  static TailoringReport report(TailoringScorer scorer, Dataset catalogue, CpdPlan plan) {
    PlanContext c = context(scorer, catalogue, plan);
    double[] values = TailoringScorer.referenceValues(c);
    double score = scorer.score(values);
    Band band = c.isEmpty() ? Band.GENERIC : scorer.rubric().band(score);
    return new TailoringReport(scorer, c, values, score, band);
  }

  /** Returns the reference recommendations, with their edited plans. */
  static ImmutableList<ReferenceRecommender.Edit> edits(TailoringScorer scorer, Dataset catalogue,
      CpdPlan plan) {
    PlanContext c = context(scorer, catalogue, plan);
    double base = scorer.score(TailoringScorer.referenceValues(c));
    return new ReferenceRecommender(scorer, c, base).edits();
  }
}
