package org.vetcpd.core;

/**
 * How far an activity is fitted to the teacher's programme (seed 000: generic school projects
 * must be re-contextualised to the vocation to be useful to VET teachers).
 */
public enum Contextualisation {
  /** One size fits all: the same content for every teacher of the school. */
  GENERIC,
  /** A general activity re-contextualised to the programme (e.g. AfL worked out for the kitchen). */
  ADAPTED,
  /** Designed for the programme's trade. */
  PROGRAMME_SPECIFIC
}
