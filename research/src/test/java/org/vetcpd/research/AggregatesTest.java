package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.Dataset;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.RubricRef;
import org.vetcpd.rules.TailoringScorer;

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

  @Test
  void summariesNameTheRubricAndNeverMixRubrics() {
    Dataset ds = SyntheticCohort.generate(20, 5);
    Rubric changed = Rubric.standard().withWeight("industry-contact", 0.30);
    List<CohortRow> mine = CohortTable.of(TailoringScorer.of(changed), ds);
    assertThat(Aggregates.by(mine, Grouping.SCHOOL)).isNotEmpty()
        .allSatisfy(s -> assertThat(s.rubric()).isEqualTo(changed.ref()));
    StringWriter csv = new StringWriter();
    Aggregates.writeCsv(Aggregates.by(mine, Grouping.ALL), csv);
    RubricRef ref = changed.ref();
    assertThat(csv.toString().split("\r\n")[0]).endsWith(
        ",leader_active,rubric_id,rubric_version,rubric_fingerprint");
    assertThat(csv.toString().split("\r\n")[1]).endsWith(
        "," + ref.id() + "," + ref.version() + "," + ref.fingerprint());
    List<CohortRow> mixed = new ArrayList<>(CohortTable.of(ds));
    mixed.addAll(mine);
    assertThatThrownBy(() -> Aggregates.by(mixed, Grouping.SCHOOL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different rubrics").hasMessageContaining(ref.fingerprint());
  }
}
