package org.vetcpd.core;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.stream.Collectors;
import org.vetcpd.core.internal.QuietChecks;

/**
 * Thrown when a value or a document is invalid; lists every problem found, each with its path.
 *
 * <p>This is the one exception type through which vetcpd reports bad input: building a value that
 * breaks an invariant, reading a JSON document, a rubric or a stream of plans. A read never
 * half-succeeds: either everything is valid and a value is returned, or this is thrown.
 *
 * <p>The exception is serialisable with its problems (e.g. to be sent between processes).
 */
public final class ValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The problems: an ImmutableList of serialisable records, so the exception serialises. */
  private final ImmutableList<Problem> problems;

  /**
   * Creates an exception for the given problems.
   *
   * @param problems at least one problem
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ValidationException(Collection<Problem> problems) {
    // the message is made when asked for: a reader catches most of these and keeps only problems
    super();
    this.problems = ImmutableList.copyOf(problems);
    if (this.problems.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one problem");
    }
  }

  /**
   * Returns every problem found, in the order they were found.
   *
   * @return the problems, never empty
   */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /**
   * Returns the message: the number of problems, then each on its own line.
   *
   * @return the message
   */
  @Override
  public String getMessage() {
    return describe(problems);
  }

  /**
   * Fills in the stack trace, except while vetcpd reads a document: its reader catches the
   * exception of a value's failed checks and records the problems, and a stack trace would cost
   * more than the checks.
   *
   * @return this exception
   */
  @Override
  public synchronized Throwable fillInStackTrace() {
    return QuietChecks.active() ? this : super.fillInStackTrace();
  }

  private static String describe(Collection<Problem> problems) {
    int n = problems.size();
    return (n == 1 ? "1 problem" : n + " problems")
        + ":\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
