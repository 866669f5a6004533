/**
 * The researcher's toolkit: score a cohort into a table of rows, write and read CSV that R and
 * pandas read without cleaning, aggregate by school, department, programme and facilitator role,
 * and test how robust the results are: uncertainty over the rubric's weights and constants
 * ({@link org.vetcpd.research.Sensitivity}), Sobol indices ({@link org.vetcpd.research.Sobol},
 * {@link org.vetcpd.research.RubricSobol}), bootstrap intervals ({@link
 * org.vetcpd.research.Bootstrap}), two rubrics compared ({@link
 * org.vetcpd.research.RubricComparison}) and the criteria's structure ({@link
 * org.vetcpd.research.CriterionStructure}).
 *
 * <p>{@link org.vetcpd.research.SyntheticCohort} makes reproducible synthetic cohorts of any size
 * for testing methods and for benchmarks.
 *
 * <p><b>API stability: experimental.</b> This package may still change incompatibly in any
 * release, as its methods are tried on real studies; the release build's API check (japicmp)
 * does not hold it. Pin the version you published with.
 */
@ValueStyle
package org.vetcpd.research;

import org.vetcpd.core.internal.ValueStyle;
