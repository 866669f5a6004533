package org.vetcpd.research;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;

/**
 * One factor of a {@link RubricSobol} analysis: a criterion weight ({@code weights.ID}) or a rubric
 * constant (its path, e.g. {@code teacherVoice}), the range it is varied over and its value in the
 * rubric itself. A weight is varied before the weights are renormalised to sum 1.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"factor", "low", "high", "base"})
public abstract class AbstractSobolFactor {
  AbstractSobolFactor() {}

  /**
   * Returns the factor's name: {@code weights.} and a criterion id, or a constant's path.
   *
   * @return the name
   */
  @JsonProperty("factor")
  public abstract String factor();

  /**
   * Returns the lower end of the range the factor is varied over (uniformly).
   *
   * @return the lower end
   */
  @JsonProperty("low")
  public abstract double low();

  /**
   * Returns the upper end of the range.
   *
   * @return the upper end
   */
  @JsonProperty("high")
  public abstract double high();

  /**
   * Returns the factor's value in the rubric analysed.
   *
   * @return the value
   */
  @JsonProperty("base")
  public abstract double base();
}
