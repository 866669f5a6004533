package org.vetcpd.research;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.vetcpd.rules.RubricRef;

/**
 * The outcome of a {@link RubricSobol} analysis: its settings, its factors with their ranges, and
 * for each output the first-order and total Sobol indices of every factor with their bootstrap
 * intervals.
 *
 * <p>Equal settings on an equal data set give an equal result, whatever the number of threads.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({
  "rubric", "vary", "samples", "evaluations", "seed", "resamples", "level", "plans",
  "plansExcluded", "factors", "outputs"
})
public abstract class AbstractSobolResult {
  AbstractSobolResult() {}

  /**
   * Returns the id and version of the rubric analysed.
   *
   * @return the rubric reference
   */
  @JsonProperty("rubric")
  public abstract RubricRef rubric();

  /**
   * Returns what was varied.
   *
   * @return the kind of factors
   */
  @JsonProperty("vary")
  public abstract Vary vary();

  /**
   * Returns the base sample size {@code N}.
   *
   * @return N
   */
  @JsonProperty("samples")
  public abstract int samples();

  /**
   * Returns the number of rubrics the cohort was scored under, {@code N·(k + 2)}.
   *
   * @return the evaluations
   */
  @JsonProperty("evaluations")
  public abstract int evaluations();

  /**
   * Returns the random seed.
   *
   * @return the seed
   */
  @JsonProperty("seed")
  public abstract long seed();

  /**
   * Returns the number of bootstrap resamples of the intervals.
   *
   * @return the resamples
   */
  @JsonProperty("resamples")
  public abstract int resamples();

  /**
   * Returns the level of the bootstrap intervals.
   *
   * @return the level
   */
  @JsonProperty("level")
  public abstract double level();

  /**
   * Returns the number of plans of the cohort.
   *
   * @return the number
   */
  @JsonProperty("plans")
  public abstract int plans();

  /**
   * Returns the number of plans left out as empty, when the caller left them out; 0 otherwise.
   *
   * @return the number
   */
  @JsonProperty("plansExcluded")
  @Value.Default
  public int plansExcluded() {
    return 0;
  }

  /**
   * Returns the factors, in the order of every output's indices.
   *
   * @return the factors
   */
  @JsonProperty("factors")
  public abstract ImmutableList<SobolFactor> factors();

  /**
   * Returns the outputs: {@code mean_score}, {@code tailored_share}, {@code mean_abs_rank_shift}.
   *
   * @return the outputs
   */
  @JsonProperty("outputs")
  public abstract ImmutableList<SobolOutput> outputs();
}
