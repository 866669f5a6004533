package org.vetcpd.core;

/** How far a school leader takes part in a teacher's CPD (seed 000: the leader's responsibility). */
public enum LeaderInvolvement {
  /** The leader is not involved. */
  NONE,
  /** The leader has delegated follow-up (e.g. to a head of department). */
  DELEGATED,
  /** The leader plans and follows up the CPD with the teacher. */
  ACTIVE
}
