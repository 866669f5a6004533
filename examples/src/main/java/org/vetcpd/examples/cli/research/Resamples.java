package org.vetcpd.examples.cli.research;

import org.vetcpd.examples.cli.CliException;

/**
 * The bounds of {@code --resamples}, in every command that takes it ({@code aggregate --ci},
 * {@code sensitivity --method sobol}): fewer than {@value #MIN} resamples make percentile
 * intervals that mean nothing (one resample gives an "interval" of one replicate, which need not
 * hold the estimate), and more than {@value #MAX} hold more replicates than a default heap has room
 * for while moving a percentile by less than the output rounds to.
 */
final class Resamples {
  /** The fewest resamples. */
  static final int MIN = 100;
  /** The most resamples: the bounds of {@code Bootstrap} and {@code Sobol}. */
  static final int MAX = org.vetcpd.research.Bootstrap.MAX_RESAMPLES;

  /** How {@code --help} words the range. */
  static final String RANGE = MIN + " to " + MAX;

  private Resamples() {}

  /**
   * Returns the resamples given, or the default when none were; a usage error when out of range.
   */
  static int of(Integer given, int defaultValue) {
    int n = given == null ? defaultValue : given;
    if (n < MIN || n > MAX) {
      throw CliException.usage("vetcpd: --resamples must be at least " + MIN + " and at most "
          + MAX + ", was " + n);
    }
    return n;
  }
}
