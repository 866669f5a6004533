package org.vetcpd.research;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableDoubleArray;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.vetcpd.core.Dataset;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.TailoringScorer;

/**
 * Measures how far a cohort's scores and ranking depend on the rubric's weights: a Monte Carlo
 * analysis over weights drawn around the rubric's, and one-at-a-time sweeps of each weight.
 *
 * <p><b>Draws.</b> Each draw takes the ten criterion weights from a Dirichlet distribution
 * centred on the rubric's normalised weights {@code ŵ}: {@code α = concentration · ŵ}, so the
 * draws' mean is {@code ŵ} and their spread shrinks as the concentration grows (each weight's
 * variance is {@code ŵ(1 − ŵ)/(concentration + 1)}; as it tends to infinity every draw is the
 * rubric itself). A criterion of weight 0 stays 0. Each plan is re-scored under each draw from
 * its criterion values (which do not depend on the weights) exactly as {@link TailoringScorer}
 * scores: {@code 100 · Σ w·value / Σ w} over the assessed criteria, with the rubric's band limits.
 *
 * <p><b>Reproducibility.</b> Gamma variates come from Marsaglia and Tsang's method with a {@link
 * SplittableRandom} seeded with the seed; the generator is split once per draw, in draw order,
 * before any draw is computed, so draw {@code i} always uses the same numbers however the draws
 * are spread over threads. The same settings on the same rows give an equal result.
 *
 * <p><b>Results.</b> Per plan: the score interval (min, 5th and 95th percentile, median, max,
 * mean; type-7 quantiles) and the share of draws in each band. Overall: Kendall's τ-b of each
 * draw's scores against the base scores, summarised by mean, minimum and 5th percentile. Sweeps:
 * each positive weight times each factor (default 0.5, 0.75, 1.25, 1.5, 2), the others kept.
 *
 * <pre>{@code
 * SensitivityResult r = Sensitivity.of(Rubric.standard())
 *     .withDraws(10_000).withConcentration(50).withSeed(1)
 *     .run(CohortTable.of(dataset), done -> System.err.print("\r" + done));
 * }</pre>
 *
 * <p>Memory grows as {@code 8 · plans · draws} bytes (every draw's score is kept for the
 * percentiles). This class is immutable and thread-safe.
 */
public final class Sensitivity {
  /** The default number of draws. */
  public static final int DEFAULT_DRAWS = 1000;
  /** The default concentration: each weight's standard deviation is about a tenth of √ŵ. */
  public static final double DEFAULT_CONCENTRATION = 100;
  /** The default factors of the one-at-a-time sweeps. */
  public static final ImmutableDoubleArray DEFAULT_FACTORS =
      ImmutableDoubleArray.of(0.5, 0.75, 1.25, 1.5, 2);

  private static final int CRITERIA = Rubric.CRITERIA.size();

  private final Rubric rubric;
  private final int draws;
  private final double concentration;
  private final long seed;
  private final int parallelism;
  private final ImmutableDoubleArray factors;

  private Sensitivity(Rubric rubric, int draws, double concentration, long seed, int parallelism,
      ImmutableDoubleArray factors) {
    this.rubric = rubric;
    this.draws = draws;
    this.concentration = concentration;
    this.seed = seed;
    this.parallelism = parallelism;
    this.factors = factors;
  }

  /**
   * Returns an analysis of the given rubric's weights, with {@value #DEFAULT_DRAWS} draws,
   * concentration {@value #DEFAULT_CONCENTRATION}, seed 1, the default sweep factors, on all
   * cores.
   *
   * @param rubric the rubric whose weights are varied
   * @return the analysis
   */
  public static Sensitivity of(Rubric rubric) {
    return new Sensitivity(requireNonNull(rubric, "rubric"), DEFAULT_DRAWS, DEFAULT_CONCENTRATION,
        1, Runtime.getRuntime().availableProcessors(), DEFAULT_FACTORS);
  }

  /**
   * Returns a copy with another number of draws.
   *
   * @param draws the number of weight draws, at least 1
   * @return the copy
   */
  public Sensitivity withDraws(int draws) {
    checkArgument(draws >= 1, "draws must be >= 1, was %s", draws);
    return new Sensitivity(rubric, draws, concentration, seed, parallelism, factors);
  }

  /**
   * Returns a copy with another Dirichlet concentration.
   *
   * @param concentration the concentration, finite and greater than 0; larger keeps the draws
   *     closer to the rubric's weights
   * @return the copy
   */
  public Sensitivity withConcentration(double concentration) {
    checkArgument(Double.isFinite(concentration) && concentration > 0,
        "concentration must be finite and > 0, was %s", concentration);
    return new Sensitivity(rubric, draws, concentration, seed, parallelism, factors);
  }

  /**
   * Returns a copy with another random seed.
   *
   * @param seed the seed
   * @return the copy
   */
  public Sensitivity withSeed(long seed) {
    return new Sensitivity(rubric, draws, concentration, seed, parallelism, factors);
  }

