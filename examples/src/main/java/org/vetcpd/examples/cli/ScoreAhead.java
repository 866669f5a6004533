package org.vetcpd.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.PlanListener;

/**
 * The plans of a data set being read ahead ({@link DatasetReadAhead}), worked on as they are read:
 * {@code vetcpd score DATASET} scores them and makes their output ready on a second thread while
 * the reading thread reads the rest of the document, so that on two cores little is left to do
 * once the read is over.
 *
 * <p>It only ever saves time. The reading thread hands each plan it hears of ({@link
 * PlanListener}) to {@link #plan}; the command {@linkplain #start starts} the work once it knows
 * what to do with a plan, and {@linkplain #finish finishes} it once the read has returned a valid
 * data set, taking the outputs of the plans worked on, which are used only if those plans are the
 * very plans of that data set and their catalogue its very lists (the work on a plan against the
 * catalogue is the work on it against the whole data set: a plan's report depends on the
 * catalogue only). If the read fails, or the work does, nothing of it is used and the command does
 * everything itself, as it would have without, and reports what fails there. The outputs are held
 * until the read is over, so the command says how many plans at most are worked on ahead.
 */
final class ScoreAhead implements PlanListener {
  // Filled by the reading thread, taken by the working one, all guarded by this.
  private final List<CpdPlan> heard = new ArrayList<>();
  private Supplier<Dataset> catalogue;
  /** The read is over: no more plans will come. */
  private boolean readOver;
  /** The command has what it read: the work stops after the plan it is on. */
  private boolean finishing;
  /** The most plans heard of and worked on: until the command says, a few (references only). */
  private int max = 1 << 16;

  private Thread worker;
  private final CountDownLatch stopped = new CountDownLatch(1);
  // Written by the working thread, read by the command once stopped is open.
  private final List<Object> outputs = new ArrayList<>();
  private Dataset workedAgainst;
  private boolean failed;

  @Override
  public synchronized void plan(Supplier<Dataset> catalogue, int index, CpdPlan plan) {
    if (finishing || heard.size() != index || index >= max) {
      return; // enough, or no longer wanted
    }
    this.catalogue = catalogue;
    heard.add(plan);
    notifyAll();
  }

  /** Stops the work after the plan it is on; nothing of it will be used. */
  synchronized void stop() {
    finishing = true;
    notifyAll();
  }

  /** Whether the work was {@linkplain #start started} and has a plan to work on. */
  synchronized boolean working() {
    return worker != null && !heard.isEmpty();
  }

  /** How many plans the work has done so far; for tests. */
  synchronized int done() {
    return outputs.size();
  }

  /** Says that the read is over (read or failed): no more plans will come. */
  synchronized void readOver() {
    readOver = true;
    notifyAll();
  }

  /**
   * Starts working on the plans heard of and to come, on a thread of its own, at most {@code max}
   * of them (the outputs are held until the read is over: a bound on what is held).
   *
   * @param work what to do with a plan, given the catalogue it was read with; its result is the
   *     plan's output
   * @param max the most plans to work on
   */
  synchronized void start(BiFunction<Dataset, CpdPlan, Object> work, int max) {
    if (worker != null) {
      throw new IllegalStateException("started already");
    }
    this.max = max;
    if (heard.size() > max) {
      heard.subList(max, heard.size()).clear();
    }
    worker = new Thread(new Work(work), "vetcpd-score-ahead");
    worker.setDaemon(true);
    worker.start();
  }

  /**
   * What the work did for the command: the outputs of the first plans of a data set, and what to
   * score the rest against.
   *
   * @param outputs the outputs of {@code ds.plans()} from index 0 on, in plan order
   * @param against the catalogue the work scored against, if its lists are equal to those of
   *     {@code ds} (in a command, the very entities the read built), so that the scorer's
   *     resolution of it serves the rest of the plans too; else {@code ds}
   */
  static final class Done {
    final List<Object> outputs;
    final Dataset against;

    Done(List<Object> outputs, Dataset against) {
      this.outputs = outputs;
      this.against = against;
    }
  }

  /**
   * Stops the work after the plan it is on and returns the outputs of the first plans of {@code
   * ds}, in plan order: as many as were done; none if the work failed, was never started, or was
   * not on the very plans and catalogue lists of {@code ds}.
   *
   * @param ds the data set the read returned
   * @return the outputs of {@code ds.plans()} from index 0 on, and what to score the rest against
   */
  Done finish(Dataset ds) {
    synchronized (this) {
      finishing = true;
      notifyAll();
      if (worker == null) {
        return new Done(List.of(), ds);
      }
    }
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Done(List.of(), ds);
    }
    synchronized (this) {
      try {
        if (failed || outputs.isEmpty() || !sameCatalogue(workedAgainst, ds)) {
          return new Done(List.of(), ds);
        }
        int n = Math.min(outputs.size(), ds.plans().size());
        for (int i = 0; i < n; i++) {
          if (heard.get(i) != ds.plans().get(i)) {
            n = i;
          }
        }
        return new Done(List.copyOf(outputs.subList(0, n)), workedAgainst);
      } finally {
        // what is left is garbage: the catalogue resolved for the work, the plans heard of
        heard.clear();
        outputs.clear();
        catalogue = null;
        workedAgainst = null;
      }
    }
  }

  /** Whether a catalogue holds the very lists of a data set, but its plans. */
  private static boolean sameCatalogue(Dataset catalogue, Dataset ds) {
    return catalogue != null && catalogue.programmes().equals(ds.programmes())
        && catalogue.schools().equals(ds.schools())
        && catalogue.teachers().equals(ds.teachers())
        && catalogue.activities().equals(ds.activities())
        && catalogue.drivers().equals(ds.drivers());
  }

  /** The work, on its own thread. */
  private final class Work implements Runnable {
    private final BiFunction<Dataset, CpdPlan, Object> work;

    Work(BiFunction<Dataset, CpdPlan, Object> work) {
      this.work = work;
    }

    @Override
    public void run() {
      boolean ok = false;
      try {
        Dataset against = null;
        boolean workFailed = false;
        for (int i = 0; ; i++) {
          CpdPlan plan;
          Supplier<Dataset> c;
          synchronized (ScoreAhead.this) {
            while (heard.size() <= i && !readOver && !finishing) {
              ScoreAhead.this.wait();
            }
            if (finishing || heard.size() <= i) {
              break;
            }
            plan = heard.get(i);
            c = catalogue;
          }
          Object output;
          try {
            if (against == null) {
              against = c.get();
            }
            output = work.apply(against, plan);
          } catch (RuntimeException e) {
            // Only what the catalogue's checks or the command's work throw: a catalogue that is
            // no valid data set, a plan the work fails on. The read, or the command's own work
            // on the same plans, meets the same failure and reports it there. (A failure of
            // this class's own code is not caught: it reaches the thread's uncaught handler.)
            workFailed = true;
            break;
          }
          synchronized (ScoreAhead.this) {
            workedAgainst = against;
            outputs.add(output);
          }
        }
        ok = !workFailed;
      } catch (InterruptedException e) {
        // nothing in vetcpd interrupts it: stop
      } finally {
        synchronized (ScoreAhead.this) {
          failed = !ok;
        }
        stopped.countDown();
      }
    }
  }
}
