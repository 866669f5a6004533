package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Kendall's τ-b in O(n log n) equals the O(n²) count of pairs, ties included. */
class KendallTauProperties {

  @Property(tries = 300)
  void equalsBruteForceWithManyTies(
      @ForAll @Size(min = 2, max = 40) List<@IntRange(min = 0, max = 5) Integer> xs,
      @ForAll long shuffle) {
    double[] x = new double[xs.size()];
    double[] y = new double[xs.size()];
    java.util.SplittableRandom r = new java.util.SplittableRandom(shuffle);
    for (int i = 0; i < x.length; i++) {
      x[i] = xs.get(i);
      y[i] = r.nextInt(4) == 0 ? x[i] : r.nextInt(6);
    }
    check(x, y);
  }

  @Property(tries = 200)
  void equalsBruteForceOnRealScores(
      @ForAll @Size(min = 2, max = 60) List<@IntRange(min = 0, max = 1000) Integer> xs) {
    double[] x = new double[xs.size()];
    double[] y = new double[xs.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = xs.get(i) / 10.0;
      y[i] = Math.sqrt(xs.get(i)) + (i % 3) * 0.7;
    }
    check(x, y);
  }

  private static void check(double[] x, double[] y) {
    double brute = bruteForce(x, y);
    double fast = KendallTau.tauB(x, y);
    if (Double.isNaN(brute)) {
      assertThat(fast).isNaN();
    } else {
      assertThat(fast).isCloseTo(brute, within(1e-12));
    }
  }

  static double bruteForce(double[] x, double[] y) {
    long concordant = 0;
    long discordant = 0;
    long tiedX = 0;
    long tiedY = 0;
    long pairs = 0;
    for (int i = 0; i < x.length; i++) {
      for (int j = i + 1; j < x.length; j++) {
        pairs++;
        double dx = Math.signum(x[i] - x[j]);
        double dy = Math.signum(y[i] - y[j]);
        if (dx == 0) {
          tiedX++;
        }
        if (dy == 0) {
          tiedY++;
        }
        if (dx * dy > 0) {
          concordant++;
        } else if (dx * dy < 0) {
          discordant++;
        }
      }
    }
    double d = Math.sqrt((double) (pairs - tiedX) * (pairs - tiedY));
    return d == 0 ? Double.NaN : (concordant - discordant) / d;
  }
}
