package org.vetcpd.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.vetcpd.core.Problem;

/**
 * The problems of an input read as a stream, one line each, in constant memory: the first N
 * ({@code --max-problems}) are kept, the others only counted.
 *
 * <p>Instances are mutable and not thread-safe, except {@link #isEmpty()}, which any thread may
 * call (e.g. to stop work whose output will not be printed).
 */
public final class ProblemLines {
  private final int max;
  private final List<String> lines = new ArrayList<>();
  /** Written by one thread only; volatile for {@link #isEmpty()}. */
  private volatile long total;

  ProblemLines(int max) {
    this.max = max;
  }

  /** Records problems, each printed as {@code prefix + path: message}. */
  public void add(String prefix, List<Problem> problems) {
    for (Problem p : problems) {
      long more = MaxProblems.more(p);
      if (more >= 0) {
        // A core reader's last line: the problems it counted but did not keep.
        total += more;
        continue;
      }
      total++;
      if (lines.size() < max) {
        lines.add(Inputs.line(prefix, p));
      }
    }
  }

  /** Returns whether no problem was recorded. */
  public boolean isEmpty() {
    return total == 0;
  }

  /** Returns how many problems were recorded, kept or not. */
  public long total() {
    return total;
  }

  /** Returns the error that lists the kept problems and counts the others (exit code 1). */
  public CliException exception() {
    return CliException.invalid(lines, total - lines.size());
  }
}
