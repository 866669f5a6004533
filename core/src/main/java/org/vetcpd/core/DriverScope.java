package org.vetcpd.core;

/** Whether a driver of CPD concerns every teacher or the teachers of particular vocations. */
public enum DriverScope {
  /** Applies to the school as a whole; pulls toward collective, generic CPD (seed 000). */
  GENERAL,
  /** Concerns the trade of particular programmes. */
  VOCATION_SPECIFIC
}
