package org.vetcpd.research;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.RubricRef;

/**
 * Sampling uncertainty of group summaries: bootstrap percentile intervals (Efron and Tibshirani,
 * 1993) for each group's mean score, median score and band shares.
 *
 * <p><b>What is resampled.</b> Each group on its own (a stratified bootstrap: a group keeps its
 * number of units in every resample). Without clustering the units are the group's plans; with
 * {@link Cluster#SCHOOL} or {@link Cluster#TEACHER} they are the group's schools or teachers, each
 * drawn with all of its plans in the group (a cluster bootstrap, for plans that are not
 * independent). Each resample draws as many units as the group has, with replacement, and computes
 * the statistics over the plans drawn. The interval is the percentile interval: the type-7
 * quantiles of the resampled statistics at {@code (1 − level)/2} and {@code (1 + level)/2}. A group
 * of one unit has an interval of width 0: the data say nothing about its spread. The difference
 * of two groups' means ({@link #differences}) is taken within each resample, the groups resampled
 * independently of each other (as two samples are in a two-sample bootstrap). Every interval and
 * difference names the rubric the rows were scored with; rows scored with different rubrics are
 * refused.
 *
 * <p><b>Reproducibility.</b> One random stream per resample, split off the seed in order before
 * any work; the same rows and settings give the same intervals.
 *
 * <pre>{@code
 * List<GroupInterval> ci = Bootstrap.of(Grouping.PROGRAMME).withResamples(2000).withSeed(1)
 *     .withCluster(Cluster.SCHOOL).run(rows);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Bootstrap {
  /** The default number of resamples. */
  public static final int DEFAULT_RESAMPLES = 1000;
  /** The default level of the intervals. */
  public static final double DEFAULT_LEVEL = 0.95;
  /**
   * The most resamples: their statistics are held, five numbers a resample for each group, and
   * past this many a percentile moves by less than the intervals' own rounding.
   */
  public static final int MAX_RESAMPLES = 100_000;

  private final Grouping grouping;
  private final int resamples;
  private final long seed;
  private final Cluster cluster;
  private final double level;

  private Bootstrap(Grouping grouping, int resamples, long seed, Cluster cluster, double level) {
    this.grouping = grouping;
    this.resamples = resamples;
    this.seed = seed;
    this.cluster = cluster;
    this.level = level;
  }

  /**
   * Returns a bootstrap of the groups of a grouping: {@value #DEFAULT_RESAMPLES} resamples of
   * plans, seed 1, level 0.95.
   *
   * @param grouping the grouping
   * @return the bootstrap
   */
  public static Bootstrap of(Grouping grouping) {
    return new Bootstrap(requireNonNull(grouping, "grouping"), DEFAULT_RESAMPLES, 1, Cluster.PLAN,
        DEFAULT_LEVEL);
  }

  /**
   * Returns a copy with another number of resamples.
   *
   * @param resamples the resamples, at least 1 (a percentile interval wants hundreds) and at most
   *     {@value #MAX_RESAMPLES}
   * @return the copy
   */
  public Bootstrap withResamples(int resamples) {
    checkArgument(resamples >= 1 && resamples <= MAX_RESAMPLES,
        "resamples must be >= 1 and <= %s, was %s", MAX_RESAMPLES, resamples);
    return new Bootstrap(grouping, resamples, seed, cluster, level);
  }

  /**
   * Returns a copy with another seed.
   *
   * @param seed the seed
   * @return the copy
   */
  public Bootstrap withSeed(long seed) {
    return new Bootstrap(grouping, resamples, seed, cluster, level);
  }

  /**
   * Returns a copy that resamples clusters of plans.
   *
   * @param cluster the unit of resampling
   * @return the copy
   */
  public Bootstrap withCluster(Cluster cluster) {
    return new Bootstrap(grouping, resamples, seed, requireNonNull(cluster, "cluster"), level);
  }

  /**
   * Returns a copy with another interval level.
   *
   * @param level the level, in (0, 1)
   * @return the copy
   */
  public Bootstrap withLevel(double level) {
    checkArgument(level > 0 && level < 1, "level must be in (0, 1), was %s", level);
    return new Bootstrap(grouping, resamples, seed, cluster, level);
  }

  /**
   * Computes each group's intervals.
   *
   * @param rows the rows of a cohort table
   * @return one entry per group that has rows, ordered by key
   * @throws IllegalArgumentException if the rows were scored with different rubrics
   */
  public ImmutableList<GroupInterval> run(List<CohortRow> rows) {
    requireNonNull(rows, "rows");
    return compute(rows).intervals;
  }

  /**
   * Computes the interval of the difference of the mean scores of each pair of groups, the first
   * before the second in key order, from the same resamples as {@link #run(List)}.
   *
   * @param rows the rows of a cohort table
   * @return one entry per pair of groups
   * @throws IllegalArgumentException if the rows were scored with different rubrics
   */
  public ImmutableList<GroupDifference> differences(List<CohortRow> rows) {
    requireNonNull(rows, "rows");
    return compute(rows).differences;
  }

  /** The intervals and differences of one set of resamples. */
  private static final class Computed {
    final ImmutableList<GroupInterval> intervals;
    final ImmutableList<GroupDifference> differences;

    Computed(ImmutableList<GroupInterval> intervals,
        ImmutableList<GroupDifference> differences) {
      this.intervals = intervals;
      this.differences = differences;
    }
  }

  private Computed compute(List<CohortRow> rows) {
    // grouped by the tuple of ids (listed by the key shown), clusters by their school or id
    Map<GroupKey, Map<Object, List<CohortRow>>> groups = new TreeMap<>();
    RubricRef rubric = null;
    for (CohortRow r : rows) {
      requireNonNull(r, "row");
      if (rubric == null) {
        rubric = r.rubric();
      } else if (!rubric.equals(r.rubric())) {
        throw new IllegalArgumentException("rows scored with different rubrics cannot be"
            + " resampled together: " + rubric + " and " + r.rubric() + " (plan " + r.plan()
            + ")");
      }
      groups.computeIfAbsent(grouping.groupOf(r), k -> new LinkedHashMap<>())
          .computeIfAbsent(cluster.unitOf(r), k -> new ArrayList<>()).add(r);
    }
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom[] streams = new SplittableRandom[resamples];
    for (int b = 0; b < resamples; b++) {
      streams[b] = root.split();
    }
    List<double[][]> units = new ArrayList<>();
    for (Map<Object, List<CohortRow>> g : groups.values()) {
      double[][] u = new double[g.size()][];
      int i = 0;
      for (List<CohortRow> c : g.values()) {
        u[i] = new double[c.size() * 2];
        for (int p = 0; p < c.size(); p++) {
          u[i][2 * p] = c.get(p).score();
          u[i][2 * p + 1] = c.get(p).band().ordinal();
        }
        i++;
      }
      units.add(u);
    }
    int bands = Band.values().length;
    int stats = 2 + bands;
    // replicates[g][stat][b], drawn group by group from each resample's stream.
    double[][][] replicates = new double[units.size()][stats][resamples];
    for (int b = 0; b < resamples; b++) {
      SplittableRandom random = streams[b];
      for (int g = 0; g < units.size(); g++) {
        double[][] u = units.get(g);
        List<double[]> drawn = new ArrayList<>(u.length);
        for (int i = 0; i < u.length; i++) {
          drawn.add(u[random.nextInt(u.length)]);
        }
        double[] s = statistics(drawn, bands);
        for (int k = 0; k < stats; k++) {
          replicates[g][k][b] = s[k];
        }
      }
    }
    double[][] pairedMeans = new double[units.size()][];
    for (int k = 0; k < units.size(); k++) {
      pairedMeans[k] = replicates[k][0].clone();
    }
    ImmutableList.Builder<GroupInterval> out = ImmutableList.builder();
    int g = 0;
    for (Map.Entry<GroupKey, Map<Object, List<CohortRow>>> e : groups.entrySet()) {
      double[][] u = units.get(g);
      double[] s = statistics(Arrays.asList(u), bands);
      double[][] bounds = new double[stats][2];
      for (int k = 0; k < stats; k++) {
        double[] r = replicates[g][k];
        Arrays.sort(r);
        bounds[k][0] = Quantiles.ofSorted(r, (1 - level) / 2);
        bounds[k][1] = Quantiles.ofSorted(r, (1 + level) / 2);
      }
      double[] share = new double[bands];
      double[] lower = new double[bands];
      double[] upper = new double[bands];
      for (int k = 0; k < bands; k++) {
        share[k] = s[2 + k];
        lower[k] = bounds[2 + k][0];
        upper[k] = bounds[2 + k][1];
      }
      int count = 0;
      for (List<CohortRow> c : e.getValue().values()) {
        count += c.size();
      }
      out.add(GroupInterval.builder()
          .grouping(grouping)
          .key(e.getKey().shown())
          .count(count)
          .clusters(u.length)
          .mean(s[0])
          .meanLower(bounds[0][0])
          .meanUpper(bounds[0][1])
          .median(s[1])
          .medianLower(bounds[1][0])
          .medianUpper(bounds[1][1])
          .bandShares(CohortTable.enumMap(Band.class, Band.values(), share))
          .bandSharesLower(CohortTable.enumMap(Band.class, Band.values(), lower))
          .bandSharesUpper(CohortTable.enumMap(Band.class, Band.values(), upper))
          .rubric(rubric)
          .build());
      g++;
    }
    ImmutableList<GroupInterval> intervals = out.build();
    ImmutableList.Builder<GroupDifference> differences = ImmutableList.builder();
    for (int a = 0; a < intervals.size(); a++) {
      for (int b = a + 1; b < intervals.size(); b++) {
        // Each difference is taken within one resample: pairedMeans keeps the replicates of
        // the means in resample order (the lists above were sorted for their percentiles).
        double[] d = new double[resamples];
        for (int r = 0; r < resamples; r++) {
          d[r] = pairedMeans[a][r] - pairedMeans[b][r];
        }
        Arrays.sort(d);
        differences.add(GroupDifference.builder()
            .grouping(grouping)
            .group(intervals.get(a).key())
            .other(intervals.get(b).key())
            .difference(intervals.get(a).mean() - intervals.get(b).mean())
            .lower(Quantiles.ofSorted(d, (1 - level) / 2))
            .upper(Quantiles.ofSorted(d, (1 + level) / 2))
            .rubric(intervals.get(a).rubric())
            .build());
      }
    }
    return new Computed(intervals, differences.build());
  }

  /** {mean, median, band shares…} of the plans of the units (score, band ordinal pairs). */
  private static double[] statistics(List<double[]> units, int bands) {
    int n = 0;
    for (double[] u : units) {
      n += u.length / 2;
    }
    double[] scores = new double[n];
    double[] out = new double[2 + bands];
    int i = 0;
    double sum = 0;
    for (double[] u : units) {
      for (int p = 0; p < u.length; p += 2) {
        scores[i++] = u[p];
        sum += u[p];
        out[2 + (int) u[p + 1]] += 1;
      }
    }
    Arrays.sort(scores);
    out[0] = sum / n;
    out[1] = Quantiles.ofSorted(scores, 0.5);
    for (int k = 0; k < bands; k++) {
      out[2 + k] /= n;
    }
    return out;
  }

  @Override
  public String toString() {
    return "Bootstrap[by " + grouping + ", " + resamples + " resamples of " + cluster
        + ", seed " + seed + ", level " + level + "]";
  }
}
