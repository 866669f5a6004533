package org.vetcpd.research;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableDoubleArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.vetcpd.core.Dataset;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.TailoringReport;
import org.vetcpd.rules.TailoringScorer;

/**
 * Measures how far a cohort's scores, ranks, bands and group means depend on the rubric: an
 * uncertainty analysis by Monte Carlo over rubric draws (the weights, the constants or both, {@link
 * Vary}), and one-at-a-time sweeps of each weight; the analysis the OECD/JRC <i>Handbook on
 * Constructing Composite Indicators</i> (2008) asks of a composite indicator. For the share of
 * the variance each choice explains, see {@link RubricSobol}.
 *
 * <p><b>Draws.</b> Each draw takes the ten criterion weights from a Dirichlet distribution
 * centred on the rubric's normalised weights {@code ŵ}: {@code α = concentration · ŵ}, so the
 * draws' mean is {@code ŵ} and their spread shrinks as the concentration grows (each weight's
 * variance is {@code ŵ(1 − ŵ)/(concentration + 1)}; as it tends to infinity every draw is the
 * rubric itself, as it tends to 0 each draw puts all the weight on one criterion, criterion
 * {@code k} with probability {@code ŵₖ}). A criterion of weight 0 stays 0. With {@link
 * Vary#CONSTANTS} or {@link Vary#ALL} the draw then takes each {@link RubricConstant}
 * uniformly from its plausible range (documented in {@code docs/rubric.md}); with {@link
 * Vary#CONSTANTS} the weights stay the rubric's. Under weights alone each plan is re-scored from
 * its criterion values (which do not depend on the weights) exactly as {@link TailoringScorer}
 * scores: {@code 100 · Σ w·value / Σ w} over the assessed criteria, with the rubric's band limits;
 * under constants each draw's rubric scores the data set afresh.
 *
 * <p><b>Reproducibility.</b> Gamma variates come from Marsaglia and Tsang's method in log space
 * ({@link StrictMath} throughout) with a {@link SplittableRandom} seeded with the seed; the
 * generator is split once per draw, in draw order, before any draw is computed, so draw {@code i}
 * always uses the same numbers however the draws are spread over threads: the same settings on
 * the same rows give an equal result on any JVM.
 *
 * <p><b>Results.</b> Per plan: the base score; the spread over the rubric draws (min, 5th and 95th
 * percentile, median, max, mean; type-7 quantiles) &mdash; a statement about modelling choices,
 * never a confidence interval; the base rank, median rank and 5&ndash;95 % rank range (1 for the
 * highest score, ties sharing their mean rank); the probability of a band change and the share of
 * draws in each band. Per pair of groups (with {@link #withGrouping}): the share of draws in which
 * one group's mean exceeds the other's. Overall: Kendall's τ-b of each draw's scores against the
 * base scores, summarised by mean, minimum and 5th percentile. Every mean and share comes with its
 * Monte Carlo standard error ({@code sd/√draws}, {@code √(p(1 − p)/draws)}). Sweeps: each positive
 * weight times each factor (default 0.5, 0.75, 1.25, 1.5, 2), the others kept.
 *
 * <pre>{@code
 * SensitivityResult r = Sensitivity.of(Rubric.standard())
 *     .withDraws(10_000).withConcentration(50).withSeed(1).withVary(Vary.ALL)
 *     .withGrouping(Grouping.PROGRAMME)
 *     .run(dataset, done -> System.err.print("\r" + done));
 * }</pre>
 *
 * <p>Memory grows as {@code 17 · plans · draws} bytes (every draw's score, rank and band is kept
 * for the percentiles). This class is immutable and thread-safe.
 */
public final class Sensitivity {
  /** The most threads an analysis runs on: the most a {@code ForkJoinPool} takes. */
  public static final int MAX_PARALLELISM = 32_767;

