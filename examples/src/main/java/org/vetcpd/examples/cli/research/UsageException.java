package org.vetcpd.examples.cli.research;

/** A usage error of a research command: one line on stderr, exit code 2. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message, null, false, false);
  }
}
