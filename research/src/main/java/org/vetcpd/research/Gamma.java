package org.vetcpd.research;

import java.util.SplittableRandom;

/**
 * Gamma and Dirichlet variates from a {@link SplittableRandom}, by algorithms fixed here so that a
 * seed gives the same numbers on every JVM: Marsaglia and Tsang's method (2000) for Gamma(α, 1),
 * the polar method for the normal variates it needs (the JDK's own {@code nextGaussian} algorithm
 * has changed between versions), and {@link StrictMath} for every function a drawn number depends
 * on ({@link Math} may use CPU intrinsics that differ in the last bit).
 *
 * <p><b>Small shapes.</b> For α &lt; 1 the variate is {@code Gamma(α + 1)·U^(1/α)}; this class
 * computes its <em>logarithm</em>, {@code log Gamma(α + 1) + log(U)/α}, which stays finite for any
 * α &gt; 0 where the variate itself underflows to 0 (already for α below about 1e-3 at U = 0.5).
 * A Dirichlet draw normalises {@code exp(logₖ − max log)}, so that as the concentration tends to 0
 * the weight concentrates on one criterion, as the Dirichlet distribution does in the limit,
 * instead of every variate underflowing to 0.
 */
final class Gamma {
  private Gamma() {}

  /** Returns a Gamma(α, 1) variate; 0 for α = 0. It may underflow to 0 for tiny α. */
  static double sample(double alpha, SplittableRandom random) {
    return StrictMath.exp(logSample(alpha, random));
  }

  /**
   * Returns the logarithm of a Gamma(α, 1) variate, finite for every α &gt; 0; negative infinity
   * for α = 0.
   */
  static double logSample(double alpha, SplittableRandom random) {
    if (alpha == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (alpha < 1) {
      // 1 − nextDouble() is in (0, 1]: its logarithm is finite.
      double u = 1 - random.nextDouble();
      double boost = StrictMath.log(u) / alpha;
      // Only for α below about 1e-305 can the quotient overflow; keep it finite and ordered.
      return logSample(alpha + 1, random) + Math.max(boost, -Double.MAX_VALUE / 2);
    }
    double d = alpha - 1.0 / 3;
    double c = 1 / StrictMath.sqrt(9 * d);
    while (true) {
      double x;
      double v;
      do {
        x = normal(random);
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      double u = random.nextDouble();
      double x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2) {
        return StrictMath.log(d) + StrictMath.log(v);
      }
      if (StrictMath.log(u) < 0.5 * x2 + d * (1 - v + StrictMath.log(v))) {
        return StrictMath.log(d) + StrictMath.log(v);
      }
    }
  }

  /** Returns a standard normal variate by Marsaglia's polar method (one of the pair is used). */
  static double normal(SplittableRandom random) {
    double u;
    double v;
    double s;
    do {
      u = 2 * random.nextDouble() - 1;
      v = 2 * random.nextDouble() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s == 0);
    return u * StrictMath.sqrt(-2 * StrictMath.log(s) / s);
  }

  /**
   * Fills {@code out} with a Dirichlet(α) draw: Gamma(αₖ, 1) variates scaled to sum 1, computed
   * from their logarithms so that no draw underflows (see the class comment). A component with αₖ
   * = 0 is 0. At least one αₖ must be positive.
   */
  static void dirichlet(double[] alpha, SplittableRandom random, double[] out) {
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < alpha.length; k++) {
      out[k] = logSample(alpha[k], random);
      max = Math.max(max, out[k]);
    }
    if (max == Double.NEGATIVE_INFINITY) {
      throw new IllegalArgumentException("every Dirichlet parameter is 0");
    }
    double sum = 0;
    for (int k = 0; k < alpha.length; k++) {
      out[k] = StrictMath.exp(out[k] - max);
      sum += out[k];
    }
    for (int k = 0; k < alpha.length; k++) {
      out[k] /= sum;
    }
  }
}
