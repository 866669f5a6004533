/**
 * The research commands of the {@code vetcpd} CLI: {@code table} (a cohort table), {@code
 * aggregate} (summaries by school, department, programme or facilitator role, with bootstrap
 * intervals under {@code --ci}), {@code sensitivity} (uncertainty over the rubric's weights and
 * constants, or Sobol indices), {@code compare} (two rubrics on one cohort) and {@code criteria}
 * (the criteria's correlations and Cronbach's α), each printing text, JSON or CSV, built on {@code
 * org.vetcpd.research}.
 *
 * <p>Each command reads a data set given as a JSON file, or as a folder of CSV files that {@code
 * org.vetcpd.research.CsvImport} reads. Exit codes follow the CLI's: 0 fine, 1 invalid data (every
 * problem on stderr, one a line), 2 usage error (one line on stderr). No stack trace for a user
 * error.
 */
package org.vetcpd.examples.cli.research;
