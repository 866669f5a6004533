package org.vetcpd.planner;

/**
 * A vector of steps with its sums and model score; {@code bound} is a proven upper bound on the
 * optimum of the search that found it ({@code score} when the search was exhaustive).
 */
final class Solution {
  final int[] steps;
  final double[] sums;
  final double score;
  final double bound;
  final boolean exhaustive;

  Solution(int[] steps, double[] sums, double score, double bound, boolean exhaustive) {
    this.steps = steps;
    this.sums = sums;
    this.score = score;
    this.bound = bound;
    this.exhaustive = exhaustive;
  }

  /** Whether this is better than {@code o}: a higher score beyond 1e-9, else the tie rule. */
  boolean betterThan(Solution o, Model m) {
    if (score > o.score + Model.EPS) {
      return true;
    }
    if (score < o.score - Model.EPS) {
      return false;
    }
    return m.compareTies(steps, sums, o.steps, o.sums) < 0;
  }
}
