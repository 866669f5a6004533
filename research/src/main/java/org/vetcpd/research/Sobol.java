package org.vetcpd.research;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Variance-based sensitivity indices of a model on the unit cube: Sobol's first-order indices
 * {@code Sᵢ = V(E(Y|Xᵢ))/V(Y)} (the share of the output's variance that factor {@code i} explains
 * alone) and total indices {@code STᵢ = E(V(Y|X₋ᵢ))/V(Y)} (its share with all its interactions),
 * by Monte Carlo, with bootstrap confidence intervals.
 *
 * <p><b>Design.</b> Two independent base samples {@code A} and {@code B} of {@code N} points each,
 * uniform on {@code [0, 1)^k}, pseudo-random from a {@link SplittableRandom} seeded with the seed
 * (A's rows first, then B's, each row factor by factor); for each factor {@code i} the matrix
 * {@code A_B^(i)}: {@code A} with column {@code i} taken from {@code B}. The model is evaluated on
 * the {@code N·(k + 2)} points of {@code A}, {@code B} and the {@code k} matrices {@code A_B^(i)}.
 *
 * <p><b>Estimators</b> (Saltelli et al., 2010, <i>Computer Physics Communications</i> 181,
 * table 2): with {@code V} the variance of the {@code 2N} outputs {@code f(A)} and {@code f(B)}
 * together (divisor {@code 2N}),
 *
 * <ul>
 *   <li>first order (Saltelli 2010): {@code Sᵢ = (1/N)·Σⱼ (f(B)ⱼ − f̄)·(f(A_B^(i))ⱼ − f(A)ⱼ) / V},
 *       with {@code f̄} the mean of the {@code 2N} outputs of A and B. Centring {@code f(B)} on
 *       {@code f̄} (as SALib does by centring the outputs) leaves the estimator's expectation
 *       unchanged, since {@code E(f(A_B^(i)) − f(A)) = 0}, and removes an error term proportional
 *       to the squared mean: without it a score near 50 with a variance of 5 needs a hundred
 *       times more samples for the same precision;
 *   <li>total (Jansen 1999): {@code STᵢ = (1/(2N))·Σⱼ (f(A)ⱼ − f(A_B^(i))ⱼ)² / V}.
 * </ul>
 *
 * <p>Both are unbiased in the limit; with pseudo-random points their error falls as {@code
 * 1/√N}, and a first-order index near 0 can come out slightly negative. When {@code V} is 0 (a
 * constant model) every index is NaN.
 *
 * <p><b>Intervals.</b> The {@code N} rows {@code j} are resampled with replacement {@code R}
 * times (default {@value #DEFAULT_RESAMPLES}); each resample recomputes {@code V}, {@code Sᵢ} and
 * {@code STᵢ} from the kept evaluations (no new model runs); the interval is the percentile
 * interval (type-7 quantiles of the resampled indices at {@code (1 − level)/2} and {@code (1 +
 * level)/2}; default level 0.95), as in Archer, Saltelli and Sobol (1997).
 *
 * <p><b>Reproducibility.</b> The base sample and the resamples come from streams split off the
 * seed before any evaluation, and the evaluations do not depend on their order: the same
 * arguments give the same indices, bit for bit, on any JVM and with any number of threads.
 *
 * <pre>{@code
 * SobolIndices s = Sobol.estimate(3, x -> ishigami(x), 4096, 1);
 * s.firstOrder();  s.total();  s.firstOrderLower();  s.firstOrderUpper();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Sobol {
  /** The default number of bootstrap resamples of the intervals. */
  public static final int DEFAULT_RESAMPLES = 500;
  /** The default level of the bootstrap intervals. */
  public static final double DEFAULT_LEVEL = 0.95;
  /**
   * The most bootstrap resamples: each resample's two indices of every factor and output are
   * held until their percentiles are taken.
   */
  public static final int MAX_RESAMPLES = 100_000;

  private Sobol() {}

  /**
   * Estimates the first-order and total indices of a model of {@code factors} inputs, each
   * uniform on [0, 1), with {@code n·(factors + 2)} model evaluations, one after the other on the
   * calling thread, and {@value #DEFAULT_RESAMPLES} bootstrap resamples for 95 % intervals.
   *
   * @param factors the number of inputs {@code k}, at least 1
   * @param model the model: given a point of {@code [0, 1)^k} (an array it may not keep), returns
   *     a finite output
   * @param n the base sample size {@code N}, at least 2
   * @param seed the random seed
   * @return the indices, one of each kind per factor
   * @throws IllegalArgumentException if an argument is out of range or the model returns a value
   *     that is not finite
   */
  public static SobolIndices estimate(int factors, ToDoubleFunction<double[]> model, int n,
      long seed) {
    return estimate(factors, model, n, seed, DEFAULT_RESAMPLES, DEFAULT_LEVEL);
  }

  /**
   * Estimates the indices as {@link #estimate(int, ToDoubleFunction, int, long)} does, with a
   * chosen number of bootstrap resamples and interval level.
   *
   * @param factors the number of inputs {@code k}, at least 1
   * @param model the model
   * @param n the base sample size {@code N}, at least 2
   * @param seed the random seed
   * @param resamples the number of bootstrap resamples, at least 1 and at most {@value
   *     #MAX_RESAMPLES}
   * @param level the level of the intervals, in (0, 1)
   * @return the indices
   */
  public static SobolIndices estimate(int factors, ToDoubleFunction<double[]> model, int n,
      long seed, int resamples, double level) {
    requireNonNull(model, "model");
    SobolIndices[] out = estimateAll(factors, x -> new double[] {model.applyAsDouble(x)}, 1, n,
        seed, resamples, level, 1, done -> { });
    return out[0];
  }

  /** A model of several outputs, evaluated at once (e.g. several statistics of one cohort). */
  interface MultiModel {
    double[] apply(double[] x);
  }

  /**
   * Estimates the indices of each of {@code outputs} outputs of one model from the same
   * evaluations, on {@code parallelism} threads (the model must then be thread-safe), telling
   * {@code progress} the number of evaluations done.
   */
  static SobolIndices[] estimateAll(int factors, MultiModel model, int outputs, int n, long seed,
      int resamples, double level, int parallelism, IntConsumer progress) {
    checkArgument(factors >= 1, "factors must be >= 1, was %s", factors);
    checkArgument(n >= 2, "n must be >= 2, was %s", n);
    checkArgument(resamples >= 1 && resamples <= MAX_RESAMPLES,
        "resamples must be >= 1 and <= %s, was %s", MAX_RESAMPLES, resamples);
    checkArgument(level > 0 && level < 1, "level must be in (0, 1), was %s", level);
    checkArgument((long) n * (factors + 2) <= RubricSobol.MAX_EVALUATIONS,
        "n·(factors + 2) = %s evaluations is too many", (long) n * (factors + 2));
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom sampling = root.split();
    SplittableRandom bootstrap = root.split();
    double[][] a = new double[n][factors];
    double[][] b = new double[n][factors];
    for (double[][] m : new double[][][] {a, b}) {
      for (double[] row : m) {
        for (int i = 0; i < factors; i++) {
          row[i] = sampling.nextDouble();
        }
      }
    }
    int points = n * (factors + 2);
    // y[o][block·n + j]: block 0 is A, 1 is B, 2 + i is A_B^(i).
    double[][] y = new double[outputs][points];
    Sensitivity.Progress tracker = new Sensitivity.Progress(points, progress);
    Runnable work = () -> IntStream.range(0, points).parallel().forEach(p -> {
      int block = p / n;
      int j = p % n;
      double[] x;
      if (block == 0) {
        x = a[j].clone();
      } else if (block == 1) {
        x = b[j].clone();
      } else {
        x = a[j].clone();
        x[block - 2] = b[j][block - 2];
      }
      double[] v = model.apply(x);
      for (int o = 0; o < outputs; o++) {
        checkArgument(Double.isFinite(v[o]), "the model returned %s at %s", v[o],
            Arrays.toString(x));
        y[o][p] = v[o];
      }
      tracker.done();
    });
    Sensitivity.parallel(parallelism, work);

    // s1[o][i][r], st[o][i][r]: the indices of resample r. Each resample's rows are drawn in
    // turn from the one stream and used for every output, so that only one resample's rows are
    // held, whatever N.
    double[][][] s1 = new double[outputs][factors][resamples];
    double[][][] st = new double[outputs][factors][resamples];
    int[] idx = new int[n];
    for (int r = 0; r < resamples; r++) {
      for (int j = 0; j < n; j++) {
        idx[j] = bootstrap.nextInt(n);
      }
      for (int o = 0; o < outputs; o++) {
        double[][] est = indices(y[o], n, factors, idx);
        for (int i = 0; i < factors; i++) {
          s1[o][i][r] = est[0][i];
          st[o][i][r] = est[1][i];
        }
      }
    }
    int[] identity = new int[n];
    Arrays.setAll(identity, j -> j);
    SobolIndices[] out = new SobolIndices[outputs];
    for (int o = 0; o < outputs; o++) {
      double[][] point = indices(y[o], n, factors, identity);
      double lo = (1 - level) / 2;
      double hi = (1 + level) / 2;
      double[][] bounds = new double[4][factors];
      for (int i = 0; i < factors; i++) {
        Arrays.sort(s1[o][i]);
        Arrays.sort(st[o][i]);
        bounds[0][i] = Quantiles.ofSorted(s1[o][i], lo);
        bounds[1][i] = Quantiles.ofSorted(s1[o][i], hi);
        bounds[2][i] = Quantiles.ofSorted(st[o][i], lo);
        bounds[3][i] = Quantiles.ofSorted(st[o][i], hi);
      }
      out[o] = new SobolIndices(n, point[2][0], point[2][1], point[0], bounds[0], bounds[1],
          point[1], bounds[2], bounds[3], resamples, level);
    }
    return out;
  }

  /**
   * Returns {S, ST, {mean, variance}} from the rows {@code idx} of the evaluations; NaN indices
   * when the variance is 0.
   */
  private static double[][] indices(double[] f, int n, int factors, int[] idx) {
    double sum = 0;
    for (int j : idx) {
      sum += f[j] + f[n + j];
    }
    double mean = sum / (2.0 * n);
    double v = 0;
    for (int j : idx) {
      double da = f[j] - mean;
      double db = f[n + j] - mean;
      v += da * da + db * db;
    }
    v /= 2.0 * n;
    double[] s = new double[factors];
    double[] st = new double[factors];
    for (int i = 0; i < factors; i++) {
      int base = (2 + i) * n;
      double first = 0;
      double total = 0;
      for (int j : idx) {
        double fa = f[j];
        double fab = f[base + j];
        first += (f[n + j] - mean) * (fab - fa);
        total += (fa - fab) * (fa - fab);
      }
      s[i] = v > 0 ? first / n / v : Double.NaN;
      st[i] = v > 0 ? total / (2.0 * n) / v : Double.NaN;
    }
    return new double[][] {s, st, {mean, v}};
  }
}
