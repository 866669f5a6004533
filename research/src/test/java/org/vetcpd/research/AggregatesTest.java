package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.Dataset;

class AggregatesTest {
  @Test
  void quantilesAreRsType7() {
    // R: quantile(c(1, 2, 3, 4)) gives 1.00 1.75 2.50 3.25 4.00
    double[] x = {1, 2, 3, 4};
    assertThat(Quantiles.ofSorted(x, 0.25)).isEqualTo(1.75);
    assertThat(Quantiles.ofSorted(x, 0.5)).isEqualTo(2.5);
    assertThat(Quantiles.ofSorted(x, 0.75)).isEqualTo(3.25);
    assertThat(Quantiles.ofSorted(x, 0)).isEqualTo(1);
    assertThat(Quantiles.ofSorted(x, 1)).isEqualTo(4);
    assertThat(Quantiles.ofSorted(new double[] {7}, 0.95)).isEqualTo(7);
    // R: quantile(c(10, 20, 50), 0.05) gives 11
    assertThat(Quantiles.ofSorted(new double[] {10, 20, 50}, 0.05)).isCloseTo(11, within(1e-12));
  }

  @Test
  void groupsAreKeyedAndOrderedAndEmptyInputGivesNoGroups() {
    Dataset ds = SyntheticCohort.generate(50, 3);
    List<CohortRow> rows = CohortTable.of(ds);
    assertThat(Aggregates.by(List.of(), Grouping.SCHOOL)).isEmpty();
    assertThat(Aggregates.by(rows, Grouping.ALL)).singleElement()
        .satisfies(s -> assertThat(s.count()).isEqualTo(50));
    assertThat(Aggregates.by(rows, Grouping.DEPARTMENT))
        .allSatisfy(s -> assertThat(s.key()).matches("s\\d/d\\d"));
    assertThat(Aggregates.by(rows, Grouping.FACILITATOR)).extracting(GroupSummary::key)
        .contains(Grouping.NONE);
    assertThat(Aggregates.overall(rows)).isEqualTo(Aggregates.by(rows, Grouping.ALL).get(0));
  }
}
