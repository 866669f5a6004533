package org.vetcpd.research;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Sample quantiles by Hyndman and Fan's definition 7, the default of R's {@code quantile()} and
 * of NumPy: for sorted {@code x[0..n-1]} and probability {@code p}, {@code h = (n − 1)·p} and
 * {@code Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋])}.
 */
final class Quantiles {
  private Quantiles() {}

  /** Returns the type-7 quantile of values sorted ascending; NaN when there are none. */
  static double ofSorted(double[] sorted, double p) {
    checkArgument(p >= 0 && p <= 1, "p must be in [0, 1], was %s", p);
    int n = sorted.length;
    if (n == 0) {
      return Double.NaN;
    }
    double h = (n - 1) * p;
    int lo = (int) Math.floor(h);
    if (lo >= n - 1) {
      return sorted[n - 1];
    }
    return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }
}
