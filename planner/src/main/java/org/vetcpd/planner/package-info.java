/**
 * The planner: the best CPD plan a school can afford for a teacher ({@link
 * org.vetcpd.planner.PlanOptimizer#optimize}), the smallest set of edits that lifts a plan into a
 * band ({@link org.vetcpd.planner.PlanOptimizer#improve}) and a department's plans under a shared
 * budget ({@link org.vetcpd.planner.PlanOptimizer#department}). The model is a contract, stated in
 * {@code docs/planner.md}.
 *
 * <p><b>API stability: experimental.</b> New in this release; its API may still change.
 */
package org.vetcpd.planner;
