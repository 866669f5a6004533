package org.vetcpd.research;

import java.util.function.Function;

/**
 * The unit a {@link Bootstrap} resamples: plans are not independent when several share a school
 * (one leadership, one CPD programme) or a teacher (plans of several periods), and resampling them
 * one by one would make the intervals too narrow.
 */
public enum Cluster {
  /** Each plan on its own: plans are taken as independent. */
  PLAN(CohortRow::plan),
  /** The teacher's school; plans without a school form the cluster {@code (none)}. */
  SCHOOL(r -> r.school().orElse(Grouping.NONE)),
  /** The teacher. */
  TEACHER(CohortRow::teacher);

  private final Function<CohortRow, String> key;

  Cluster(Function<CohortRow, String> key) {
    this.key = key;
  }

  /**
   * Returns the key of the cluster a row belongs to.
   *
   * @param row the row
   * @return the key
   */
  public String keyOf(CohortRow row) {
    return key.apply(row);
  }
}
