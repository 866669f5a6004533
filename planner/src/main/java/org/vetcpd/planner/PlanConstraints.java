package org.vetcpd.planner;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.LeaderRole;
import org.vetcpd.core.PlanItem;

/**
 * What a school can give a teacher's CPD: hours {@code H}, money {@code M} (absent: unlimited), the
 * substitute rate {@code R} per hour of an activity that needs cover, the step {@code S} in which
 * hours are planned, the activities that must be kept with their least hours, and optionally the
 * leader involvement and facilitator of the plan (docs/planner.md, "The model").
 *
 * <pre>{@code
 * PlanConstraints c = PlanConstraints.builder().hours(40).budget(2000).keep("a-afl").build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanConstraints {
  /** The default step {@code S}: 5 hours. */
  public static final double DEFAULT_STEP = 5;

  /**
   * The most steps the hours may hold ({@code H / S}): the search considers every number of
   * steps up to {@code H / S}, so this bounds its time and memory whatever the caller asks.
   */
  public static final int MAX_STEPS = 10_000;

  /**
   * Returns the least step that the hours allow ({@code hours / step ≤} {@link #MAX_STEPS}), as a
   * short decimal: {@code hours / MAX_STEPS} rounded up to three significant digits (0.004 for 40
   * h, 0.00401 for 40.004 h), and at least {@value PlanItem#MIN_HOURS}. It always passes the
   * check that {@link Builder#build()} makes, so a message can suggest it as it is printed.
   *
   * @param hours the hours, finite and in [0, {@value PlanItem#MAX_HOURS}]
   * @return the least step, a decimal of at most three significant digits
   */
  public static double leastStep(double hours) {
    checkArgument(Double.isFinite(hours) && hours >= 0 && hours <= PlanItem.MAX_HOURS,
        "hours must be in [0, %s], was %s", PlanItem.MAX_HOURS, hours);
    double exact = hours / MAX_STEPS;
    if (exact <= PlanItem.MIN_HOURS) {
      return PlanItem.MIN_HOURS;
    }
    // valueOf: the shortest decimal that reads back as the quotient, so 40 / 10000 is 0.004 and
    // not the binary value just above it, which would round up to 0.00401
    BigDecimal s = BigDecimal.valueOf(exact).round(new MathContext(3, RoundingMode.CEILING));
    while (hours / s.doubleValue() > MAX_STEPS) {
      s = s.add(s.ulp());
    }
    return s.doubleValue();
  }

  /**
   * The most substitute rate {@code R}: {@link CpdActivity#MAX_COST_PER_HOUR}, the most an hour
   * of an activity may cost in a data set. With it every price per hour is at most twice that,
   * and a plan of 8 760 h costs at most 1.752 × 10<sup>10</sup>: sums of costs, and a budget plus
   * one unit of money, stay finite (a rate of 10<sup>308</sup> made costs infinite).
   */
  public static final double MAX_SUBSTITUTE_RATE = CpdActivity.MAX_COST_PER_HOUR;

  private final double hours;
  private final OptionalDouble budget;
  private final double substituteRate;
  private final double step;
  private final ImmutableSortedMap<String, Double> keep;
  private final Optional<LeaderInvolvement> leaderInvolvement;
  private final Optional<LeaderRole> facilitator;

  private PlanConstraints(Builder b) {
    this.hours = b.hours;
    this.budget = b.budget;
    this.substituteRate = b.substituteRate;
    this.step = b.step;
    TreeMap<String, Double> k = new TreeMap<>();
    b.keep.forEach((id, h) -> k.put(id, h == null ? b.step : h));
    this.keep = ImmutableSortedMap.copyOfSorted(k);
    this.leaderInvolvement = b.leaderInvolvement;
    this.facilitator = b.facilitator;
  }

  /**
   * Returns a builder; {@link Builder#hours(double)} is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the hours available, {@code H}.
   *
   * @return the hours, finite and ≥ 0
   */
  public double hours() {
    return hours;
  }

  /**
   * Returns the money available, {@code M}; empty when unlimited.
   *
   * @return the budget
   */
  public OptionalDouble budget() {
    return budget;
  }

  /**
   * Returns the substitute rate {@code R}: money per hour of an activity that needs cover.
   *
   * @return the rate, in [0, {@link #MAX_SUBSTITUTE_RATE}] (default 0)
   */
  public double substituteRate() {
    return substituteRate;
  }

  /**
   * Returns the step {@code S}: every activity's hours are a multiple of it.
   *
   * @return the step, &gt; 0 (default {@value #DEFAULT_STEP})
   */
  public double step() {
    return step;
  }

  /**
   * Returns the kept activities with the least hours each must have, by activity id.
   *
   * @return activity id → kept hours (default {@link #step()})
   */
  public ImmutableSortedMap<String, Double> keep() {
    return keep;
  }

  /**
   * Returns the leader involvement of the plan built; empty: that of the teacher's existing plan,
   * else {@code ACTIVE}.
   *
   * @return the involvement, if given
   */
  public Optional<LeaderInvolvement> leaderInvolvement() {
    return leaderInvolvement;
  }

  /**
   * Returns the facilitator of the plan built; empty: that of the teacher's existing plan, else
   * none.
   *
   * @return the facilitator, if given
   */
  public Optional<LeaderRole> facilitator() {
    return facilitator;
  }

  /**
   * Returns a copy with other hours.
   *
   * @param hours the hours, finite and ≥ 0
   * @return the copy
   */
  public PlanConstraints withHours(double hours) {
    return toBuilder().hours(hours).build();
  }

  /**
   * Returns a copy with other hours that may hold more than {@link #MAX_STEPS} steps: for the
   * planner's own relaxations, whose searches do not go through every number of steps (improve's
   * search without an hour limit adds at most {@code Improver.MAX_ADD_STEPS} steps an activity),
   * so that constraints the caller could build never fail on a search the caller did not ask for.
   *
   * @param hours the hours, finite and in [0, {@value PlanItem#MAX_HOURS}]
   * @return the copy
   */
  PlanConstraints withHoursUncapped(double hours) {
    return toBuilder().hours(hours).build(false);
  }

  /**
   * Returns a copy with another budget.
   *
   * @param budget the money, finite and ≥ 0; {@link OptionalDouble#empty()} for unlimited
   * @return the copy
   */
  public PlanConstraints withBudget(OptionalDouble budget) {
    requireNonNull(budget, "budget");
    Builder b = toBuilder();
    b.budget = OptionalDouble.empty();
    budget.ifPresent(b::budget);
    return b.build();
  }

  /**
   * Returns a copy without the kept activity {@code id} (the same value if it was not kept).
   *
   * @param id the activity id
   * @return the copy
   */
  public PlanConstraints withoutKeep(String id) {
    requireNonNull(id, "id");
    Builder b = toBuilder();
    b.keep.remove(id);
    return b.build();
  }

  /**
   * Returns the price of one hour of an activity under these constraints: its cost per hour, plus
   * {@code R} when it needs a substitute.
   *
   * @param costPerHour the activity's cost per hour
   * @param needsSubstitute whether the activity needs substitute cover
   * @return the price per hour
   */
  public double pricePerHour(double costPerHour, boolean needsSubstitute) {
    return costPerHour + (needsSubstitute ? substituteRate : 0);
  }

  Builder toBuilder() {
    Builder b = new Builder().hours(hours).substituteRate(substituteRate).step(step);
    budget.ifPresent(b::budget);
    b.keep.putAll(keep);
    leaderInvolvement.ifPresent(b::leaderInvolvement);
    facilitator.ifPresent(b::facilitator);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PlanConstraints)) {
      return false;
    }
    PlanConstraints c = (PlanConstraints) o;
    return Double.compare(hours, c.hours) == 0 && budget.equals(c.budget)
        && Double.compare(substituteRate, c.substituteRate) == 0
        && Double.compare(step, c.step) == 0 && keep.equals(c.keep)
        && leaderInvolvement.equals(c.leaderInvolvement) && facilitator.equals(c.facilitator);
  }

  @Override
  public int hashCode() {
    return Objects.hash(hours, budget, substituteRate, step, keep, leaderInvolvement, facilitator);
  }

  @Override
  public String toString() {
    return "PlanConstraints[hours=" + hours + ", budget="
        + (budget.isPresent() ? String.valueOf(budget.getAsDouble()) : "unlimited")
        + ", substituteRate=" + substituteRate + ", step=" + step + ", keep=" + keep
        + leaderInvolvement.map(l -> ", leader=" + l).orElse("")
        + facilitator.map(f -> ", facilitator=" + f).orElse("") + "]";
  }

  /** Builds {@link PlanConstraints}; checks every value when it is set. */
  public static final class Builder {
    private double hours = Double.NaN;
    private OptionalDouble budget = OptionalDouble.empty();
    private double substituteRate;
    private double step = DEFAULT_STEP;
    private final Map<String, Double> keep = new TreeMap<>();
    private Optional<LeaderInvolvement> leaderInvolvement = Optional.empty();
    private Optional<LeaderRole> facilitator = Optional.empty();

    private Builder() {}

    /**
     * Sets the hours available, {@code H}.
     *
     * @param hours finite and in [0, {@value PlanItem#MAX_HOURS}]
     * @return this builder
     */
    public Builder hours(double hours) {
      checkArgument(Double.isFinite(hours) && hours >= 0 && hours <= PlanItem.MAX_HOURS,
          "hours must be in [0, %s], was %s", PlanItem.MAX_HOURS, hours);
      this.hours = hours;
      return this;
    }

    /**
     * Sets the money available, {@code M}; unset means unlimited.
     *
     * @param budget finite and ≥ 0
     * @return this builder
     */
    public Builder budget(double budget) {
      checkArgument(Double.isFinite(budget) && budget >= 0, "budget must be finite and >= 0, was %s",
          budget);
      this.budget = OptionalDouble.of(budget);
      return this;
    }

    /**
     * Sets the substitute rate {@code R}, money per hour of an activity that needs cover.
     *
     * @param rate finite and in [0, {@link #MAX_SUBSTITUTE_RATE}]
     * @return this builder
     */
    public Builder substituteRate(double rate) {
      checkArgument(Double.isFinite(rate) && rate >= 0 && rate <= MAX_SUBSTITUTE_RATE,
          "substitute rate must be in [0, %s], was %s", MAX_SUBSTITUTE_RATE, rate);
      this.substituteRate = rate;
      return this;
    }

    /**
     * Sets the step {@code S}.
     *
     * @param step finite and in [{@value PlanItem#MIN_HOURS}, {@value PlanItem#MAX_HOURS}] (an
     *     item's least and most hours)
     * @return this builder
     */
    public Builder step(double step) {
      checkArgument(Double.isFinite(step) && step >= PlanItem.MIN_HOURS
          && step <= PlanItem.MAX_HOURS, "step must be in [%s, %s], was %s", PlanItem.MIN_HOURS,
          PlanItem.MAX_HOURS, step);
      this.step = step;
      return this;
    }

    /**
     * Keeps an activity with at least one step of hours.
     *
     * @param activityId the activity's id
     * @return this builder
     */
    public Builder keep(String activityId) {
      requireNonNull(activityId, "activityId");
      keep.put(activityId, null);
      return this;
    }

    /**
     * Keeps an activity with at least the given hours.
     *
     * @param activityId the activity's id
     * @param hours finite and in (0, {@value PlanItem#MAX_HOURS}]
     * @return this builder
     */
    public Builder keep(String activityId, double hours) {
      requireNonNull(activityId, "activityId");
      checkArgument(Double.isFinite(hours) && hours > 0 && hours <= PlanItem.MAX_HOURS,
          "kept hours of %s must be in (0, %s], was %s", activityId, PlanItem.MAX_HOURS, hours);
      keep.put(activityId, hours);
      return this;
    }

    /**
     * Sets the leader involvement of the plan built.
     *
     * @param involvement the involvement
     * @return this builder
     */
    public Builder leaderInvolvement(LeaderInvolvement involvement) {
      this.leaderInvolvement = Optional.of(requireNonNull(involvement, "involvement"));
      return this;
    }

    /**
     * Sets the facilitator of the plan built.
     *
     * @param role the facilitator's role
     * @return this builder
     */
    public Builder facilitator(LeaderRole role) {
      this.facilitator = Optional.of(requireNonNull(role, "role"));
      return this;
    }

    /**
     * Builds the constraints.
     *
     * @return the constraints
     * @throws IllegalStateException if the hours were not set
     * @throws IllegalArgumentException if the hours hold more than {@link #MAX_STEPS} steps
     */
    public PlanConstraints build() {
      return build(true);
    }

    private PlanConstraints build(boolean capSteps) {
      if (Double.isNaN(hours)) {
        throw new IllegalStateException("hours must be set");
      }
      checkArgument(!capSteps || hours / step <= MAX_STEPS,
          "hours / step must be at most %s, was %s / %s: take a step of at least %s", MAX_STEPS,
          hours, step, leastStep(hours));
      return new PlanConstraints(this);
    }
  }
}
