package org.vetcpd.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.lang.ref.SoftReference;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;

/**
 * Scores how tailored CPD plans are to their teachers' vocational needs under a {@link Rubric},
 * giving an explained {@link TailoringReport} per plan.
 *
 * <p>The score is {@code 100 · Σ w·value / Σ w} over the criteria that are assessed
 * (docs/rubric.md); a plan without items scores 0, band {@link Band#GENERIC}, with every
 * criterion not assessed. Reports are cheap: their criteria's evidence and findings are built when
 * first asked for, and their recommendations (each a re-scored edit of the plan) likewise.
 *
 * <pre>{@code
 * TailoringScorer scorer = TailoringScorer.standard();
 * List<TailoringReport> reports = scorer.scoreAll(dataset);       // plan order
 * TailoringReport r = scorer.score(dataset, "p-1");
 * }</pre>
 *
 * <p>Scoring runs on a catalogue resolved once into arrays (activity ids to indexes, area
 * profiles and defaults), one pass over a plan's items. A scorer holds its rubric and, softly,
 * the resolutions of the last two catalogues it scored against: a catalogue scored again is not
 * resolved again (a stream of plans scored one by one against a catalogue resolves it once,
 * however many collections the stream outlasts), and what a scorer holds is given up before the
 * program would run out of memory. This class is immutable (as far as its results go) and
 * thread-safe.
 */
public final class TailoringScorer {
  private static final Criterion[] CRITERIA = Criteria.ALL.toArray(new Criterion[0]);
  private static final TailoringScorer STANDARD = new TailoringScorer(Rubric.standard());

  private final Rubric rubric;
  private final double[] weights;
  /**
   * The kernels of the catalogues resolved last ({@link #score}, {@link #scoreAll}, {@link
   * #scoreAllParallel}), softly held, so that a catalogue scored again is not resolved again. The
   * JVM clears the soft references read least recently first, and all of them before it would
   * throw {@link OutOfMemoryError}, so a scorer (the standard one lives as long as the program)
   * never keeps a data set at the cost of the program's memory. Weak references were cleared at
   * every collection: a stream of plans scored one by one, each report dropped once written,
   * resolved its catalogue again after each (about 60 times in a million JSON Lines plans at
   * {@code -Xmx256m}), each teacher again as first met. Replaced, never written.
   */
  private volatile List<SoftReference<Kernel>> kernels = List.of();

  private TailoringScorer(Rubric rubric) {
    this.rubric = rubric;
    this.weights = new double[CRITERIA.length];
    for (int k = 0; k < CRITERIA.length; k++) {
      weights[k] = rubric.weight(CRITERIA[k].id());
    }
    normalise(weights);
  }

  /**
   * Normalises the weights once, when the scorer is built: scales them by the power of two that
   * brings the largest into [1, 2). Scaling by a power of two is exact, so the score depends on
   * the weights' ratios only, and the standard rubric's scores do not change by a bit; but a
   * rubric whose weights are as small as 4.9e-324 (whose products with a criterion's value would
   * round to 0 or to that smallest number) scores as its ratios say, as any multiple of it does.
   * The rubric has a positive weight.
   */
  static void normalise(double[] weights) {
    double max = 0;
    for (double w : weights) {
      max = Math.max(max, w);
    }
    // A subnormal largest weight has no exponent of its own: lift it into the normal range.
    int shift = max < Double.MIN_NORMAL ? 600 : 0;
    shift -= Math.getExponent(Math.scalb(max, shift));
    for (int k = 0; k < weights.length; k++) {
      weights[k] = Math.scalb(weights[k], shift);
    }
  }

  /**
   * Returns a scorer with the {@linkplain Rubric#standard() standard rubric}.
   *
   * @return the scorer
   */
  public static TailoringScorer standard() {
    return STANDARD;
  }

  /**
   * Returns a scorer with the given rubric.
   *
   * @param rubric the rubric
   * @return the scorer
   */
  public static TailoringScorer of(Rubric rubric) {
    requireNonNull(rubric, "rubric");
    return rubric.equals(Rubric.standard()) ? STANDARD : new TailoringScorer(rubric);
  }

  /**
   * Returns the rubric this scorer applies.
   *
   * @return the rubric
   */
  public Rubric rubric() {
    return rubric;
  }

  /**
   * Scores one plan of a data set.
   *
   * @param dataset the data set
   * @param planId the id of one of its plans
   * @return the report
   * @throws IllegalArgumentException if the data set has no plan with this id
   */
  public TailoringReport score(Dataset dataset, String planId) {
    requireNonNull(dataset, "dataset");
    requireNonNull(planId, "planId");
    CpdPlan plan = dataset.planIndex().get(planId);
    checkArgument(plan != null, "unknown plan \"%s\"", planId);
    return evaluate(dataset, plan);
  }