  /**
   * Returns a copy that runs on the given number of threads; the result does not depend on it.
   *
   * @param parallelism the number of threads, at least 1
   * @return the copy
   */
  public Sensitivity withParallelism(int parallelism) {
    checkArgument(parallelism >= 1, "parallelism must be >= 1, was %s", parallelism);
    return new Sensitivity(rubric, draws, concentration, seed, parallelism, factors);
  }

  /**
   * Returns a copy with other one-at-a-time sweep factors.
   *
   * @param factors the factors each weight is multiplied by in turn, each finite and at least 0;
   *     none for no sweeps
   * @return the copy
   */
  public Sensitivity withFactors(double... factors) {
    for (double f : factors) {
      checkArgument(Double.isFinite(f) && f >= 0, "factors must be finite and >= 0, was %s", f);
    }
    return new Sensitivity(rubric, draws, concentration, seed, parallelism,
        ImmutableDoubleArray.copyOf(factors));
  }

  /**
   * Returns the rubric whose weights are varied.
   *
   * @return the rubric
   */
  public Rubric rubric() {
    return rubric;
  }

  /**
   * Returns the number of draws.
   *
   * @return the draws
   */
  public int draws() {
    return draws;
  }

  /**
   * Returns the Dirichlet concentration.
   *
   * @return the concentration
   */
  public double concentration() {
    return concentration;
  }

  /**
   * Returns the random seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the number of threads.
   *
   * @return the parallelism
   */
  public int parallelism() {
    return parallelism;
  }

  /**
   * Returns the sweep factors.
   *
   * @return the factors
   */
  public ImmutableDoubleArray factors() {
    return factors;
  }

  /**
   * Scores a data set with the rubric and analyses it; see {@link #run(List, IntConsumer)}.
   *
   * @param dataset the data set
   * @param progress told the number of draws completed, see {@link #run(List, IntConsumer)}
   * @return the result
   */
  public SensitivityResult run(Dataset dataset, IntConsumer progress) {
    requireNonNull(dataset, "dataset");
    return run(CohortTable.of(TailoringScorer.of(rubric), dataset), progress);
  }

  /**
   * Analyses the rows of a cohort table scored with this analysis's rubric (the criterion values
   * depend on its constants; only its weights are varied).
   *
   * @param rows the rows
   * @return the result
   */
  public SensitivityResult run(List<CohortRow> rows) {
    return run(rows, done -> { });
  }

  /**
   * Analyses the rows of a cohort table scored with this analysis's rubric, telling {@code
   * progress} how many draws are done: about a hundred times, with a growing count, ending with
   * {@link #draws()}. It is called from the worker threads, one call at a time.
   *
   * @param rows the rows
   * @param progress told the number of draws completed
   * @return the result
   */
  public SensitivityResult run(List<CohortRow> rows, IntConsumer progress) {
    requireNonNull(rows, "rows");
    requireNonNull(progress, "progress");
    int n = rows.size();
    double[][] values = new double[n][CRITERIA];
    double[] base = new double[n];
    for (int p = 0; p < n; p++) {
      CohortRow r = rows.get(p);
      for (int k = 0; k < CRITERIA; k++) {
        Double v = r.criteria().get(Rubric.CRITERIA.get(k));
        values[p][k] = v == null ? Double.NaN : v;
      }
      base[p] = r.score();
    }
    double[] w0 = new double[CRITERIA];
    double sum = 0;
    for (int k = 0; k < CRITERIA; k++) {
      w0[k] = rubric.weight(Rubric.CRITERIA.get(k));
      sum += w0[k];
    }
    double[] alpha = new double[CRITERIA];
    Map<String, Double> normalised = new LinkedHashMap<>();
    for (int k = 0; k < CRITERIA; k++) {
      w0[k] /= sum;
      alpha[k] = concentration * w0[k];
      normalised.put(Rubric.CRITERIA.get(k), w0[k]);
    }

    // One generator per draw, split in draw order before any work: results never depend on
    // which thread runs which draw.
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom[] streams = new SplittableRandom[draws];
    for (int d = 0; d < draws; d++) {
      streams[d] = root.split();
    }
    double[][] scores = new double[n][draws];
    double[] taus = new double[draws];
    Progress tracker = new Progress(draws, progress);
    KendallTau.Ranking ranking = KendallTau.against(base);
    parallel(() -> IntStream.range(0, draws).parallel().forEach(d -> {
      double[] w = new double[CRITERIA];
      Gamma.dirichlet(alpha, streams[d], w0, w);
      streams[d] = null;
      double[] s = new double[n];
      for (int p = 0; p < n; p++) {
        s[p] = score(w, values[p]);
        scores[p][d] = s[p];
      }
      taus[d] = ranking.tauB(s);
      tracker.done();
    }));

    ImmutableList.Builder<PlanSensitivity> plans = ImmutableList.builderWithExpectedSize(n);
    for (int p = 0; p < n; p++) {
      plans.add(plan(rows.get(p), scores[p]));
    }
    double[] sortedTaus = taus.clone();
    Arrays.sort(sortedTaus);
    double tauMean = 0;
    for (double t : taus) {
      tauMean += t;
    }
    return SensitivityResult.builder()
        .rubric(rubric.ref())
        .weights(normalised)
        .draws(draws)
        .concentration(concentration)
        .seed(seed)
        .tauMean(tauMean / draws)
        .tauMin(sortedTaus[0])
        .tauP05(Quantiles.ofSorted(sortedTaus, 0.05))
        .plans(plans.build())
        .sweeps(sweeps(rows, values, base))
        .build();
  }

