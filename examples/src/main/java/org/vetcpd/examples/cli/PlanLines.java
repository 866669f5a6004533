package org.vetcpd.examples.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.json.JsonOptions;
import org.vetcpd.core.json.VetcpdJson;

/**
 * Reads a JSON Lines file of plans once, from its first byte to its last: so {@code --plans
 * /dev/stdin}, a FIFO and a process substitution ({@code <(zcat plans.jsonl.gz)}) work, and a file
 * that changes while it is read cannot give two different answers. Each valid plan goes to a
 * consumer as soon as its line is read; each invalid line's problems (paths such as {@code line
 * 7.items[0].hours}) go to a {@link ProblemLines}, and reading goes on, so that every problem is
 * counted.
 */
final class PlanLines {
  private PlanLines() {}

  /**
   * Reads every line of {@code path}.
   *
   * @param path the JSON Lines file (or {@code /dev/stdin}, a FIFO)
   * @param catalogue the data set the plans refer to
   * @param problems where the problems of invalid lines go
   * @param sink what is done with each valid plan, in file order
   * @return the number of valid plans
   * @throws CliException if the file cannot be read, or is not UTF-8 text
   */
  static long read(Path path, Dataset catalogue, ProblemLines problems, Consumer<CpdPlan> sink) {
    Inputs.checkReadable(path);
    long plans = 0;
    // VetcpdJson opens the file once and reads it line by line; /dev/stdin and FIFOs included.
    try (Stream<CpdPlan> stream =
        VetcpdJson.streamPlans(path, catalogue, MaxProblems.jsonOptions())) {
      Iterator<CpdPlan> it = stream.iterator();
      while (true) {
        CpdPlan plan;
        try {
          if (!it.hasNext()) {
            break;
          }
          plan = it.next();
        } catch (ValidationException e) {
          // The stream throws for an invalid line after reading it whole; the next call reads
          // the line after it.
          problems.add(path + ": ", e.problems());
          continue;
        }
        plans++;
        sink.accept(plan);
      }
    } catch (UncheckedIOException e) {
      throw Inputs.cannotRead(path, e.getCause());
    }
    return plans;
  }

  /** How many lines the reading thread hands over at a time. */
  private static final int BATCH = 512;

  /** How many batches may wait: the plans held at once stay a few thousand, whatever the file. */
  private static final int QUEUED = 4;

  /**
   * A batch is also handed over once its plans hold this many items: plans of a hostile stream
   * may each hold thousands (a line may be 16 MiB), and the plans held at once must stay few.
   */
  private static final int BATCH_ITEMS = 16_384;

  /** The last batch: reading ended. */
  private static final Object[] END = new Object[0];

  /**
   * Reads every line of {@code path} as {@link #read} does, with the same results, problems and
   * errors, but on a second thread: parsing and checking the lines overlaps with what {@code
   * sink} does with the plans (scoring and writing them) on this thread, which sees the lines in
   * file order. At most a few thousand plans are held at once, so memory stays constant. If
   * {@code sink} throws, the reading thread stops and closes the file.
   *
   * @param path the JSON Lines file (or {@code /dev/stdin}, a FIFO)
   * @param catalogue the data set the plans refer to
   * @param problems where the problems of invalid lines go
   * @param sink what is done with each valid plan, in file order, on this thread
   * @return the number of valid plans
   * @throws CliException if the file cannot be read, or is not UTF-8 text
   */
  static long readAhead(
      Path path, Dataset catalogue, ProblemLines problems, Consumer<CpdPlan> sink) {
    Inputs.checkReadable(path);
    JsonOptions options = MaxProblems.jsonOptions(); // --max-problems is this thread's
    BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(QUEUED);
    AtomicBoolean stopped = new AtomicBoolean();
    Thread reader = new Thread(
        () -> readInto(path, catalogue, options, queue, stopped), "vetcpd-plan-reader");
    reader.setDaemon(true);
    reader.start();
    long plans = 0;
    try {
      while (true) {
        Object[] batch = take(queue);
        if (batch == END) {
          return plans;
        }
        for (Object item : batch) {
          if (item instanceof CpdPlan) {
            plans++;
            sink.accept((CpdPlan) item);
          } else if (item instanceof ValidationException) {
            problems.add(path + ": ", ((ValidationException) item).problems());
          } else {
            throw rethrow(path, (Failure) item);
          }
        }
      }
    } finally {
      stopped.set(true);
      queue.clear(); // a reader waiting to put a batch sees the flag at once
      reader.interrupt();
    }
  }

  /** Reads the lines on the reading thread: each plan, or the problems of its line, in order. */
  private static void readInto(Path path, Dataset catalogue, JsonOptions options,
      BlockingQueue<Object[]> queue, AtomicBoolean stopped) {
    try (Stream<CpdPlan> stream = VetcpdJson.streamPlans(path, catalogue, options)) {
      Iterator<CpdPlan> it = stream.iterator();
      Object[] batch = new Object[BATCH];
      int n = 0;
      int items = 0;
      while (!stopped.get()) {
        Object item;
        try {
          if (!it.hasNext()) {
            break;
          }
          item = it.next();
        } catch (ValidationException e) {
          item = e; // the line after it is read by the next call, as in read()
        }
        batch[n++] = item;
        if (item instanceof CpdPlan) {
          items += ((CpdPlan) item).items().size();
        }
        if (n == BATCH || items >= BATCH_ITEMS) {
          put(queue, n == BATCH ? batch : Arrays.copyOf(batch, n), stopped);
          batch = new Object[BATCH];
          n = 0;
          items = 0;
        }
      }
      put(queue, Arrays.copyOf(batch, n), stopped);
      put(queue, END, stopped);
    } catch (Stopped e) {
      // the reading thread was told to stop: nobody waits for more
    } catch (Throwable t) { // every failure, errors included, is the command's to report
      try {
        put(queue, new Object[] {new Failure(t)}, stopped);
      } catch (Stopped e) {
        // nobody waits for it
      }
    }
  }

  private static void put(BlockingQueue<Object[]> queue, Object[] batch, AtomicBoolean stopped) {
    try {
      while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
        if (stopped.get()) {
          throw new Stopped();
        }
      }
    } catch (InterruptedException e) {
      throw new Stopped();
    }
  }

  private static Object[] take(BlockingQueue<Object[]> queue) {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading plans", e);
    }
  }

  /** The failure the reading thread met, rethrown here as {@link #read} would have thrown it. */
  private static RuntimeException rethrow(Path path, Failure f) {
    Throwable t = f.cause;
    if (t instanceof UncheckedIOException) {
      return Inputs.cannotRead(path, t.getCause());
    }
    if (t instanceof RuntimeException) {
      return (RuntimeException) t;
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
    return new IllegalStateException(t);
  }

  /** What the reading thread met instead of a line. */
  private static final class Failure {
    final Throwable cause;

    Failure(Throwable cause) {
      this.cause = cause;
    }
  }

  /** Ends the reading thread when this thread no longer wants its plans. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super(null, null, false, false);
    }
  }
}
