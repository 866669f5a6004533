package org.vetcpd.research;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.RubricRef;

/**
 * Summarises a cohort table by school, department, programme or facilitator role: count, mean,
 * median and interquartile range of the scores, band shares, hour shares by contextualisation and
 * by competence area, the share of hours with industry contact, and the mix of leader
 * involvement &mdash; the picture seed 000 draws (collective, generic CPD where leaders are
 * involved; individual, vocational CPD left to the teacher), computed.
 *
 * <p>Quantiles (median, quartiles) are Hyndman and Fan's type 7, R's {@code quantile()} default
 * and NumPy's: for {@code n} sorted scores {@code x₀ ≤ … ≤ xₙ₋₁}, {@code h = (n − 1)·p} and
 * {@code Q(p) = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋)}. The IQR is {@code Q(0.75) − Q(0.25)}.
 *
 * <pre>{@code
 * List<GroupSummary> bySchool = Aggregates.by(CohortTable.of(dataset), Grouping.SCHOOL);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Aggregates {
  private Aggregates() {}

  /**
   * Summarises rows by a grouping.
   *
   * @param rows the rows of a cohort table
   * @param grouping how to group them
   * @return one summary per group that has rows, ordered by key
   * @throws IllegalArgumentException if the rows were scored with different rubrics (their
   *     scores cannot be summarised together)
   */
  public static ImmutableList<GroupSummary> by(Iterable<CohortRow> rows, Grouping grouping) {
    requireNonNull(rows, "rows");
    requireNonNull(grouping, "grouping");
    // grouped by the tuple of ids, listed by the key shown (distinct for distinct tuples)
    Map<GroupKey, List<CohortRow>> groups = new TreeMap<>();
    RubricRef rubric = null;
    for (CohortRow r : rows) {
      requireNonNull(r, "row");
      if (rubric == null) {
        rubric = r.rubric();
      } else if (!rubric.equals(r.rubric())) {
        throw new IllegalArgumentException("rows scored with different rubrics cannot be"
            + " summarised together: " + rubric + " and " + r.rubric() + " (plan " + r.plan()
            + ")");
      }
      groups.computeIfAbsent(grouping.groupOf(r), k -> new ArrayList<>()).add(r);
    }
    ImmutableList.Builder<GroupSummary> out = ImmutableList.builder();
    groups.forEach((key, group) -> out.add(summarise(grouping, key.shown(), group)));
    return out.build();
  }

  /**
   * Summarises all rows as one group, {@code all}.
   *
   * @param rows the rows of a cohort table, at least one
   * @return the summary
   * @throws IllegalArgumentException if there are no rows, or they were scored with different
   *     rubrics
   */
  public static GroupSummary overall(Iterable<CohortRow> rows) {
    ImmutableList<GroupSummary> all = by(rows, Grouping.ALL);
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no rows to summarise");
    }
    return all.get(0);
  }

  /**
   * Writes group summaries as CSV, in the format of {@link CohortCsv} (UTF-8 when written to a
   * file, RFC 4180, {@code .} decimals), one row per group, with the columns {@link #CSV_COLUMNS}:
   * {@code grouping, key, count, mean, median, q1, q3, iqr}, the band shares {@code
   * band_tailored, band_partly_tailored, band_generic}, the hour shares by area {@code
   * area_vocational, area_industry_cooperation, area_pedagogical, area_working_community}, by
   * contextualisation {@code context_generic, context_adapted, context_programme_specific}, then
   * {@code industry_contact, mismatched, hours_total} and the leader-involvement shares {@code
   * leader_none, leader_delegated, leader_active}, and last the rubric the scores come from,
   * {@code rubric_id, rubric_version, rubric_fingerprint}. The writer is flushed, not closed.
   *
   * @param summaries the summaries
   * @param out where to write
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeCsv(Iterable<GroupSummary> summaries, java.io.Writer out) {
    writeCsv(summaries, out, CsvCells.SAFE);
  }

  /**
   * Writes group summaries as CSV as {@link #writeCsv(Iterable, java.io.Writer)} does, cells from
   * data (the group keys) as {@code cells} says.
   *
   * @param summaries the summaries
   * @param out where to write
   * @param cells {@link CsvCells#SAFE} for spreadsheets, {@link CsvCells#RAW} for exact values
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeCsv(Iterable<GroupSummary> summaries, java.io.Writer out,
      CsvCells cells) {
    requireNonNull(summaries, "summaries");
    requireNonNull(cells, "cells");
    requireNonNull(out, "out");
    TABLE.write(summaries, out, cells);
  }

  /** The table of {@link #writeCsv}, declared once: each column's codebook entry and cell. */
  static final ComputedTable<GroupSummary> TABLE = table();

  /** The columns of {@link #writeCsv}, in order. */
  public static final ImmutableList<String> CSV_COLUMNS = TABLE.names();

  private static ComputedTable<GroupSummary> table() {
    ComputedTable.Builder<GroupSummary> t = ComputedTable.<GroupSummary>builder(
            "`aggregate --format csv` (`Aggregates.writeCsv`)")
        .add(Codebook.GROUPING, s -> s.grouping().name())
        .add(Codebook.KEY, GroupSummary::key)
        .add(Codebook.COUNT, s -> Integer.toString(s.count()))
        .add(Codebook.MEAN, s -> CsvRows.number(s.mean()))
        .add(Codebook.MEDIAN, s -> CsvRows.number(s.median()))
        .add(Codebook.number("q1", Codebook.POINTS, 0, 100,
            "The first quartile of the group's scores (type 7)."), s -> CsvRows.number(s.q1()))
        .add(Codebook.number("q3", Codebook.POINTS, 0, 100,
            "The third quartile of the group's scores (type 7)."), s -> CsvRows.number(s.q3()))
        .add(Codebook.number("iqr", Codebook.POINTS, 0, 100,
            "The interquartile range of the group's scores, q3 − q1."),
            s -> CsvRows.number(s.iqr()));
    for (Band b : Band.values()) {
      t.add(Codebook.BAND_SHARES.get(b), s -> CsvRows.number(s.bandShares().get(b)));
    }
    for (CompetenceArea a : CompetenceArea.values()) {
      t.add(Codebook.number("area_" + Codebook.lower(a), Codebook.SHARE, 0, 1,
          "Share of the group's hours in the " + a.name() + " competence area."),
          s -> CsvRows.number(s.areaShares().get(a)));
    }
    for (Contextualisation x : Contextualisation.values()) {
      t.add(Codebook.number("context_" + Codebook.lower(x), Codebook.SHARE, 0, 1,
          "Share of the group's hours in " + x.name() + " activities."),
          s -> CsvRows.number(s.contextualisationShares().get(x)));
    }
    t.add(Codebook.CRITERIA.get("industry-contact"),
            s -> CsvRows.number(s.industryContactShare()))
        .add(Codebook.number("mismatched", Codebook.SHARE, 0, 1, "Share of the group's hours in"
            + " items that do not fit the teacher's programme."),
            s -> CsvRows.number(s.mismatchedShare()))
        .add(Codebook.HOURS_TOTAL, s -> CsvRows.number(s.totalHours()));
    for (LeaderInvolvement l : LeaderInvolvement.values()) {
      t.add(Codebook.number("leader_" + Codebook.lower(l), Codebook.SHARE, 0, 1,
          "Share of the group's plans with leader involvement " + l.name() + "."),
          s -> CsvRows.number(s.leaderInvolvementShares().get(l)));
    }
    return t.rubric(GroupSummary::rubric).build();
  }

  private static GroupSummary summarise(Grouping grouping, String key, List<CohortRow> rows) {
    int n = rows.size();
    double[] scores = new double[n];
    double sum = 0;
    double[] bands = new double[Band.values().length];
    double[] leader = new double[LeaderInvolvement.values().length];
    double[] area = new double[CompetenceArea.values().length];
    double[] context = new double[Contextualisation.values().length];
    double industry = 0;
    double mismatched = 0;
    double total = 0;
    for (int i = 0; i < n; i++) {
      CohortRow r = rows.get(i);
      scores[i] = r.score();
      sum += r.score();
      bands[r.band().ordinal()]++;
      leader[r.leaderInvolvement().ordinal()]++;
      for (CompetenceArea a : CompetenceArea.values()) {
        area[a.ordinal()] += r.hours(a);
      }
      for (Contextualisation c : Contextualisation.values()) {
        context[c.ordinal()] += r.hours(c);
      }
      industry += r.industryContactHours();
      mismatched += r.mismatchedHours();
      total += r.totalHours();
    }
    Arrays.sort(scores);
    divide(bands, n);
    divide(leader, n);
    double hours = total > 0 ? total : 1; // shares of no hours are 0
    divide(area, hours);
    divide(context, hours);
    return GroupSummary.builder()
        .grouping(grouping)
        .key(key)
        .count(n)
        .mean(sum / n)
        .median(Quantiles.ofSorted(scores, 0.5))
        .q1(Quantiles.ofSorted(scores, 0.25))
        .q3(Quantiles.ofSorted(scores, 0.75))
        .bandShares(CohortTable.enumMap(Band.class, Band.values(), bands))
        .areaShares(CohortTable.enumMap(CompetenceArea.class, CompetenceArea.values(), area))
        .contextualisationShares(
            CohortTable.enumMap(Contextualisation.class, Contextualisation.values(), context))
        .industryContactShare(industry / hours)
        .mismatchedShare(mismatched / hours)
        .totalHours(total)
        .leaderInvolvementShares(
            CohortTable.enumMap(LeaderInvolvement.class, LeaderInvolvement.values(), leader))
        .rubric(rows.get(0).rubric())
        .build();
  }

  private static void divide(double[] values, double by) {
    for (int i = 0; i < values.length; i++) {
      values[i] /= by;
    }
  }
}
