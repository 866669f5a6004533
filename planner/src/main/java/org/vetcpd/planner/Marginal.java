package org.vetcpd.planner;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * What one more step of hours and one more unit of money would add to the optimum, and what each
 * item of the plan contributes (docs/planner.md, "Explanation").
 *
 * <p>JSON: {@code hours} ({@code {step, score}}), {@code money} ({@code {unit, score}}, null when
 * the budget is unlimited or nothing costs money), {@code items} (array of {@code {activity, hours,
 * cost, score}}, {@code score} being the points the plan loses without the item).
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonPropertyOrder({"hours", "money", "items"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public final class Marginal {
  private final Hours hours;
  private final Optional<Money> money;
  private final ImmutableList<Item> items;

  Marginal(Hours hours, Optional<Money> money, List<Item> items) {
    this.hours = hours;
    this.money = money;
    this.items = ImmutableList.copyOf(items);
  }

  /**
   * Returns the gain of one more step of hours.
   *
   * @return the step and the optimum's gain
   */
  @JsonProperty("hours")
  public Hours hours() {
    return hours;
  }

  /**
   * Returns the gain of one more unit of money; empty when the budget is unlimited or no candidate
   * activity costs money.
   *
   * @return the unit and the optimum's gain
   */
  @JsonProperty("money")
  public Optional<Money> money() {
    return money;
  }

  /**
   * Returns each item of the plan with the points the plan would lose without it, in plan order.
   *
   * @return the items
   */
  @JsonProperty("items")
  public ImmutableList<Item> items() {
    return items;
  }

  /**
   * One more step of hours: the step {@code S} and the score the optimum gains with {@code H + S}.
   *
   * @param step the step, in hours
   * @param score the gain in score points, ≥ 0
   */
  @JsonPropertyOrder({"step", "score"})
  public record Hours(@JsonProperty("step") double step, @JsonProperty("score") double score) {}

  /**
   * One more unit of money: the unit (the price of one step of the cheapest activity that costs
   * money) and the score the optimum gains with {@code M + unit}.
   *
   * @param unit the unit, in money
   * @param score the gain in score points, ≥ 0
   */
  @JsonPropertyOrder({"unit", "score"})
  public record Money(@JsonProperty("unit") double unit, @JsonProperty("score") double score) {}

  /**
   * An item of the plan: its activity, hours, cost (its price per hour times its hours) and the
   * score points the plan loses without it.
   *
   * @param activity the activity id
   * @param hours the hours
   * @param cost the money it uses
   * @param score the points lost without it (may be negative: an item kept by a constraint)
   */
  @JsonPropertyOrder({"activity", "hours", "cost", "score"})
  public record Item(
      @JsonProperty("activity") String activity,
      @JsonProperty("hours") double hours,
      @JsonProperty("cost") double cost,
      @JsonProperty("score") double score) {}
}
