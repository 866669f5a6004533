package org.vetcpd.examples.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.vetcpd.core.Dataset;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.TailoringScorer;

/**
 * The parallel target of {@link CohortBenchmark} ({@code scoreAllParallel} within 10 % of twice
 * {@code scoreAll}) measured beside what two threads give on the same work when they share
 * nothing.
 *
 * <p>On a shared machine JMH's ratio moves by tens of percent from run to run: it measures the
 * two benchmarks one after the other, each in its own JVM, while other tenants' load comes and
 * goes (on a virtual machine a core's twin on the host may be busy without any "steal" showing).
 * Here each round runs, one right after the other in one JVM (the order rotates from round to
 * round): {@code scoreAll} and {@code scoreAllParallel} of one cohort, and the same plans split
 * in two halves, each half in a data set of its own built from its own copy of the cohort
 * (generated again from the same seed), scored with {@code scoreAll} at the same time on this
 * thread and one other (started before the rounds). That last one is the reference: the same
 * plans on two threads with nothing shared, not even an object, and no fork-join pool. Printed:
 * each one's median wall time and the medians (with quartiles) of the rounds' own speed-ups over
 * {@code scoreAll}. Run from the repository root:
 *
 * <pre>{@code
 * java -Xms2g -Xmx2g -XX:+AlwaysPreTouch -cp examples/target/vetcpd.jar org.vetcpd.examples.bench.ParallelSpeedUp [PLANS] [ROUNDS] [ITEMS]
 * }</pre>
 *
 * (defaults 10 000 plans, the cohort of {@link CohortBenchmark}, and 300 rounds after 100 of
 * warm-up; ITEMS gives every plan that many items, where the cohort's own plans have 1 to 16). {@code -XX:+AlwaysPreTouch} keeps the first rounds from paying a fault for each new
 * page of the heap (see {@link CohortBenchmark}).
 */
public final class ParallelSpeedUp {
  private static final String[] NAMES = {"scoreAll", "scoreAllParallel", "halves, two threads"};

  private final Dataset cohort;
  private final Dataset half;
  private final Dataset otherHalf;
  private final TailoringScorer scorer = TailoringScorer.standard();
  /**
   * A scorer per half, of the standard rubric under other ids (the same scores): the halves share
   * nothing, not even the scorer that keeps what it resolved of each data set.
   */
  private final TailoringScorer halfScorer =
      TailoringScorer.of(Rubric.standard().withId("parallel-speed-up-half"));
  private final TailoringScorer otherHalfScorer =
      TailoringScorer.of(Rubric.standard().withId("parallel-speed-up-other-half"));
  private final ExecutorService other = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "other-half");
    t.setDaemon(true);
    return t;
  });
  /** Results are summed here, so that no run's work can be left out. */
  private long sink;

  private ParallelSpeedUp(int plans, int items) {
    cohort = ReadCpuTime.cohort(plans, items);
    half = cohort.withPlans(cohort.plans().subList(0, plans / 2));
    Dataset copy = ReadCpuTime.cohort(plans, items);
    otherHalf = copy.withPlans(copy.plans().subList(plans / 2, plans));
  }

  /**
   * Runs the rounds and prints the medians.
   *
   * @param args the number of plans and of measured rounds, both optional
   * @throws Exception if the other thread fails (it does not: it only scores)
   */
  public static void main(String[] args) throws Exception {
    int[] plansAndRounds = ReadCpuTime.plansAndRounds(args, "ParallelSpeedUp", 2, 300);
    int plans = plansAndRounds[0];
    int rounds = plansAndRounds[1];
    new ParallelSpeedUp(plans, plansAndRounds[2]).run(rounds, System.out);
    ReadCpuTime.exitIfNotWritten(System.out, "ParallelSpeedUp");
  }

  private void run(int rounds, PrintStream out) throws InterruptedException, ExecutionException {
    int warmUp = 100;
    double[][] ms = new double[NAMES.length][rounds];
    for (int r = -warmUp; r < rounds; r++) {
      for (int k = 0; k < NAMES.length; k++) {
        int which = Math.floorMod(k + r, NAMES.length);
        long start = System.nanoTime();
        sink += once(which);
        long took = System.nanoTime() - start;
        if (r >= 0) {
          ms[which][r] = took / 1e6;
        }
      }
    }
    out.printf(Locale.ROOT, "%d plans (halves of %d and %d), %d rounds after %d of warm-up, %d"
        + " processors; wall time, medians%n", cohort.plans().size(), half.plans().size(),
        otherHalf.plans().size(), rounds, warmUp, Runtime.getRuntime().availableProcessors());
    for (int k = 0; k < NAMES.length; k++) {
      out.printf(Locale.ROOT, "  %-28s %7.2f ms%n", NAMES[k], ReadCpuTime.median(ms[k]));
    }
    out.println("speed-ups, medians of the rounds' own (quartiles):");
    out.printf(Locale.ROOT, "  scoreAll / scoreAllParallel      %s (target >= 1.8)%n",
        ReadCpuTime.roundRatios(ms[0], ms[1]));
    out.printf(Locale.ROOT, "  scoreAll / halves, two threads   %s (the same plans, nothing"
        + " shared)%n", ReadCpuTime.roundRatios(ms[0], ms[2]));
    other.shutdown();
    if (sink == 42) {
      out.println(); // never: the sum only keeps the work from being left out
    }
  }

  private long once(int which) throws InterruptedException, ExecutionException {
    switch (which) {
      case 0:
        return scorer.scoreAll(cohort).size();
      case 1:
        return scorer.scoreAllParallel(cohort).size();
      default:
        Future<Integer> theOther = other.submit(() -> otherHalfScorer.scoreAll(otherHalf).size());
        return halfScorer.scoreAll(half).size() + theOther.get();
    }
  }

}
