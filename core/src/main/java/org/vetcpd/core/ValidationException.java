package org.vetcpd.core;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.stream.Collectors;

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
    super(describe(problems));
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

  private static String describe(Collection<Problem> problems) {
    int n = problems.size();
    return (n == 1 ? "1 problem" : n + " problems")
        + ":\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
