package org.vetcpd.research;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;

/**
 * One step of a one-at-a-time sweep: one criterion's weight multiplied by a factor, the others
 * kept, and what that does to the cohort's scores, bands and ranking.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({
  "criterion", "factor", "weight", "meanAbsChange", "maxAbsChange", "bandChanges", "tau"
})
public abstract class AbstractWeightSweep {
  AbstractWeightSweep() {}

  /**
   * Returns the id of the criterion whose weight was changed.
   *
   * @return the criterion id
   */
  @JsonProperty("criterion")
  public abstract String criterion();

  /**
   * Returns the factor the weight was multiplied by.
   *
   * @return the factor
   */
  @JsonProperty("factor")
  public abstract double factor();

  /**
   * Returns the changed weight (the other weights are the rubric's).
   *
   * @return the weight
   */
  @JsonProperty("weight")
  public abstract double weight();

  /**
   * Returns the mean over plans of the absolute change of the score.
   *
   * @return the mean change, in score points
   */
  @JsonProperty("meanAbsChange")
  public abstract double meanAbsChange();

  /**
   * Returns the largest absolute change of any plan's score.
   *
   * @return the change, in score points
   */
  @JsonProperty("maxAbsChange")
  public abstract double maxAbsChange();

  /**
   * Returns how many plans change band.
   *
   * @return the count
   */
  @JsonProperty("bandChanges")
  public abstract int bandChanges();

  /**
   * Returns Kendall's τ-b between the changed and the base scores.
   *
   * @return τ-b; NaN when undefined (null in JSON) (see {@link KendallTau})
   */
  public abstract double tau();

  @JsonProperty("tau")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  Double jsonTau() {
    return Double.isNaN(tau()) ? null : tau();
  }
}
