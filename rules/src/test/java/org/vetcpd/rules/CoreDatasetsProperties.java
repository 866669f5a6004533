package org.vetcpd.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.testing.DomainArbitraries;

/**
 * The range, sum and determinism laws again, over core's own data set generator ({@link
 * DomainArbitraries#datasets()}), whose distributions (fractional hours and years, strengths,
 * explicit weights) differ from {@link org.vetcpd.rules.testing.Cohorts}'.
 */
class CoreDatasetsProperties {
  @Provide
  Arbitrary<Dataset> datasets() {
    return DomainArbitraries.datasets();
  }

  @Property(tries = 500)
  void everyPlanOfAnyValidDataSetScoresInRangeWithContributionsSummingToTheScore(
      @ForAll("datasets") Dataset ds) {
    TailoringScorer scorer = TailoringScorer.standard();
    List<TailoringReport> reports = scorer.scoreAll(ds);
    assertThat(reports).hasSize(ds.plans().size());
    for (TailoringReport r : reports) {
      assertThat(r.score()).isBetween(0.0, 100.0);
      double sum = 0;
      for (CriterionResult c : r.criteria()) {
        c.value().ifPresent(v -> assertThat(v).isBetween(0.0, 1.0));
        sum += c.contribution();
      }
      assertThat(sum).isCloseTo(r.score(), within(1e-9));
      assertThat(r.toText()).contains(TerminalText.escape(r.plan()));
    }
    assertThat(scorer.scoreAllParallel(ds)).isEqualTo(reports);
  }
}
