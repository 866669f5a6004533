package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.testing.DomainArbitraries;
import org.vetcpd.rules.Band;

/** Every aggregate equals a direct computation over the group's rows. */
class AggregatesProperties {
  private static final double EPS = 1e-9;

  @Property(tries = 25)
  void aggregatesOfSyntheticCohortsEqualADirectComputation(
      @ForAll @IntRange(min = 1, max = 120) int plans, @ForAll long seed,
      @ForAll Grouping grouping) {
    check(CohortTable.of(SyntheticCohort.generate(plans, seed)), grouping);
  }

  @Provide
  Arbitrary<Dataset> datasets() {
    return DomainArbitraries.datasets();
  }

  @Property(tries = 40)
  void aggregatesOfArbitraryDataSetsEqualADirectComputation(
      @ForAll("datasets") Dataset ds, @ForAll Grouping grouping) {
    check(CohortTable.of(ds), grouping);
  }

  private static void check(List<CohortRow> rows, Grouping grouping) {
    List<GroupSummary> summaries = Aggregates.by(rows, grouping);
    assertThat(summaries.stream().mapToInt(GroupSummary::count).sum()).isEqualTo(rows.size());
    assertThat(summaries).extracting(GroupSummary::key).isSorted().doesNotHaveDuplicates();
    for (GroupSummary s : summaries) {
      List<CohortRow> group = rows.stream().filter(r -> grouping.keyOf(r).equals(s.key()))
          .collect(Collectors.toList());
      int n = group.size();
      assertThat(s.count()).isEqualTo(n);
      assertThat(s.mean()).isCloseTo(
          group.stream().mapToDouble(CohortRow::score).average().orElseThrow(), within(EPS));
      List<Double> sorted = group.stream().map(CohortRow::score).sorted()
          .collect(Collectors.toList());
      assertThat(s.median()).isCloseTo(type7(sorted, 0.5), within(EPS));
      assertThat(s.q1()).isCloseTo(type7(sorted, 0.25), within(EPS));
      assertThat(s.iqr()).isCloseTo(type7(sorted, 0.75) - type7(sorted, 0.25), within(EPS));
      assertThat(s.q1()).isLessThanOrEqualTo(s.median());
      assertThat(s.median()).isLessThanOrEqualTo(s.q3());
      for (Band b : Band.values()) {
        assertThat(s.bandShares().get(b))
            .isCloseTo(group.stream().filter(r -> r.band() == b).count() / (double) n,
                within(EPS));
      }
      for (LeaderInvolvement l : LeaderInvolvement.values()) {
        assertThat(s.leaderInvolvementShares().get(l)).isCloseTo(
            group.stream().filter(r -> r.leaderInvolvement() == l).count() / (double) n,
            within(EPS));
      }
      double total = group.stream().mapToDouble(CohortRow::totalHours).sum();
      assertThat(s.totalHours()).isCloseTo(total, within(EPS));
      for (CompetenceArea a : CompetenceArea.values()) {
        double h = group.stream().mapToDouble(r -> r.hours(a)).sum();
        assertThat(s.areaShares().get(a)).isCloseTo(total > 0 ? h / total : 0, within(EPS));
      }
      for (Contextualisation c : Contextualisation.values()) {
        double h = group.stream().mapToDouble(r -> r.hours(c)).sum();
        assertThat(s.contextualisationShares().get(c))
            .isCloseTo(total > 0 ? h / total : 0, within(EPS));
      }
      double industry = group.stream().mapToDouble(CohortRow::industryContactHours).sum();
      assertThat(s.industryContactShare()).isCloseTo(total > 0 ? industry / total : 0,
          within(EPS));
    }
  }

  /** R's quantile(type = 7), written from its definition as the 1-based m = 1 − p. */
  private static double type7(List<Double> sorted, double p) {
    int n = sorted.size();
    double j = Math.floor(n * p + (1 - p));
    double g = n * p + (1 - p) - j;
    List<Double> x = new ArrayList<>(sorted);
    double lo = x.get((int) Math.max(1, Math.min(n, j)) - 1);
    double hi = x.get((int) Math.max(1, Math.min(n, j + 1)) - 1);
    return (1 - g) * lo + g * hi;
  }
}
