package org.vetcpd.examples.cli;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.vetcpd.core.ValidationException;
import org.vetcpd.examples.cli.research.AggregateCommand;
import org.vetcpd.examples.cli.research.SensitivityCommand;
import org.vetcpd.examples.cli.research.TableCommand;
import org.vetcpd.rules.Rubric;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

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
 * stderr); {@value #EXIT_INTERNAL} an internal error, i.e. a bug in vetcpd. A user error never
 * prints a stack trace.
 *
 * <p>Use {@link #run(String[], PrintStream, PrintStream)} to run it in-process (tests, other
 * tools).
 */
@Command(
    name = "vetcpd",
    mixinStandardHelpOptions = true,
    versionProvider = VetcpdCli.Version.class,
    synopsisSubcommandLabel = "[COMMAND]",
    description = {
      "Scores how tailored VET teachers' CPD plans are to their vocational needs, with the"
          + " reasons and the edits that would raise each score most.",
      "Without a command, scores the bundled sample data set (same as 'vetcpd score')."
    },
    subcommands = {
      ScoreCommand.class,
      ValidateCommand.class,
      RubricCommand.class,
      TableCommand.class,
      AggregateCommand.class,
      SensitivityCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:fine",
      "1:invalid data: every problem of the data set or rubric on stderr, one a line",
      "2:usage error: unknown option, unreadable file, unknown plan id",
      "3:internal error (a bug in vetcpd: please report it)"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  vetcpd score examples/data/sample.json --format csv > scores.csv",
      "  vetcpd rubric > my-rubric.json      (edit it, then:)",
      "  vetcpd score data.json --rubric my-rubric.json --plan p-1",
      "  vetcpd validate data.json",
      "  vetcpd score catalogue.json --plans cohort.jsonl --format csv > cohort.csv",
      "  vetcpd table examples/data/sample.json --format csv > cohort.csv",
      "  vetcpd aggregate examples/data/sample.json --by school",
      "  vetcpd sensitivity examples/data/sample.json --draws 10000 --seed 1"
    })
public final class VetcpdCli implements Callable<Integer> {
  /** Exit code: the command did what was asked (for {@code validate}: the data set is valid). */
  public static final int EXIT_OK = 0;
  /** Exit code: the data set or rubric is invalid; every problem was printed on stderr. */
  public static final int EXIT_INVALID = 1;
  /** Exit code: the command line is wrong (option, file, plan id); one line on stderr. */
  public static final int EXIT_USAGE = 2;
  /** Exit code: an internal error, a bug in vetcpd; the stack trace is printed on stderr. */
  public static final int EXIT_INTERNAL = 3;

  @Spec private CommandSpec spec;

  private VetcpdCli() {}

  /**
   * Runs {@code vetcpd} and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream out = console(FileDescriptor.out, "sun.stdout.encoding", false);
    PrintStream err = console(FileDescriptor.err, "sun.stderr.encoding", true);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs {@code vetcpd} in-process: parses {@code args}, runs the command, and returns the exit
   * code ({@value #EXIT_OK}, {@value #EXIT_INVALID}, {@value #EXIT_USAGE} or {@value
   * #EXIT_INTERNAL}) instead of exiting. Nothing is written to {@code System.out} or {@code
   * System.err}; both streams are flushed, not closed.
   *
   * @param args the command line, without the program name; empty scores the bundled sample
   * @param out where reports, help and the version go
   * @param err where problems and errors go
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    requireNonNull(args, "args");
    requireNonNull(out, "out");
    requireNonNull(err, "err");
    PrintWriter o = new PrintWriter(new PrintStreamWriter(out), false);
    PrintWriter e = new PrintWriter(new PrintStreamWriter(err), true);
    CommandLine cli = commandLine(o, e);
    try {
      return cli.execute(args);
    } finally {
      o.flush();
      e.flush();
    }
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

  private static int usageError(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    String name = cmd.getCommandSpec().qualifiedName();
    String message = ex.getMessage().strip().replaceAll("\\s*\\R\\s*", "; ");
    cmd.getErr().println("vetcpd: " + message + " (see '" + name + " --help')");
    return EXIT_USAGE;
  }

  private static int failure(Exception ex, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    if (ex instanceof CliException) {
      ((CliException) ex).lines().forEach(err::println);
      return ((CliException) ex).exitCode();
    }
    if (ex instanceof ValidationException) {
      Inputs.lines("", (ValidationException) ex).forEach(err::println);
      return EXIT_INVALID;
    }
    if (ex instanceof UncheckedIOException) {
      // A file that became unreadable while it was read (the commands check them first).
      err.println("vetcpd: " + ex.getMessage());
      return EXIT_USAGE;
    }
    err.println("vetcpd: internal error (a bug in vetcpd; please report it with what follows): "
        + ex);
    ex.printStackTrace(err);
    return EXIT_INTERNAL;
  }

  /** {@code vetcpd} and all its commands, set up as {@link #run} runs them. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new VetcpdCli())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setOut(out)
        .setErr(err)
        .setParameterExceptionHandler(VetcpdCli::usageError)
        .setExecutionExceptionHandler(VetcpdCli::failure);
    standardOptions(cli);
    cli.getSubcommands().get("help").getCommandSpec().usageMessage()
        .footerHeading("%nExamples:%n")
        .footer("  vetcpd help score", "  vetcpd help sensitivity");
    return cli;
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

  /** The version of the vetcpd build, from a resource the build fills in. */
  static String version() {
    return buildProperty("version");
  }

  /**
   * The git commit the build was made from, from a resource the build fills in; {@code unknown}
   * for a build outside a git checkout. The jars' manifests carry it too, as {@code Build-Commit}.
   */
  static String commit() {
    return buildProperty("commit");
  }

  private static String buildProperty(String key) {
    Properties p = new Properties();
    try (InputStream in = VetcpdCli.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    String v = p.getProperty(key, "unknown").strip();
    return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
  }

  /** Prints the version and commit of vetcpd, and the version of the standard rubric. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Rubric standard = Rubric.standard();
      return new String[] {
        "vetcpd " + version() + " (commit " + commit() + ")",
        "standard rubric: " + standard.id() + " " + standard.version(),
        "Java " + System.getProperty("java.version")
      };
    }
  }

  /**
   * stdout/stderr for {@link #main}: the console's encoding where the JDK knows it (a Windows
   * console), otherwise UTF-8, which JSON and CSV consumers expect and terminals show.
   */
  private static PrintStream console(
      FileDescriptor fd, String encodingProperty, boolean autoFlush) {
    String encoding = System.getProperty(encodingProperty);
    // Buffered: a cohort's reports are many small writes; run() flushes at the end.
    OutputStream stream = new BufferedOutputStream(new FileOutputStream(fd), 1 << 16);
    if (encoding != null) {
      try {
        return new PrintStream(stream, autoFlush, encoding);
      } catch (UnsupportedEncodingException e) {
        // fall through to UTF-8
      }
    }
    return new PrintStream(stream, autoFlush, StandardCharsets.UTF_8);
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
