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
 * CohortCsv}): each column's name, Table Schema type, the cell {@link CohortCsv} writes for a row
 * and what it reads back from the cell. The meaning of each name is in {@link Codebook}, shared by
 * every table that has a column of that name.
 */
final class CohortColumns {
  /** What is read of one row: its builder, and the rubric's three cells, checked together. */
  static final class Reading {
    final CohortRow.Builder row = CohortRow.builder();
    String rubricId;
    String rubricVersion;
    String rubricFingerprint;
  }

  private static final String STRING = "string";
  private static final String NUMBER = "number";
  private static final String INTEGER = "integer";
  private static final boolean REQUIRED = true;

  /** Every column, in order; every one is required when a table is read back. */
  static final CsvFormat.Columns<CohortRow, Reading> ROW = declare();

  /** The columns naming the rubric, last in every table that carries them. */
  static final ImmutableList<String> RUBRIC = ImmutableList.of(
      "rubric_id", "rubric_version", "rubric_fingerprint");
  static final ImmutableList<String> ALL = ROW.names();

  private CohortColumns() {}

  private static CsvFormat.Columns<CohortRow, Reading> declare() {
    List<CsvFormat.Column<CohortRow, Reading>> c = new ArrayList<>();
    c.add(column("plan", STRING, CohortRow::plan, (x, r, p) -> x.row.plan(r.text("plan", p))));
    c.add(column("teacher", STRING, CohortRow::teacher,
        (x, r, p) -> x.row.teacher(r.text("teacher", p))));
    c.add(column("programme", STRING, CohortRow::programme,
        (x, r, p) -> x.row.programme(r.text("programme", p))));
    c.add(column("school", STRING, row -> row.school().orElse(null),
        (x, r, p) -> x.row.school(r.optional("school"))));
    c.add(column("department", STRING, row -> row.department().orElse(null),
        (x, r, p) -> x.row.department(r.optional("department"))));
    c.add(column("period", STRING, row -> row.period().orElse(null),
        (x, r, p) -> x.row.period(r.optional("period"))));
    c.add(column("score", NUMBER, row -> CsvTableWriter.number(row.score()),
        (x, r, p) -> x.row.score(r.number("score", p))));
    c.add(column("band", STRING, row -> row.band().name(),
        (x, r, p) -> x.row.band(r.enumValue("band", Band.class, p))));
    for (String id : Rubric.CRITERIA) {
      String name = criterion(id);
      c.add(column(name, NUMBER, row -> {
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
      c.add(column(name, NUMBER, row -> CsvTableWriter.number(row.hours(a)),
          (x, r, p) -> x.row.putAreaHours(a, r.number(name, p))));
    }
    for (Contextualisation k : Contextualisation.values()) {
      String name = hours(k);
      c.add(column(name, NUMBER, row -> CsvTableWriter.number(row.hours(k)),
          (x, r, p) -> x.row.putContextualisationHours(k, r.number(name, p))));
    }
    c.add(column("hours_industry_contact", NUMBER,
        row -> CsvTableWriter.number(row.industryContactHours()),
        (x, r, p) -> x.row.industryContactHours(r.number("hours_industry_contact", p))));
    c.add(column("hours_mismatched", NUMBER, row -> CsvTableWriter.number(row.mismatchedHours()),
        (x, r, p) -> x.row.mismatchedHours(r.number("hours_mismatched", p))));
    c.add(column("hours_total", NUMBER, row -> CsvTableWriter.number(row.totalHours()),
        (x, r, p) -> x.row.totalHours(r.number("hours_total", p))));
    c.add(column("items", INTEGER, row -> Integer.toString(row.items()),
        (x, r, p) -> x.row.items(r.integer("items", p))));
    c.add(column("leader_involvement", STRING, row -> row.leaderInvolvement().name(),
        (x, r, p) -> x.row.leaderInvolvement(
            r.enumValue("leader_involvement", LeaderInvolvement.class, p))));
    c.add(column("facilitator", STRING, row -> row.facilitator().map(Enum::name).orElse(null),
        (x, r, p) -> x.row.facilitator(Optional.ofNullable(
            r.optionalEnum("facilitator", LeaderRole.class, p)))));
    c.add(column("content_score", NUMBER, row -> CsvTableWriter.number(row.contentScore()),
        (x, r, p) -> x.row.contentScore(r.number("content_score", p))));
    c.add(column("rubric_id", STRING, row -> row.rubric().id(),
        (x, r, p) -> x.rubricId = r.text("rubric_id", p)));
    c.add(column("rubric_version", STRING, row -> row.rubric().version(),
        (x, r, p) -> x.rubricVersion = r.text("rubric_version", p)));
    c.add(column("rubric_fingerprint", STRING, row -> row.rubric().fingerprint(),
        (x, r, p) -> x.rubricFingerprint = r.text("rubric_fingerprint", p)));
    return new CsvFormat.Columns<>(c);
  }

  private static CsvFormat.Column<CohortRow, Reading> column(String name, String type,
      Function<CohortRow, String> cell, CsvFormat.Read<Reading> read) {
    return new CsvFormat.Column<>(name, type, REQUIRED, null, cell, read);
  }

  /** {@code needs-alignment} → {@code needs_alignment}: R's read.csv would rewrite a hyphen. */
  static String criterion(String id) {
    return id.replace('-', '_');
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
