package org.vetcpd.research;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableMap;
import org.immutables.value.Value;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.RubricRef;

/**
 * The summary of one group of a cohort table (a school, a department, a programme, a facilitator
 * role): how many plans, how their scores are spread, which bands they fall in, and where their
 * hours go.
 *
 * <p>Score statistics are over the group's plans. Hour shares are <em>pooled</em>: the group's
 * hours of a kind over all the group's hours, so that a plan weighs by its hours (the share of the
 * group's CPD time, as seed 000 compares collective generic CPD with individual vocational CPD);
 * they are 0 when the group has no hours. Band and leader-involvement shares are shares of plans.
 * Quantiles are of type 7 (R's default, see {@link Aggregates}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({
  "grouping", "key", "count", "mean", "median", "q1", "q3", "iqr", "bandShares", "areaShares",
  "contextualisationShares", "industryContactShare", "mismatchedShare", "totalHours",
  "leaderInvolvementShares", "rubric"
})
public abstract class AbstractGroupSummary {
  AbstractGroupSummary() {}

  /**
   * Returns how the rows were grouped.
   *
   * @return the grouping
   */
  @JsonProperty("grouping")
  public abstract Grouping grouping();

  /**
   * Returns the group's key: a school id, {@code SCHOOL/DEPARTMENT}, a programme code, a leader
   * role, or {@code (none)}; an id that contains {@code /} or {@code "}, or is {@code (none)}, in
   * double quotes, so that two groups never share a key ({@link Grouping}).
   *
   * @return the key
   */
  @JsonProperty("key")
  public abstract String key();

  /**
   * Returns the number of plans in the group.
   *
   * @return the count, at least 1
   */
  @JsonProperty("count")
  public abstract int count();

  /**
   * Returns the mean score.
   *
   * @return the mean
   */
  @JsonProperty("mean")
  public abstract double mean();

  /**
   * Returns the median score (the type-7 quantile at 0.5).
   *
   * @return the median
   */
  @JsonProperty("median")
  public abstract double median();

  /**
   * Returns the first quartile of the scores (type 7).
   *
   * @return the quartile
   */
  @JsonProperty("q1")
  public abstract double q1();

  /**
   * Returns the third quartile of the scores (type 7).
   *
   * @return the quartile
   */
  @JsonProperty("q3")
  public abstract double q3();

  /**
   * Returns the interquartile range of the scores, {@code q3 − q1}.
   *
   * @return the range
   */
  @JsonProperty("iqr")
  public double iqr() {
    return q3() - q1();
  }

  /**
   * Returns the share of the group's plans in each band; every band present.
   *
   * @return the shares, summing to 1
   */
  @JsonProperty("bandShares")
  public abstract ImmutableMap<Band, Double> bandShares();

  /**
   * Returns the share of the group's hours in each competence area (pooled); every area present.
   *
   * @return the shares
   */
  @JsonProperty("areaShares")
  public abstract ImmutableMap<CompetenceArea, Double> areaShares();

  /**
   * Returns the share of the group's hours at each contextualisation (pooled); every level
   * present.
   *
   * @return the shares
   */
  @JsonProperty("contextualisationShares")
  public abstract ImmutableMap<Contextualisation, Double> contextualisationShares();

  /**
   * Returns the share of the group's hours with industry contact (pooled).
   *
   * @return the share
   */
  @JsonProperty("industryContactShare")
  public abstract double industryContactShare();

  /**
   * Returns the share of the group's hours spent on activities designed for other programmes.
   *
   * @return the share
   */
  @JsonProperty("mismatchedShare")
  public abstract double mismatchedShare();

  /**
   * Returns the group's total hours.
   *
   * @return the hours
   */
  @JsonProperty("totalHours")
  public abstract double totalHours();

  /**
   * Returns the share of the group's plans at each level of leader involvement; every level
   * present.
   *
   * @return the shares, summing to 1
   */
  @JsonProperty("leaderInvolvementShares")
  public abstract ImmutableMap<LeaderInvolvement, Double> leaderInvolvementShares();

  /**
   * Returns the rubric the group's plans were scored with (JSON {@code "rubric": {"id",
   * "version", "fingerprint"}}; CSV columns {@code rubric_id, rubric_version,
   * rubric_fingerprint}); {@link Aggregates} never mixes rows scored with different rubrics.
   *
   * @return the rubric's reference
   */
  @JsonProperty("rubric")
  public abstract RubricRef rubric();
}
