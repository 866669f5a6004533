package org.vetcpd.core;

/**
 * Something that keeps a teacher from taking part in CPD (seed 004, on barriers to participation
 * in continuing vocational learning; seed 000, on time and substitutes).
 */
public enum Barrier {
  /** CPD collides with teaching; the teacher needs time allocated. */
  SCHEDULE_CONFLICT,
  /** The activity costs money the teacher or department lacks. */
  COST,
  /** Nobody can take the teacher's classes. */
  NO_SUBSTITUTE_COVER,
  /** The employer (school leader) does not back the activity. */
  NO_EMPLOYER_SUPPORT,
  /** Nothing relevant to the trade is offered. */
  NO_RELEVANT_OFFER,
  /** Care for family limits time away. */
  FAMILY_RESPONSIBILITIES,
  /** Taking part brings no reward. */
  NO_INCENTIVES,
  /** The teacher lacks what an activity requires beforehand. */
  PREREQUISITES,
  /** The teacher is not motivated to take part. */
  LOW_MOTIVATION
}
