package org.vetcpd.research;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;

/**
 * One output of a {@link RubricSobol} analysis &mdash; {@code mean_score} (the cohort's mean
 * score), {@code tailored_share} (the share of plans in the band TAILORED) or {@code
 * mean_abs_rank_shift} (the mean over plans of the absolute change of rank against the rubric's
 * own ranking) &mdash; with its value under the rubric itself and its Sobol indices, one per
 * factor in the order of {@link SobolResult#factors()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"output", "base", "indices"})
public abstract class AbstractSobolOutput {
  AbstractSobolOutput() {}

  /**
   * Returns the output's name.
   *
   * @return {@code mean_score}, {@code tailored_share} or {@code mean_abs_rank_shift}
   */
  @JsonProperty("output")
  public abstract String output();

  /**
   * Returns the output under the rubric itself.
   *
   * @return the value
   */
  @JsonProperty("base")
  public abstract double base();

  /**
   * Returns the output's indices.
   *
   * @return the indices
   */
  @JsonProperty("indices")
  public abstract SobolIndices indices();
}
