package org.vetcpd.core.internal;

/**
 * Marks the current thread as reading a document: a {@code ValidationException} thrown by a value's
 * checks while it reads is caught by the reader and turned into problems, so it is made without a
 * stack trace, which would cost more than the checks themselves on a document with a problem in
 * every entity. Any other exception keeps its stack trace.
 *
 * <p>This class is thread-safe: the mark is per thread.
 */
public final class QuietChecks {
  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  private QuietChecks() {}

  /**
   * Marks the thread as reading until {@link #end} is called for this mark; marks nest.
   *
   * @return the mark to hand to {@link #end}
   */
  public static int[] begin() {
    int[] depth = DEPTH.get();
    depth[0]++;
    return depth;
  }

  /**
   * Ends a mark made by {@link #begin}.
   *
   * @param mark the mark
   */
  public static void end(int[] mark) {
    mark[0]--;
  }

  /**
   * Returns whether the current thread is reading a document.
   *
   * @return true if a value's failed checks are caught as problems
   */
  public static boolean active() {
    return DEPTH.get()[0] > 0;
  }
}
