package org.vetcpd.core.json;

import org.immutables.value.Value;
import org.vetcpd.core.Problems;

/**
 * Options for reading JSON: whether unknown fields are tolerated, the limits that protect a reader
 * from hostile or broken documents, and how many problems are listed.
 *
 * <p>{@link #strict()} is the default everywhere: unknown fields are errors, because a typo must
 * not silently change a score. The limits are generous for real data sets (a 10 000-plan data set
 * is a few megabytes) and can be raised for larger ones.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(singleton = true)
public abstract class AbstractJsonOptions {
  /** The default for {@link #maxNestingDepth()}. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
  /** The default for {@link #maxStringLength()}, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;
  /** The default for {@link #maxNumberLength()}, in characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 64;
  /** The default for {@link #maxDocumentLength()}, in bytes or characters: 512 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 512L * 1024 * 1024;

  /** The default for {@link #maxLineLength()}, in bytes: 16 MiB. */
  public static final long DEFAULT_MAX_LINE_LENGTH = 16L * 1024 * 1024;

  /** The default for {@link #maxProblems()}. */
  public static final int DEFAULT_MAX_PROBLEMS = 1_000;

  AbstractJsonOptions() {}

  /**
   * Returns the strict default options.
   *
   * @return the defaults
   */
  public static JsonOptions strict() {
    return JsonOptions.of();
  }

  /**
   * Returns whether unknown fields are ignored instead of being reported; default false.
   *
   * @return true in lenient mode
   */
  @Value.Default
  public boolean allowUnknownFields() {
    return false;
  }

  /**
   * Returns the deepest nesting of arrays and objects accepted.
   *
   * @return the depth, at least 1
   */
  @Value.Default
  public int maxNestingDepth() {
    return DEFAULT_MAX_NESTING_DEPTH;
  }

  /**
   * Returns the longest string accepted, in characters: a value, or a field's name.
   *
   * @return the length, at least 1
   */
  @Value.Default
  public int maxStringLength() {
    return DEFAULT_MAX_STRING_LENGTH;
  }

  /**
   * Returns the longest number literal accepted, in characters.
   *
   * @return the length, at least 1
   */
  @Value.Default
  public int maxNumberLength() {
    return DEFAULT_MAX_NUMBER_LENGTH;
  }

  /**
   * Returns the longest document accepted, in bytes or characters; for JSON Lines, it also bounds
   * each line (see {@link #maxLineLength()}).
   *
   * @return the length, at least 1
   */
  @Value.Default
  public long maxDocumentLength() {
    return DEFAULT_MAX_DOCUMENT_LENGTH;
  }

  /**
   * Returns the longest line of a JSON Lines stream accepted, in bytes (a plan of a thousand items
   * is about 150 KB): a longer line is read past, never held, and reported as a problem of its
   * line. A line is also never longer than {@link #maxDocumentLength()}, whichever is smaller.
   *
   * @return the length, at least 1
   */
  @Value.Default
  public long maxLineLength() {
    return DEFAULT_MAX_LINE_LENGTH;
  }

  /**
   * Returns the limit a JSON Lines line is held to: the smaller of {@link #maxLineLength()} and
   * {@link #maxDocumentLength()}.
   *
   * @return the length in bytes
   */
  public final long lineLimit() {
    return Math.min(maxLineLength(), maxDocumentLength());
  }

  /**
   * Returns the name of the option that sets {@link #lineLimit()}, for messages: {@code
   * JsonOptions.maxLineLength} or {@code JsonOptions.maxDocumentLength}.
   *
   * @return the option's name
   */
  public final String lineLimitName() {
    return maxLineLength() <= maxDocumentLength() ? "JsonOptions.maxLineLength"
        : "JsonOptions.maxDocumentLength";
  }

  /**
   * Returns the most problems listed; past it, one last line {@code … and N more problems} gives
   * the exact number of the others.
   *
   * @return the number, at least 1
   */
  @Value.Default
  public int maxProblems() {
    return DEFAULT_MAX_PROBLEMS;
  }

  @Value.Check
  final void check() {
    Problems p = new Problems();
    p.atLeast("maxNestingDepth", maxNestingDepth(), 1);
    p.atLeast("maxStringLength", maxStringLength(), 1);
    p.atLeast("maxNumberLength", maxNumberLength(), 1);
    p.atLeast("maxDocumentLength", maxDocumentLength(), 1);
    p.atLeast("maxLineLength", maxLineLength(), 1);
    p.atLeast("maxProblems", maxProblems(), 1);
    p.throwIfAny();
  }
}
