package org.vetcpd.rules;

import static java.util.Objects.requireNonNull;

/**
 * The words and numbers vetcpd uses in what a school leader reads, so that every rendering of a
 * {@link TailoringReport} (its {@link TailoringReport#toText() text}, an HTML report) agrees:
 * shares as whole percents, hours as hours, the finding of a plan without activities, the most
 * points a criterion can give, and the research cited by author and year.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LeaderText {
  private LeaderText() {}

  /**
   * Returns a share in [0, 1] as a whole percent, e.g. {@code 42%} ({@code <1%} for a small
   * positive share).
   *
   * @param share the share
   * @return the percent
   */
  public static String percent(double share) {
    return Text.percent(share);
  }

  /**
   * Returns hours with at most two decimals, e.g. {@code 12.5 h}.
   *
   * @param hours the hours
   * @return the text
   */
  public static String hours(double hours) {
    return Text.hours(hours);
  }

  /**
   * Returns a constant as lower-case words, e.g. {@code PARTLY_TAILORED} as {@code partly
   * tailored}.
   *
   * @param constant the constant
   * @return the words
   */
  public static String words(Enum<?> constant) {
    return Text.words(requireNonNull(constant, "constant"));
  }

  /**
   * Returns whether a report is of a plan without activities (no criterion is then assessed).
   *
   * @param report the report
   * @return true for a plan without items
   */
  public static boolean isEmptyPlan(TailoringReport report) {
    return ReportText.emptyPlan(requireNonNull(report, "report"));
  }

  /**
   * Returns the finding a plan without activities gets.
   *
   * @return the finding, in plain words
   */
  public static String emptyPlanFinding() {
    return ReportText.EMPTY_PLAN;
  }

  /**
   * Returns the most points a criterion can add to the report's score: {@code 100 · w / Σ w} over
   * the assessed criteria; 0 when it is not assessed.
   *
   * @param report the report
   * @param criterion one of its criteria
   * @return the points, in [0, 100]
   */
  public static double maxPoints(TailoringReport report, CriterionResult criterion) {
    return ReportText.maxPoints(requireNonNull(report, "report"),
        requireNonNull(criterion, "criterion"));
  }

  /**
   * Returns the in-text citation that findings and recommendations use, {@code Ballangrud &
   * Nilsen, 2022}.
   *
   * @return the citation
   */
  public static String citation() {
    return Text.SOURCE;
  }

  /**
   * Returns the full reference of {@link #citation()}, for a References section.
   *
   * @return the reference
   */
  public static String reference() {
    return Text.REFERENCE;
  }
}
