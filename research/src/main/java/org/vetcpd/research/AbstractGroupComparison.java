package org.vetcpd.research;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;

/**
 * How often one group's mean score exceeds another's over the rubric draws of a {@link
 * Sensitivity} analysis: a group reversal shows as a base order that only a minority of the draws
 * keeps.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"group", "other", "baseMean", "otherBaseMean", "probability", "mcse"})
public abstract class AbstractGroupComparison {
  AbstractGroupComparison() {}

  /**
   * Returns the key of the group whose mean is compared.
   *
   * @return the key
   */
  @JsonProperty("group")
  public abstract String group();

  /**
   * Returns the key of the group it is compared with.
   *
   * @return the key
   */
  @JsonProperty("other")
  public abstract String other();

  /**
   * Returns the group's mean score under the rubric itself.
   *
   * @return the mean
   */
  @JsonProperty("baseMean")
  public abstract double baseMean();

  /**
   * Returns the other group's mean score under the rubric itself.
   *
   * @return the mean
   */
  @JsonProperty("otherBaseMean")
  public abstract double otherBaseMean();

  /**
   * Returns the share of draws in which the group's mean exceeds the other's.
   *
   * @return the share, in [0, 1]
   */
  @JsonProperty("probability")
  public abstract double probability();

  /**
   * Returns the Monte Carlo standard error of {@link #probability()}, {@code √(p(1 − p)/draws)}.
   *
   * @return the standard error
   */
  @JsonProperty("mcse")
  public abstract double mcse();
}
