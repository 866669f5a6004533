package org.vetcpd.research;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.rules.Rubric;

/** The column names of a cohort table in CSV, in their stable order; see {@link CohortCsv}. */
final class CohortColumns {
  static final ImmutableList<String> HEAD = ImmutableList.of(
      "plan", "teacher", "programme", "school", "department", "period", "score", "band");
  static final ImmutableList<String> TAIL = ImmutableList.of(
      "hours_industry_contact", "hours_mismatched", "hours_total", "items", "leader_involvement",
      "facilitator", "content_score", "rubric_id", "rubric_version", "rubric_fingerprint");
  /** The columns naming the rubric, last in every table that carries them. */
  static final ImmutableList<String> RUBRIC = ImmutableList.of(
      "rubric_id", "rubric_version", "rubric_fingerprint");
  static final ImmutableList<String> ALL = all();

  private CohortColumns() {}

  private static ImmutableList<String> all() {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    b.addAll(HEAD);
    for (String id : Rubric.CRITERIA) {
      b.add(criterion(id));
    }
    for (CompetenceArea a : CompetenceArea.values()) {
      b.add(hours(a));
    }
    for (Contextualisation c : Contextualisation.values()) {
      b.add(hours(c));
    }
    b.addAll(TAIL);
    return b.build();
  }

  /** {@code needs-alignment} → {@code needs_alignment}: R's read.csv would rewrite a hyphen. */
  static String criterion(String id) {
    return id.replace('-', '_');
  }

  static String hours(Enum<?> e) {
    return "hours_" + e.name().toLowerCase(Locale.ROOT);
  }

  static void checkCriterion(String id) {
    requireNonNull(id, "criterion");
    checkArgument(Rubric.CRITERIA.contains(id), "unknown criterion \"%s\"; expected one of %s", id,
        Rubric.CRITERIA);
  }
}
