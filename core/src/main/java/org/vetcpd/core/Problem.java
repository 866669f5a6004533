package org.vetcpd.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;
import org.vetcpd.core.internal.Excerpt;

/**
 * One problem found in input: where it is (a path such as {@code plans[3].items[0].hours}) and
 * what is wrong with it.
 *
 * <p>A path or message longer than {@value #MAX_LENGTH} characters is cut there, ending {@code …
 * (N characters in all)}: a message quotes what it found, and a document may hold strings of
 * 100 000 characters, which a thousand problems would otherwise repeat whole.
 *
 * <p>This class is immutable, thread-safe and serialisable.
 *
 * @param path where the problem is, from the root of the document or value; empty for the root
 * @param message what is wrong, in plain words
 */
@JsonPropertyOrder({"path", "message"})
@JsonInclude(JsonInclude.Include.ALWAYS) // a root problem's empty path is still written
public record Problem(@JsonProperty("path") String path, @JsonProperty("message") String message)
    implements Serializable {

  /**
   * Creates a problem.
   *
   * @param path where the problem is; empty for the root
   * @param message what is wrong
   */
  public Problem {
    path = bounded(requireNonNull(path, "path"));
    message = bounded(requireNonNull(message, "message"));
  }

  /** The most characters of a path or a message. */
  public static final int MAX_LENGTH = 2_000;

  private static String bounded(String s) {
    return Excerpt.cut(s, MAX_LENGTH);
  }

  /**
   * Returns this problem as seen from a parent, e.g. {@code hours} under {@code items[0]} gives
   * {@code items[0].hours}.
   *
   * @param prefix the parent's path; empty leaves the path unchanged
   * @return the problem with the prefixed path
   */
  public Problem under(String prefix) {
    requireNonNull(prefix, "prefix");
    if (prefix.isEmpty()) {
      return this;
    }
    if (path.isEmpty()) {
      return new Problem(prefix, message);
    }
    return new Problem(prefix + (path.startsWith("[") ? "" : ".") + path, message);
  }

  /** Returns {@code path: message}, or the message alone for the root. */
  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
