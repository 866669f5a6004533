package org.vetcpd.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.NeedLevel;
import org.vetcpd.core.PlanItem;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.testing.ForkedJvm;

class ScorerTest {
  private final TailoringScorer scorer = TailoringScorer.standard();

  @Test
  void standardUsesTheStandardRubric() {
    assertThat(scorer.rubric()).isEqualTo(Rubric.standard());
    assertThat(TailoringScorer.of(Rubric.standard()).rubric()).isEqualTo(Rubric.standard());
    assertThat(TailoringScorer.of(Rubric.standard().withTeacherVoice(1)).rubric().teacherVoice())
        .isEqualTo(1);
  }

  @Test
  void anUnknownPlanIdIsNamed() {
    assertThatThrownBy(() -> scorer.score(Seed000.DATASET, "p-99"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p-99");
  }

  @Test
  void scoresAStreamedPlanAgainstACatalogue() {
    CpdPlan streamed = CpdPlan.builder().id("streamed").teacher("rm-teacher")
        .leaderInvolvement(LeaderInvolvement.ACTIVE).addItems(PlanItem.of("kitchen-managers", 10))
        .build();
    TailoringReport r = scorer.score(Seed000.DATASET, streamed);
    assertThat(r.plan()).isEqualTo("streamed");
    assertThat(r.score()).isGreaterThan(0);
  }

  @Test
  void aStreamedPlanWithDanglingReferencesIsRejectedListingEach() {
    CpdPlan bad = CpdPlan.builder().id("bad").teacher("t-99")
        .leaderInvolvement(LeaderInvolvement.NONE)
        .addItems(PlanItem.of("kitchen-managers", 10), PlanItem.of("nowhere", 2)).build();
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> scorer.score(Seed000.DATASET, bad));
    assertThat(e.problems()).extracting(Problem::path)
        .containsExactly("teacher", "items[1].activity");
  }

  @Test
  void aPlanWithTheIdOfACataloguePlanIsStillCheckedUnlessItIsThatPlan() {
    CpdPlan own = Seed000.DATASET.plans().get(0);
    // the data set's own plan: checked when the data set was built, the same report as by id
    assertThat(scorer.score(Seed000.DATASET, own))
        .isEqualTo(scorer.score(Seed000.DATASET, own.id()));
    // another plan under the same id, with references that do not resolve: checked
    CpdPlan impostor = CpdPlan.builder().from(own).teacher("t-99").build();
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> scorer.score(Seed000.DATASET, impostor));
    assertThat(e.problems()).extracting(Problem::path).containsExactly("teacher");
  }

  @Test
  void scoreAllKeepsPlanOrderAndParallelAgrees() {
    var all = scorer.scoreAll(Seed000.DATASET);
    assertThat(all).extracting(TailoringReport::plan)
        .containsExactly("template", "self-initiated", "tailored", "template-with-cnc");
    assertThat(scorer.scoreAllParallel(Seed000.DATASET)).isEqualTo(all);
  }

