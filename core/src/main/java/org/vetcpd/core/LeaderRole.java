package org.vetcpd.core;

/** The role of the leader who facilitates a plan (seed 000). */
public enum LeaderRole {
  /** The principal. */
  PRINCIPAL,
  /** An assistant principal. */
  ASSISTANT_PRINCIPAL,
  /** A head of department. */
  HEAD_OF_DEPARTMENT,
  /** A "VET motivator": a teacher given time to drive vocational development (seed 000). */
  VET_MOTIVATOR
}
