package org.vetcpd.core.json;

import com.google.common.base.Throwables;
import com.google.common.util.concurrent.Uninterruptibles;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.wire.ProblemCollector;

/**
 * {@link VetcpdJson#readPlans}: one thread splits the stream into lines ({@link JsonLines}) and
 * hands them out in batches; {@code threads} threads read and check the batches' lines (each with
 * a reader of its own, as {@link VetcpdJson#streamPlans} reads them) and run the caller's work on
 * each valid plan; the calling thread takes the batches back in order.
 *
 * <p>Memory is bounded three ways: at most {@link #QUEUED} batches wait for the calling thread;
 * a batch holds at most {@link #BATCH} lines and, unless one line is longer, {@link
 * #BATCH_BYTES} bytes; and the bytes of all lines split but not yet read are at most {@link
 * #BUDGET} (a semaphore of bytes, released as each batch is read; the splitter never waits for
 * it while it holds a batch). A line longer than a batch's
 * bytes goes alone, and such lines are read one at a time: a stream of very long lines needs no
 * more memory for the plans being built than one thread reading it would.
 *
 * <p>Instances are used once, by one thread.
 */
final class ParallelPlanLines<R> {
  /** The most lines in a batch. */
  private static final int BATCH = 256;
  /** A batch is handed out once its lines hold this many bytes. */
  private static final int BATCH_BYTES = 1 << 18;
  /**
   * The most bytes of lines split and not yet read, at once: a 64th of the heap, between 256 KiB
   * and 16 MiB (a small heap is for a small task, and must not fill with lines read ahead).
   */
  private static final int BUDGET = (int) Math.max(1 << 18,
      Math.min(16 << 20, Runtime.getRuntime().maxMemory() / 64));
  /** The end of the batches: the stream is read. */
  private static final Object[] END = new Object[0];

  private final InputStream in;
  private final Dataset catalogue;
  private final JsonOptions options;
  private final int threads;
  private final Function<? super CpdPlan, ? extends R> work;
  /** The batches in line order, each read (or being read) by a worker. */
  private final BlockingQueue<FutureTask<Object[]>> queued;
  private final Semaphore bytes = new Semaphore(BUDGET);
  /** Held while a line longer than {@link #BATCH_BYTES} is read. */
  private final Object longLines = new Object();
  private volatile boolean stopped;

  ParallelPlanLines(InputStream in, Dataset catalogue, JsonOptions options, int threads,
      Function<? super CpdPlan, ? extends R> work) {
    this.in = in;
    this.catalogue = catalogue;
    this.options = options;
    this.threads = threads;
    this.work = work;
    this.queued = new ArrayBlockingQueue<>(threads + 2);
  }

  /** An invalid line's problems, among a batch's results. */
  private static final class Invalid {
    final ValidationException problems;

    Invalid(ValidationException problems) {
      this.problems = problems;
    }
  }

  /** The lines of one batch: their bytes one after another. */
  private static final class Batch {
    byte[] data;
    int used;
    final int[] starts = new int[BATCH];
    final int[] lengths = new int[BATCH];
    final int[] numbers = new int[BATCH];
    final boolean[] tooLong = new boolean[BATCH];
    int lines;
    /** The bytes taken from the budget for this batch. */
    int permits;
    /** Whether it holds one line longer than {@link #BATCH_BYTES}, alone. */
    boolean longLine;

    /**
     * A batch whose bytes start at {@code capacity}: the splitter passes what the batches before
     * it used, so that a batch is filled without growing (and copying) its bytes again and again.
     */
    Batch(int capacity) {
      data = new byte[capacity];
    }

    void add(JsonLines l) {
      int n = l.tooLong() ? 0 : l.length();
      if (used + n > data.length) {
        data = Arrays.copyOf(data, Math.max(data.length * 2, used + n));
      }
      System.arraycopy(l.bytes(), l.start(), data, used, n);
      starts[lines] = used;
      lengths[lines] = n;
      numbers[lines] = l.number();
      tooLong[lines] = l.tooLong();
      used += n;
      lines++;
    }
  }

  long run(Consumer<? super R> results, Consumer<? super ValidationException> invalid) {
    AtomicInteger ids = new AtomicInteger();
    ThreadLocal<VetcpdJson.PlanLineReader> readers =
        ThreadLocal.withInitial(() -> new VetcpdJson.PlanLineReader(catalogue, options));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "vetcpd-plan-reader-" + ids.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    Thread splitter = new Thread(() -> split(pool, readers), "vetcpd-plan-lines");
    splitter.setDaemon(true);
    splitter.start();
    long plans = 0;
    try {
      while (true) {
        Object[] outcomes = outcomes(take());
        if (outcomes == END) {
          return plans;
        }
        for (Object o : outcomes) {
          if (o instanceof Invalid) {
            invalid.accept(((Invalid) o).problems);
          } else {
            plans++;
            @SuppressWarnings("unchecked")
            R r = (R) o;
            results.accept(r);
          }
        }
      }
    } finally {
      stopped = true;
      queued.clear(); // a splitter waiting to hand out a batch sees the flag at once
      splitter.interrupt();
      pool.shutdownNow();
    }
  }

