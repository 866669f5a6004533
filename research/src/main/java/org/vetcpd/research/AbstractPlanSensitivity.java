package org.vetcpd.research;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableMap;
import org.immutables.value.Value;
import org.vetcpd.rules.Band;

/**
 * How one plan's score varies when the rubric's weights are drawn at random around their values:
 * the score under the rubric itself, the spread over the draws (min, 5th percentile, median, 95th
 * percentile, max, mean; type-7 quantiles) and the share of draws in each band.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({
  "plan", "teacher", "baseScore", "baseBand", "mean", "min", "p05", "median", "p95", "max",
  "bandShares"
})
public abstract class AbstractPlanSensitivity {
  AbstractPlanSensitivity() {}

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
   * Returns the score under the rubric's own weights.
   *
   * @return the score
   */
  @JsonProperty("baseScore")
  public abstract double baseScore();

  /**
   * Returns the band under the rubric's own weights.
   *
   * @return the band
   */
  @JsonProperty("baseBand")
  public abstract Band baseBand();

  /**
   * Returns the mean score over the draws.
   *
   * @return the mean
   */
  @JsonProperty("mean")
  public abstract double mean();

  /**
   * Returns the lowest score of any draw.
   *
   * @return the minimum
   */
  @JsonProperty("min")
  public abstract double min();

  /**
   * Returns the 5th percentile of the scores over the draws.
   *
   * @return the percentile
   */
  @JsonProperty("p05")
  public abstract double p05();

  /**
   * Returns the median score over the draws.
   *
   * @return the median
   */
  @JsonProperty("median")
  public abstract double median();

  /**
   * Returns the 95th percentile of the scores over the draws.
   *
   * @return the percentile
   */
  @JsonProperty("p95")
  public abstract double p95();

  /**
   * Returns the highest score of any draw.
   *
   * @return the maximum
   */
  @JsonProperty("max")
  public abstract double max();

  /**
   * Returns the share of draws in each band; every band present.
   *
   * @return the shares, summing to 1
   */
  @JsonProperty("bandShares")
  public abstract ImmutableMap<Band, Double> bandShares();
}
