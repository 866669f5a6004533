package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every computed CSV table is declared once ({@link ComputedTable}, {@link CohortColumns}): its
 * header, its codebook entries and the tables of {@code docs/csv-tables.md} are held equal to the
 * declaration here.
 */
class CodebookTest {
  private static final Path DOCS = Path.of("../docs/csv-tables.md");

  @Test
  void docsCsvTablesIsGeneratedFromTheDeclarations() throws IOException {
    String expected = Codebook.docs();
    String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
    if (!docs.equals(expected)) {
      // what the file should be, to copy over it after a column was declared
      Files.writeString(Path.of("target/csv-tables.md"), expected, StandardCharsets.UTF_8);
    }
    assertThat(docs).as("docs/csv-tables.md; the generated one is research/target/csv-tables.md")
        .isEqualTo(expected);
  }

  @Test
  void everyTableIsDocumentedAndItsHeaderIsItsDeclaration() {
    List<List<String>> headers = new ArrayList<>();
    for (Codebook.Table t : Codebook.tables()) {
      headers.add(t.fields().stream().map(Codebook.Field::name).toList());
    }
    assertThat(headers).containsExactly(ReportCsv.COLUMNS, CohortCsv.COLUMNS,
        Aggregates.CSV_COLUMNS, RobustnessCsv.INTERVAL_COLUMNS, RobustnessCsv.DIFFERENCE_COLUMNS,
        SensitivityCsv.PLAN_COLUMNS, SensitivityCsv.SWEEP_COLUMNS, RobustnessCsv.GROUP_COLUMNS,
        RobustnessCsv.SOBOL_COLUMNS, RobustnessCsv.COMPARISON_COLUMNS,
        RobustnessCsv.CRITERIA_COLUMNS);
    Set<String> titles = new LinkedHashSet<>();
    Codebook.tables().forEach(t -> titles.add(t.title()));
    assertThat(titles).hasSize(Codebook.tables().size());
  }

  @Test
  void aColumnNameMeansOneThingInEveryTable() {
    for (Codebook.Table t : Codebook.tables()) {
      Set<String> names = new LinkedHashSet<>();
      for (Codebook.Field f : t.fields()) {
        assertThat(names.add(f.name())).as("%s in %s twice", f.name(), t.title()).isTrue();
        assertThat(Codebook.field(f.name())).as(f.name()).isEqualTo(f);
        assertThat(f.type()).as(f.name()).isIn("string", "number", "integer");
        assertThat(f.description()).as(f.name()).isNotBlank().endsWith(".");
      }
    }
    // shared by the score, cohort and aggregate tables, with the one description of them all
    assertThat(Codebook.field("industry_contact").description()).contains("aggregate table");
    assertThat(Codebook.declares("no_such_column")).isFalse();
    assertThat(Codebook.field("no_such_column").description()).contains("not described");
  }

  @Test
  void theCohortColumnsOfTheResearchReadmeAreTheDeclaration() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    String from = "Columns, in this order (new columns are only ever added at the end):\n\n";
    int start = readme.indexOf(from) + from.length();
    String list = readme.substring(start, readme.indexOf("\n\n", start));
    List<String> columns = Arrays.stream(list.replace("`", "").split(","))
        .map(String::strip).filter(c -> !c.isEmpty()).toList();
    assertThat(columns).isEqualTo(CohortCsv.COLUMNS);
  }
}
