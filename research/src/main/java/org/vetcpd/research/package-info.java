/**
 * The researcher's toolkit: score a cohort into a table of rows, write and read CSV that R and
 * pandas read without cleaning, aggregate by school, department, programme and facilitator role,
 * and measure how far scores and rankings depend on the rubric.
 *
 * <p>{@link org.vetcpd.research.SyntheticCohort} makes reproducible synthetic cohorts of any size
 * for testing methods and for benchmarks.
 *
 * <p><b>API stability: experimental.</b> This package may still change incompatibly in any
 * release, as its methods are tried on real studies; the release build's API check (japicmp)
 * does not hold it. Pin the version you published with.
 */
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = false,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
package org.vetcpd.research;

import org.immutables.value.Value;