  /** The default number of draws. */
  public static final int DEFAULT_DRAWS = 1000;
  /** The default concentration: each weight's standard deviation is about a tenth of √ŵ. */
  public static final double DEFAULT_CONCENTRATION = 100;
  /** The default factors of the one-at-a-time sweeps. */
  public static final ImmutableDoubleArray DEFAULT_FACTORS =
      ImmutableDoubleArray.of(0.5, 0.75, 1.25, 1.5, 2);

  private static final int CRITERIA = Rubric.CRITERIA.size();
  private static final int CONSTANTS = RubricConstant.values().length;

  private final Rubric rubric;
  private final int draws;
  private final double concentration;
  private final long seed;
  private final int parallelism;
  private final ImmutableDoubleArray factors;
  private final Vary vary;
  private final Grouping grouping;

  private Sensitivity(Rubric rubric, int draws, double concentration, long seed, int parallelism,
      ImmutableDoubleArray factors, Vary vary, Grouping grouping) {
    this.rubric = rubric;
    this.draws = draws;
    this.concentration = concentration;
    this.seed = seed;
    this.parallelism = parallelism;
    this.factors = factors;
    this.vary = vary;
    this.grouping = grouping;
  }

  /**
   * Returns an analysis of the given rubric's weights, with {@value #DEFAULT_DRAWS} draws,
   * concentration {@value #DEFAULT_CONCENTRATION}, seed 1, the default sweep factors, no grouping,
   * on all cores.
   *
   * @param rubric the rubric whose weights are varied
   * @return the analysis
   */
  public static Sensitivity of(Rubric rubric) {
    return new Sensitivity(requireNonNull(rubric, "rubric"), DEFAULT_DRAWS, DEFAULT_CONCENTRATION,
        1, Runtime.getRuntime().availableProcessors(), DEFAULT_FACTORS, Vary.WEIGHTS, null);
  }

  /**
   * Returns a copy with another number of draws.
   *
   * @param draws the number of rubric draws, at least 1
   * @return the copy
   */
  public Sensitivity withDraws(int draws) {
    checkArgument(draws >= 1, "draws must be >= 1, was %s", draws);
    return new Sensitivity(rubric, draws, concentration, seed, parallelism, factors, vary,
        grouping);
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
    return new Sensitivity(rubric, draws, concentration, seed, parallelism, factors, vary,
        grouping);
  }

  /**
   * Returns a copy with another random seed.
   *
   * @param seed the seed
   * @return the copy
   */
  public Sensitivity withSeed(long seed) {
    return new Sensitivity(rubric, draws, concentration, seed, parallelism, factors, vary,
        grouping);
  }

