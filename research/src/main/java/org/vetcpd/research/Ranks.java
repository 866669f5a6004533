package org.vetcpd.research;

import java.util.Arrays;

/**
 * Ranks of scores, 1 for the highest, ties given the mean of the ranks they span (so that
 * Spearman's ρ is Pearson's r of these ranks, and a tie never favours a plan by its position).
 */
final class Ranks {
  private Ranks() {}

  /** Returns the descending average ranks of {@code x}: 1 for the largest value. */
  static double[] descending(double[] x) {
    int n = x.length;
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      int lower = lowerBound(sorted, x[i]);
      int upper = upperBound(sorted, x[i]);
      // (n − upper) values are greater; the (upper − lower) equal ones share ranks.
      r[i] = (n - upper) + (upper - lower + 1) / 2.0;
    }
    return r;
  }

  private static int lowerBound(double[] a, double v) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (Double.compare(a[mid], v) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int upperBound(double[] a, double v) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (Double.compare(a[mid], v) <= 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Returns Pearson's r of two arrays of equal length; NaN when either has no variance. */
  static double pearson(double[] x, double[] y) {
    int n = x.length;
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - mx;
      double dy = y[i] - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Double.NaN;
  }
}
