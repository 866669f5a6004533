package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.vetcpd.core.Dataset;

/** A data set exported as CSV files and imported against its programmes and schools is equal. */
class CsvImportProperties {
  @Property(tries = 15)
  void exportThenImportGivesAnEqualDataSet(
      @ForAll @IntRange(min = 0, max = 40) int plans, @ForAll long seed) throws Exception {
    Dataset ds = SyntheticCohort.generate(plans, seed);
    Path dir = Files.createTempDirectory("vetcpd-csv");
    try {
      CsvExport.write(ds, dir, Provenance.builder().cells(CsvCells.RAW).build());
      Dataset catalogue = Dataset.builder().addAllProgrammes(ds.programmes())
          .addAllSchools(ds.schools()).build();
      assertThat(CsvImport.read(dir, catalogue)).isEqualTo(ds);
      Dataset inferred = CsvImport.read(dir);
      assertThat(inferred.teachers()).isEqualTo(ds.teachers());
      assertThat(inferred.plans()).isEqualTo(ds.plans());
      assertThat(CohortTable.of(inferred)).isEqualTo(CohortTable.of(ds));
    } finally {
      for (Path f : List.of(Files.list(dir).toArray(Path[]::new))) {
        Files.delete(f);
      }
      Files.delete(dir);
    }
  }
}
