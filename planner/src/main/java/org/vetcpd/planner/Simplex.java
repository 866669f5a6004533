package org.vetcpd.planner;

/**
 * A dense bounded-variable primal simplex for {@code max c·x} subject to {@code A x ≤ b}, {@code 0
 * ≤ x ≤ u} with {@code b ≥ 0}, so that the slack basis is feasible and no phase 1 is needed (the
 * planner's relaxations are built that way, see {@link LpBound}).
 *
 * <p>The result is an upper bound that does not rely on the last basis being optimal: at the end,
 * every point of the box with {@code A x + s = b} has objective {@code z + Σ dⱼ (xⱼ − x̄ⱼ)} over
 * the non-basic variables (reduced costs {@code dⱼ}); bounding each term by its best value over the
 * variable's range, and ignoring the basic variables' bounds, gives a valid upper bound, which is
 * {@code z} itself at an optimal basis. Dantzig's rule, switching to Bland's after a run of
 * degenerate pivots, so that it cannot cycle.
 */
final class Simplex {
  private static final double TOL = 1e-10;

  private final int rows;
  private final int cols;
  /** rows × (cols + rows): the tableau B⁻¹[A I]. */
  private final double[][] t;
  private final double[] d;
  private final double[] upper;
  private final double[] beta;
  private final int[] basis;
  private final boolean[] atUpper;
  private final boolean[] isBasic;
  private double z;
  /** The values of the structural variables after {@link #solve}. */
  final double[] x;

  Simplex(double[][] a, double[] b, double[] c, double[] u) {
    rows = b.length;
    cols = c.length;
    int all = cols + rows;
    t = new double[rows][all];
    for (int r = 0; r < rows; r++) {
      System.arraycopy(a[r], 0, t[r], 0, cols);
      t[r][cols + r] = 1;
    }
    d = new double[all];
    System.arraycopy(c, 0, d, 0, cols);
    upper = new double[all];
    System.arraycopy(u, 0, upper, 0, cols);
    for (int r = 0; r < rows; r++) {
      upper[cols + r] = Double.POSITIVE_INFINITY;
    }
    beta = b.clone();
    basis = new int[rows];
    isBasic = new boolean[all];
    for (int r = 0; r < rows; r++) {
      basis[r] = cols + r;
      isBasic[cols + r] = true;
    }
    atUpper = new boolean[all];
    x = new double[cols];
  }

  /** Runs the simplex and returns an upper bound on the maximum (+∞ if none can be proven). */
  double solve(int maxIterations) {
    int degenerate = 0;
    for (int it = 0; it < maxIterations; it++) {
      boolean bland = degenerate > 50;
      int enter = -1;
      double bestGain = TOL;
      for (int j = 0; j < d.length; j++) {
        if (isBasic[j] || upper[j] <= 0) {
          continue;
        }
        double gain = atUpper[j] ? -d[j] : d[j];
        if (gain > bestGain) {
          enter = j;
          bestGain = gain;
          if (bland) {
            break;
          }
        }
      }
      if (enter < 0) {
        break;
      }
      double dir = atUpper[enter] ? -1 : 1;
      double step = upper[enter];
      int leave = -1;
      boolean leaveToUpper = false;
      for (int r = 0; r < rows; r++) {
        double alpha = dir * t[r][enter];
        if (alpha > TOL) {
          double ratio = beta[r] / alpha;
          if (ratio < step - TOL || (leave < 0 && ratio <= step)) {
            step = ratio;
            leave = r;
            leaveToUpper = false;
          }
        } else if (alpha < -TOL && upper[basis[r]] < Double.POSITIVE_INFINITY) {
          double ratio = (upper[basis[r]] - beta[r]) / -alpha;
          if (ratio < step - TOL || (leave < 0 && ratio <= step)) {
            step = ratio;
            leave = r;
            leaveToUpper = true;
          }
        }
      }
      if (step == Double.POSITIVE_INFINITY) {
        return Double.POSITIVE_INFINITY; // unbounded: no finite bound from this relaxation
      }
      step = Math.max(0, step);
      degenerate = step <= TOL ? degenerate + 1 : 0;
      for (int r = 0; r < rows; r++) {
        beta[r] -= dir * step * t[r][enter];
      }
      z += bestGain * step;
      if (leave < 0) {
        atUpper[enter] = !atUpper[enter]; // the entering variable moved to its other bound
        continue;
      }
      int out = basis[leave];
      double enteringValue = (atUpper[enter] ? upper[enter] : 0) + dir * step;
      pivot(leave, enter);
      isBasic[out] = false;
      atUpper[out] = leaveToUpper;
      isBasic[enter] = true;
      atUpper[enter] = false;
      basis[leave] = enter;
      beta[leave] = enteringValue;
    }
    double bound = z;
    for (int j = 0; j < d.length; j++) {
      if (isBasic[j]) {
        continue;
      }
      double gain = atUpper[j] ? -d[j] : d[j];
      if (gain > 0) {
        bound += gain * upper[j];
      }
    }
    for (int r = 0; r < rows; r++) {
      if (basis[r] < cols) {
        x[basis[r]] = beta[r];
      }
    }
    for (int j = 0; j < cols; j++) {
      if (!isBasic[j]) {
        x[j] = atUpper[j] ? upper[j] : 0;
      }
    }
    return bound;
  }

  private void pivot(int r, int j) {
    double[] row = t[r];
    double p = row[j];
    for (int k = 0; k < row.length; k++) {
      row[k] /= p;
    }
    for (int q = 0; q < rows; q++) {
      if (q == r) {
        continue;
      }
      double f = t[q][j];
      if (f != 0) {
        double[] other = t[q];
        for (int k = 0; k < row.length; k++) {
          other[k] -= f * row[k];
        }
      }
    }
    double f = d[j];
    if (f != 0) {
      for (int k = 0; k < row.length; k++) {
        d[k] -= f * row[k];
      }
    }
  }
}
