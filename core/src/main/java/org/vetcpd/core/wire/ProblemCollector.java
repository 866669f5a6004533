package org.vetcpd.core.wire;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;

/**
 * The problems of one read: kept in their reading order, at most a cap of them, the rest only
 * counted.
 *
 * <p>The order is that of the declaration, not of the document's text: within an object, unknown
 * fields first, then each declared field's problems in declaration order; array elements and map
 * entries in document order; then the checks made once at the end (repeated ids, then references),
 * then a problem that stopped reading. Each problem carries a key that says this (the ordinals of
 * its path); the collector keeps the {@code cap} smallest keys in a heap, so a document with a
 * million problems is read in linear time and constant memory for its problems. Whether a problem
 * is kept is decided before its path and message are built ({@link #wants}).
 *
 * <p>Instances are mutable and not thread-safe; use one per read.
 */
public final class ProblemCollector {
  /** Phases, the first element of every key. */
  static final int READING = 0;
  static final int END = 1;
  static final int STOPPED = 2;

  private record Entry(int[] key, long seq, Problem problem) {}

  private static final Comparator<Entry> ORDER = (a, b) -> {
    int c = Arrays.compare(a.key, b.key);
    return c != 0 ? c : Long.compare(a.seq, b.seq);
  };

  private final int cap;
  private final PriorityQueue<Entry> kept;
  private long total;
  private long seq;
  private int[] pendingKey;
  private boolean closed;

  /**
   * Creates a collector keeping at most {@code cap} problems.
   *
   * @param cap the most problems kept, at least 1
   */
  public ProblemCollector(int cap) {
    if (cap < 1) {
      throw new IllegalArgumentException("cap must be >= 1, was " + cap);
    }
    this.cap = cap;
    this.kept = new PriorityQueue<>(Math.min(cap, 64), ORDER.reversed());
  }

  /**
   * Returns the number of problems found so far, kept or not.
   *
   * @return the count
   */
  public long count() {
    dropPending();
    return total;
  }

  /**
   * Returns whether no problem was found.
   *
   * @return true if none
   */
  public boolean isEmpty() {
    dropPending();
    return total == 0;
  }

  /**
   * Counts a problem whose key is {@code ords[0..depth]} and tells whether it is kept; if so, the
   * caller must call {@link #add(String, String)} next with its path and message.
   */
  boolean wants(int[] ords, int depth) {
    dropPending();
    if (closed) {
      return false;
    }
    total++;
    if (kept.size() >= cap && compare(ords, depth, kept.peek().key) >= 0) {
      return false;
    }
    pendingKey = Arrays.copyOf(ords, depth);
    return true;
  }

  /**
   * Records a problem found by a check made after reading (phase {@code END}), in the order the
   * checks find them.
   *
   * @param path where
   * @param message what
   */
  public void addAtEnd(String path, String message) {
    if (wants(new int[] {END}, 1)) {
      add(path, message);
    }
  }

  /** Records the problem that stopped reading; it sorts after every other. */
  void addStop(String path, String message) {
    dropPending();
    closed = false;
    if (wants(new int[] {STOPPED}, 1)) {
      add(path, message);
    }
    closed = true;
  }

  /**
   * Uncounts a problem that {@link #wants} accepted but whose {@link #add} never came: building its
   * message hit the malformed JSON that stopped reading, which is reported in its place.
   */
  private void dropPending() {
    if (pendingKey != null) {
      pendingKey = null;
      total--;
    }
  }

  void add(String path, String message) {
    Entry e = new Entry(pendingKey, seq++, new Problem(path, message));
    pendingKey = null;
    kept.add(e);
    if (kept.size() > cap) {
      kept.poll();
    }
  }

  /** Forgets every problem and keeps {@code path: message} only; later ones are ignored. */
  void only(String path, String message) {
    kept.clear();
    total = 0;
    closed = false;
    addAtEnd(path, message);
    closed = true;
  }

  private static int compare(int[] ords, int depth, int[] key) {
    return Arrays.compare(ords, 0, depth, key, 0, key.length);
  }

  /**
   * Returns the problems kept, in order, followed, if more were found than kept, by one last line
   * {@code … and N more problems}.
   *
   * @return the problems
   */
  public ImmutableList<Problem> list() {
    dropPending();
    List<Entry> entries = new ArrayList<>(kept);
    entries.sort(ORDER);
    ImmutableList.Builder<Problem> out = ImmutableList.builder();
    for (Entry e : entries) {
      out.add(e.problem);
    }
    if (total > entries.size()) {
      long more = total - entries.size();
      out.add(new Problem("", "… and " + more + (more == 1 ? " more problem" : " more problems")));
    }
    return out.build();
  }

  /**
   * Throws a {@link ValidationException} with {@link #list()} if any problem was found.
   *
   * @throws ValidationException if a problem was found
   */
  public void throwIfAny() {
    if (total > 0) {
      throw new ValidationException(list());
    }
  }
}
