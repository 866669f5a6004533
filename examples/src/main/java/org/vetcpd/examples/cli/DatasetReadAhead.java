package org.vetcpd.examples.cli;

import com.google.common.base.Throwables;
import com.google.common.util.concurrent.Uninterruptibles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.JsonOptions;
import org.vetcpd.core.json.VetcpdJson;

/**
 * The JSON data set of a command line, read on a second thread from the moment {@code vetcpd}
 * starts, while picocli reads the command classes and the options on the main thread; the command
 * then {@linkplain #take takes} what was read instead of reading the file again. On two cores a
 * command that reads a large data set starts scoring about a start-up's time sooner.
 *
 * <p>It is cautious, so that it never changes what a command does: it reads only when the
 * argument right after a command that reads a data set ({@link #COMMANDS}) is not an option and
 * names a regular file (never a pipe, which could be read only once, nor a folder of CSV files),
 * and no {@code --max-problems} is given (it changes how the file is read); and what it read is
 * used only for that very path, read with the very options the command asks for (else it is
 * dropped at once). Otherwise the command reads the file itself, as it would have without. A failure (invalid
 * content, a file that became unreadable, a full heap) reaches the command unchanged, where the
 * file would have been read.
 */
final class DatasetReadAhead {
  /** The commands whose first parameter is the data set, read by {@link Inputs#dataset(Path)}. */
  private static final Set<String> COMMANDS = Set.of("score", "validate", "report");

  private static volatile DatasetReadAhead started;
  /** The read of {@link #started}, kept once it is taken, for {@link #done()}. */
  private static volatile FutureTask<Dataset> reading;

  private final Path path;
  private final JsonOptions options;
  private final FutureTask<Dataset> task;
  /** For {@code score}: the plans as they are read, for the command to score meanwhile; or null. */
  private final ScoreAhead ahead;

  private DatasetReadAhead(Path path, JsonOptions options, ScoreAhead ahead) {
    this.path = path;
    this.options = options;
    this.ahead = ahead;
    this.task = new FutureTask<>(new Read(path, options, ahead));
  }

  /** The read; a class rather than a lambda, so that starting it links no call site. */
  private static final class Read implements Callable<Dataset> {
    private final Path path;
    private final JsonOptions options;
    private final ScoreAhead ahead;

    Read(Path path, JsonOptions options, ScoreAhead ahead) {
      this.path = path;
      this.options = options;
      this.ahead = ahead;
    }

    @Override
    public Dataset call() {
      if (ahead == null) {
        return VetcpdJson.readDataset(path, options);
      }
      try {
        return VetcpdJson.readDataset(path, options, ahead);
      } finally {
        ahead.readOver();
      }
    }
  }

  /**
   * Starts reading the data set that {@code args} name, if they name one as this class's
   * description says; does nothing otherwise.
   *
   * @param args the command line
   * @return whether a read was started
   */
  static boolean start(String[] args) {
    if (args.length < 2 || !COMMANDS.contains(args[0]) || args[1].startsWith("-")
        || args[1].isBlank()) {
      return false;
    }
    for (String a : args) {
      if (a.startsWith("--max-problems")) {
        return false; // the command reads with other options: it would read the file again
      }
    }
    Path path;
    try {
      path = Path.of(args[1]);
    } catch (InvalidPathException e) {
      return false; // picocli says what is wrong with it
    }
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      return false;
    }
    // without --max-problems the command reads with the default: MaxProblems.jsonOptions(), but
    // without initialising MaxProblems (a ThreadLocal's lambda and a regex) before the read starts
    DatasetReadAhead r = new DatasetReadAhead(path,
        JsonOptions.strict().withMaxProblems(MaxProblems.DEFAULT),
        args[0].equals("score") && roomToScoreAhead(path) ? new ScoreAhead() : null);
    Thread t = new Thread(r.task, "vetcpd-read-ahead");
    t.setDaemon(true);
    started = r;
    reading = r.task;
    t.start();
    return true;
  }

  /**
   * Whether the heap is ample for {@link ScoreAhead}, which holds a second resolved catalogue and
   * the outputs of the plans scored ahead while the data set is read: at least 16 times the file's
   * size (a data set takes about 1.5 times its file's size in the heap). On a heap any tighter,
   * scoring ahead could run out of memory where the command without it would not.
   */
  private static boolean roomToScoreAhead(Path path) {
    try {
      return Runtime.getRuntime().maxMemory() / 16 >= Files.size(path);
    } catch (IOException e) {
      return false; // the command reads the file and says what is wrong with it
    }
  }

  /**
   * What was read ahead for {@code path} with {@code options}, once it is read, or null if nothing
   * was (another file, other options, or taken already); the same exception as {@link
   * VetcpdJson#readDataset(Path, JsonOptions)} if reading failed.
   */
  static Dataset take(Path path, JsonOptions options) {
    DatasetReadAhead r = started;
    if (r == null) {
      return null;
    }
    if (!r.path.equals(path) || !r.options.equals(options)) {
      discard(); // not what the command reads: nothing of it is kept
      return null;
    }
    started = null;
    try {
      return Uninterruptibles.getUninterruptibly(r.task);
    } catch (ExecutionException e) {
      if (r.ahead != null) {
        r.ahead.stop(); // the read failed: nothing of what was heard will be used
      }
      Throwables.throwIfUnchecked(e.getCause());
      throw new IllegalStateException(e.getCause()); // readDataset throws no checked exception
    }
  }

  /**
   * The plans of the data set being read ahead for {@code path} with {@code options} (by {@code
   * score}), for the command to work on while the rest is read; null if no such read is going on
   * or it hears of no plans.
   */
  static ScoreAhead plansAhead(Path path, JsonOptions options) {
    DatasetReadAhead r = started;
    return r != null && r.ahead != null && r.path.equals(path) && r.options.equals(options)
        ? r.ahead : null;
  }

  /** Whether the plans being read ahead are heard of, for {@code score} to work on meanwhile. */
  static boolean scoringAhead() {
    DatasetReadAhead r = started;
    return r != null && r.ahead != null;
  }

  /** Whether no read ahead is going on: none was started, or it is over (read, failed, taken). */
  static boolean done() {
    FutureTask<Dataset> r = reading;
    return r == null || r.isDone();
  }

  /** Forgets what was read ahead and not taken (a usage error, another file). */
  static void discard() {
    DatasetReadAhead r = started;
    started = null;
    if (r != null) {
      r.task.cancel(true);
      if (r.ahead != null) {
        r.ahead.stop();
      }
    }
    reading = null;
  }
}
