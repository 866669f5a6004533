package org.vetcpd.research;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.vetcpd.core.Dataset;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.TailoringReport;
import org.vetcpd.rules.TailoringScorer;

/**
 * A variance-based sensitivity analysis of a cohort's results to the rubric (Saisana, Saltelli and
 * Tarantola, 2005): which modelling choice explains how much of the variance of the cohort's mean
 * score, its share of TAILORED plans and its ranking, by {@link Sobol}'s estimators.
 *
 * <p><b>Factors.</b> With {@link Vary#WEIGHTS} or {@link Vary#ALL}: each criterion weight {@code
 * w} of the rubric that is positive, varied independently and uniformly over {@code [0.5·w,
 * 1.5·w]}, the ten weights then renormalised to sum 1 (a weight of 0 stays 0 and is no factor).
 * With {@link Vary#CONSTANTS} or {@link Vary#ALL}: each {@link RubricConstant} over its plausible
 * range. Every factor is independent and uniform.
 *
 * <p><b>Outputs.</b> For each of the {@code N·(k + 2)} rubrics the cohort is scored and three
 * numbers are kept: {@code mean_score}, the mean score of the plans; {@code tailored_share}, the
 * share of plans in the band TAILORED (under that rubric's band limits); {@code
 * mean_abs_rank_shift}, the mean over plans of {@code |rank − base rank|}, ranks 1 for the highest
 * score, ties sharing their mean rank, base ranks under the rubric itself. Each gets its own
 * indices from the same evaluations.
 *
 * <p>Same settings, same data set: the same result, bit for bit, on any number of threads.
 *
 * <pre>{@code
 * SobolResult r = RubricSobol.of(Rubric.standard()).withSamples(512).withSeed(1)
 *     .run(dataset, done -> { });
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RubricSobol {
  /**
   * The most rubric evaluations a run may make, {@code samples × (factors + 2)}: each is held as
   * a row of scores.
   */
  public static final long MAX_EVALUATIONS = Integer.MAX_VALUE / 2;

  /** The default base sample size N. */
  public static final int DEFAULT_SAMPLES = 512;
  /** How far each positive weight is varied: {@code [(1 − r)·w, (1 + r)·w]}. */
  public static final double WEIGHT_RANGE = 0.5;

  private static final int CRITERIA = Rubric.CRITERIA.size();

  private final Rubric rubric;
  private final Vary vary;
  private final int samples;
  private final long seed;
  private final int resamples;
  private final int parallelism;

  private RubricSobol(Rubric rubric, Vary vary, int samples, long seed, int resamples,
      int parallelism) {
    this.rubric = rubric;
    this.vary = vary;
    this.samples = samples;
    this.seed = seed;
    this.resamples = resamples;
    this.parallelism = parallelism;
  }

  /**
   * Returns an analysis of the rubric's weights and constants ({@link Vary#ALL}) with {@value
   * #DEFAULT_SAMPLES} base samples, seed 1, {@value Sobol#DEFAULT_RESAMPLES} bootstrap resamples,
   * on all cores.
   *
   * @param rubric the rubric
   * @return the analysis
   */
  public static RubricSobol of(Rubric rubric) {
    return new RubricSobol(requireNonNull(rubric, "rubric"), Vary.ALL, DEFAULT_SAMPLES, 1,
        Sobol.DEFAULT_RESAMPLES, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Returns a copy that varies the weights, the constants or both.
   *
   * @param vary what to vary
   * @return the copy
   */
  public RubricSobol withVary(Vary vary) {
    return new RubricSobol(rubric, requireNonNull(vary, "vary"), samples, seed, resamples,
        parallelism);
  }

  /**
   * Returns a copy with another base sample size.
   *
   * @param samples N, at least 2; the cohort is scored {@code N·(k + 2)} times
   * @return the copy
   */
  public RubricSobol withSamples(int samples) {
    checkArgument(samples >= 2, "samples must be >= 2, was %s", samples);
    return new RubricSobol(rubric, vary, samples, seed, resamples, parallelism);
  }

  /**
   * Returns a copy with another seed.
   *
   * @param seed the seed
   * @return the copy
   */
  public RubricSobol withSeed(long seed) {
    return new RubricSobol(rubric, vary, samples, seed, resamples, parallelism);
  }

  /**
   * Returns a copy with another number of bootstrap resamples.
   *
   * @param resamples the resamples, at least 1 and at most {@value Sobol#MAX_RESAMPLES}
   * @return the copy
   */
  public RubricSobol withResamples(int resamples) {
    checkArgument(resamples >= 1 && resamples <= Sobol.MAX_RESAMPLES,
        "resamples must be >= 1 and <= %s, was %s", Sobol.MAX_RESAMPLES, resamples);
    return new RubricSobol(rubric, vary, samples, seed, resamples, parallelism);
  }

  /**
   * Returns a copy on another number of threads; the result does not depend on it.
   *
   * @param parallelism the threads, at least 1 and at most {@link Sensitivity#MAX_PARALLELISM}
   * @return the copy
   */
  public RubricSobol withParallelism(int parallelism) {
    checkArgument(parallelism >= 1 && parallelism <= Sensitivity.MAX_PARALLELISM,
        "parallelism must be >= 1 and <= %s, was %s", Sensitivity.MAX_PARALLELISM, parallelism);
    return new RubricSobol(rubric, vary, samples, seed, resamples, parallelism);
  }

  /**
   * Returns the factors this analysis varies, in order.
   *
   * @return the factors
   */
  public ImmutableList<SobolFactor> factors() {
    ImmutableList.Builder<SobolFactor> b = ImmutableList.builder();
    if (vary.weights()) {
      for (String id : Rubric.CRITERIA) {
        double w = rubric.weight(id);
        if (w > 0) {
          b.add(SobolFactor.builder().factor("weights." + id).low((1 - WEIGHT_RANGE) * w)
              .high((1 + WEIGHT_RANGE) * w).base(w).build());
        }
      }
    }
    if (vary.constants()) {
      for (RubricConstant c : RubricConstant.values()) {
        b.add(SobolFactor.builder().factor(c.path()).low(c.low()).high(c.high())
            .base(c.valueIn(rubric)).build());
      }
    }
    return b.build();
  }

  /**
   * Scores the data set under {@code N·(k + 2)} rubrics and estimates the indices of each output,
   * telling {@code progress} the number of rubrics done (about a hundred times, from the worker
   * threads, one call at a time).
   *
   * @param dataset the data set, at least one plan
   * @param progress told the number of evaluations done
   * @return the result
   * @throws IllegalArgumentException if the data set has no plans
   */
  public SobolResult run(Dataset dataset, IntConsumer progress) {
    requireNonNull(dataset, "dataset");
    requireNonNull(progress, "progress");
    checkArgument(!dataset.plans().isEmpty(), "the data set has no plans to analyse");
    List<CohortRow> rows = CohortTable.of(TailoringScorer.of(rubric), dataset);
    int n = rows.size();
    double[][] values = Sensitivity.criterionValues(rows);
    double[] base = new double[n];
    for (int p = 0; p < n; p++) {
      base[p] = rows.get(p).score();
    }
    double[] baseRanks = Ranks.descending(base);
    List<Integer> weighted = new ArrayList<>();
    if (vary.weights()) {
      for (int k = 0; k < CRITERIA; k++) {
        if (rubric.weight(Rubric.CRITERIA.get(k)) > 0) {
          weighted.add(k);
        }
      }
    }
    int factorCount = weighted.size() + (vary.constants() ? RubricConstant.values().length : 0);
    double[] w0 = new double[CRITERIA];
    for (int k = 0; k < CRITERIA; k++) {
      w0[k] = rubric.weight(Rubric.CRITERIA.get(k));
    }
    Sobol.MultiModel model = x -> {
      double[] w = w0.clone();
      for (int f = 0; f < weighted.size(); f++) {
        int k = weighted.get(f);
        w[k] = w0[k] * (1 - WEIGHT_RANGE + 2 * WEIGHT_RANGE * x[f]);
      }
      double[] s = new double[n];
      Band[] bands = new Band[n];
      if (vary.constants()) {
        double[] c = new double[RubricConstant.values().length];
        for (RubricConstant rc : RubricConstant.values()) {
          c[rc.ordinal()] = rc.at(x[weighted.size() + rc.ordinal()]);
        }
        List<TailoringReport> reports =
            TailoringScorer.of(RubricConstant.apply(rubric, w, c)).scoreAll(dataset);
        for (int p = 0; p < n; p++) {
          s[p] = reports.get(p).score();
          bands[p] = reports.get(p).band();
        }
      } else {
        for (int p = 0; p < n; p++) {
          s[p] = Sensitivity.score(w, values[p]);
          bands[p] = Sensitivity.band(rubric, rows.get(p), s[p]);
        }
      }
      return outputs(s, bands, baseRanks);
    };
    SobolIndices[] indices = Sobol.estimateAll(factorCount, model, 3, samples, seed, resamples,
        Sobol.DEFAULT_LEVEL, parallelism, progress);
    Band[] baseBands = new Band[n];
    for (int p = 0; p < n; p++) {
      baseBands[p] = rows.get(p).band();
    }
    double[] baseOutputs = outputs(base, baseBands, baseRanks);
    String[] names = {"mean_score", "tailored_share", "mean_abs_rank_shift"};
    ImmutableList.Builder<SobolOutput> outputs = ImmutableList.builder();
    for (int o = 0; o < names.length; o++) {
      outputs.add(SobolOutput.builder().output(names[o]).base(baseOutputs[o])
          .indices(indices[o]).build());
    }
    return SobolResult.builder()
        .rubric(rubric.ref())
        .vary(vary)
        .samples(samples)
        .evaluations(samples * (factorCount + 2))
        .seed(seed)
        .resamples(resamples)
        .level(Sobol.DEFAULT_LEVEL)
        .plans(n)
        .factors(factors())
        .outputs(outputs.build())
        .build();
  }

  private static double[] outputs(double[] s, Band[] bands, double[] baseRanks) {
    int n = s.length;
    double[] r = Ranks.descending(s);
    double sum = 0;
    int tailored = 0;
    double shift = 0;
    for (int p = 0; p < n; p++) {
      sum += s[p];
      tailored += bands[p] == Band.TAILORED ? 1 : 0;
      shift += Math.abs(r[p] - baseRanks[p]);
    }
    return new double[] {sum / n, (double) tailored / n, shift / n};
  }

  /**
   * Returns the number of threads.
   *
   * @return the parallelism
   */
  public int parallelism() {
    return parallelism;
  }

  @Override
  public String toString() {
    return "RubricSobol[" + rubric.ref() + ", vary " + vary + ", N " + samples + ", seed " + seed
        + ", resamples " + resamples + "]";
  }
}
