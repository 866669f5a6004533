package org.vetcpd.research;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How {@link Aggregates} groups the rows of a cohort table.
 *
 * <p>Rows are grouped by the tuple of their ids (a school's, a school's and a department's, …), a
 * missing id distinct from every id; never by the key shown. A row without the grouping's value
 * (no school, no department, no facilitator) falls in the group shown as {@value #NONE}. The key
 * shown joins the parts with {@code /}; an id that contains {@code /} or {@code "}, or is {@value
 * #NONE}, is shown in double quotes ({@code \} and {@code "} in it escaped by a {@code \}), so that
 * two groups never share a key: school {@code x/y} with department {@code z} is {@code "x/y"/z},
 * school {@code x} with department {@code y/z} is {@code x/"y/z"}, and a school whose id is
 * {@code (none)} is {@code "(none)"}, not the group {@code (none)} of rows without a school.
 */
public enum Grouping {
  /** Every row in one group, {@code all}. */
  ALL(r -> List.of(Optional.of("all"))),
  /** By the teacher's school id. */
  SCHOOL(r -> List.of(r.school())),
  /**
   * By the teacher's department, keyed {@code SCHOOL/DEPARTMENT} since department ids are local to
   * their school.
   */
  DEPARTMENT(r -> List.of(r.school(), r.department())),
  /** By the teacher's programme code. */
  PROGRAMME(r -> List.of(Optional.of(r.programme()))),
  /**
   * By the leader role that facilitates the plan (seed 000: a VET motivator as the "glue" between
   * teachers and industry, against plans left to the teacher).
   */
  FACILITATOR(r -> List.of(r.facilitator().map(Enum::name)));

  /** The key shown for the group of rows that have no value for the grouping. */
  public static final String NONE = "(none)";

  private final Function<CohortRow, List<Optional<String>>> parts;

  Grouping(Function<CohortRow, List<Optional<String>>> parts) {
    this.parts = parts;
  }

  /** The group a row falls in. */
  GroupKey groupOf(CohortRow row) {
    return GroupKey.of(parts.apply(row));
  }

  /**
   * Returns the key shown for the group a row falls in: distinct for rows of different groups.
   *
   * @param row the row
   * @return the group's key
   */
  public String keyOf(CohortRow row) {
    return groupOf(row).shown();
  }
}
