package org.vetcpd.research;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * The group a row of a cohort table falls in: the tuple of its ids (a school, a school and a
 * department, …), a missing one ({@link Optional#empty()}) distinct from every id, and the key it
 * is shown as.
 *
 * <p>Rows are grouped by the tuple, never by the key shown: two groups differ whenever their
 * tuples do. The key shown is the parts joined with {@code /}, a missing part as {@value
 * Grouping#NONE}, and a part that contains {@code /} or {@code "}, or equals {@value
 * Grouping#NONE}, in double quotes with each {@code \} and {@code "} in it escaped by a {@code \}.
 * So ids of ordinary data are shown as they are ({@code s-1/d-rm}), and the keys of two different
 * groups always differ: school {@code x/y} with department {@code z} is {@code "x/y"/z}, school
 * {@code x} with department {@code y/z} is {@code x/"y/z"}, and a school whose id is {@code (none)}
 * is {@code "(none)"}, apart from the group {@code (none)} of the rows without a school. (A part in
 * quotes is the only one that starts with {@code "}, and an unquoted one ends at the next
 * {@code /}: the key can be read back into its tuple.)
 *
 * <p>Keys order by the key shown, as groups are listed. This class is immutable and thread-safe.
 */
final class GroupKey implements Comparable<GroupKey> {
  private final ImmutableList<Optional<String>> parts;
  private final String shown;

  private GroupKey(ImmutableList<Optional<String>> parts) {
    this.parts = parts;
    StringBuilder b = new StringBuilder();
    for (Optional<String> p : parts) {
      if (b.length() > 0) {
        b.append('/');
      }
      b.append(show(p));
    }
    this.shown = b.toString();
  }

  /** The key of a group of one value. */
  static GroupKey of(Optional<String> part) {
    return new GroupKey(ImmutableList.of(requireNonNull(part, "part")));
  }

  /** The key of a group of several values, in order. */
  static GroupKey of(List<Optional<String>> parts) {
    return new GroupKey(ImmutableList.copyOf(parts));
  }

  /** How one part of a key is shown (see the class comment). */
  static String show(Optional<String> part) {
    if (part.isEmpty()) {
      return Grouping.NONE;
    }
    String v = part.get();
    if (v.indexOf('/') < 0 && v.indexOf('"') < 0 && !v.equals(Grouping.NONE)) {
      return v;
    }
    return '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** The parts of the tuple. */
  ImmutableList<Optional<String>> parts() {
    return parts;
  }

  /** The key shown for the group, distinct for every tuple. */
  String shown() {
    return shown;
  }

  @Override
  public int compareTo(GroupKey other) {
    return shown.compareTo(other.shown);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GroupKey && ((GroupKey) o).parts.equals(parts);
  }

  @Override
  public int hashCode() {
    return parts.hashCode();
  }

  @Override
  public String toString() {
    return shown;
  }
}
