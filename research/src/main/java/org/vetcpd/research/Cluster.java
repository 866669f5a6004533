package org.vetcpd.research;

import java.util.function.Function;

/**
 * The unit a {@link Bootstrap} resamples: plans are not independent when several share a school
 * (one leadership, one CPD programme) or a teacher (plans of several periods), and resampling them
 * one by one would make the intervals too narrow.
 */
public enum Cluster {
  /** Each plan on its own: plans are taken as independent. */
  PLAN(CohortRow::plan, CohortRow::plan),
  /**
   * The teacher's school; plans without a school form one cluster, shown as {@code (none)}, apart
   * from a school whose id is {@code (none)} (shown {@code "(none)"}, as {@link Grouping} shows
   * ids).
   */
  SCHOOL(CohortRow::school, r -> GroupKey.show(r.school())),
  /** The teacher. */
  TEACHER(CohortRow::teacher, CohortRow::teacher);

  private final Function<CohortRow, Object> unit;
  private final Function<CohortRow, String> key;

  Cluster(Function<CohortRow, Object> unit, Function<CohortRow, String> key) {
    this.unit = unit;
    this.key = key;
  }

  /** The cluster a row belongs to: its id, or the {@code Optional} of its school. */
  Object unitOf(CohortRow row) {
    return unit.apply(row);
  }

  /**
   * Returns the key of the cluster a row belongs to: distinct for rows of different clusters.
   *
   * @param row the row
   * @return the key
   */
  public String keyOf(CohortRow row) {
    return key.apply(row);
  }
}
