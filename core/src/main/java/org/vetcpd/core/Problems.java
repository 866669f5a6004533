package org.vetcpd.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of a value or document, so that all of them are reported at once.
 *
 * <p>Used by every value type's validation and by the JSON readers; code that extends vetcpd (a
 * rubric, an importer) uses it the same way: check everything, then {@link #throwIfAny()}.
 *
 * <p>Instances are mutable and not thread-safe; use one per validation.
 */
public final class Problems {
  /** Made at the first problem: most values checked have none. */
  private List<Problem> list = List.of();

  /** Creates an empty collector. */
  public Problems() {}

  /**
   * Records a problem.
   *
   * @param path where it is
   * @param message what is wrong
   * @return this collector
   */
  @CanIgnoreReturnValue
  public Problems add(String path, String message) {
    writable().add(new Problem(path, message));
    return this;
  }

  /**
   * Records the problems of a child value under the child's path.
   *
   * @param prefix the child's path
   * @param problems the child's problems, with paths relative to the child
   * @return this collector
   */
  @CanIgnoreReturnValue
  public Problems addAll(String prefix, Collection<Problem> problems) {
    requireNonNull(prefix, "prefix");
    requireNonNull(problems, "problems");
    for (Problem p : problems) {
      writable().add(p.under(prefix));
    }
    return this;
  }

  private List<Problem> writable() {
    if (list.isEmpty()) {
      list = new ArrayList<>();
    }
    return list;
  }

  /**
   * Records a problem unless {@code text} has a character that shows: one that is not white
   * space, a space separator (such as the no-break space {@code U+00A0}) or invisible (such as the
   * zero-width space {@code U+200B}).
   *
   * @param path where the text is
   * @param text the text
   * @return this collector
   */
  @CanIgnoreReturnValue
  public Problems nonBlank(String path, String text) {
    requireNonNull(path, "path");
    requireNonNull(text, "text");
    if (TextRules.isBlank(text)) {
      add(path, "must not be blank");
    }
    return this;
  }

  /**
   * Records a problem unless {@code value} is finite and at least {@code min}.
   *
   * @param path where the value is
   * @param value the value
   * @param min the least allowed value
   * @return this collector
   */
  @CanIgnoreReturnValue
  public Problems atLeast(String path, double value, double min) {
    requireNonNull(path, "path");
    if (!Double.isFinite(value)) {
      add(path, "must be a finite number, was " + format(value));
    } else if (value < min) {
      add(path, "must be >= " + format(min) + ", was " + format(value));
    }
    return this;
  }

  /**
   * Records a problem unless {@code value} is finite and greater than {@code bound}.
   *
   * @param path where the value is
   * @param value the value
   * @param bound the exclusive lower bound
   * @return this collector
   */
  @CanIgnoreReturnValue
  public Problems greaterThan(String path, double value, double bound) {
    requireNonNull(path, "path");
    if (!Double.isFinite(value)) {
      add(path, "must be a finite number, was " + format(value));
    } else if (!(value > bound)) {
      add(path, "must be > " + format(bound) + ", was " + format(value));
    }
    return this;
  }

  /**
   * Records a problem unless {@code value} is in {@code [min, max]}.
   *
   * @param path where the value is
   * @param value the value
   * @param min the least allowed value
   * @param max the greatest allowed value
   * @return this collector
   */
  @CanIgnoreReturnValue
  public Problems inRange(String path, double value, double min, double max) {
    requireNonNull(path, "path");
    if (!Double.isFinite(value)) {
      add(path, "must be a finite number, was " + format(value));
    } else if (value < min || value > max) {
      add(path, "must be in [" + format(min) + ", " + format(max) + "], was " + format(value));
    }
    return this;
  }

  /**
   * Records a problem if {@code value} is a finite number greater than {@code max}. A value that
   * is not finite is left to {@link #atLeast} or {@link #greaterThan}, which are called first and
   * report it once.
   *
   * @param path where the value is
   * @param value the value
   * @param max the greatest allowed value
   * @return this collector
   */
  @CanIgnoreReturnValue
  public Problems atMost(String path, double value, double max) {
    requireNonNull(path, "path");
    if (Double.isFinite(value) && value > max) {
      add(path, "must be <= " + format(max) + ", was " + format(value));
    }
    return this;
  }

  /**
   * Records a problem unless {@code value} is a well-formed identifier or code (an entity's id, a
   * programme code, a reference to one): not blank, well-formed Unicode (no lone surrogate), no
   * control character (C0 {@code U+0000}&ndash;{@code U+001F}, DEL {@code U+007F}, C1 {@code
   * U+0080}&ndash;{@code U+009F}) and no bidirectional control ({@code U+061C}, {@code U+200E},
   * {@code U+200F}, {@code U+202A}&ndash;{@code U+202E}, {@code U+2066}&ndash;{@code U+2069}).
   * Such characters make two ids that look the same differ, or change how the text around an id
   * is shown; and a lone surrogate cannot be written as UTF-8 at all. One problem per value, for
   * its first bad character, e.g. {@code must not contain control character U+001B}.
   *
   * @param path where the identifier is
   * @param value the identifier
   * @return this collector
   */
  @CanIgnoreReturnValue
  public Problems identifier(String path, String value) {
    return characters(path, value, TextRules.IDENTIFIER);
  }

  /**
   * Records a problem unless {@code value} is well-formed one-line text (a title, a name): not
   * blank, well-formed Unicode, no control character (C0, DEL, C1; TAB and line breaks
   * included). Bidirectional controls are allowed: right-to-left names need them.
   *
   * @param path where the text is
   * @param value the text
   * @return this collector
   */
  @CanIgnoreReturnValue
  public Problems text(String path, String value) {
    return characters(path, value, TextRules.TEXT);
  }

  /**
   * Records a problem unless {@code value} is well-formed text of one or more lines (a
   * description): as {@link #text(String, String)}, but TAB ({@code U+0009}), LF ({@code U+000A})
   * and CR ({@code U+000D}) are allowed.
   *
   * @param path where the text is
   * @param value the text
   * @return this collector
   */
  @CanIgnoreReturnValue
  public Problems multilineText(String path, String value) {
    return characters(path, value, TextRules.MULTILINE);
  }

  private Problems characters(String path, String value, int kind) {
    requireNonNull(path, "path");
    requireNonNull(value, "value");
    if (TextRules.isPlainAscii(value)) {
      return this; // printable ASCII, not all spaces: nothing to report
    }
    if (TextRules.isBlank(value)) {
      add(path, "must not be blank");
    } else {
      String bad = TextRules.firstProblem(value, kind);
      if (bad != null) {
        add(path, bad);
      }
    }
    return this;
  }

  /**
   * Records problems unless every weight of {@code weights} is finite, non-negative and at most
   * {@link CompetenceArea#MAX_WEIGHT}, and at least one is positive (a map of weights that is to
   * be normalised to sum 1).
   *
   * @param path where the map is
   * @param weights the map
   * @return this collector
   */
  @CanIgnoreReturnValue
  public Problems weights(String path, Map<?, Double> weights) {
    requireNonNull(path, "path");
    requireNonNull(weights, "weights");
    boolean positive = false;
    boolean bad = false;
    for (Map.Entry<?, Double> e : weights.entrySet()) {
      double w = e.getValue();
      String at = path + "." + e.getKey();
      if (!Double.isFinite(w)) {
        add(at, "must be a finite number, was " + format(w));
        bad = true;
      } else if (w < 0) {
        add(at, "must be >= 0, was " + format(w));
        bad = true;
      } else if (w > CompetenceArea.MAX_WEIGHT) {
        add(at, "must be <= " + format(CompetenceArea.MAX_WEIGHT) + ", was " + format(w));
        bad = true;
      } else if (w > 0) {
        positive = true;
      }
    }
    if (!bad && !positive) {
      add(path, "must have at least one positive weight");
    }
    return this;
  }

  /**
   * Returns whether no problem was recorded.
   *
   * @return true if there is none
   */
  public boolean isEmpty() {
    return list.isEmpty();
  }

  /**
   * Returns the number of problems recorded so far; a reader can tell whether the value it just
   * read added any.
   *
   * @return the number of problems
   */
  public int size() {
    return list.size();
  }

  /**
   * Returns the problems recorded so far.
   *
   * @return a copy of the problems, in order
   */
  public ImmutableList<Problem> list() {
    return ImmutableList.copyOf(list);
  }

  /**
   * Throws a {@link ValidationException} listing every recorded problem, if there is any.
   *
   * @throws ValidationException if a problem was recorded
   */
  public void throwIfAny() {
    if (!list.isEmpty()) {
      throw new ValidationException(list);
    }
  }

  /**
   * Formats a number for a message: integral values without a fraction ({@code -2}), others as
   * Java prints them ({@code 0.25}).
   *
   * @param value the number
   * @return its text
   */
  public static String format(double value) {
    if (Double.isFinite(value) && value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
