package org.vetcpd.research;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * Kendall's rank correlation τ-b between two rankings, ties handled, in O(n log n) time by
 * Knight's algorithm (1966).
 *
 * <p>For pairs {@code (i, j)}: {@code τb = (nc − nd) / √((n₀ − n₁)(n₀ − n₂))}, where {@code nc}
 * and {@code nd} count concordant and discordant pairs, {@code n₀ = n(n − 1)/2}, and {@code n₁},
 * {@code n₂} count the pairs tied in the first and in the second ranking. It is the τ of R's
 * {@code cor(x, y, method = "kendall")} and SciPy's {@code kendalltau}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KendallTau {
  private KendallTau() {}

  /**
   * Returns Kendall's τ-b between two equally long samples (e.g. two score vectors over the same
   * plans; a higher score ranks higher).
   *
   * @param x the first sample
   * @param y the second sample, as long as {@code x}
   * @return τ-b in [−1, 1]; NaN when there are fewer than two values, or either sample is all tied
   * @throws IllegalArgumentException if the lengths differ or a value is NaN
   */
  public static double tauB(double[] x, double[] y) {
    requireNonNull(x, "x");
    requireNonNull(y, "y");
    checkArgument(x.length == y.length, "x and y must be as long, were %s and %s", x.length,
        y.length);
    return against(x).tauB(y);
  }

  /**
   * Prepares τ-b against a fixed first sample, ordered once, for many second samples (the draws
   * of a sensitivity analysis against the base scores).
   *
   * @param x the first sample, no NaN
   * @return the prepared ranking
   */
  static Ranking against(double[] x) {
    return new Ranking(x);
  }

  /** A first sample in rank order, with its runs of ties; immutable. */
  static final class Ranking {
    private final int n;
    private final int[] order;
    /** Starts of the runs of equal x in rank order, and n at the end. */
    private final int[] runs;
    private final long tiedX;

    private Ranking(double[] x) {
      n = x.length;
      for (double v : x) {
        checkArgument(!Double.isNaN(v), "values must not be NaN");
      }
      Integer[] boxed = new Integer[n];
      for (int i = 0; i < n; i++) {
        boxed[i] = i;
      }
      Arrays.sort(boxed, (a, b) -> Double.compare(x[a] + 0.0, x[b] + 0.0));
      order = new int[n];
      int[] starts = new int[n + 1];
      int count = 0;
      long tied = 0;
      for (int i = 0; i < n; i++) {
        order[i] = boxed[i];
        if (i == 0 || x[order[i]] != x[order[i - 1]]) {
          starts[count++] = i;
        }
      }
      starts[count] = n;
      runs = Arrays.copyOf(starts, count + 1);
      for (int r = 0; r < count; r++) {
        long len = runs[r + 1] - runs[r];
        tied += len * (len - 1) / 2;
      }
      tiedX = tied;
    }

    /** Returns τ-b of the prepared sample against {@code y}; see {@link KendallTau#tauB}. */
    double tauB(double[] y) {
      checkArgument(y.length == n, "x and y must be as long, were %s and %s", n, y.length);
      if (n < 2) {
        return Double.NaN;
      }
      double[] ys = new double[n];
      for (int i = 0; i < n; i++) {
        ys[i] = y[order[i]] + 0.0;
        checkArgument(!Double.isNaN(ys[i]), "values must not be NaN");
      }
      // Within a run of ties in x, order by y, so that such a pair never counts as a swap.
      long tiedXy = 0;
      for (int r = 0; r + 1 < runs.length; r++) {
        int from = runs[r];
        int to = runs[r + 1];
        if (to - from > 1) {
          Arrays.sort(ys, from, to);
          tiedXy += tiedPairs(ys, from, to);
        }
      }
      long swaps = sortCountingSwaps(ys, new double[n], 0, n);
      long tiedY = tiedPairs(ys, 0, n);
      long pairs = (long) n * (n - 1) / 2;
      // nc − nd = n₀ − n₁ − n₂ + n₃ − 2·swaps (n₃: pairs tied in both).
      double s = (double) (pairs - tiedX - tiedY + tiedXy) - 2.0 * swaps;
      double denominator = Math.sqrt((double) (pairs - tiedX) * (double) (pairs - tiedY));
      if (denominator == 0) {
        return Double.NaN;
      }
      double tau = s / denominator;
      return tau > 1 ? 1 : (tau < -1 ? -1 : tau);
    }
  }

  /** Counts the pairs of equal values in the sorted range {@code a[from, to)}. */
  private static long tiedPairs(double[] a, int from, int to) {
    long tied = 0;
    long run = 1;
    for (int i = from + 1; i < to; i++) {
      if (a[i] == a[i - 1]) {
        run++;
      } else {
        tied += run * (run - 1) / 2;
        run = 1;
      }
    }
    return tied + run * (run - 1) / 2;
  }

  /** Merge-sorts {@code a[from, to)} ascending; returns the number of strict inversions. */
  private static long sortCountingSwaps(double[] a, double[] buffer, int from, int to) {
    if (to - from < 2) {
      return 0;
    }
    int mid = (from + to) >>> 1;
    long swaps = sortCountingSwaps(a, buffer, from, mid) + sortCountingSwaps(a, buffer, mid, to);
    int i = from;
    int j = mid;
    int k = from;
    while (i < mid && j < to) {
      if (a[j] < a[i]) {
        swaps += mid - i;
        buffer[k++] = a[j++];
      } else {
        buffer[k++] = a[i++];
      }
    }
    while (i < mid) {
      buffer[k++] = a[i++];
    }
    while (j < to) {
      buffer[k++] = a[j++];
    }
    System.arraycopy(buffer, from, a, from, to - from);
    return swaps;
  }
}
