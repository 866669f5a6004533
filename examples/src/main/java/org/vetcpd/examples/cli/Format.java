package org.vetcpd.examples.cli;

import java.util.Locale;

/** An output format of {@code vetcpd score}; shown and typed in lower case. */
enum Format {
  /** Each report's readable text block, for people. */
  TEXT,
  /** A JSON array of the reports (DESIGN.md's report names), for programs. */
  JSON,
  /** One row per plan: plan, teacher, score, band and each criterion's value, for tables. */
  CSV;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
