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
    int n = x.length;
    for (int i = 0; i < n; i++) {
      checkArgument(!Double.isNaN(x[i]) && !Double.isNaN(y[i]), "values must not be NaN");
    }
    if (n < 2) {
      return Double.NaN;
    }
    // Order by x, ties in x by y, so that a tie in x never counts as a swap below.
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, (a, b) -> {
      int c = Double.compare(x[a] + 0.0, x[b] + 0.0);
      return c != 0 ? c : Double.compare(y[a] + 0.0, y[b] + 0.0);
    });
    double[] ys = new double[n];
    long tiedX = 0;
    long tiedXy = 0;
    long runX = 1;
    long runXy = 1;
    for (int i = 0; i < n; i++) {
      ys[i] = y[boxed[i]];
      if (i > 0) {
        boolean sameX = x[boxed[i]] == x[boxed[i - 1]];
        if (sameX) {
          runX++;
          if (ys[i] == ys[i - 1]) {
            runXy++;
          } else {
            tiedXy += runXy * (runXy - 1) / 2;
            runXy = 1;
          }
        } else {
          tiedX += runX * (runX - 1) / 2;
          tiedXy += runXy * (runXy - 1) / 2;
          runX = 1;
          runXy = 1;
        }
      }
    }
    tiedX += runX * (runX - 1) / 2;
    tiedXy += runXy * (runXy - 1) / 2;
    long swaps = sortCountingSwaps(ys, new double[n], 0, n);
    long tiedY = 0;
    long runY = 1;
    for (int i = 1; i < n; i++) {
      if (ys[i] == ys[i - 1]) {
        runY++;
      } else {
        tiedY += runY * (runY - 1) / 2;
        runY = 1;
      }
    }
    tiedY += runY * (runY - 1) / 2;
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