  /**
   * Scores a plan against a catalogue: a data set whose teachers, activities and drivers the plan
   * refers to (e.g. a plan streamed from JSON Lines). The plan need not be one of the catalogue's
   * plans; its references are checked as they are resolved for scoring (once), and a plan whose
   * references do not all resolve is not scored.
   *
   * @param catalogue the data set the plan's references resolve in
   * @param plan the plan
   * @return the report
   * @throws ValidationException if a reference of the plan does not resolve, listing each
   */
  public TailoringReport score(Dataset catalogue, CpdPlan plan) {
    requireNonNull(catalogue, "catalogue");
    requireNonNull(plan, "plan");
    // The references are resolved once, by the kernel that scores the plan; only a plan whose
    // references do not all resolve is checked again, to say which do not.
    Kernel k = kernel(catalogue);
    Kernel.Scored s = k.resolveOrNull(plan);
    if (s == null) {
      List<Problem> problems = catalogue.problemsOf(plan);
      if (problems.isEmpty()) {
        throw new IllegalStateException("plan " + plan.id() + " resolves in the catalogue's"
            + " checks but not in the scorer's");
      }
      throw new ValidationException(problems);
    }
    return evaluate(s);
  }

  /**
   * Scores every plan of a data set, one after the other.
   *
   * <p>The data set is resolved for scoring (its activities, teachers and drivers into arrays) on
   * the first call. The scorer keeps what it resolved for the last two data sets (softly: given
   * up before the program would run out of memory), so that scoring a data set again, or one plan
   * of it ({@link #score}), does not resolve it again.
   *
   * @param dataset the data set
   * @return one report per plan, in plan order
   */
  public ImmutableList<TailoringReport> scoreAll(Dataset dataset) {
    requireNonNull(dataset, "dataset");
    Kernel k = kernel(dataset);
    List<CpdPlan> plans = dataset.plans();
    TailoringReport[] out = new TailoringReport[plans.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = evaluate(k, plans.get(i));
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * Scores every plan of a data set on all cores (the common fork-join pool); the reports are the
   * same as {@link #scoreAll(Dataset)}'s.
   *
   * <p>The catalogue is resolved once, as for {@link #scoreAll}; the plans are cut into contiguous
   * chunks, several per worker (at least {@value #MIN_CHUNK} plans each), so that a chunk costs far
   * more than taking it and two workers write to the same cache line of the result only where
   * chunks meet. The calling thread and one task per worker of the pool take the next chunk until
   * none is left, so that a thread that gets its chunks done sooner (smaller plans, a less busy
   * core) takes more of them.
   *
   * @param dataset the data set
   * @return one report per plan, in plan order
   */
  public ImmutableList<TailoringReport> scoreAllParallel(Dataset dataset) {
    requireNonNull(dataset, "dataset");
    Kernel k = kernel(dataset);
    List<CpdPlan> plans = dataset.plans();
    TailoringReport[] out = new TailoringReport[plans.size()];
    int helpers = ForkJoinPool.getCommonPoolParallelism(); // and the caller
    int chunks = Math.max(1, Math.min(CHUNKS_PER_WORKER * (helpers + 1), out.length / MIN_CHUNK));
    if (chunks == 1) {
      for (int i = 0; i < out.length; i++) {
        out[i] = evaluate(k, plans.get(i));
      }
      return ImmutableList.copyOf(out);
    }
    AtomicInteger next = new AtomicInteger();
    Runnable work = () -> {
      for (int c; (c = next.getAndIncrement()) < chunks; ) {
        int from = (int) ((long) out.length * c / chunks);
        int to = (int) ((long) out.length * (c + 1) / chunks);
        for (int i = from; i < to; i++) {
          out[i] = evaluate(k, plans.get(i));
        }
      }
    };
    ForkJoinTask<?>[] tasks = new ForkJoinTask<?>[Math.min(helpers, chunks - 1)];
    for (int h = 0; h < tasks.length; h++) {
      tasks[h] = ForkJoinPool.commonPool().submit(work);
    }
    try {
      work.run();
    } catch (RuntimeException | Error e) {
      next.set(chunks); // the helpers stop after the chunk they are on
      throw e;
    }
    // a helper's writes to out happen before its task completes; one not yet started when the
    // caller is done is run here (and finds no chunk left), or by the pool
    for (ForkJoinTask<?> t : tasks) {
      t.join();
    }
    return ImmutableList.copyOf(out);
  }

  /** The fewest plans a parallel task scores. */
  static final int MIN_CHUNK = 256;

  /**
   * Chunks per worker: enough to even out uneven plans and uneven cores (with 4, one worker often
   * waited a whole chunk, up to a fifth of the run, for the other's last), few enough to cost
   * nothing (10 000 plans on two workers: 32 chunks of about half a millisecond each, each
   * scheduled in microseconds).
   */
  private static final int CHUNKS_PER_WORKER = 16;

  /**
   * Returns the rubric's reference, as every report names it: its fingerprint hashes the rubric's
   * canonical JSON, once per rubric and only when first asked for (the rubric keeps it), so that
   * the thousands of rubrics a sensitivity analysis scores with pay nothing for it.
   */
  RubricRef ref() {
    return rubric.ref();
  }

  @Override
  public String toString() {
    return "TailoringScorer[" + rubric.ref() + "]";
  }

  /** Scores a plan whose references are known to resolve in the catalogue. */
  TailoringReport evaluate(Dataset catalogue, CpdPlan plan) {
    return evaluate(kernel(catalogue), plan);
  }

  /** Scores a plan whose references resolve in the kernel's catalogue, in one pass. */
  TailoringReport evaluate(Kernel k, CpdPlan plan) {
    return evaluate(k.resolve(plan));
  }

  /** Scores a resolved plan. */
  private TailoringReport evaluate(Kernel.Scored s) {
    Kernel k = s.kernel;
    CpdPlan plan = s.plan;
    double[] values = new double[CRITERIA.length];
    if (s.act.length == 0) {
      java.util.Arrays.fill(values, Criterion.NOT_ASSESSED);
    } else {
      k.values(s.sums, s.emphasis, s.who, s.drivers, k.leader(plan), values);
    }
    double score = k.score(values);
    // docs/rubric.md: a plan without items is GENERIC whatever the rubric's band limits.
    Band band = s.act.length == 0 ? Band.GENERIC : rubric.band(score);
    return new TailoringReport(this, s, values, score, band);
  }

  /**
   * Returns the kernel of a catalogue: the last two resolved are kept, softly (a stream of plans
   * scored against one catalogue resolves it once, and so does a data set scored again).
   */
  Kernel kernel(Dataset catalogue) {
    List<SoftReference<Kernel>> cache = kernels;
    for (SoftReference<Kernel> ref : cache) {
      Kernel k = ref.get();
      if (k != null && k.catalogue == catalogue) {
        return k;
      }
    }
    Kernel k = new Kernel(rubric, weights, catalogue);
    kernels = cache.isEmpty() ? List.of(new SoftReference<>(k))
        : List.of(new SoftReference<>(k), cache.get(0));
    return k;
  }

  /** Returns the criteria's values of a context by their reference definitions; the tests' path. */
  static double[] referenceValues(PlanContext c) {
    double[] values = new double[CRITERIA.length];
    for (int k = 0; k < values.length; k++) {
      values[k] = c.isEmpty() ? Criterion.NOT_ASSESSED : CRITERIA[k].value(c);
    }
    return values;
  }

  static Criterion criterion(int k) {
    return CRITERIA[k];
  }

  /** Returns criterion k's weight as the score uses it: the rubric's, scaled by normalise. */
  double weight(int k) {
    return weights[k];
  }

  /** Returns {@code Σ w} over the assessed criteria. */
  double assessedWeight(double[] values) {
    return assessedWeight(weights, values);
  }

  /** Returns the score of criteria's values: {@code 100 · Σ w·value / Σ w}, in [0, 100]. */
  double score(double[] values) {
    return score(weights, values);
  }

  /** Returns {@code Σ w} over the assessed criteria (those whose value is not NaN). */
  static double assessedWeight(double[] weights, double[] values) {
    double sum = 0;
    for (int k = 0; k < values.length; k++) {
      if (!Double.isNaN(values[k])) {
        sum += weights[k];
      }
    }
    return sum;
  }

  /**
   * Returns the score of criteria's values under these weights: {@code 100 · Σ w·value / Σ w}
   * over the assessed criteria, in [0, 100]; the one definition the scorer and the kernel use.
   */
  static double score(double[] weights, double[] values) {
    // One loop, each sum in criterion order: the sums of assessedWeight and of the products.
    double weighted = 0;
    double total = 0;
    for (int k = 0; k < values.length; k++) {
      double v = values[k];
      if (!Double.isNaN(v)) {
        weighted += weights[k] * v;
        total += weights[k];
      }
    }
    // No assessed criterion (an empty plan), or a rubric that weighs only the unassessed ones.
    if (!(total > 0)) {
      return 0;
    }
    double s = 100 * (weighted / total);
    return s < 0 ? 0 : (s > 100 ? 100 : s);
  }

  /**
   * Returns {@link #score(double[], double[])} of the values with value {@code k} replaced by
   * {@code vk}, without copying them: the same operations in the same order (keep the two alike),
   * so the same double as a score of the copy with the value replaced.
   */
  static double score(double[] weights, double[] values, int k, double vk) {
    double weighted = 0;
    double total = 0;
    for (int j = 0; j < values.length; j++) {
      double v = j == k ? vk : values[j];
      if (!Double.isNaN(v)) {
        weighted += weights[j] * v;
        total += weights[j];
      }
    }
    if (!(total > 0)) {
      return 0;
    }
    double s = 100 * (weighted / total);
    return s < 0 ? 0 : (s > 100 ? 100 : s);
  }
}