  /** Splits the stream into batches, on the splitting thread, until its end or a stop. */
  private void split(ExecutorService pool, ThreadLocal<VetcpdJson.PlanLineReader> readers) {
    try {
      JsonLines lines = new JsonLines(in, options.lineLimit());
      Batch batch = new Batch(FIRST_CAPACITY);
      while (!stopped && lines.next()) {
        int n = lines.tooLong() ? 0 : lines.length();
        if (n > BATCH_BYTES && batch.lines > 0) {
          // a long line goes alone, so that no permits are held while waiting for its own
          handOut(pool, batch, readers);
          batch = new Batch(nextCapacity(batch));
        }
        int permits = Math.min(n, BUDGET);
        if (!bytes.tryAcquire(permits)) {
          if (batch.lines > 0) {
            // never wait while holding a batch: the permits it holds may be the ones missing
            handOut(pool, batch, readers);
            batch = new Batch(nextCapacity(batch));
          }
          acquire(permits);
        }
        batch.permits += permits;
        batch.longLine = n > BATCH_BYTES;
        batch.add(lines);
        if (batch.lines == BATCH || batch.used >= BATCH_BYTES) {
          handOut(pool, batch, readers);
          batch = new Batch(nextCapacity(batch));
        }
      }
      if (batch.lines > 0) {
        handOut(pool, batch, readers);
      }
      FutureTask<Object[]> end = new FutureTask<>(() -> END);
      end.run();
      put(end);
    } catch (Stopped e) {
      // the calling thread wants no more
    } catch (RuntimeException | Error e) {
      // Whatever stopped the splitting (an unreadable stream, or a bug) is not handled here: it is
      // handed over as the next batch, and outcomes() throws it on the calling thread.
      FutureTask<Object[]> failed = new FutureTask<>(() -> {
        throw e;
      });
      failed.run();
      try {
        put(failed);
      } catch (Stopped s) {
        // nobody waits for it
      }
    }
  }

  /** The bytes of the first batch; a later batch starts with what the batch before it used. */
  private static final int FIRST_CAPACITY = 1 << 12;

  /** The bytes a new batch starts with (used by the splitting thread only). */
  private int capacity = FIRST_CAPACITY;

  /**
   * The bytes a new batch starts with: the most any batch before it used, counting a long line's
   * batch as a full one (at most {@link #BATCH_BYTES} and a line of 16 KiB).
   */
  private int nextCapacity(Batch before) {
    capacity = Math.max(capacity, Math.min(before.used, BATCH_BYTES + (1 << 14)));
    return capacity;
  }

  private void handOut(ExecutorService pool, Batch batch,
      ThreadLocal<VetcpdJson.PlanLineReader> readers) {
    FutureTask<Object[]> task = new FutureTask<>(() -> {
      try {
        if (batch.longLine) {
          // a long line (it goes alone): one at a time, so that memory stays what one thread
          // reading the stream would need for it, however many threads there are
          synchronized (longLines) {
            return read(batch, readers.get());
          }
        }
        return read(batch, readers.get());
      } finally {
        bytes.release(batch.permits);
      }
    });
    put(task);
    pool.execute(task);
  }

  /** Reads a batch's lines on a worker: each one's result, or its problems. */
  private Object[] read(Batch b, VetcpdJson.PlanLineReader reader) {
    Object[] out = new Object[b.lines];
    int n = 0;
    ProblemCollector problems = new ProblemCollector(options.maxProblems());
    for (int i = 0; i < b.lines; i++) {
      if (stopped) {
        break;
      }
      if (!problems.isEmpty()) {
        problems = new ProblemCollector(options.maxProblems());
      }
      CpdPlan plan = reader.read(b.data, b.starts[i], b.lengths[i], b.numbers[i], b.tooLong[i],
          problems);
      if (!problems.isEmpty()) {
        try {
          problems.throwIfAny();
        } catch (ValidationException e) {
          out[n++] = new Invalid(e);
        }
      } else if (plan != null) {
        out[n++] = work.apply(plan);
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  private void acquire(int permits) {
    retry(ms -> bytes.tryAcquire(permits, ms, TimeUnit.MILLISECONDS));
  }

  private void put(FutureTask<Object[]> task) {
    retry(ms -> queued.offer(task, ms, TimeUnit.MILLISECONDS));
  }

  /** A wait of at most some milliseconds that says whether it got what it waited for. */
  private interface TimedWait {
    boolean within(long millis) throws InterruptedException;
  }

  /** Waits until {@code w} succeeds, 50 ms at a time; {@link Stopped} once the caller stops. */
  private void retry(TimedWait w) {
    try {
      while (!w.within(50)) {
        if (stopped) {
          throw new Stopped();
        }
      }
    } catch (InterruptedException e) {
      throw new Stopped();
    }
  }

  private FutureTask<Object[]> take() {
    try {
      return queued.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading plans", e);
    }
  }

  /** A batch's outcomes, once read; what its reading threw is thrown here. */
  private static Object[] outcomes(FutureTask<Object[]> task) {
    try {
      return Uninterruptibles.getUninterruptibly(task);
    } catch (ExecutionException e) {
      Throwables.throwIfUnchecked(e.getCause());
      throw new IllegalStateException(e.getCause()); // the tasks throw no checked exception
    }
  }

  /** Ends the splitting thread when the calling thread wants no more. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super(null, null, false, false);
    }
  }
}
