package org.vetcpd.core;

/** How formal a learning activity is. */
public enum Formality {
  /** Leads to a qualification or credits. */
  FORMAL,
  /** Organised learning without a qualification (courses, workshops). */
  NON_FORMAL,
  /** Learning in the course of work (meetings, placements, follow-up). */
  INFORMAL
}
