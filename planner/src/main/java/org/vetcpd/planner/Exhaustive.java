package org.vetcpd.planner;

import java.util.ArrayList;
import java.util.List;

/**
 * Enumerates every feasible vector of steps, depth first over the candidates in id order, pruning
 * a branch as soon as it exceeds the hours or the money. Exact: it keeps every vector within 1e-9
 * of the best score seen and applies the tie rule to them at the end, so the result is the one the
 * contract names whatever the order of enumeration.
 */
final class Exhaustive {
  private final Model m;
  private final int n;
  private final int[] steps;
  private final double[][] sums;
  private final int[] suffixMin;
  private final double[] suffixMinCost;
  private double best = Double.NEGATIVE_INFINITY;
  private final List<int[]> ties = new ArrayList<>();
  private final List<Double> tieScores = new ArrayList<>();
  private long leaves;

  private Exhaustive(Model m) {
    this.m = m;
    this.n = m.size();
    this.steps = new int[n];
    this.sums = new double[n + 1][Model.SLOTS];
    this.suffixMin = new int[n + 1];
    this.suffixMinCost = new double[n + 1];
    for (int i = n - 1; i >= 0; i--) {
      suffixMin[i] = suffixMin[i + 1] + m.minSteps[i];
      suffixMinCost[i] = suffixMinCost[i + 1] + m.minSteps[i] * m.step * m.price[i];
    }
  }

  /**
   * Counts the vectors of steps within the candidates' ranges whose total is at most the most
   * steps (money ignored), saturating at {@code limit + 1}.
   */
  static long count(Model m, long limit) {
    int cap = m.maxTotal;
    long[] ways = new long[cap + 1];
    ways[0] = 1;
    // prefix[t] = ways[0] + ... + ways[t - 1]: each ways[t] is at most limit + 1, so a prefix sum
    // of cap + 1 of them (about 10^4 * 10^6) stays far below Long.MAX_VALUE
    long[] prefix = new long[cap + 2];
    for (int i = 0; i < m.size(); i++) {
      for (int t = 0; t <= cap; t++) {
        prefix[t + 1] = prefix[t] + ways[t];
      }
      long[] next = new long[cap + 1];
      int lo = m.minSteps[i];
      int hi = m.maxSteps[i];
      // next[t] = the sum of ways[t - k] over lo <= k <= hi, saturated: the same as adding them
      // one by one with saturation, in O(cap) a candidate rather than O(cap * hi) (with 10 000
      // steps the latter took most of a department's minutes)
      for (int t = lo; t <= cap && lo <= hi; t++) {
        int from = Math.max(0, t - hi);
        int to = t - lo; // inclusive
        next[t] = Math.min(limit + 1, prefix[to + 1] - prefix[from]);
      }
      ways = next;
    }
    long total = 0;
    for (long w : ways) {
      total = Math.min(limit + 1, total + w);
    }
    return total;
  }

  /** Returns the optimum, or null when no vector satisfies the constraints. */
  static Solution solve(Model m) {
    Exhaustive e = new Exhaustive(m);
    e.visit(0, 0);
    if (e.ties.isEmpty()) {
      return null;
    }
    Solution pick = null;
    for (int[] t : e.ties) {
      double[] s = m.sums(t);
      Solution candidate = new Solution(t, s, m.score(s), 0, true);
      if (candidate.score < e.best - Model.EPS) {
        continue;
      }
      if (pick == null || m.compareTies(t, s, pick.steps, pick.sums) < 0) {
        pick = candidate;
      }
    }
    return new Solution(pick.steps, pick.sums, pick.score, e.best, true);
  }

  private void visit(int i, int used) {
    double[] here = sums[i];
    if (i == n) {
      leaves++;
      double score = m.score(here);
      if (score > best + Model.EPS) {
        best = score;
        // drop the ties the new best leaves behind
        for (int k = ties.size() - 1; k >= 0; k--) {
          if (tieScores.get(k) < best - Model.EPS) {
            ties.remove(k);
            tieScores.remove(k);
          }
        }
        ties.add(steps.clone());
        tieScores.add(score);
      } else if (score >= best - Model.EPS) {
        best = Math.max(best, score);
        ties.add(steps.clone());
        tieScores.add(score);
      }
      return;
    }
    double[] next = sums[i + 1];
    int room = m.maxTotal - used - suffixMin[i + 1];
    int top = Math.min(m.maxSteps[i], room);
    for (int k = m.minSteps[i]; k <= top; k++) {
      double h = k * m.step;
      double[] p = m.perHour[i];
      for (int s = 0; s < Model.SLOTS; s++) {
        next[s] = here[s] + h * p[s];
      }
      if (!m.affordable(next[Model.COST] + suffixMinCost[i + 1])) {
        break; // more steps of this candidate cost more still
      }
      steps[i] = k;
      visit(i + 1, used + k);
    }
    steps[i] = 0;
  }
}
