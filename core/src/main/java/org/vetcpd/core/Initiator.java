package org.vetcpd.core;

/** Who took the initiative for an activity (seed 000: external drivers versus teacher initiative). */
public enum Initiator {
  /** The county or national authority. */
  AUTHORITY,
  /** The school's leaders. */
  SCHOOL_LEADERSHIP,
  /** The teacher. */
  TEACHER,
  /** A firm or industry body. */
  INDUSTRY,
  /** Several of the above together. */
  JOINT
}
