package org.vetcpd.research;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.immutables.value.Value;
import org.vetcpd.rules.RubricRef;

/**
 * The outcome of a {@link Sensitivity} analysis: its settings, each plan's spread of scores and
 * ranks and its band shares over the rubric draws, how often each group's mean exceeds another's, the stability of the cohort's ranking (Kendall's τ-b of each
 * draw's scores against the base scores), and the one-at-a-time weight sweeps.
 *
 * <p>Equal settings on equal rows give an equal result, whatever the number of threads. This
 * class is immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({
  "rubric", "vary", "weights", "draws", "concentration", "seed", "plansExcluded", "tauMean",
  "tauMeanMcse", "tauMin", "tauP05", "plans", "grouping", "groups", "sweeps"
})
public abstract class AbstractSensitivityResult {
  AbstractSensitivityResult() {}

  /**
   * Returns the id and version of the rubric whose weights were varied.
   *
   * @return the rubric reference
   */
  @JsonProperty("rubric")
  public abstract RubricRef rubric();

  /**
   * Returns the rubric's weights, normalised to sum 1: the centre of the draws.
   *
   * @return the weights by criterion id
   */
  @JsonProperty("weights")
  public abstract ImmutableMap<String, Double> weights();

  /**
   * Returns the number of weight draws.
   *
   * @return the draws
   */
  @JsonProperty("draws")
  public abstract int draws();

  /**
   * Returns the concentration of the Dirichlet distribution the weights were drawn from.
   *
   * @return the concentration
   */
  @JsonProperty("concentration")
  public abstract double concentration();

  /**
   * Returns the random seed.
   *
   * @return the seed
   */
  @JsonProperty("seed")
  public abstract long seed();

  /**
   * Returns the mean over draws of Kendall's τ-b between a draw's scores and the base scores.
   *
   * @return the mean τ-b; NaN when undefined (null in JSON) (fewer than two plans, or all base scores tied)
   */
  public abstract double tauMean();

  /**
   * Returns the lowest τ-b of any draw.
   *
   * @return the minimum τ-b; NaN when undefined (null in JSON)
   */
  public abstract double tauMin();

  /**
   * Returns the 5th percentile (type 7) of the draws' τ-b.
   *
   * @return the percentile; NaN when undefined (null in JSON)
   */
  public abstract double tauP05();

  /**
   * Returns each plan's score interval and band shares, in the order of the rows.
   *
   * @return one entry per plan
   */
  @JsonProperty("plans")
  public abstract ImmutableList<PlanSensitivity> plans();

  /**
   * Returns the one-at-a-time sweeps: for each criterion with a positive weight, in {@link
   * org.vetcpd.rules.Rubric#CRITERIA} order, each factor in the order given.
   *
   * @return the sweeps
   */
  @JsonProperty("sweeps")
  public abstract ImmutableList<WeightSweep> sweeps();

  /**
   * Returns what was varied: the weights, the constants or both.
   *
   * @return the kind of draws
   */
  @JsonProperty("vary")
  public abstract Vary vary();

  /**
   * Returns the number of plans left out of the analysis as empty (no items), when the caller
   * left them out and said so; 0 otherwise.
   *
   * @return the number
   */
  @JsonProperty("plansExcluded")
  @Value.Default
  public int plansExcluded() {
    return 0;
  }

  /**
   * Returns the Monte Carlo standard error of {@link #tauMean()}.
   *
   * @return the standard error; NaN when τ-b is undefined (null in JSON)
   */
  public abstract double tauMeanMcse();

  /**
   * Returns how the plans were grouped for {@link #groups()}, if they were.
   *
   * @return the grouping
   */
  @JsonProperty("grouping")
  public abstract java.util.Optional<Grouping> grouping();

  /**
   * Returns, for each ordered pair of groups (in key order), the share of draws in which the first
   * group's mean score exceeds the second's; empty without a grouping.
   *
   * @return the comparisons
   */
  @JsonProperty("groups")
  public abstract ImmutableList<GroupComparison> groups();

  @JsonProperty("tauMeanMcse")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  Double jsonTauMeanMcse() {
    return Double.isNaN(tauMeanMcse()) ? null : tauMeanMcse();
  }

  @JsonProperty("tauMean")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  Double jsonTauMean() {
    return Double.isNaN(tauMean()) ? null : tauMean();
  }

  @JsonProperty("tauMin")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  Double jsonTauMin() {
    return Double.isNaN(tauMin()) ? null : tauMin();
  }

  @JsonProperty("tauP05")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  Double jsonTauP05() {
    return Double.isNaN(tauP05()) ? null : tauP05();
  }
}
