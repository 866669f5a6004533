package org.vetcpd.research;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableMap;
import org.immutables.value.Value;
import org.vetcpd.rules.Band;

/**
 * How one plan's score varies when the rubric is drawn at random around its own (its weights, its
 * constants or both): the score under the rubric itself, the spread of the score over the rubric
 * draws (min, 5th percentile, median, 95th percentile, max, mean; type-7 quantiles), the plan's
 * rank in the cohort (1 for the highest score, ties sharing the mean rank) under the rubric and
 * over the draws, the probability that its band changes and the share of draws in each band, with
 * the Monte Carlo standard error of every mean and share.
 *
 * <p>The spread over rubric draws is <em>not</em> a confidence interval: it says how much the
 * score depends on modelling choices, not how precisely it is measured.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({
  "plan", "teacher", "baseScore", "baseBand", "mean", "meanMcse", "min", "p05", "median", "p95",
  "max", "baseRank", "medianRank", "rankP05", "rankP95", "bandChange", "bandChangeMcse",
  "bandShares", "bandShareMcse"
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

  /**
   * Returns the Monte Carlo standard error of {@link #mean()}: the standard deviation of the
   * draws' scores over √draws (0 for a single draw).
   *
   * @return the standard error
   */
  @JsonProperty("meanMcse")
  public abstract double meanMcse();

  /**
   * Returns the plan's rank under the rubric itself: 1 for the highest score of the cohort, tied
   * plans sharing the mean of their ranks.
   *
   * @return the rank
   */
  @JsonProperty("baseRank")
  public abstract double baseRank();

  /**
   * Returns the median of the plan's rank over the draws (type 7).
   *
   * @return the median rank
   */
  @JsonProperty("medianRank")
  public abstract double medianRank();

  /**
   * Returns the 5th percentile of the plan's rank over the draws (the better end).
   *
   * @return the percentile
   */
  @JsonProperty("rankP05")
  public abstract double rankP05();

  /**
   * Returns the 95th percentile of the plan's rank over the draws (the worse end).
   *
   * @return the percentile
   */
  @JsonProperty("rankP95")
  public abstract double rankP95();

  /**
   * Returns the share of draws in which the plan's band differs from its base band.
   *
   * @return the share, in [0, 1]
   */
  @JsonProperty("bandChange")
  public abstract double bandChange();

  /**
   * Returns the Monte Carlo standard error of {@link #bandChange()}.
   *
   * @return the standard error
   */
  @JsonProperty("bandChangeMcse")
  public abstract double bandChangeMcse();

  /**
   * Returns the Monte Carlo standard error of each band share, {@code √(p(1 − p)/draws)}.
   *
   * @return the standard errors; every band present
   */
  @JsonProperty("bandShareMcse")
  public abstract ImmutableMap<Band, Double> bandShareMcse();
}