  private PlanSensitivity plan(CohortRow row, double[] scores) {
    double[] bands = new double[Band.values().length];
    double total = 0;
    for (double s : scores) {
      bands[rubric.band(s).ordinal()]++;
      total += s;
    }
    for (int b = 0; b < bands.length; b++) {
      bands[b] /= scores.length;
    }
    double[] sorted = scores.clone();
    Arrays.sort(sorted);
    return PlanSensitivity.builder()
        .plan(row.plan())
        .teacher(row.teacher())
        .baseScore(row.score())
        .baseBand(row.band())
        .mean(total / scores.length)
        .min(sorted[0])
        .p05(Quantiles.ofSorted(sorted, 0.05))
        .median(Quantiles.ofSorted(sorted, 0.5))
        .p95(Quantiles.ofSorted(sorted, 0.95))
        .max(sorted[sorted.length - 1])
        .bandShares(CohortTable.enumMap(Band.class, Band.values(), bands))
        .build();
  }

  private ImmutableList<WeightSweep> sweeps(List<CohortRow> rows, double[][] values,
      double[] base) {
    ImmutableList.Builder<WeightSweep> out = ImmutableList.builder();
    int n = rows.size();
    for (int k = 0; k < CRITERIA; k++) {
      String id = Rubric.CRITERIA.get(k);
      double weight = rubric.weight(id);
      if (!(weight > 0)) {
        continue;
      }
      for (int f = 0; f < factors.length(); f++) {
        double factor = factors.get(f);
        double[] w = new double[CRITERIA];
        for (int j = 0; j < CRITERIA; j++) {
          w[j] = rubric.weight(Rubric.CRITERIA.get(j));
        }
        w[k] = weight * factor;
        double[] s = new double[n];
        double meanAbs = 0;
        double maxAbs = 0;
        int bandChanges = 0;
        for (int p = 0; p < n; p++) {
          s[p] = score(w, values[p]);
          double change = Math.abs(s[p] - base[p]);
          meanAbs += change;
          maxAbs = Math.max(maxAbs, change);
          if (rubric.band(s[p]) != rows.get(p).band()) {
            bandChanges++;
          }
        }
        out.add(WeightSweep.builder()
            .criterion(id)
            .factor(factor)
            .weight(w[k])
            .meanAbsChange(n == 0 ? 0 : meanAbs / n)
            .maxAbsChange(maxAbs)
            .bandChanges(bandChanges)
            .tau(KendallTau.tauB(base, s))
            .build());
      }
    }
    return out.build();
  }

  /**
   * Returns the score of criterion values under weights, as {@link TailoringScorer} computes it:
   * {@code 100 · Σ w·v / Σ w} over the assessed (non-NaN) values, clamped to [0, 100]; 0 when no
   * weight is assessed.
   */
  static double score(double[] weights, double[] values) {
    double weighted = 0;
    double total = 0;
    for (int k = 0; k < values.length; k++) {
      if (!Double.isNaN(values[k])) {
        weighted += weights[k] * values[k];
        total += weights[k];
      }
    }
    if (!(total > 0)) {
      return 0;
    }
    double s = 100 * (weighted / total);
    return s < 0 ? 0 : (s > 100 ? 100 : s);
  }

  private void parallel(Runnable work) {
    ForkJoinPool pool = new ForkJoinPool(parallelism);
    try {
      pool.submit(work).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdown();
    }
  }

  @Override
  public String toString() {
    return "Sensitivity[" + rubric.ref() + ", draws " + draws + ", concentration "
        + concentration + ", seed " + seed + ", factors " + factors + "]";
  }

  /** Counts completed draws and tells the callback about every hundredth of them, in order. */
  private static final class Progress {
    private final int total;
    private final int step;
    private final IntConsumer callback;
    private final AtomicInteger done = new AtomicInteger();
    private int reported;

    Progress(int total, IntConsumer callback) {
      this.total = total;
      this.step = Math.max(1, total / 100);
      this.callback = callback;
    }

    void done() {
      int d = done.incrementAndGet();
      if (d % step == 0 || d == total) {
        synchronized (this) {
          if (d > reported) {
            reported = d;
            callback.accept(d);
          }
        }
      }
    }
  }
}
