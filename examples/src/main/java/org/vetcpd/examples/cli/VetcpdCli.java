package org.vetcpd.examples.cli;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.examples.cli.research.AggregateCommand;
import org.vetcpd.examples.cli.research.CompareCommand;
import org.vetcpd.examples.cli.research.CriteriaCommand;
import org.vetcpd.examples.cli.research.SensitivityCommand;
import org.vetcpd.examples.cli.research.TableCommand;
import org.vetcpd.research.BuildInfo;
import org.vetcpd.research.CsvCells;
import org.vetcpd.research.ReportCsv;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.TailoringReport;
import org.vetcpd.rules.TailoringScorer;
import org.vetcpd.rules.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code vetcpd} command line tool: scores the CPD plans of a data set, validates a data set,
 * prints the standard rubric.
 *
 * <pre>
 * vetcpd                                   score the bundled sample data set
 * vetcpd score [DATASET] [--rubric FILE] [--format text|json|csv] [--plan ID]...
 *              [--plans PLANS.jsonl]      score a JSON Lines stream of plans, in constant memory
 * vetcpd validate DATASET [--plans PLANS.jsonl]
 * vetcpd rubric                            the standard rubric, as JSON
 * vetcpd table DATASET [--plans PLANS.jsonl] [--format text|json|csv]
 *                                          one row per plan: score, criteria, hours by area
 * vetcpd aggregate DATASET --by school|department|programme|facilitator [--format ...]
 * vetcpd sensitivity DATASET [--draws N] [--seed S] [--concentration C] [--format ...]
 * vetcpd --help | --version                every command has -h/--help and -V/--version
 * </pre>
 *
 * <p>Every command that reads a data set takes a JSON file or a folder of CSV files ({@link
 * Inputs}); every problem it prints names its file.
 *
 * <p>Exit codes: {@value #EXIT_OK} fine; {@value #EXIT_INVALID} invalid data (the data set or the
 * rubric; every problem is printed on stderr, one a line, with its path); {@value #EXIT_USAGE} a
 * usage error (an unknown option, a file that cannot be read, an unknown plan id; one line on
 * stderr); {@value #EXIT_INTERNAL} an internal error, i.e. a bug in vetcpd; {@value
 * #EXIT_OUT_OF_MEMORY} the Java heap ran out (one line: the heap's size and how to raise it);
 * {@value #EXIT_OUTPUT} the output could not be written (a full disk, an unwritable file: one line
 * on stderr naming it; a closed pipe, as in {@code vetcpd ... | head}: nothing printed). A user
 * error never prints a stack trace. Invalid data prints at most {@code --max-problems} problems
 * (default {@value MaxProblems#DEFAULT}), then {@code … and N more problems}.
 *
 * <p>Use {@link #run(String[], PrintStream, PrintStream)} to run it in-process (tests, other
 * tools).
 *
 * <p>{@code vetcpd} itself and {@code score} are declared in code ({@link #spec}, {@link
 * ScoreCommand#spec()}), the other commands by picocli's annotations, with the options all share
 * declared in code ({@link CodedOptions}): most runs are {@code score}, and picocli's reading of
 * annotations costs a cold JVM tens of milliseconds.
 */
public final class VetcpdCli implements Callable<Integer> {
  /** Exit code: the command did what was asked (for {@code validate}: the data set is valid). */
  public static final int EXIT_OK = 0;
  /** Exit code: the data set or rubric is invalid; every problem was printed on stderr. */
  public static final int EXIT_INVALID = 1;
  /** Exit code: the command line is wrong (option, file, plan id); one line on stderr. */
  public static final int EXIT_USAGE = 2;
  /** Exit code: an internal error, a bug in vetcpd; the stack trace is printed on stderr. */
  public static final int EXIT_INTERNAL = 3;
  /**
   * Exit code: the Java heap ran out; one line on stderr gives the heap's size and how to raise
   * it ({@code java -Xmx2g -jar vetcpd.jar ...}), never a stack trace.
   */
  public static final int EXIT_OUT_OF_MEMORY = 4;

  /**
   * Exit code: the output could not be written (a full disk, an unwritable file, a closed pipe);
   * one line on stderr names the target, none for a closed pipe.
   */
  public static final int EXIT_OUTPUT = 5;

  /**
   * The commands, in the order help lists them. They are added to the root command one by one, so
   * that {@link #run} can build only the one a command line names: picocli reflects over every
   * annotated command it is given, which costs more than scoring a sample data set.
   */
  private static final List<Map.Entry<String, Class<?>>> COMMANDS = List.of(
      Map.entry("score", ScoreCommand.class),
      Map.entry("validate", ValidateCommand.class),
      Map.entry("rubric", RubricCommand.class),
      Map.entry("table", TableCommand.class),
      Map.entry("aggregate", AggregateCommand.class),
      Map.entry("sensitivity", SensitivityCommand.class),
      Map.entry("compare", CompareCommand.class),
      Map.entry("criteria", CriteriaCommand.class),
      Map.entry("report", ReportCommand.class),
      Map.entry("plan", PlanCommand.class),
      Map.entry("improve", ImproveCommand.class),
      Map.entry("help", CommandLine.HelpCommand.class));

  /** Files being written atomically by the running command: discarded unless committed. */
  private final List<Closeable> pending = new ArrayList<>();
  /** Discards {@link #pending} files when the JVM is stopped by a signal; null until one is. */
  private Thread discardOnExit;
  /** Set by {@link #discardOnExit}: the JVM is stopping, and no file is made any more. */
  private boolean stopped;
  /** Whether the run writes to the process's own stdout and stderr (from main), not a caller's. */
  private boolean processStreams;

  private CommandSpec spec;

  private VetcpdCli() {}

  private static final String PICOCLI_CONVERTERS_EXCLUDES = "picocli.converters.excludes";

  /**
   * Runs {@code vetcpd} and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // First, and without a lambda or any other invokedynamic call site, whose first link costs
    // a cold JVM tens of milliseconds: the read of the data set starts at once.
    Thread.setDefaultUncaughtExceptionHandler(new Uncaught());
    boolean readingAhead = DatasetReadAhead.start(args);
    // picocli registers its converters of java.sql and java.time types by reflection, loading and
    // initialising two dozen classes, unless told not to; no option of vetcpd's has such a type
    if (System.getProperty(PICOCLI_CONVERTERS_EXCLUDES) == null) {
      System.setProperty(PICOCLI_CONVERTERS_EXCLUDES, "java\\.(sql|time)\\..*");
    }
    // made now: when the heap runs out, printing it must not need any
    byte[] outOfMemory = (outOfMemory(Runtime.getRuntime().maxMemory()) + System.lineSeparator())
        .getBytes(StandardCharsets.UTF_8);
    byte[] outOfMemoryPartly = (outOfMemory(Runtime.getRuntime().maxMemory(), true)
        + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
    FileOutputStream errFd = new FileOutputStream(FileDescriptor.err);
    CheckedWriter.Recorder stdout = new CheckedWriter.Recorder(new FileOutputStream(
        FileDescriptor.out));
    Charset outCharset = consoleCharset("sun.stdout.encoding");
    PrintStream out = console(stdout, outCharset, false);
    PrintStream err = console(errFd, consoleCharset("sun.stderr.encoding"), true);
    int code;
    try {
      code = run(args, out, err, stdout, outCharset.equals(StandardCharsets.UTF_8), readingAhead);
      out.flush();
      err.flush();
    } catch (OutOfMemoryError oom) {
      // out of memory where run() could not say so itself (or saying so ran out too)
      code = EXIT_OUT_OF_MEMORY;
      try {
        errFd.write(stdout.wrote() ? outOfMemoryPartly : outOfMemory);
      } catch (IOException ex) {
        // stderr is gone: the exit code says it
      }
    }
    System.exit(code);
  }

  /**
   * What a thread of vetcpd's other than main does with what it did not catch: the heap running
   * out is the command's to report, in one line, as its main thread meets it too (a read on
   * another thread hands its failure over); anything else is reported as the JVM would.
   */
  private static final class Uncaught implements Thread.UncaughtExceptionHandler {
    @Override
    public void uncaughtException(Thread t, Throwable e) {
      if (e instanceof OutOfMemoryError) {
        return;
      }
      // what ThreadGroup.uncaughtException prints (it would call this handler again)
      System.err.print("Exception in thread \"" + t.getName() + "\" ");
      e.printStackTrace(System.err);
    }
  }

  /**
   * Runs {@code vetcpd} in-process: parses {@code args}, runs the command, and returns the exit
   * code ({@value #EXIT_OK}, {@value #EXIT_INVALID}, {@value #EXIT_USAGE}, {@value
   * #EXIT_INTERNAL} or {@value #EXIT_OUT_OF_MEMORY}) instead of exiting. Nothing is written to {@code System.out} or {@code
   * System.err}; both streams are flushed, not closed.
   *
   * @param args the command line, without the program name; empty scores the bundled sample
   * @param out where reports, help and the version go
   * @param err where problems and errors go
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, null, false, false);
  }

  /**
   * Runs as {@link #run(String[], PrintStream, PrintStream)}; {@code stdout} says why writes fail;
   * {@code outUtf8} that {@code out} encodes in UTF-8 (a spooled output is copied onto it as
   * bytes); {@code readingAhead} whether {@link DatasetReadAhead} was started (only ever from
   * main: tests that run commands in-process read their files as they always did).
   */
  private static int run(String[] args, PrintStream out, PrintStream err,
      CheckedWriter.Recorder stdout, boolean outUtf8, boolean readingAhead) {
    requireNonNull(args, "args");
    requireNonNull(out, "out");
    requireNonNull(err, "err");
    CheckedWriter checked = CheckedWriter.of(out, "standard output", stdout, outUtf8);
    PrintWriter o = new CheckedWriter.Printer(checked);
    PrintWriter e = new PrintWriter(new PrintStreamWriter(err), true);
    VetcpdCli root = new VetcpdCli();
    root.processStreams = stdout != null;
    try {
      String only = only(args);
      CountDownLatch warm = stdout != null && only != null
          ? warmUp(writesCsv(args), readingAhead) : null;
      CommandLine cli = commandLine(root, o, e, only);
      if (warm != null) {
        awaitQuietly(warm);
      }
      int code = cli.execute(args);
      if (checked.failure() == null) {
        o.flush();
      }
      return code;
    } catch (OutputException ex) {
      // The last flush of standard output failed: the command's output is incomplete.
      return outputError(ex, e);
    } catch (OutOfMemoryError oom) {
      // What held the memory is unreachable now that the command has unwound.
      e.println(outOfMemory(Runtime.getRuntime().maxMemory(), stdout != null && stdout.wrote()));
      return EXIT_OUT_OF_MEMORY;
    } finally {
      DatasetReadAhead.discard();
      root.endPending();
      e.flush();
    }
  }

  /**
   * Builds, on a second thread while picocli reads the command classes on this one, what nearly
   * every command needs first: the standard rubric, its checks and its reference, and the reader's
   * declarations (by reading an empty data set, unless {@link DatasetReadAhead} is reading the real
   * one); and the CSV writer (Jackson's CSV generator and the declared columns) if the command line
   * asks for CSV. The returned latch opens once that is done, and the command runs only then, so
   * that its own work never races it; should it fail, the command meets the same failure where it
   * always did. While a data set is read ahead, the thread then goes on to score the bundled
   * sample ({@link #warmUpScoring}), which nothing depends on.
   */
  private static CountDownLatch warmUp(boolean csv, boolean readingAhead) {
    CountDownLatch warm = new CountDownLatch(1);
    Thread t = new Thread(() -> {
      try {
        Rubric.standard().ref();
        if (!readingAhead) {
          VetcpdJson.parseDataset("{\"formatVersion\": " + Dataset.FORMAT_VERSION + "}");
        }
        if (csv) {
          ReportCsv.open(Writer.nullWriter(), CsvCells.SAFE).flush();
        }
      } catch (RuntimeException | LinkageError ex) {
        // the command builds it again and reports what went wrong there
      } finally {
        warm.countDown();
      }
      if (readingAhead) {
        warmUpScoring(csv);
      }
    }, "vetcpd-warm-up");
    t.setDaemon(true);
    t.start();
    return warm;
  }

  /**
   * While {@link DatasetReadAhead} reads a large data set on one core, scores the bundled sample on the
   * other, so that the scoring code is compiled by the time the command scores the data set; stops
   * as soon as the read is done. Scoring is a pure function: nothing it computes here is kept.
   *
   * <p>Not at all when the plans being read will be scored as they come ({@link ScoreAhead}),
   * which compiles the scoring code on them: then this thread would only take a core from the
   * read (interleaved runs of a 10 000-plan data set: about 0.04 s sooner without it).
   */
  private static void warmUpScoring(boolean csv) {
    if (DatasetReadAhead.scoringAhead()) {
      return;
    }
    try {
      Dataset sample = Samples.sample();
      TailoringScorer scorer = TailoringScorer.standard();
      for (int round = 0; round < WARM_UP_ROUNDS && !DatasetReadAhead.done(); round++) {
        for (CpdPlan p : sample.plans()) {
          TailoringReport r = scorer.score(sample, p);
          if (csv) {
            ReportCsv.cells(r);
          }
        }
      }
    } catch (RuntimeException | LinkageError ex) {
      // Only a warm-up: it must not change what the command does. Should scoring fail here, the
      // command's own scoring runs the same code on its data set and reports the failure there.
    }
  }

  /** At most this many times the bundled sample's plans: enough for the compiler. */
  private static final int WARM_UP_ROUNDS = 1000;

  /** Whether the command line asks for CSV: {@code --format csv}, or {@code -o} to a .csv file. */
  private static boolean writesCsv(String[] args) {
    for (String a : args) {
      if (a.equals("csv") || a.endsWith("=csv") || a.endsWith(".csv")) {
        return true;
      }
    }
    return false;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Makes a file the running command writes, and registers it; see {@link OutputOptions}. A run
   * ended by a signal (Ctrl-C, {@code kill}) discards it too, in a shutdown hook: its temporary
   * file and the folders made for it go. The hook is in place before the file is made, and the file is
   * made and registered under the lock the hook takes, so that no signal falls between the two;
   * once the hook has run, no file is made ({@link OutputException}: the run is stopping anyway).
   *
   * @param target the name given, for the message
   * @param create makes the file (its temporary file, its folders)
   * @return the file
   */
  synchronized <T extends Closeable> T pending(String target,
      java.util.function.Supplier<T> create) {
    if (stopped) {
      throw new OutputException(target, "the run was stopped");
    }
    if (discardOnExit == null) {
      discardOnExit = new Thread("vetcpd-discard") {
        @Override
        public void run() {
          synchronized (VetcpdCli.this) {
            stopped = true;
            discardPending();
          }
        }
      };
      try {
        Runtime.getRuntime().addShutdownHook(discardOnExit);
      } catch (IllegalStateException e) {
        throw new OutputException(target, "the run was stopped"); // already shutting down
      }
    }
    T file = create.get();
    pending.add(file);
    return file;
  }

  /**
   * Whether the run's stderr is the process's own (run from {@link #main}), not a stream a caller
   * of {@link #run(String[], PrintStream, PrintStream)} gave.
   */
  boolean processStreams() {
    return processStreams;
  }

  /** Ends the run's files: discards those not committed, and removes the shutdown hook. */
  private void endPending() {
    discardPending();
    Thread hook;
    synchronized (this) {
      hook = discardOnExit;
      discardOnExit = null;
    }
    if (hook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // shutting down: the hook runs, and finds nothing left
      }
    }
  }

  private synchronized void discardPending() {
    for (Closeable c : pending) {
      try {
        c.close();
      } catch (IOException ex) {
        // a temporary file that cannot be deleted: nothing more to do
      }
    }
    pending.clear();
  }

  private static int outputError(OutputException ex, PrintWriter err) {
    if (!ex.closedPipe()) {
      err.println(escape(ex.line()));
    }
    return EXIT_OUTPUT;
  }


  /**
   * The one line printed when the Java heap ran out: its size and how to raise it.
   *
   * @param maxMemory the heap's size in bytes, {@link Runtime#maxMemory()}
   */
  static String outOfMemory(long maxMemory) {
    return outOfMemory(maxMemory, false);
  }

  /**
   * The out-of-memory line; if {@code partly}, the command had begun writing to standard output
   * (a command writing to {@code -o FILE} leaves no file), and the line says that what is there
   * is incomplete.
   */
  static String outOfMemory(long maxMemory, boolean partly) {
    long mib = maxMemory / (1024 * 1024);
    // Four times the heap, in whole GiB, at least 1.
    long suggested = Math.max(1, Long.highestOneBit(mib * 4 / 1024));
    return "vetcpd: out of memory: the Java heap (" + mib + " MiB) is too small for this input;"
        + " give java a larger heap with -Xmx, e.g. java -Xmx" + suggested
        + "g -jar vetcpd.jar ... (or JAVA_TOOL_OPTIONS=-Xmx" + suggested + "g)"
        + (partly ? "; what it wrote to standard output is incomplete" : "");
  }

  /**
   * Runs {@code vetcpd} without a command: the same as {@code vetcpd score}, which scores the
   * bundled sample data set. Called by picocli.
   *
   * @return the exit code
   */
  @Override
  public Integer call() {
    return spec.commandLine().getSubcommands().get("score").execute();
  }

  /**
   * A line for stderr with what it quotes of the command line, a file name or data shown safely:
   * control, line-breaking and bidirectional characters as {@code \}{@code uXXXX} ({@link
   * TerminalText}), so that an argument holding an escape sequence or a line break can neither
   * colour nor forge a line.
   */
  private static String escape(String line) {
    return TerminalText.escape(line);
  }

  private static int usageError(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    String name = cmd.getCommandSpec().qualifiedName();
    String message = ex.getMessage().strip().replaceAll("\\s*\\R\\s*", "; ");
    cmd.getErr().println(escape("vetcpd: " + message + " (see '" + name
        + " --help')"));
    return EXIT_USAGE;
  }

  private static int failure(Exception ex, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    int max = MaxProblems.of(cmd);
    if (ex instanceof OutputException) {
      return outputError((OutputException) ex, err);
    }
    if (ex instanceof CliException) {
      CliException c = (CliException) ex;
      // a line may quote the command line or a file name as given: shown escaped, as data is
      if (c.exitCode() == EXIT_INVALID) {
        MaxProblems.cap(c.lines(), c.omitted(), max).forEach(l -> err.println(escape(l)));
      } else {
        c.lines().forEach(l -> err.println(escape(l)));
      }
      return c.exitCode();
    }
    if (ex instanceof ValidationException) {
      MaxProblems.cap(Inputs.lines("", (ValidationException) ex), 0, max)
          .forEach(l -> err.println(escape(l)));
      return EXIT_INVALID;
    }
    if (ex instanceof UncheckedIOException) {
      // A file that became unreadable while it was read (the commands check them first).
      err.println(escape("vetcpd: " + ex.getMessage()));
      return EXIT_USAGE;
    }
    err.println("vetcpd: internal error (a bug in vetcpd; please report it with what follows): "
        + ex);
    ex.printStackTrace(err);
    return EXIT_INTERNAL;
  }

  /** {@code vetcpd} and all its commands, set up as {@link #run} runs them. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(new VetcpdCli(), out, err, null);
  }

  /**
   * The one command a command line names as its first argument, other than {@code help}, or null
   * for all: with a command named, picocli never looks at the others (subcommands are matched
   * exactly, no abbreviations, no other case), so building only that one parses, runs and
   * reports errors exactly as with all of them. No arguments run {@code score}; {@code -V} or
   * {@code --version} alone needs no command ({@code ""}).
   */
  private static String only(String[] args) {
    if (args.length == 0) {
      return "score";
    }
    if (args.length == 1 && (args[0].equals("-V") || args[0].equals("--version"))) {
      return "";
    }
    for (Map.Entry<String, Class<?>> c : COMMANDS) {
      if (c.getKey().equals(args[0])) {
        return c.getKey().equals("help") ? null : c.getKey();
      }
    }
    return null;
  }

  private static CommandLine commandLine(
      VetcpdCli root, PrintWriter out, PrintWriter err, String only) {
    CommandLine cli = new CommandLine(root.spec());
    for (Map.Entry<String, Class<?>> c : COMMANDS) {
      if (only == null || only.equals(c.getKey())) {
        if (c.getValue() == ScoreCommand.class) {
          // declared in code: built without reflection
          cli.addSubcommand(c.getKey(), new ScoreCommand().spec());
          continue;
        }
        cli.addSubcommand(c.getKey(), c.getValue());
        CommandSpec added = cli.getSubcommands().get(c.getKey()).getCommandSpec();
        if (added.userObject() instanceof CodedOptions) {
          ((CodedOptions) added.userObject()).addCodedOptions(added);
        }
      }
    }
    cli
        .registerConverter(Path.class, VetcpdCli::path)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setOut(out)
        .setErr(err)
        .setParameterExceptionHandler(VetcpdCli::usageError)
        .setExecutionExceptionHandler(VetcpdCli::failure)
        .setExecutionStrategy(parsed -> {
          try {
            return new CommandLine.RunLast().execute(parsed);
          } catch (OutputException ex) {
            return outputError(ex, err); // --help or --version could not be written
          }
        });
    standardOptions(cli);
    if (only == null) {
      cli.getSubcommands().get("help").getCommandSpec().usageMessage()
          .footerHeading("%nExamples:%n")
          .footer("  vetcpd help score", "  vetcpd help sensitivity");
    }
    return cli;
  }

  /**
   * Converts a file name argument. A name this system cannot encode (a non-ASCII name under
   * {@code LC_ALL=C}, whose file names are ASCII to Java) is one line saying so, not the JDK's
   * {@code InvalidPathException}.
   */
  private static Path path(String name) {
    try {
      Path p = Path.of(name);
      if (!p.isAbsolute() && !java.nio.file.Files.isDirectory(Path.of("").toAbsolutePath())) {
        // the working folder's name as Java decoded it (a non-ASCII name under LC_ALL=C) is not
        // the folder's: a relative name would be read, or written, somewhere else
        throw new CommandLine.TypeConversionException("'" + name + "' is relative to the"
            + " working folder, whose name this system cannot encode (its file names are "
            + System.getProperty("sun.jnu.encoding", "?") + "); run with a UTF-8 locale, e.g."
            + " LC_ALL=C.UTF-8, or give an absolute name");
      }
      return p;
    } catch (java.nio.file.InvalidPathException e) {
      String encoding = System.getProperty("sun.jnu.encoding", "?");
      throw new CommandLine.TypeConversionException("'" + name + "' is not a file name: "
          + (e.getReason().contains("unmappable") && !encoding.toUpperCase(java.util.Locale.ROOT)
              .contains("UTF")
          ? "this system cannot encode it (its file names are " + encoding
              + "); run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8"
          : e.getReason()));
    }
  }

  /**
   * The declaration of {@code vetcpd} itself, bound to this object; its commands are added by
   * {@link #commandLine(VetcpdCli, PrintWriter, PrintWriter, String)}.
   */
  private CommandSpec spec() {
    Map<String, String> exitCodes = new LinkedHashMap<>();
    exitCodes.put("0", "fine");
    exitCodes.put("1",
        "invalid data: every problem of the data set or rubric on stderr, one a line");
    exitCodes.put("2", "usage error: unknown option, unreadable file, unknown plan id");
    exitCodes.put("3", "internal error (a bug in vetcpd: please report it)");
    exitCodes.put("4", "out of memory: the Java heap ran out; run java with a larger -Xmx");
    exitCodes.put("5", "the output could not be written (full disk, unwritable file; a closed pipe"
        + " ends quietly)");
    spec = CommandSpec.wrapWithoutInspection(this).name("vetcpd");
    spec.usageMessage()
        .synopsisSubcommandLabel("[COMMAND]")
        .description(
            "Scores how tailored VET teachers' CPD plans are to their vocational needs, with the"
                + " reasons and the edits that would raise each score most.",
            "Without a command, scores the bundled sample data set (same as 'vetcpd score').")
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(exitCodes)
        .footerHeading("%nExamples:%n")
        .footer(
            "  vetcpd score examples/data/sample.json --format csv > scores.csv",
            "  vetcpd rubric > my-rubric.json      (edit it, then:)",
            "  vetcpd score data.json --rubric my-rubric.json --plan p-1",
            "  vetcpd validate data.json",
            "  vetcpd score catalogue.json --plans cohort.jsonl --format csv > cohort.csv",
            "  vetcpd table examples/data/sample.json --format csv > cohort.csv",
            "  vetcpd aggregate examples/data/sample.json --by school",
            "  vetcpd sensitivity examples/data/sample.json --draws 10000 --seed 1");
    return spec;
  }

  /**
   * Gives every command, also one added without them, {@code -h/--help} and {@code -V/--version}
   * (which prints {@link Version}), so that they behave alike.
   */
  private static void standardOptions(CommandLine cmd) {
    CommandSpec spec = cmd.getCommandSpec();
    spec.versionProvider(new Version());
    if (!spec.optionsMap().containsKey("-V") && !spec.optionsMap().containsKey("--version")) {
      spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
          .description("Print version information and exit.").build());
    }
    if (!spec.optionsMap().containsKey("-h") && !spec.optionsMap().containsKey("--help")) {
      spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
          .description("Show this help message and exit.").build());
    }
    cmd.getSubcommands().values().forEach(VetcpdCli::standardOptions);
  }

  /** The version of the vetcpd build ({@link BuildInfo}). */
  static String version() {
    return BuildInfo.version();
  }

  /**
   * The git commit the build was made from ({@link BuildInfo}: the jar's manifest, {@code
   * Build-Commit}, else a resource the build fills in); {@code unknown} for a build outside a git
   * checkout.
   */
  static String commit() {
    return BuildInfo.commit();
  }

  /** Prints the version and commit of vetcpd, and the version of the standard rubric. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Rubric standard = Rubric.standard();
      return new String[] {
        "vetcpd " + version() + " (commit " + commit() + ")",
        "standard rubric: " + standard.ref(),
        "Java " + System.getProperty("java.version")
      };
    }
  }

  /**
   * stdout/stderr for {@link #main}: the console's encoding where the JDK knows it (a Windows
   * console), otherwise UTF-8, which JSON and CSV consumers expect and terminals show.
   */
  private static PrintStream console(OutputStream fd, Charset charset, boolean autoFlush) {
    // Buffered: a cohort's reports are many small writes; run() flushes at the end.
    return new PrintStream(new BufferedOutputStream(fd, 1 << 16), autoFlush, charset);
  }

  /**
   * The encoding of a console stream: the one the JVM found for the terminal ({@code
   * encodingProperty}, set when the stream is one), else UTF-8.
   */
  private static Charset consoleCharset(String encodingProperty) {
    String encoding = System.getProperty(encodingProperty);
    if (encoding != null) {
      try {
        return Charset.forName(encoding);
      } catch (IllegalArgumentException e) {
        // an encoding this JVM does not have: UTF-8
      }
    }
    return StandardCharsets.UTF_8;
  }

  /**
   * A writer onto a print stream that keeps the stream's own encoding (a {@code PrintWriter} built
   * on an {@code OutputStream} would use the platform's instead).
   */
  private static final class PrintStreamWriter extends Writer {
    private final PrintStream stream;

    PrintStreamWriter(PrintStream stream) {
      this.stream = stream;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      stream.print(new String(chars, offset, length));
    }

    @Override
    public void write(String s, int offset, int length) {
      stream.print(s.substring(offset, offset + length));
    }

    @Override
    public void flush() {
      stream.flush();
    }

    @Override
    public void close() {
      stream.flush();
    }
  }
}
