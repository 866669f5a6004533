package org.vetcpd.rules;

/** The tolerance of docs/rubric.md's three threshold comparisons. */
final class Tolerance {
  /**
   * A value within this distance below a limit reaches it, in exactly three comparisons: a needed
   * area ({@code tₐ ≥ neededShare}), a covered area ({@code Eₐ ≥ coveredFraction·tₐ}) and the band
   * limits. With λ = 0.6 a uniform need gives {@code tₐ = 0.15} exactly on areas no driver pulls,
   * and the order of floating-point operations must never flip such a result.
   */
  static final double EPSILON = 1e-9;

  private Tolerance() {}

  static boolean reaches(double value, double limit) {
    return value >= limit - EPSILON;
  }
}
