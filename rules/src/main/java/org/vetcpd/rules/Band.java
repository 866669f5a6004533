package org.vetcpd.rules;

/**
 * How tailored a plan is, by its score: the band limits are fields of the {@link Rubric}
 * (standard: 70 and 45).
 *
 * <p>This class is immutable and thread-safe.
 */
public enum Band {
  /** The plan is tailored to the teacher's vocational needs (standard: score ≥ 70). */
  TAILORED,
  /** The plan is partly tailored (standard: 45 ≤ score &lt; 70). */
  PARTLY_TAILORED,
  /**
   * The plan is generic, one size fits all (seed 000: CPD pulled toward collective, generic
   * projects); standard: score &lt; 45, and every plan without items.
   */
  GENERIC
}