  /**
   * The caller and the pool's tasks take chunks until none is left, and the caller waits for the
   * pool's: the reports are the sequential ones, also when called from tasks of the pool itself,
   * more at once than it has workers (whose helpers may then run only after the caller is done).
   */
  @Test
  void scoreAllParallelFromInsideTheCommonPoolCompletesAndAgrees() throws Exception {
    List<CpdPlan> plans = new ArrayList<>();
    // enough plans for many chunks, so that a helper is often still on one when the caller is done
    int n = 6 * TailoringScorer.MIN_CHUNK * (ForkJoinPool.getCommonPoolParallelism() + 1) + 3;
    for (int i = 0; i < n; i++) {
      plans.add(Seed000.DATASET.plans().get(i % 4).withId("q-" + i));
    }
    Dataset ds = Dataset.builder().from(Seed000.DATASET).plans(plans).build();
    List<TailoringReport> expected = scorer.scoreAll(ds);
    for (int c = 0; c < 5; c++) {
      assertThat(scorer.scoreAllParallel(ds)).isEqualTo(expected);
    }
    List<ForkJoinTask<List<TailoringReport>>> calls = new ArrayList<>();
    for (int c = 0; c < 4 * (ForkJoinPool.getCommonPoolParallelism() + 1); c++) {
      calls.add(ForkJoinPool.commonPool().submit(() -> scorer.scoreAllParallel(ds)));
    }
    for (ForkJoinTask<List<TailoringReport>> call : calls) {
      assertThat(call.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
    }
  }

  /**
   * A data set scored again is not resolved again while its reports are held; the last two data
   * sets are kept, and a third replaces the oldest.
   */
  @Test
  void aDataSetScoredAgainIsNotResolvedAgain() {
    TailoringScorer own = TailoringScorer.of(Rubric.standard().withId("scorer-test-kernels"));
    Dataset a = Dataset.builder().from(Seed000.DATASET).build();
    Dataset b = Dataset.builder().from(Seed000.DATASET).build();
    Dataset c = Dataset.builder().from(Seed000.DATASET).build();
    List<TailoringReport> first = own.scoreAll(a);
    Kernel resolved = first.get(0).kernel();
    assertThat(own.kernel(a)).isSameAs(resolved);
    List<TailoringReport> parallel = own.scoreAllParallel(a);
    assertThat(parallel).isEqualTo(first);
    assertThat(parallel).extracting(TailoringReport::kernel).containsOnly(resolved);
    assertThat(own.score(a, "tailored").kernel()).isSameAs(resolved);
    List<TailoringReport> others = new ArrayList<>(own.scoreAll(b));
    assertThat(own.kernel(a)).isSameAs(resolved);
    others.addAll(own.scoreAll(c));
    List<TailoringReport> again = own.scoreAll(a);
    assertThat(again.get(0).kernel()).isNotSameAs(resolved);
    assertThat(again).isEqualTo(first);
    assertThat(first.get(0)).isNotNull(); // held to here
  }

  /**
   * What the scorer resolved outlasts collections while it is used: a stream of plans scored one
   * by one, each report dropped once written, resolves its catalogue once. (Held weakly, it was
   * resolved again after every collection.)
   */
  @Test
  void aResolutionOutlastsCollections() throws InterruptedException {
    TailoringScorer own = TailoringScorer.of(Rubric.standard().withId("scorer-test-soft"));
    Dataset ds = Dataset.builder().from(Seed000.DATASET).build();
    java.lang.ref.WeakReference<Kernel> resolved =
        new java.lang.ref.WeakReference<>(own.score(ds, "tailored").kernel());
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(10);
      assertThat(resolved.get()).as("the resolution after collection %d", i).isNotNull();
      assertThat(own.score(ds, ds.plans().get(i % ds.plans().size())).kernel())
          .isSameAs(resolved.get());
    }
  }

  /**
   * The scorer gives up what it holds before memory runs out: a data set scored with the
   * standard scorer (which lives as long as the program), then dropped, is collected once the
   * heap fills, and the program goes on. Run in a JVM of its own with a 32 MB heap.
   */
  @Test
  void theScorerGivesUpADataSetBeforeMemoryRunsOut() throws Exception {
    ForkedJvm.Result run = ForkedJvm.run(List.of("-Xmx32m", "-XX:TieredStopAtLevel=1"),
        FillMemory.class);
    assertThat(run.output.strip())
        .isEqualTo("kept after a collection; collected before memory ran out");
    assertThat(run.exitCode).isZero();
  }

  /** {@link #theScorerGivesUpADataSetBeforeMemoryRunsOut}'s program. */
  static final class FillMemory {
    private FillMemory() {}

    /**
     * Scores a data set with the standard scorer, drops it, collects, then fills the heap.
     *
     * @param args none
     * @throws InterruptedException never
     */
    public static void main(String[] args) throws InterruptedException {
      java.lang.ref.WeakReference<Dataset> held = scoredAndDropped();
      System.gc();
      Thread.sleep(10);
      String first = held.get() != null ? "kept after a collection" : "collected at once";
      List<byte[]> filler = new ArrayList<>();
      try {
        while (true) {
          filler.add(new byte[1 << 20]);
        }
      } catch (OutOfMemoryError e) {
        filler.clear();
      }
      System.out.println(first + "; " + (held.get() == null
          ? "collected before memory ran out" : "still held when memory ran out"));
    }
  }

  private static java.lang.ref.WeakReference<Dataset> scoredAndDropped() {
    Dataset ds = Dataset.builder().from(Seed000.DATASET).build();
    assertThat(TailoringScorer.standard().scoreAll(ds)).hasSize(ds.plans().size());
    assertThat(TailoringScorer.standard().score(ds, "tailored").plan()).isEqualTo("tailored");
    return new java.lang.ref.WeakReference<>(ds);
  }


  /** The kernel keys a teacher's drivers by the need levels, 2 bits an area ({@code Who.levels}). */
  @Test
  void needLevelsFitInTwoBits() {
    for (NeedLevel level : NeedLevel.values()) {
      assertThat(level.value()).isBetween(0, 3);
    }
    assertThat(Kernel.Who.levels(Seed000.DATASET.teachers().get(0)))
        .isLessThan(1 << 2 * Kernel.AREAS);
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicStaticMethods(TailoringScorer.class);
    new NullPointerTester().setDefault(org.vetcpd.core.Dataset.class, Seed000.DATASET)
        .setDefault(CpdPlan.class, Seed000.DATASET.plans().get(0))
        .testAllPublicInstanceMethods(scorer);
  }
}
