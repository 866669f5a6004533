package org.vetcpd.rules;

import com.google.common.collect.ImmutableList;

/** The ten criteria, in the stable order of {@link Rubric#CRITERIA}. */
final class Criteria {
  static final ImmutableList<Criterion> ALL = ImmutableList.of(
      new NeedsAlignmentCriterion(),
      new VocationalFocusCriterion(),
      new ContextualisationCriterion(),
      new IndustryContactCriterion(),
      new DriverResponseCriterion(),
      new CollaborationCriterion(),
      new FacilitationCriterion(),
      new CoverageCriterion(),
      new KnowledgeIntegrationCriterion(),
      new SustainedLearningCriterion());

  private Criteria() {}

  static int index(String id) {
    return Rubric.CRITERIA.indexOf(id);
  }
}
