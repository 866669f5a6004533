package org.vetcpd.research;

import java.util.Map;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.rules.Band;

/** Cohort rows made by hand for the statistics' tests: only the fields a test looks at vary. */
final class Rows {
  private Rows() {}

  static CohortRow row(String plan, String teacher, String school, double score, Band band) {
    return row(plan, teacher, school, score, band, Map.of());
  }

  static CohortRow row(String plan, String teacher, String school, double score, Band band,
      Map<String, Double> criteria) {
    CohortRow.Builder b = CohortRow.builder().plan(plan).teacher(teacher).programme("RM")
        .school(school).score(score).contentScore(score).band(band).putAllCriteria(criteria)
        .industryContactHours(0).mismatchedHours(0).totalHours(10).items(1)
        .leaderInvolvement(LeaderInvolvement.NONE)
            .rubric(org.vetcpd.rules.Rubric.standard().ref());
    for (CompetenceArea a : CompetenceArea.values()) {
      b.putAreaHours(a, a == CompetenceArea.VOCATIONAL ? 10.0 : 0.0);
    }
    for (Contextualisation c : Contextualisation.values()) {
      b.putContextualisationHours(c, c == Contextualisation.GENERIC ? 10.0 : 0.0);
    }
    return b.build();
  }
}
