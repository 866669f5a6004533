package org.vetcpd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.JsonOptions;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.research.SyntheticCohort;

/**
 * {@link ScoreAhead}: the outputs of the plans worked on while the data set was read are handed
 * over only for the very plans and catalogue of the data set the read returned, and none when
 * the work failed or was never started.
 */
class ScoreAheadTest {
  @TempDir Path dir;

  private Path cohort(int plans) throws Exception {
    return Files.writeString(dir.resolve("cohort-" + plans + ".json"),
        VetcpdJson.write(SyntheticCohort.generate(plans, 3, 11)));
  }

  /** Reads {@code path} with {@code ahead} listening, as {@link DatasetReadAhead} does. */
  private static Dataset read(Path path, ScoreAhead ahead) {
    try {
      return VetcpdJson.readDataset(path, JsonOptions.strict(), ahead);
    } finally {
      ahead.readOver();
    }
  }

  /** Waits until the work has done {@code n} plans (it goes on by itself once the read is over). */
  private static void awaitDone(ScoreAhead ahead, int n) throws InterruptedException {
    for (int i = 0; i < 1000 && ahead.done() < n; i++) {
      Thread.sleep(10);
    }
    assertThat(ahead.done()).isEqualTo(n);
  }

  private static List<String> ids(Dataset ds, int n) {
    return ds.plans().subList(0, n).stream().map(CpdPlan::id).collect(Collectors.toList());
  }

  @Test
  void handsOverTheOutputsOfEveryPlanWorkedOnInPlanOrder() throws Exception {
    ScoreAhead ahead = new ScoreAhead();
    // started before the read: it waits for the plans, and works on them as they come
    ahead.start((catalogue, plan) -> {
      assertThat(catalogue.plans()).isEmpty();
      return plan.id();
    }, 10_000);
    Dataset ds = read(cohort(400), ahead);
    awaitDone(ahead, 400);
    ScoreAhead.Done done = ahead.finish(ds);
    assertThat(done.outputs).isEqualTo(ids(ds, 400));
    // the rest is scored against the catalogue the work was scored against: its lists, no plans
    assertThat(done.against).isNotSameAs(ds).isEqualTo(ds.withPlans(List.of()));
  }

  @Test
  void startedAfterTheReadItWorksOnTheFirstPlansHeardOfAtMostTheMostAsked() throws Exception {
    ScoreAhead ahead = new ScoreAhead();
    Dataset ds = read(cohort(50), ahead);
    ahead.start((catalogue, plan) -> plan.id(), 20);
    awaitDone(ahead, 20);
    Thread.sleep(50); // it does no more
    assertThat(ahead.finish(ds).outputs).isEqualTo(ids(ds, 20));
  }

  @Test
  void outputsOfOtherPlansOrAnotherCatalogueAreNotHandedOver() throws Exception {
    Path path = cohort(30);
    ScoreAhead ahead = new ScoreAhead();
    ahead.start((catalogue, plan) -> plan.id(), 100);
    read(path, ahead);
    awaitDone(ahead, 30);
    // another read of the same file: equal plans, but not the ones worked on
    Dataset again = VetcpdJson.readDataset(path);
    ScoreAhead.Done done = ahead.finish(again);
    assertThat(done.outputs).isEmpty();
    // its catalogue's lists are equal to this read's: the rest may be scored against it
    assertThat(done.against).isNotSameAs(again).isEqualTo(again.withPlans(List.of()));
  }

  @Test
  void nothingIsHandedOverWhenTheWorkFailsOrWasNeverStarted() throws Exception {
    Path path = cohort(30);
    ScoreAhead failing = new ScoreAhead();
    failing.start((catalogue, plan) -> {
      if (plan.id().equals("p3")) {
        throw new IllegalStateException("a plan the work fails on");
      }
      return plan.id();
    }, 100);
    Dataset ds = read(path, failing);
    awaitDone(failing, 3); // p0 to p2, then the failure ends the work
    ScoreAhead.Done done = failing.finish(ds);
    assertThat(done.outputs).isEmpty();
    assertThat(done.against).isSameAs(ds);

    ScoreAhead idle = new ScoreAhead();
    assertThat(idle.finish(read(path, idle)).outputs).isEmpty();
  }

  @Test
  void stoppedItHearsNoMoreAndHandsOverNothing() throws Exception {
    ScoreAhead ahead = new ScoreAhead();
    ahead.start((catalogue, plan) -> plan.id(), 100);
    ahead.stop();
    Dataset ds = read(cohort(30), ahead);
    assertThat(ahead.working()).isFalse();
    assertThat(ahead.finish(ds).outputs).isEmpty();
  }

  @Test
  void startsOnce() {
    ScoreAhead ahead = new ScoreAhead();
    ahead.start((catalogue, plan) -> plan.id(), 1);
    assertThatThrownBy(() -> ahead.start((catalogue, plan) -> plan.id(), 1))
        .isInstanceOf(IllegalStateException.class);
    ahead.stop();
  }
}
