package org.vetcpd.examples.cli.research;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The research commands on their own, {@code table}, {@code aggregate} and {@code sensitivity},
 * for running them where the {@code vetcpd} command does not list them:
 *
 * <pre>
 * java -cp examples/target/vetcpd.jar org.vetcpd.examples.cli.research.ResearchCommands \
 *     sensitivity examples/data/sample.json --draws 10000 --seed 1
 * </pre>
 *
 * <p>Exit codes as {@code vetcpd}'s: 0 fine, 1 invalid data, 2 usage error.
 */
@Command(
    name = "vetcpd",
    mixinStandardHelpOptions = true,
    description = "The research commands of vetcpd.",
    subcommands = {TableCommand.class, AggregateCommand.class, SensitivityCommand.class})
public final class ResearchCommands implements Runnable {
  private ResearchCommands() {}

  /**
   * Runs a research command and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out),
        true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err),
        true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs a research command in-process and returns its exit code.
   *
   * @param args the command line, e.g. {@code table data.json --format csv}
   * @param out where the output goes
   * @param err where problems, errors and the progress bar go
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    requireNonNull(args, "args");
    PrintWriter o = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8),
        true);
    PrintWriter e = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8),
        true);
    CommandLine cli = new CommandLine(new ResearchCommands())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setOut(o)
        .setErr(e)
        .setParameterExceptionHandler((ex, a) -> {
          CommandLine cmd = ex.getCommandLine();
          cmd.getErr().println("vetcpd: " + ex.getMessage().strip().replace(
              System.lineSeparator(), "; ") + " (see '" + cmd.getCommandSpec().qualifiedName()
              + " --help')");
          return Commands.USAGE;
        });
    try {
      return cli.execute(args);
    } finally {
      o.flush();
      e.flush();
    }
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this),
        "a command is needed: table, aggregate or sensitivity");
  }
}
