package org.vetcpd.planner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the best vector of steps of a {@link Model} (docs/planner.md, "Algorithm"): exhaustive
 * enumeration when the catalogue is small enough, otherwise a linear-relaxation bound per number
 * of steps, rounding of the relaxation's hours, and a local search from there.
 */
final class Search {
  /** Up to this many vectors of steps, the search enumerates them all (a few hundred ms at most). */
  static final long EXHAUSTIVE_LIMIT = 1_000_000;
  /** How many levels (numbers of steps), best bound first, the local search starts from. */
  static final int LEVELS_SEARCHED = 4;
  private static final int MAX_MOVES = 10_000;

  private Search() {}

  /**
   * Returns the best vector found, or null when no vector satisfies the constraints.
   *
   * @param warm a feasible vector to start from (e.g. the optimum under tighter constraints), or
   *     null
   */
  static Solution solve(Model m, int[] warm) {
    if (!feasible(m)) {
      return null;
    }
    Solution s = Exhaustive.count(m, EXHAUSTIVE_LIMIT) <= EXHAUSTIVE_LIMIT
        ? Exhaustive.solve(m) : bounded(m, warm);
    return withAlone(m, s);
  }

  /**
   * Compares the best plan with each plan of one step of one mismatched activity (see {@link
   * Model#alone}); with nothing kept, every other plan holding a mismatched item is beaten or tied
   * with fewer hours by the same plan without it, so these complete the search.
   */
  static Solution withAlone(Model m, Solution s) {
    for (int k : m.minSteps) {
      if (k > 0) {
        return s;
      }
    }
    Solution best = s;
    for (int i = 0; i < m.size(); i++) {
      if (m.alone[i]) {
        int[] steps = new int[m.size()];
        steps[i] = 1;
        Solution a = of(m, steps);
        if (m.affordable(a.sums[Model.COST]) && m.maxTotal >= 1 && a.betterThan(best, m)) {
          best = a;
        }
      }
    }
    if (best == s) {
      return s;
    }
    return new Solution(best.steps, best.sums, best.score, Math.max(s.bound, best.score),
        s.exhaustive);
  }

  /**
   * Returns the best vector found from a warm start, for the marginals: exhaustive when the
   * catalogue is small, otherwise the local search from the start alone (no bound is needed; the
   * result is never worse than the start).
   */
  static Solution solveFrom(Model m, int[] warm) {
    if (!feasible(m)) {
      return null;
    }
    if (warm == null || warm.length != m.size() || !within(m, warm)
        || Exhaustive.count(m, EXHAUSTIVE_LIMIT) <= EXHAUSTIVE_LIMIT) {
      return solve(m, warm);
    }
    Solution s = localSearch(m, of(m, warm.clone()));
    return withAlone(m, new Solution(s.steps, s.sums, s.score, Double.NaN, false));
  }

  /** Whether the kept activities fit in the hours and the money. */
  static boolean feasible(Model m) {
    int steps = 0;
    double cost = 0;
    for (int i = 0; i < m.size(); i++) {
      steps += m.minSteps[i];
      cost += m.minSteps[i] * m.step * m.price[i];
    }
    return steps <= m.maxTotal && m.affordable(cost);
  }

  static Solution bounded(Model m, int[] warm) {
    int[] start = m.minSteps.clone();
    Solution best = of(m, start);
    int first = 0;
    for (int s : m.minSteps) {
      first += s;
    }
    double bound = best.score;
    List<LpBound.Level> levels = new ArrayList<>();
    for (int n = Math.max(1, first); n <= m.maxTotal; n++) {
      LpBound.Level level = LpBound.level(m, n);
      if (level.bound > Double.NEGATIVE_INFINITY) {
        levels.add(level);
        bound = Math.max(bound, level.bound);
      }
    }
    if (first == 0) {
      bound = Math.max(bound, 0); // the empty plan
    }
    if (warm != null && warm.length == m.size() && within(m, warm)) {
      Solution w = localSearch(m, of(m, warm.clone()));
      best = w.betterThan(best, m) ? w : best;
    }
    levels.sort(Comparator.comparingDouble((LpBound.Level l) -> -l.bound)
        .thenComparingInt(l -> l.n));
    int searched = 0;
    // Warm started (a marginal's relaxed constraints): the start is near; fewer levels suffice.
    int most = warm == null ? LEVELS_SEARCHED : 1;
    for (LpBound.Level level : levels) {
      if (searched >= most || level.bound <= best.score + Model.EPS) {
        break;
      }
      searched++;
      Solution s = localSearch(m, round(m, level));
      if (s.betterThan(best, m)) {
        best = s;
      }
    }
    double proven = Math.max(bound, best.score);
    return new Solution(best.steps, best.sums, best.score, proven, false);
  }

  private static boolean within(Model m, int[] steps) {
    int total = 0;
    for (int i = 0; i < steps.length; i++) {
      if (steps[i] < m.minSteps[i] || steps[i] > m.maxSteps[i]) {
        return false;
      }
      total += steps[i];
    }
    return total <= m.maxTotal && m.affordable(m.sums(steps)[Model.COST]);
  }

