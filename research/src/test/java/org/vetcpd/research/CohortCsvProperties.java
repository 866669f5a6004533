package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.testing.DomainArbitraries;

/** A cohort table written as CSV reads back into equal rows. */
class CohortCsvProperties {
  @Provide
  Arbitrary<Dataset> datasets() {
    return DomainArbitraries.datasets();
  }

  @Property(tries = 60)
  void csvRoundTripOfArbitraryDataSets(@ForAll("datasets") Dataset ds) {
    List<CohortRow> rows = CohortTable.of(ds);
    StringWriter raw = new StringWriter();
    CohortCsv.write(rows, raw, CsvCells.RAW);
    assertThat(CohortCsv.read(new StringReader(raw.toString()), "mem.csv")).isEqualTo(rows);
  }

  @Property(tries = 20)
  void csvRoundTripOfSyntheticCohorts(
      @ForAll @IntRange(min = 0, max = 60) int plans, @ForAll long seed) {
    List<CohortRow> rows = CohortTable.of(SyntheticCohort.generate(plans, seed));
    assertThat(CohortCsv.read(new StringReader(CohortCsv.toCsv(rows)), "mem.csv"))
        .isEqualTo(rows);
  }
}
