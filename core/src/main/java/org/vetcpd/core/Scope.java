package org.vetcpd.core;

/** Who takes part in an activity together. */
public enum Scope {
  /** The teacher alone. */
  INDIVIDUAL,
  /** A team or department of the school. */
  TEAM,
  /** Teachers of several schools (e.g. a subject network). */
  NETWORK,
  /** The whole staff of the school (seed 000's collective development projects). */
  WHOLE_SCHOOL
}
