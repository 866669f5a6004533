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
   */
  public static ImmutableList<GroupSummary> by(Iterable<CohortRow> rows, Grouping grouping) {
    requireNonNull(rows, "rows");
    requireNonNull(grouping, "grouping");
    Map<String, List<CohortRow>> groups = new TreeMap<>();
    for (CohortRow r : rows) {
      groups.computeIfAbsent(grouping.keyOf(requireNonNull(r, "row")), k -> new ArrayList<>())
          .add(r);
    }
    ImmutableList.Builder<GroupSummary> out = ImmutableList.builder();
    groups.forEach((key, group) -> out.add(summarise(grouping, key, group)));
    return out.build();
  }

  /**
   * Summarises all rows as one group, {@code all}.
   *
   * @param rows the rows of a cohort table, at least one
   * @return the summary
   * @throws IllegalArgumentException if there are no rows
   */
  public static GroupSummary overall(Iterable<CohortRow> rows) {
    ImmutableList<GroupSummary> all = by(rows, Grouping.ALL);
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no rows to summarise");
    }
    return all.get(0);
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
        .build();
  }

  private static void divide(double[] values, double by) {
    for (int i = 0; i < values.length; i++) {
      values[i] /= by;
    }
  }
}
