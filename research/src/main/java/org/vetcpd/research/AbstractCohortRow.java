package org.vetcpd.research;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.LeaderRole;
import org.vetcpd.core.Problems;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.RubricRef;

/**
 * One row of a cohort table: one scored plan with who it belongs to, its score and band, every
 * criterion's value, and how its hours are spent (by competence area, by contextualisation, with
 * industry contact, on activities that do not fit the teacher's programme).
 *
 * <p>Hours are the plan's own, whether or not an item fits the teacher's programme: {@link
 * #areaHours()} spreads each item's hours over the areas by its activity's area profile, so that
 * the four values sum to {@link #totalHours()}; {@link #mismatchedHours()} tells how many of them
 * went to activities designed for other programmes (seed 000: "a long way from Béarnaise sauce to
 * the CNC machine"). The scorer's own shares count only fitting items; see docs/rubric.md.
 *
 * <p>Make rows with {@link CohortTable}; write and read them as CSV with {@link CohortCsv}. This
 * class is immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({
  "plan", "teacher", "programme", "school", "department", "period", "score", "band", "criteria",
  "areaHours", "contextualisationHours", "industryContactHours", "mismatchedHours", "totalHours",
  "items", "leaderInvolvement", "facilitator", "contentScore", "rubric"
})
public abstract class AbstractCohortRow {
  AbstractCohortRow() {}

  /**
   * Returns the plan's id.
   *
   * @return the id
   */
  @JsonProperty("plan")
  public abstract String plan();

  /**
   * Returns the teacher's id.
   *
   * @return the id
   */
  @JsonProperty("teacher")
  public abstract String teacher();

  /**
   * Returns the code of the teacher's programme.
   *
   * @return the code
   */
  @JsonProperty("programme")
  public abstract String programme();

  /**
   * Returns the id of the teacher's school, if recorded.
   *
   * @return the school id
   */
  @JsonProperty("school")
  public abstract Optional<String> school();

  /**
   * Returns the id of the teacher's department in the school, if recorded.
   *
   * @return the department id
   */
  @JsonProperty("department")
  public abstract Optional<String> department();

  /**
   * Returns the plan's period, e.g. {@code 2026/27}, if recorded.
   *
   * @return the period
   */
  @JsonProperty("period")
  public abstract Optional<String> period();

  /**
   * Returns the tailoring score.
   *
   * @return the score, in [0, 100]
   */
  @JsonProperty("score")
  public abstract double score();

  /**
   * Returns the band of the score.
   *
   * @return the band
   */
  @JsonProperty("band")
  public abstract Band band();

  /**
   * Returns the content score: the score with the weight of {@code facilitation} set to 0, that
   * is {@code 100 · Σ w·value / Σ w} over the other assessed criteria (0 when none is assessed).
   * It separates what the plan holds from how the school facilitates it (seed 000: facilitation
   * is the leader's responsibility, the content the teacher's and the leader's together), so
   * that a researcher can test whether poorly facilitated plans are also poor in content.
   *
   * @return the score, in [0, 100]
   */
  @JsonProperty("contentScore")
  public abstract double contentScore();

  /**
   * Returns the value of every assessed criterion, keyed by criterion id in {@link
   * org.vetcpd.rules.Rubric#CRITERIA} order; a criterion that was not assessed is absent.
   *
   * @return the values, each in [0, 1]
   */
  @JsonProperty("criteria")
  public abstract ImmutableMap<String, Double> criteria();

  /**
   * Returns the plan's hours by competence area: each item's hours times its activity's area
   * share, fitting or not; every area present, the values summing to {@link #totalHours()}.
   *
   * @return the hours by area
   */
  @JsonProperty("areaHours")
  public abstract ImmutableMap<CompetenceArea, Double> areaHours();

  /**
   * Returns the plan's hours by the contextualisation of their activities; every level present.
   *
   * @return the hours by contextualisation
   */
  @JsonProperty("contextualisationHours")
  public abstract ImmutableMap<Contextualisation, Double> contextualisationHours();

  /**
   * Returns the hours of items whose activity brings contact with industry, fitting or not.
   *
   * @return the hours
   */
  @JsonProperty("industryContactHours")
  public abstract double industryContactHours();

  /**
   * Returns the hours of items whose activity is designed for other programmes than the
   * teacher's.
   *
   * @return the hours
   */
  @JsonProperty("mismatchedHours")
  public abstract double mismatchedHours();

  /**
   * Returns the plan's total hours.
   *
   * @return the hours, 0 for a plan without items
   */
  @JsonProperty("totalHours")
  public abstract double totalHours();

  /**
   * Returns the number of items of the plan.
   *
   * @return the number, at least 0
   */
  @JsonProperty("items")
  public abstract int items();

  /**
   * Returns how far school leaders take part in the plan.
   *
   * @return the involvement
   */
  @JsonProperty("leaderInvolvement")
  public abstract LeaderInvolvement leaderInvolvement();

  /**
   * Returns the leader role that facilitates the plan, if any.
   *
   * @return the role
   */
  @JsonProperty("facilitator")
  public abstract Optional<LeaderRole> facilitator();

  /**
   * Returns the rubric the plan was scored with: its id, version and fingerprint, so that every
   * row names exactly what produced its score (JSON {@code "rubric": {"id", "version",
   * "fingerprint"}}; CSV columns {@code rubric_id, rubric_version, rubric_fingerprint}).
   *
   * @return the rubric's reference
   */
  @JsonProperty("rubric")
  public abstract RubricRef rubric();

  /**
   * Returns the value of one criterion.
   *
   * @param criterion a criterion id, one of {@link Rubric#CRITERIA}
   * @return the value, empty when the criterion was not assessed
   * @throws IllegalArgumentException if the id is not a criterion's
   */
  public OptionalDouble criterion(String criterion) {
    CohortColumns.checkCriterion(criterion);
    Double v = criteria().get(criterion);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * Returns the hours of one competence area; see {@link #areaHours()}.
   *
   * @param area the area
   * @return the hours
   */
  public double hours(CompetenceArea area) {
    return areaHours().get(area);
  }

  /**
   * Returns the hours of one contextualisation; see {@link #contextualisationHours()}.
   *
   * @param contextualisation the contextualisation
   * @return the hours
   */
  public double hours(Contextualisation contextualisation) {
    return contextualisationHours().get(contextualisation);
  }

  @Value.Check
  final AbstractCohortRow check() {
    Problems p = new Problems();
    p.nonBlank("plan", plan()).nonBlank("teacher", teacher()).nonBlank("programme", programme());
    p.inRange("score", score(), 0, 100);
    p.inRange("contentScore", contentScore(), 0, 100);
    for (Map.Entry<String, Double> e : criteria().entrySet()) {
      if (!Rubric.CRITERIA.contains(e.getKey())) {
        p.add("criteria." + e.getKey(), "unknown criterion; expected one of " + Rubric.CRITERIA);
      } else {
        p.inRange("criteria." + e.getKey(), e.getValue(), 0, 1);
      }
    }
    for (CompetenceArea a : CompetenceArea.values()) {
      Double h = areaHours().get(a);
      if (h == null) {
        p.add("areaHours." + a, "missing; every area needs its hours");
      } else {
        p.atLeast("areaHours." + a, h, 0);
      }
    }
    for (Contextualisation c : Contextualisation.values()) {
      Double h = contextualisationHours().get(c);
      if (h == null) {
        p.add("contextualisationHours." + c, "missing; every level needs its hours");
      } else {
        p.atLeast("contextualisationHours." + c, h, 0);
      }
    }
    p.atLeast("industryContactHours", industryContactHours(), 0);
    p.atLeast("mismatchedHours", mismatchedHours(), 0);
    p.atLeast("totalHours", totalHours(), 0);
    if (items() < 0) {
      p.add("items", "must be >= 0, was " + items());
    }
    p.throwIfAny();
    return canonicalOrder();
  }

  /** Keeps the criteria in {@link Rubric#CRITERIA} order, so that equal rows print alike. */
  private AbstractCohortRow canonicalOrder() {
    boolean ordered = true;
    int last = -1;
    for (String id : criteria().keySet()) {
      int k = Rubric.CRITERIA.indexOf(id);
      if (k < last) {
        ordered = false;
        break;
      }
      last = k;
    }
    if (ordered) {
      return this;
    }
    ImmutableMap.Builder<String, Double> b = ImmutableMap.builder();
    for (String id : Rubric.CRITERIA) {
      Double v = criteria().get(id);
      if (v != null) {
        b.put(id, v);
      }
    }
    return CohortRow.copyOf(this).withCriteria(b.buildOrThrow());
  }
}
