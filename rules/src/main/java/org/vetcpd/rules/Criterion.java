package org.vetcpd.rules;

/**
 * One criterion of the rubric: how it values a plan, and how it explains that value.
 *
 * <p>{@link #value} is the hot path and allocates nothing; the explanations are built only when a
 * report's criteria are asked for. Subclasses are stateless, immutable and thread-safe.
 */
abstract class Criterion {
  /** The value of a criterion that is not assessed. */
  static final double NOT_ASSESSED = Double.NaN;

  private final String id;

  Criterion(String id) {
    this.id = id;
  }

  /** Returns the criterion's id, as in {@link Rubric#CRITERIA}. */
  final String id() {
    return id;
  }

  /**
   * Returns the value for a plan with at least one item: in [0, 1], or {@link #NOT_ASSESSED} when
   * the data the criterion needs is absent.
   */
  abstract double value(PlanContext c);

  /** Returns why the criterion is not assessed; called only when {@link #value} says so. */
  String notAssessedReason(PlanContext c) {
    return "the plan has no items";
  }

  /** Returns the evidence behind the value: which items, hours and drivers produced it. */
  abstract String evidence(PlanContext c, double value);

  /** Returns whether the report states a finding: by default, when the value is below it. */
  boolean hasFinding(PlanContext c, double value, double threshold) {
    return value < threshold;
  }

  /** Returns a finding in plain words; called only when {@link #hasFinding} says so. */
  abstract String finding(PlanContext c, double value);

  static double clamp(double v) {
    return v < 0 ? 0 : (v > 1 ? 1 : v);
  }
}
