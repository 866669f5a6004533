package org.vetcpd.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.function.Function;
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
   * Reads every line of {@code path}, on this thread: the plain reading that {@link #readAhead}
   * is held equal to ({@code ReadAheadTest}).
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

  /** The most threads that read lines. */
  private static final int MAX_THREADS = 4;

  /**
   * Reads every line of {@code path} as {@link #read} does, with the same results, problems and
   * errors, but on every core ({@link VetcpdJson#readPlans}): one thread splits the file into
   * lines, the others read and check them and run {@code work} on each valid plan, and {@code
   * sink} gets the results on this thread, in file order. A few thousand plans at most are held
   * at once, so memory stays constant. If {@code work} or {@code sink} throws, reading stops.
   *
   * @param path the JSON Lines file (or {@code /dev/stdin}, a FIFO)
   * @param catalogue the data set the plans refer to
   * @param problems where the problems of invalid lines go (on this thread)
   * @param work what is done with each valid plan, on a reading thread; thread-safe
   * @param sink what is done with each result of {@code work}, in file order, on this thread
   * @param <R> what {@code work} makes of a plan
   * @return the number of valid plans
   * @throws CliException if the file cannot be read, or is not UTF-8 text
   */
  static <R> long readAhead(Path path, Dataset catalogue, ProblemLines problems,
      Function<CpdPlan, R> work, Consumer<R> sink) {
    Inputs.checkReadable(path);
    JsonOptions options = MaxProblems.jsonOptions(); // --max-problems is this thread's
    // each reading thread holds a reader (the catalogue's ids among them); beyond a few, the one
    // thread that splits the lines and this one that writes are the limit, not reading
    int threads = Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
    try (InputStream in = Files.newInputStream(path)) {
      return VetcpdJson.readPlans(in, catalogue, options, threads, work, sink,
          e -> problems.add(path + ": ", e.problems()));
    } catch (IOException e) {
      throw Inputs.cannotRead(path, e);
    } catch (UncheckedIOException e) {
      throw Inputs.cannotRead(path, e.getCause());
    }
  }

  /** {@link #readAhead(Path, Dataset, ProblemLines, Function, Consumer)} of the plans themselves. */
  static long readAhead(
      Path path, Dataset catalogue, ProblemLines problems, Consumer<CpdPlan> sink) {
    return readAhead(path, catalogue, problems, Function.identity(), sink);
  }

}
