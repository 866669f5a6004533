package org.vetcpd.examples.cli;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A user error that ends a command: the lines to print on stderr (no stack trace) and the exit
 * code. Thrown by the commands, turned into output by {@link VetcpdCli#run}.
 */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final ImmutableList<String> lines;
  private final long omitted;

  CliException(int exitCode, List<String> lines) {
    this(exitCode, lines, 0);
  }

  private CliException(int exitCode, List<String> lines, long omitted) {
    super(String.join("\n", lines), null, false, false);
    this.exitCode = exitCode;
    this.lines = ImmutableList.copyOf(lines);
    this.omitted = omitted;
  }

  /** A problem with the command line: a file that cannot be read, an unknown plan id. */
  public static CliException usage(String message) {
    return new CliException(VetcpdCli.EXIT_USAGE, List.of(message));
  }

  /**
   * Output that cannot be written other than to the output itself: a temporary file the output
   * is spooled into (a full temporary folder). Exit code 5, as for the output.
   */
  public static CliException output(String message) {
    return new CliException(VetcpdCli.EXIT_OUTPUT, List.of(message));
  }

  /** Invalid data: one line per problem. */
  public static CliException invalid(List<String> problems) {
    return new CliException(VetcpdCli.EXIT_INVALID, problems);
  }

  /**
   * Invalid data: one line per problem kept, and the number of problems left out ({@code
   * --max-problems}), which is printed as {@code … and N more problems}.
   */
  public static CliException invalid(List<String> problems, long omitted) {
    return new CliException(VetcpdCli.EXIT_INVALID, problems, omitted);
  }

  int exitCode() {
    return exitCode;
  }

  ImmutableList<String> lines() {
    return lines;
  }

  long omitted() {
    return omitted;
  }
}
