package org.vetcpd.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A teacher's CPD plan for a period: its items, the drivers considered, and how the school leader
 * takes part (seed 000: "the responsibility of the school leader").
 *
 * <p>A plan may hold several items of the same activity (e.g. hours split across terms).
 *
 * <p>Build with {@code CpdPlan.builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({
  "id", "teacher", "period", "items", "drivers", "leaderInvolvement", "facilitator"
})
public abstract class AbstractCpdPlan {
  AbstractCpdPlan() {}

  /**
   * Returns the plan's id, unique in a data set.
   *
   * @return the id, not blank
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * Returns the id of the teacher the plan is for.
   *
   * @return the teacher id, not blank
   */
  @JsonProperty("teacher")
  public abstract String teacher();

  /**
   * Returns the period the plan covers, e.g. {@code "2026/27"}, if given.
   *
   * @return the period
   */
  @JsonProperty("period")
  public abstract Optional<String> period();

  /**
   * Returns the plan's items, in order.
   *
   * @return the items, possibly empty
   */
  @JsonProperty("items")
  public abstract ImmutableList<PlanItem> items();

  /**
   * Returns the ids of the drivers considered, if the plan lists them. Absent means every driver
   * that applies to the teacher's programme; an empty set means none.
   *
   * @return the driver ids, if listed
   */
  @JsonProperty("drivers")
  public abstract Optional<ImmutableSet<String>> drivers();

  /**
   * Returns how far the school leader takes part in the plan.
   *
   * @return the involvement
   */
  @JsonProperty("leaderInvolvement")
  public abstract LeaderInvolvement leaderInvolvement();

  /**
   * Returns the role of the leader who facilitates the plan, if any.
   *
   * @return the role
   */
  @JsonProperty("facilitator")
  public abstract Optional<LeaderRole> facilitator();

  /**
   * Returns the plan's total hours.
   *
   * @return the sum of the items' hours, 0 for an empty plan
   */
  public double totalHours() {
    double sum = 0;
    for (PlanItem item : items()) {
      sum += item.hours();
    }
    return sum;
  }

  @Value.Check
  final void check() {
    Problems p = new Problems();
    p.nonBlank("id", id()).nonBlank("teacher", teacher());
    period().ifPresent(s -> p.nonBlank("period", s));
    drivers().ifPresent(ds -> {
      int i = 0;
      for (String d : ds) {
        p.nonBlank("drivers[" + i++ + "]", d);
      }
    });
    p.throwIfAny();
  }
}
