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
  /**
   * The most hours a plan's items may add up to: a plan covers a period of at most a year, and a
   * year has 8 760 hours. It keeps every hour share of the score finite and meaningful.
   */
  public static final double MAX_TOTAL_HOURS = 8760;

  AbstractCpdPlan() {}

  /**
   * Returns the plan's id, unique in a data set.
   *
   * @return the id, an identifier (see {@link Problems#identifier})
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * Returns the id of the teacher the plan is for.
   *
   * @return the teacher id, an identifier (see {@link Problems#identifier})
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
   * @return the items, possibly empty; their hours add up to at most {@link #MAX_TOTAL_HOURS}
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
    p.identifier("id", id()).identifier("teacher", teacher());
    // ifs, not ifPresent lambdas: thousands of plans are checked while a data set is read
    if (period().isPresent()) {
      p.text("period", period().get());
    }
    if (drivers().isPresent()) {
      int i = 0;
      for (String d : drivers().get()) {
        p.identifier("drivers[" + i++ + "]", d);
      }
    }
    // Each item is at most PlanItem.MAX_HOURS, so the sum is finite.
    double total = totalHours();
    if (total > MAX_TOTAL_HOURS) {
      p.add("items", "the plan's total hours must be <= " + Problems.format(MAX_TOTAL_HOURS)
          + " (a year), was " + Problems.format(total));
    }
    p.throwIfAny();
  }
}
