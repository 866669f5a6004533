package org.vetcpd.research;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.vetcpd.rules.Band;

/**
 * One plan scored under two rubrics A and B: its scores, bands and ranks under each (rank 1 for
 * the highest score, ties sharing their mean rank), and how far it moves.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({
  "plan", "teacher", "scoreA", "scoreB", "scoreChange", "bandA", "bandB", "rankA", "rankB",
  "rankShift"
})
public abstract class AbstractMover {
  AbstractMover() {}

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
   * Returns the score under rubric A.
   *
   * @return the score
   */
  @JsonProperty("scoreA")
  public abstract double scoreA();

  /**
   * Returns the score under rubric B.
   *
   * @return the score
   */
  @JsonProperty("scoreB")
  public abstract double scoreB();

  /**
   * Returns {@code scoreB − scoreA}.
   *
   * @return the change, in score points
   */
  @JsonProperty("scoreChange")
  public double scoreChange() {
    return scoreB() - scoreA();
  }

  /**
   * Returns the band under rubric A.
   *
   * @return the band
   */
  @JsonProperty("bandA")
  public abstract Band bandA();

  /**
   * Returns the band under rubric B.
   *
   * @return the band
   */
  @JsonProperty("bandB")
  public abstract Band bandB();

  /**
   * Returns the rank under rubric A.
   *
   * @return the rank, 1 for the highest score
   */
  @JsonProperty("rankA")
  public abstract double rankA();

  /**
   * Returns the rank under rubric B.
   *
   * @return the rank
   */
  @JsonProperty("rankB")
  public abstract double rankB();

  /**
   * Returns {@code rankB − rankA}: negative when the plan moves up under B.
   *
   * @return the shift, in places
   */
  @JsonProperty("rankShift")
  public double rankShift() {
    return rankB() - rankA();
  }
}
