package org.vetcpd.research;

import java.util.function.Function;

/**
 * How {@link Aggregates} groups the rows of a cohort table.
 *
 * <p>A row without the grouping's value (no school, no department, no facilitator) falls in the
 * group {@value #NONE}.
 */
public enum Grouping {
  /** Every row in one group, {@code all}. */
  ALL(r -> "all"),
  /** By the teacher's school id. */
  SCHOOL(r -> r.school().orElse(Grouping.NONE)),
  /**
   * By the teacher's department, keyed {@code SCHOOL/DEPARTMENT} since department ids are local to
   * their school.
   */
  DEPARTMENT(r -> r.school().orElse(Grouping.NONE) + "/" + r.department().orElse(Grouping.NONE)),
  /** By the teacher's programme code. */
  PROGRAMME(CohortRow::programme),
  /**
   * By the leader role that facilitates the plan (seed 000: a VET motivator as the "glue" between
   * teachers and industry, against plans left to the teacher).
   */
  FACILITATOR(r -> r.facilitator().map(Enum::name).orElse(Grouping.NONE));

  /** The key of the group of rows that have no value for the grouping. */
  public static final String NONE = "(none)";

  private final Function<CohortRow, String> key;

  Grouping(Function<CohortRow, String> key) {
    this.key = key;
  }

  /**
   * Returns the key of the group a row falls in.
   *
   * @param row the row
   * @return the group's key
   */
  public String keyOf(CohortRow row) {
    return key.apply(row);
  }
}
