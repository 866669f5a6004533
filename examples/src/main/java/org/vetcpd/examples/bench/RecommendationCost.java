package org.vetcpd.examples.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.research.SyntheticCohort;
import org.vetcpd.rules.TailoringScorer;

/**
 * The recommendations target of {@link ScoringBenchmark} (a score with its recommendations at
 * most 5× a score) over the cohort's 200 plans of one size, both sides measured in one JVM, in
 * thread CPU time, one right after the other.
 *
 * <p>JMH measures {@code scoreCohortPlans} and {@code scoreCohortPlansWithRecommendations} each in
 * a JVM of its own, one after the other. On the shared build machine the same benchmark's time
 * moves by a factor of two from one JVM to the next (a 12-item score took 212 to 595 ns in six
 * JVMs run back to back), and the recommendations, which take more branches that depend on the
 * plan, move more than the score: single JMH rounds of the ratio ranged from 3.5× to 9.8× with the
 * same jar. Here each round scores every plan of the cohort 50 times, then scores them with their
 * recommendations 50 times (the order alternates from round to round), and the ratio is the
 * round's own; printed are each side's median per plan and the median of the rounds' ratios with
 * their quartiles. Run from the repository root, once per plan size:
 *
 * <pre>{@code
 * java -cp examples/target/vetcpd.jar org.vetcpd.examples.bench.RecommendationCost 4
 * java -cp examples/target/vetcpd.jar org.vetcpd.examples.bench.RecommendationCost 12
 * }</pre>
 *
 * (arguments: the items of each plan, 1 to 16, and the rounds, default 200, after 100 of warm-up;
 * about 10 s a size).
 */
public final class RecommendationCost {
  private static final int PLANS = 200;
  private static final int REPEATS = 50;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Dataset cohort;
  /** The plans' ids, scored by id as {@link ScoringBenchmark} does. */
  private final String[] plans;
  private final TailoringScorer scorer = TailoringScorer.standard();
  /** Results are summed here, so that no run's work can be left out. */
  private long sink;

  private RecommendationCost(int items) {
    cohort = SyntheticCohort.generate(PLANS, items, 42L);
    plans = cohort.plans().stream().map(CpdPlan::id).toArray(String[]::new);
  }

  /**
   * Runs the rounds and prints the medians.
   *
   * @param args the items of each plan and the number of measured rounds, both optional
   */
  public static void main(String[] args) {
    int items;
    int rounds;
    try {
      items = args.length > 0 ? Integer.parseInt(args[0]) : 12;
      rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    } catch (NumberFormatException e) {
      items = 0;
      rounds = 0;
    }
    if (items < 1 || items > 16 || rounds < 1 || args.length > 2) {
      System.err.println("usage: RecommendationCost [ITEMS [ROUNDS]]  (whole numbers, ITEMS 1 to"
          + " 16 and ROUNDS at least 1; defaults 12 and 200)");
      System.exit(2);
    }
    if (!THREADS.isCurrentThreadCpuTimeSupported()) {
      System.err.println("RecommendationCost: this JVM does not measure a thread's CPU time");
      System.exit(1);
    }
    new RecommendationCost(items).run(items, rounds, System.out);
    ReadCpuTime.exitIfNotWritten(System.out, "RecommendationCost");
  }

  private void run(int items, int rounds, PrintStream out) {
    int warmUp = 100;
    double[] score = new double[rounds];
    double[] withRecommendations = new double[rounds];
    int recommendations = 0;
    for (String p : plans) {
      recommendations += scorer.score(cohort, p).recommendations().size();
    }
    for (int r = -warmUp; r < rounds; r++) {
      double s;
      double w;
      if ((r & 1) == 0) {
        s = scores();
        w = scoresWithRecommendations();
      } else {
        w = scoresWithRecommendations();
        s = scores();
      }
      if (r >= 0) {
        score[r] = s;
        withRecommendations[r] = w;
      }
    }
    out.printf(Locale.ROOT, "%d plans of %d items (%.2f recommendations a plan), %d rounds after"
        + " %d of warm-up, thread CPU time per plan, medians%n", plans.length, items,
        recommendations / (double) plans.length, rounds, warmUp);
    out.printf(Locale.ROOT, "  score                        %7.0f ns%n", ReadCpuTime.median(score));
    out.printf(Locale.ROOT, "  score and recommendations    %7.0f ns%n",
        ReadCpuTime.median(withRecommendations));
    out.printf(Locale.ROOT, "  ratio, median of the rounds' own: %s (target <= 5)%n",
        ReadCpuTime.roundRatios(withRecommendations, score));
    if (sink == 42) {
      out.println(); // never: the sum only keeps the work from being left out
    }
  }

  /** Scores every plan {@link #REPEATS} times; returns the CPU time per plan, in ns. */
  private double scores() {
    long start = THREADS.getCurrentThreadCpuTime();
    for (int k = 0; k < REPEATS; k++) {
      for (String p : plans) {
        sink += Double.doubleToRawLongBits(scorer.score(cohort, p).score());
      }
    }
    return (THREADS.getCurrentThreadCpuTime() - start) / (double) (REPEATS * plans.length);
  }

  /** As {@link #scores()}, each report's recommendations computed too. */
  private double scoresWithRecommendations() {
    long start = THREADS.getCurrentThreadCpuTime();
    for (int k = 0; k < REPEATS; k++) {
      for (String p : plans) {
        sink += scorer.score(cohort, p).recommendations().size();
      }
    }
    return (THREADS.getCurrentThreadCpuTime() - start) / (double) (REPEATS * plans.length);
  }
}
