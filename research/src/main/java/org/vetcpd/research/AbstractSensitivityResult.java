package org.vetcpd.research;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.immutables.value.Value;
import org.vetcpd.rules.RubricRef;

/**
 * The outcome of a {@link Sensitivity} analysis: its settings, each plan's score interval and
 * band shares over the weight draws, the stability of the cohort's ranking (Kendall's τ-b of each
 * draw's scores against the base scores), and the one-at-a-time weight sweeps.
 *
 * <p>Equal settings on equal rows give an equal result, whatever the number of threads. This
 * class is immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({
  "rubric", "weights", "draws", "concentration", "seed", "tauMean", "tauMin", "tauP05", "plans",
  "sweeps"
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