  static Solution of(Model m, int[] steps) {
    double[] s = m.sums(steps);
    return new Solution(steps, s, m.score(s), Double.NaN, false);
  }

  /** Rounds the relaxation's hours down to steps, then adds the best step until n steps. */
  private static Solution round(Model m, LpBound.Level level) {
    int[] steps = new int[m.size()];
    int total = 0;
    for (int i = 0; i < steps.length; i++) {
      int k = (int) Math.floor(level.hours[i] / m.step + 1e-6);
      steps[i] = Math.max(m.minSteps[i], Math.min(m.maxSteps[i], k));
      total += steps[i];
    }
    double[] sums = m.sums(steps);
    // Rounding down never raises hours or cost above the relaxation's; drop steps if it did.
    while ((total > level.n || !m.affordable(sums[Model.COST])) && total > 0) {
      int drop = -1;
      for (int i = 0; i < steps.length; i++) {
        if (steps[i] > m.minSteps[i] && (drop < 0 || m.price[i] > m.price[drop])) {
          drop = i;
        }
      }
      if (drop < 0) {
        break;
      }
      steps[drop]--;
      total--;
      m.add(sums, drop, -1);
    }
    double[] trial = new double[Model.SLOTS];
    while (total < level.n) {
      int pick = -1;
      double pickScore = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < steps.length; i++) {
        if (steps[i] >= m.maxSteps[i]) {
          continue;
        }
        System.arraycopy(sums, 0, trial, 0, Model.SLOTS);
        m.add(trial, i, 1);
        if (!m.affordable(trial[Model.COST])) {
          continue;
        }
        double s = m.score(trial);
        if (s > pickScore + Model.EPS) {
          pick = i;
          pickScore = s;
        }
      }
      if (pick < 0) {
        break;
      }
      steps[pick]++;
      total++;
      m.add(sums, pick, 1);
    }
    return new Solution(steps, sums, m.score(sums), Double.NaN, false);
  }

  /**
   * Best-improvement local search over three moves: add a step, remove a step, move a step from
   * one candidate to another; a move is taken when the plan it gives is better by the contract's
   * order (score beyond 1e-9, then the tie rule). Stops at a local optimum.
   */
  static Solution localSearch(Model m, Solution from) {
    int[] steps = from.steps.clone();
    double[] sums = from.sums.clone();
    double score = from.score;
    int total = 0;
    for (int k : steps) {
      total += k;
    }
    int n = steps.length;
    double[] trial = new double[Model.SLOTS];
    double[] bestSums = new double[Model.SLOTS];
    for (int moves = 0; moves < MAX_MOVES; moves++) {
      int bestFrom = -1;
      int bestTo = -1;
      double bestScore = score;
      boolean found = false;
      // from = -1: add a step to 'to'; to = -1: remove a step from 'from'.
      for (int i = -1; i < n; i++) {
        if (i >= 0 && steps[i] <= m.minSteps[i]) {
          continue;
        }
        for (int j = -1; j < n; j++) {
          if (j == i || (j >= 0 && steps[j] >= m.maxSteps[j])
              || (i < 0 && j < 0) || (i < 0 && total >= m.maxTotal)) {
            continue;
          }
          System.arraycopy(sums, 0, trial, 0, Model.SLOTS);
          if (i >= 0) {
            m.add(trial, i, -1);
          }
          if (j >= 0) {
            m.add(trial, j, 1);
          }
          if (!m.affordable(trial[Model.COST])) {
            continue;
          }
          double s = m.score(trial);
          boolean better;
          if (s > bestScore + Model.EPS) {
            better = true;
          } else if (s < bestScore - Model.EPS) {
            better = false;
          } else {
            // near-tie with the best move so far (or the current plan): the tie rule decides
            int[] candidate = apply(steps, i, j);
            int[] incumbent = found ? apply(steps, bestFrom, bestTo) : steps;
            better = m.compareTies(candidate, trial, incumbent, found ? bestSums : sums) < 0;
          }
          if (better) {
            found = true;
            bestFrom = i;
            bestTo = j;
            bestScore = s;
            System.arraycopy(trial, 0, bestSums, 0, Model.SLOTS);
          }
        }
      }
      if (!found) {
        break;
      }
      if (bestFrom >= 0) {
        steps[bestFrom]--;
        total--;
      }
      if (bestTo >= 0) {
        steps[bestTo]++;
        total++;
      }
      System.arraycopy(bestSums, 0, sums, 0, Model.SLOTS);
      score = bestScore;
    }
    // Recompute from the steps, so that no drift of the incremental sums remains.
    return of(m, steps);
  }

  private static int[] apply(int[] steps, int from, int to) {
    int[] s = steps.clone();
    if (from >= 0) {
      s[from]--;
    }
    if (to >= 0) {
      s[to]++;
    }
    return s;
  }
}
