package org.vetcpd.research;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.LeaderRole;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.Rubric;

/**
 * The columns of a cohort table in CSV, declared once, in their stable order (see {@link
 * CohortCsv}): each column's codebook entry (name, Table Schema type, description, unit, range),
 * the cell {@link CohortCsv} writes for a row and what it reads back from the cell. Columns that
 * other tables share ({@code plan}, {@code score}, the criteria, …) take their entry from {@link
 * Codebook}, so that a name means the same in every table.
 */
final class CohortColumns {
  /** What is read of one row: its builder, and the rubric's three cells, checked together. */
  static final class Reading {
    final CohortRow.Builder row = CohortRow.builder();
    String rubricId;
    String rubricVersion;
    String rubricFingerprint;
  }

  private static final boolean REQUIRED = true;

  /** Every column, in order; every one is required when a table is read back. */
  static final CsvFormat.Columns<CohortRow, Reading> ROW = declare();

  static final ImmutableList<String> ALL = ROW.names();

  private CohortColumns() {}

  private static CsvFormat.Columns<CohortRow, Reading> declare() {
    List<CsvFormat.Column<CohortRow, Reading>> c = new ArrayList<>();
    c.add(column(Codebook.PLAN, CohortRow::plan, (x, r, p) -> x.row.plan(r.text("plan", p))));
    c.add(column(Codebook.TEACHER, CohortRow::teacher,
        (x, r, p) -> x.row.teacher(r.text("teacher", p))));
    c.add(column(Codebook.text("programme",
        "The code of the teacher's VET programme."), CohortRow::programme,
        (x, r, p) -> x.row.programme(r.text("programme", p))));
    c.add(column(Codebook.text("school", "The teacher's school id; empty when not recorded."),
        row -> row.school().orElse(null), (x, r, p) -> x.row.school(r.optional("school"))));
    c.add(column(Codebook.text("department",
        "The teacher's department id; empty when not recorded."),
        row -> row.department().orElse(null),
        (x, r, p) -> x.row.department(r.optional("department"))));
    c.add(column(Codebook.text("period",
        "The plan's period, e.g. 2026/27; empty when not recorded."),
        row -> row.period().orElse(null), (x, r, p) -> x.row.period(r.optional("period"))));
    c.add(column(Codebook.SCORE, row -> CsvTableWriter.number(row.score()),
        (x, r, p) -> x.row.score(r.number("score", p))));
    c.add(column(Codebook.BAND, row -> row.band().name(),
        (x, r, p) -> x.row.band(r.enumValue("band", Band.class, p))));
    for (String id : Rubric.CRITERIA) {
      String name = criterion(id);
      c.add(column(Codebook.CRITERIA.get(id), row -> {
        Double v = row.criteria().get(id);
        return v == null ? null : CsvTableWriter.number(v);
      }, (x, r, p) -> {
        // empty: not assessed
        if (!r.isEmpty(name)) {
          x.row.putCriteria(id, r.number(name, p));
        }
      }));
    }
    for (CompetenceArea a : CompetenceArea.values()) {
      String name = hours(a);
      c.add(column(Codebook.number(name, Codebook.HOURS, 0, null, "Hours of the plan's fitting"
          + " items in the " + a.name() + " competence area (each item's hours split by its area"
          + " profile)."), row -> CsvTableWriter.number(row.hours(a)),
          (x, r, p) -> x.row.putAreaHours(a, r.number(name, p))));
    }
    for (Contextualisation k : Contextualisation.values()) {
      String name = hours(k);
      c.add(column(Codebook.number(name, Codebook.HOURS, 0, null, "Hours of items whose"
          + " activity is " + k.name() + "."), row -> CsvTableWriter.number(row.hours(k)),
          (x, r, p) -> x.row.putContextualisationHours(k, r.number(name, p))));
    }
    c.add(column(Codebook.number("hours_industry_contact", Codebook.HOURS, 0, null,
        "Hours of fitting items whose activity has contact with industry."),
        row -> CsvTableWriter.number(row.industryContactHours()),
        (x, r, p) -> x.row.industryContactHours(r.number("hours_industry_contact", p))));
    c.add(column(Codebook.number("hours_mismatched", Codebook.HOURS, 0, null,
        "Hours of items whose activity does not fit the teacher's programme."),
        row -> CsvTableWriter.number(row.mismatchedHours()),
        (x, r, p) -> x.row.mismatchedHours(r.number("hours_mismatched", p))));
    c.add(column(Codebook.HOURS_TOTAL, row -> CsvTableWriter.number(row.totalHours()),
        (x, r, p) -> x.row.totalHours(r.number("hours_total", p))));
    c.add(column(Codebook.integer("items", Codebook.COUNT_UNIT,
        "The number of items in the plan."), row -> Integer.toString(row.items()),
        (x, r, p) -> x.row.items(r.integer("items", p))));
    c.add(column(Codebook.category("leader_involvement",
        "How far the school leader takes part in the plan.", LeaderInvolvement.values()),
        row -> row.leaderInvolvement().name(),
        (x, r, p) -> x.row.leaderInvolvement(
            r.enumValue("leader_involvement", LeaderInvolvement.class, p))));
    c.add(column(Codebook.category("facilitator",
        "The leader role that facilitates the plan; empty when none.", LeaderRole.values()),
        row -> row.facilitator().map(Enum::name).orElse(null),
        (x, r, p) -> x.row.facilitator(Optional.ofNullable(
            r.optionalEnum("facilitator", LeaderRole.class, p)))));
    c.add(column(Codebook.number("content_score", Codebook.POINTS, 0, 100, "The score with"
        + " facilitation's weight set to 0: what the plan's content alone scores, apart from how"
        + " the leader facilitates it."),
        row -> CsvTableWriter.number(row.contentScore()),
        (x, r, p) -> x.row.contentScore(r.number("content_score", p))));
    c.add(column(Codebook.RUBRIC_ID, row -> row.rubric().id(),
        (x, r, p) -> x.rubricId = r.text("rubric_id", p)));
    c.add(column(Codebook.RUBRIC_VERSION, row -> row.rubric().version(),
        (x, r, p) -> x.rubricVersion = r.text("rubric_version", p)));
    c.add(column(Codebook.RUBRIC_FINGERPRINT, row -> row.rubric().fingerprint(),
        (x, r, p) -> x.rubricFingerprint = r.text("rubric_fingerprint", p)));
    return new CsvFormat.Columns<>(c);
  }

  private static CsvFormat.Column<CohortRow, Reading> column(Codebook.Field field,
      Function<CohortRow, String> cell, CsvFormat.Read<Reading> read) {
    return new CsvFormat.Column<>(field.name(), field.type(), REQUIRED, field, cell, read);
  }

  /** {@code needs-alignment} → {@code needs_alignment}: R's read.csv would rewrite a hyphen. */
  static String criterion(String id) {
    return Codebook.column(id);
  }

  static String hours(Enum<?> e) {
    return "hours_" + e.name().toLowerCase(Locale.ROOT);
  }

  static void checkCriterion(String id) {
    requireNonNull(id, "criterion");
    checkArgument(Rubric.CRITERIA.contains(id), "unknown criterion \"%s\"; expected one of %s", id,
        Rubric.CRITERIA);
  }
}
