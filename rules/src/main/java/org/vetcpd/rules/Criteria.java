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

  /** The index of a criterion's id in {@link Rubric#CRITERIA}, or -1. */
  static int index(String id) {
    // First by identity: callers that go over the criteria (a CSV row asks for every value) hand
    // back the very strings of Rubric.CRITERIA, which indexOf would compare one by one.
    for (int k = 0; k < Rubric.CRITERIA.size(); k++) {
      if (Rubric.CRITERIA.get(k) == id) {
        return k;
      }
    }
    return Rubric.CRITERIA.indexOf(id);
  }
}
