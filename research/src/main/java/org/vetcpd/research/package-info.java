/**
 * The researcher's toolkit: score a cohort into a table of rows, write and read CSV that R and
 * pandas read without cleaning, aggregate by school, department, programme and facilitator role,
 * and measure how far scores and rankings depend on the rubric.
 *
 * <p>{@link org.vetcpd.research.SyntheticCohort} makes reproducible synthetic cohorts of any size
 * for testing methods and for benchmarks.
 */
@ValueStyle
package org.vetcpd.research;

import org.vetcpd.core.internal.ValueStyle;
