package org.vetcpd.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;

/**
 * One item of a CPD plan: hours of an activity, and what the leader does to make them possible
 * (seed 000: allocated time, funded substitutes and costs are the leader's means of facilitation).
 *
 * <p>Build with {@code PlanItem.builder()} or {@code PlanItem.of(activity, hours)}. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"activity", "hours", "timeAllocated", "substituteFunded", "costFunded"})
public abstract class AbstractPlanItem {
  /**
   * The most hours one item may hold: a plan covers a period of at most a year, and a year has
   * 8 760 hours. It keeps sums of hours finite and meaningful.
   */
  public static final double MAX_HOURS = 8760;

  /**
   * The fewest hours one item may hold, 0.001 h (3.6 seconds). Below it, hours are not a plan's
   * but a rounding error's, and tiny hours (down to subnormal numbers such as 4.9e-324) lose
   * precision in the hour shares of the score, so that two plans that differ only in such hours
   * would score differently.
   */
  public static final double MIN_HOURS = 0.001;

  AbstractPlanItem() {}

  /**
   * Returns the id of the activity.
   *
   * @return the activity id, a well-formed identifier
   */
  @Value.Parameter
  @JsonProperty("activity")
  public abstract String activity();

  /**
   * Returns the hours planned.
   *
   * @return the hours, at least {@link #MIN_HOURS} and at most {@link #MAX_HOURS}
   */
  @Value.Parameter
  @JsonProperty("hours")
  public abstract double hours();

  /**
   * Returns whether the hours are allocated in the teacher's working time; default false.
   *
   * @return the flag
   */
  @Value.Default
  @JsonProperty("timeAllocated")
  public boolean timeAllocated() {
    return false;
  }

  /**
   * Returns whether a substitute for the teacher's classes is funded; default false.
   *
   * @return the flag
   */
  @Value.Default
  @JsonProperty("substituteFunded")
  public boolean substituteFunded() {
    return false;
  }

  /**
   * Returns whether the activity's cost is funded; default false.
   *
   * @return the flag
   */
  @Value.Default
  @JsonProperty("costFunded")
  public boolean costFunded() {
    return false;
  }

  @Value.Check
  final void check() {
    Problems p = new Problems();
    p.identifier("activity", activity()).greaterThan("hours", hours(), 0)
        .atMost("hours", hours(), MAX_HOURS);
    if (hours() > 0 && hours() < MIN_HOURS) {
      p.add("hours", "must be >= " + Problems.format(MIN_HOURS) + " (3.6 seconds), was "
          + Problems.format(hours()));
    }
    p.throwIfAny();
  }
}
