package org.vetcpd.research;

import java.util.SplittableRandom;

/**
 * Gamma and Dirichlet variates from a {@link SplittableRandom}, by algorithms fixed here so that a
 * seed gives the same numbers on every JDK: Marsaglia and Tsang's method (2000) for Gamma(α, 1),
 * with Gamma(α) = Gamma(α + 1)·U^(1/α) for α &lt; 1, and the polar method for the normal variates
 * it needs (the JDK's own {@code nextGaussian} algorithm has changed between versions).
 */
final class Gamma {
  private Gamma() {}

  /** Returns a Gamma(α, 1) variate; 0 for α = 0. */
  static double sample(double alpha, SplittableRandom random) {
    if (alpha == 0) {
      return 0;
    }
    if (alpha < 1) {
      double u = random.nextDouble();
      return sample(alpha + 1, random) * Math.pow(u, 1 / alpha);
    }
    double d = alpha - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
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
        return d * v;
      }
      if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
        return d * v;
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
    return u * Math.sqrt(-2 * Math.log(s) / s);
  }

  /**
   * Fills {@code out} with a Dirichlet(α) draw: Gamma(αₖ, 1) variates scaled to sum 1. When every
   * variate underflows to 0 (only for tiny α), {@code fallback} is copied instead.
   */
  static void dirichlet(double[] alpha, SplittableRandom random, double[] fallback, double[] out) {
    double sum = 0;
    for (int k = 0; k < alpha.length; k++) {
      out[k] = sample(alpha[k], random);
      sum += out[k];
    }
    if (!(sum > 0) || Double.isInfinite(sum)) {
      System.arraycopy(fallback, 0, out, 0, out.length);
      return;
    }
    for (int k = 0; k < alpha.length; k++) {
      out[k] /= sum;
    }
  }
}
