package org.vetcpd.core;

/** A career decision-making style, from seed 004's research on individual career development. */
public enum CareerStyle {
  /** Decides by reflecting on one's own needs, values and abilities. */
  EVALUATIVE,
  /** Decides rationally, weighing options against goals. */
  STRATEGIC,
  /** Takes opportunities as they come. */
  OPPORTUNISTIC,
  /** Works toward a distant goal without a fixed route to it. */
  ASPIRATIONAL
}