  /**
   * Returns a copy that runs on the given number of threads; the result does not depend on it.
   *
   * @param parallelism the number of threads, at least 1 and at most {@link #MAX_PARALLELISM}
   * @return the copy
   */
  public Sensitivity withParallelism(int parallelism) {
    checkArgument(parallelism >= 1 && parallelism <= MAX_PARALLELISM,
        "parallelism must be >= 1 and <= %s, was %s", MAX_PARALLELISM, parallelism);
    return new Sensitivity(rubric, draws, concentration, seed, parallelism, factors, vary,
        grouping);
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
        ImmutableDoubleArray.copyOf(factors), vary, grouping);
  }

  /**
   * Returns a copy that varies the weights, the constants or both. Varying the constants needs
   * the data set: use {@link #run(Dataset, IntConsumer)}.
   *
   * @param vary what to vary
   * @return the copy
   */
  public Sensitivity withVary(Vary vary) {
    return new Sensitivity(rubric, draws, concentration, seed, parallelism, factors,
        requireNonNull(vary, "vary"), grouping);
  }

  /**
   * Returns a copy that compares the mean scores of the groups of this grouping over the draws
   * ({@link SensitivityResult#groups()}).
   *
   * @param grouping the grouping
   * @return the copy
   */
  public Sensitivity withGrouping(Grouping grouping) {
    return new Sensitivity(rubric, draws, concentration, seed, parallelism, factors, vary,
        requireNonNull(grouping, "grouping"));
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
   * Returns what the draws vary.
   *
   * @return the kind of draws
   */
  public Vary vary() {
    return vary;
  }

  /**
   * Scores a data set with the rubric and analyses it; see {@link #run(List, IntConsumer)}. This
   * is the way to vary the constants.
   *
   * @param dataset the data set
   * @param progress told the number of draws completed, see {@link #run(List, IntConsumer)}
   * @return the result
   */
  public SensitivityResult run(Dataset dataset, IntConsumer progress) {
    requireNonNull(dataset, "dataset");
    requireNonNull(progress, "progress");
    return run(CohortTable.of(TailoringScorer.of(rubric), dataset), dataset, progress);
  }

  /**
   * Analyses the rows of a cohort table scored with this analysis's rubric (the criterion values
   * depend on its constants; only its weights are varied).
   *
   * @param rows the rows
   * @return the result
   * @throws IllegalStateException if the analysis varies the constants
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
   * @throws IllegalStateException if the analysis varies the constants (which needs the data set)
   */
  public SensitivityResult run(List<CohortRow> rows, IntConsumer progress) {
    requireNonNull(rows, "rows");
    requireNonNull(progress, "progress");
    if (vary.constants()) {
      throw new IllegalStateException(
          "varying the constants re-scores the data set: use run(Dataset, IntConsumer)");
    }
    return run(rows, null, progress);
  }

  private SensitivityResult run(List<CohortRow> rows, Dataset dataset, IntConsumer progress) {
    int n = rows.size();
    double[][] values = criterionValues(rows);
    double[] base = new double[n];
    for (int p = 0; p < n; p++) {
      base[p] = rows.get(p).score();
    }
    double[] w0 = normalisedWeights(rubric);
    double[] alpha = new double[CRITERIA];
    Map<String, Double> normalised = new LinkedHashMap<>();
    for (int k = 0; k < CRITERIA; k++) {
      alpha[k] = concentration * w0[k];
      normalised.put(Rubric.CRITERIA.get(k), w0[k]);
    }
    double[] baseRanks = Ranks.descending(base);
    int[] group = new int[n];
    List<String> keys = groups(rows, group);
    int groups = keys.size();

    // One generator per draw, split in draw order before any work: results never depend on
    // which thread runs which draw.
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom[] streams = new SplittableRandom[draws];
    for (int d = 0; d < draws; d++) {
      streams[d] = root.split();
    }
    double[][] scores = new double[n][draws];
    double[][] ranks = new double[n][draws];
    byte[][] bands = new byte[n][draws];
    double[][] groupMeans = new double[groups][draws];
    double[] taus = new double[draws];
    Progress tracker = new Progress(draws, progress);
    KendallTau.Ranking ranking = KendallTau.against(base);
    parallel(parallelism, () -> IntStream.range(0, draws).parallel().forEach(d -> {
      SplittableRandom random = streams[d];
      streams[d] = null;
      double[] w = w0.clone();
      if (vary.weights()) {
        Gamma.dirichlet(alpha, random, w);
      }
      double[] s = new double[n];
      if (vary.constants()) {
        double[] c = new double[CONSTANTS];
        for (RubricConstant x : RubricConstant.values()) {
          c[x.ordinal()] = x.at(random.nextDouble());
        }
        Rubric drawn = RubricConstant.apply(rubric, w, c);
        List<TailoringReport> reports = TailoringScorer.of(drawn).scoreAll(dataset);
        for (int p = 0; p < n; p++) {
          s[p] = reports.get(p).score();
          bands[p][d] = (byte) reports.get(p).band().ordinal();
        }
      } else {
        for (int p = 0; p < n; p++) {
          s[p] = score(w, values[p]);
          bands[p][d] = (byte) band(rubric, rows.get(p), s[p]).ordinal();
        }
      }
      double[] r = Ranks.descending(s);
      double[] sums = new double[groups];
      int[] counts = new int[groups];
      for (int p = 0; p < n; p++) {
        scores[p][d] = s[p];
        ranks[p][d] = r[p];
        sums[group[p]] += s[p];
        counts[group[p]]++;
      }
      for (int g = 0; g < groups; g++) {
        groupMeans[g][d] = sums[g] / counts[g];
      }
      taus[d] = ranking.tauB(s);
      tracker.done();
    }));

    ImmutableList.Builder<PlanSensitivity> plans = ImmutableList.builderWithExpectedSize(n);
    for (int p = 0; p < n; p++) {
      plans.add(plan(rows.get(p), scores[p], ranks[p], bands[p], baseRanks[p]));
    }
    double[] sortedTaus = taus.clone();
    Arrays.sort(sortedTaus);
    SensitivityResult.Builder result = SensitivityResult.builder()
        .rubric(rubric.ref())
        .vary(vary)
        .weights(normalised)
        .draws(draws)
        .concentration(concentration)
        .seed(seed)
        .tauMean(mean(taus))
        .tauMeanMcse(mcse(taus))
        .tauMin(sortedTaus[0])
        .tauP05(Quantiles.ofSorted(sortedTaus, 0.05))
        .plans(plans.build())
        .sweeps(sweeps(rows, values, base));
    if (grouping != null) {
      result.grouping(grouping).groups(comparisons(keys, group, base, groupMeans));
    }
    return result.build();
  }

  /** Each row's criterion values in {@link Rubric#CRITERIA} order, NaN when not assessed. */
  static double[][] criterionValues(List<CohortRow> rows) {
    double[][] values = new double[rows.size()][CRITERIA];
    for (int p = 0; p < values.length; p++) {
      CohortRow r = rows.get(p);
      for (int k = 0; k < CRITERIA; k++) {
        Double v = r.criteria().get(Rubric.CRITERIA.get(k));
        values[p][k] = v == null ? Double.NaN : v;
      }
    }
    return values;
  }

  /** The rubric's weights in {@link Rubric#CRITERIA} order, normalised to sum 1. */
  static double[] normalisedWeights(Rubric rubric) {
    double[] w = new double[CRITERIA];
    double sum = 0;
    for (int k = 0; k < CRITERIA; k++) {
      w[k] = rubric.weight(Rubric.CRITERIA.get(k));
      sum += w[k];
    }
    for (int k = 0; k < CRITERIA; k++) {
      w[k] /= sum;
    }
    return w;
  }

  /** The band of a re-scored row: an empty plan is GENERIC whatever the limits (DESIGN.md). */
  static Band band(Rubric rubric, CohortRow row, double score) {
    return row.items() == 0 ? Band.GENERIC : rubric.band(score);
  }

  /** Fills {@code group} with each row's group index; returns the keys, sorted. */
  private List<String> groups(List<CohortRow> rows, int[] group) {
    if (grouping == null) {
      return List.of("all");
    }
    // grouped by the tuple of ids, listed by the key shown (distinct for distinct tuples)
    Map<GroupKey, Integer> index = new TreeMap<>();
    for (CohortRow r : rows) {
      index.put(grouping.groupOf(r), 0);
    }
    List<String> keys = new ArrayList<>(index.size());
    for (Map.Entry<GroupKey, Integer> e : index.entrySet()) {
      e.setValue(keys.size());
      keys.add(e.getKey().shown());
    }
    for (int p = 0; p < group.length; p++) {
      group[p] = index.get(grouping.groupOf(rows.get(p)));
    }
    return keys;
  }

  private ImmutableList<GroupComparison> comparisons(List<String> keys, int[] group,
      double[] base, double[][] means) {
    int groups = keys.size();
    double[] baseMeans = new double[groups];
    int[] counts = new int[groups];
    for (int p = 0; p < base.length; p++) {
      baseMeans[group[p]] += base[p];
      counts[group[p]]++;
    }
    for (int g = 0; g < groups; g++) {
      baseMeans[g] /= counts[g];
    }
    ImmutableList.Builder<GroupComparison> out = ImmutableList.builder();
    for (int g = 0; g < groups; g++) {
      for (int h = 0; h < groups; h++) {
        if (g == h) {
          continue;
        }
        int higher = 0;
        for (int d = 0; d < draws; d++) {
          if (means[g][d] > means[h][d]) {
            higher++;
          }
        }
        double p = (double) higher / draws;
        out.add(GroupComparison.builder()
            .group(keys.get(g))
            .other(keys.get(h))
            .baseMean(baseMeans[g])
            .otherBaseMean(baseMeans[h])
            .probability(p)
            .mcse(shareMcse(p, draws))
            .build());
      }
    }
    return out.build();
  }

  private PlanSensitivity plan(CohortRow row, double[] scores, double[] ranks, byte[] bandsOf,
      double baseRank) {
    double[] bands = new double[Band.values().length];
    int changes = 0;
    for (byte b : bandsOf) {
      bands[b]++;
      if (b != row.band().ordinal()) {
        changes++;
      }
    }
    double[] mcse = new double[bands.length];
    for (int b = 0; b < bands.length; b++) {
      bands[b] /= scores.length;
      mcse[b] = shareMcse(bands[b], scores.length);
    }
    double change = (double) changes / scores.length;
    double[] sorted = scores.clone();
    Arrays.sort(sorted);
    double[] sortedRanks = ranks.clone();
    Arrays.sort(sortedRanks);
    return PlanSensitivity.builder()
        .plan(row.plan())
        .teacher(row.teacher())
        .baseScore(row.score())
        .baseBand(row.band())
        .mean(mean(scores))
        .meanMcse(mcse(scores))
        .min(sorted[0])
        .p05(Quantiles.ofSorted(sorted, 0.05))
        .median(Quantiles.ofSorted(sorted, 0.5))
        .p95(Quantiles.ofSorted(sorted, 0.95))
        .max(sorted[sorted.length - 1])
        .baseRank(baseRank)
        .medianRank(Quantiles.ofSorted(sortedRanks, 0.5))
        .rankP05(Quantiles.ofSorted(sortedRanks, 0.05))
        .rankP95(Quantiles.ofSorted(sortedRanks, 0.95))
        .bandChange(change)
        .bandChangeMcse(shareMcse(change, scores.length))
        .bandShares(CohortTable.enumMap(Band.class, Band.values(), bands))
        .bandShareMcse(CohortTable.enumMap(Band.class, Band.values(), mcse))
        .build();
  }

  /** The mean; NaN if any value is NaN. */
  static double mean(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    return sum / x.length;
  }

  /** The Monte Carlo standard error of a mean of draws: sd (divisor n − 1) over √n; 0 for one. */
  static double mcse(double[] x) {
    int n = x.length;
    if (n < 2) {
      return 0;
    }
    double m = mean(x);
    double ss = 0;
    for (double v : x) {
      ss += (v - m) * (v - m);
    }
    return Math.sqrt(ss / (n - 1) / n);
  }

  /** The Monte Carlo standard error of a share {@code p} of {@code n} draws. */
  static double shareMcse(double p, int n) {
    return Math.sqrt(p * (1 - p) / n);
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
          if (band(rubric, rows.get(p), s[p]) != rows.get(p).band()) {
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

  /** Runs work that uses parallel streams on a pool of {@code parallelism} threads. */
  static void parallel(int parallelism, Runnable work) {
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
    return "Sensitivity[" + rubric.ref() + ", vary " + vary + ", draws " + draws
        + ", concentration " + concentration + ", seed " + seed + ", factors " + factors
        + (grouping == null ? "" : ", by " + grouping) + "]";
  }

  /** Counts completed draws and tells the callback about every hundredth of them, in order. */
  static final class Progress {
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
