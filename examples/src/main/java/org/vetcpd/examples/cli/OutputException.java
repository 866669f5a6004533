package org.vetcpd.examples.cli;

/**
 * The output of a command could not be written (a full disk, a closed pipe, an unwritable file):
 * {@code vetcpd} prints one line naming the target, or nothing for a closed pipe (as Unix tools
 * end), and exits with {@value VetcpdCli#EXIT_OUTPUT}.
 */
public final class OutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String target;
  private final String reason;
  private final boolean closedPipe;

  OutputException(String target, String reason) {
    super("cannot write " + target + ": " + reason, null, false, false);
    this.target = target;
    this.reason = reason;
    this.closedPipe = reason.toLowerCase(java.util.Locale.ROOT).contains("pipe");
  }

  /** The line to print on stderr; empty for a closed pipe. */
  String line() {
    return closedPipe ? "" : "vetcpd: cannot write " + target + ": " + reason;
  }

  /** Returns whether the reader of a pipe went away ({@code vetcpd ... | head -1}). */
  boolean closedPipe() {
    return closedPipe;
  }

  /** The file or stream that could not be written. */
  String target() {
    return target;
  }
}
