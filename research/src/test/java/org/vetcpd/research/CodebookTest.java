package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.Dataset;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.TailoringScorer;

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
        assertThat(f.type()).as(f.name()).isIn("string", "number", "integer", "any");
        assertThat(f.description()).as(f.name()).isNotBlank().endsWith(".");
      }
    }
    // shared by the score, cohort and aggregate tables, with the one description of them all
    assertThat(Codebook.field("industry_contact").description()).contains("aggregate table");
    assertThat(Codebook.declares("no_such_column")).isFalse();
    assertThat(Codebook.field("no_such_column").description()).contains("not described");
  }

  @Test
  void everyCellHoldsItsColumnsDeclaredTypeRangeAndValues() throws IOException {
    Dataset cohort = SyntheticCohort.generate(24, 3);
    Rubric mine = Rubric.standard().withWeight("industry-contact", 0.3);
    List<CohortRow> rows = CohortTable.of(TailoringScorer.of(mine), cohort);
    SensitivityResult sensitivity = Sensitivity.of(mine).withDraws(20)
        .withGrouping(Grouping.SCHOOL).run(rows);
    Bootstrap bootstrap = Bootstrap.of(Grouping.SCHOOL).withResamples(20);
    Map<List<String>, String> tables = new LinkedHashMap<>();
    tables.put(ReportCsv.COLUMNS, write(out -> {
      CsvTableWriter csv = ReportCsv.open(out, CsvCells.SAFE);
      TailoringScorer.of(mine).scoreAll(cohort).forEach(r -> csv.row(ReportCsv.cells(r)));
      csv.flush();
    }));
    tables.put(CohortCsv.COLUMNS, CohortCsv.toCsv(rows));
    tables.put(Aggregates.CSV_COLUMNS,
        write(out -> Aggregates.writeCsv(Aggregates.by(rows, Grouping.SCHOOL), out)));
    tables.put(RobustnessCsv.INTERVAL_COLUMNS,
        write(out -> RobustnessCsv.writeIntervals(bootstrap.run(rows), out)));
    tables.put(RobustnessCsv.DIFFERENCE_COLUMNS,
        write(out -> RobustnessCsv.writeDifferences(bootstrap.differences(rows), out)));
    tables.put(SensitivityCsv.PLAN_COLUMNS,
        write(out -> SensitivityCsv.writePlans(sensitivity, out)));
    tables.put(SensitivityCsv.SWEEP_COLUMNS,
        write(out -> SensitivityCsv.writeSweeps(sensitivity, out)));
    tables.put(RobustnessCsv.GROUP_COLUMNS,
        write(out -> RobustnessCsv.writeGroups(sensitivity, out)));
    tables.put(RobustnessCsv.SOBOL_COLUMNS, write(out -> RobustnessCsv.writeSobol(
        RubricSobol.of(mine).withSamples(4).withResamples(2).withVary(Vary.WEIGHTS)
            .run(cohort, done -> { }), out)));
    tables.put(RobustnessCsv.COMPARISON_COLUMNS, write(out -> RobustnessCsv.writeComparison(
        RubricComparison.of(cohort, Rubric.standard(), mine), out)));
    tables.put(RobustnessCsv.CRITERIA_COLUMNS, write(out -> RobustnessCsv.writeCriteria(
        CriterionStructure.of(mine.ref(), rows), out)));
    assertThat(tables).hasSize(Codebook.tables().size());
    List<String> wrong = new ArrayList<>();
    int cells = 0;
    for (Map.Entry<List<String>, String> t : tables.entrySet()) {
      List<String[]> records = new ArrayList<>();
      try (var it = CohortCsv.arrays(new StringReader(t.getValue()))) {
        while (it.hasNextValue()) {
          records.add(it.nextValue());
        }
      }
      assertThat(records.get(0)).containsExactlyElementsOf(t.getKey());
      assertThat(records).hasSizeGreaterThan(1);
      for (String[] row : records.subList(1, records.size())) {
        assertThat(row).hasSameSizeAs(t.getKey());
        for (int i = 0; i < row.length; i++) {
          cells++;
          Codebook.Field f = Codebook.field(t.getKey().get(i));
          if (!holds(f, row[i])) {
            wrong.add(f.name() + "=" + row[i]);
          }
        }
      }
    }
    assertThat(cells).isGreaterThan(1000);
    assertThat(wrong).isEmpty();
  }

  /** Whether a cell is empty or of its field's type, range and allowed values. */
  private static boolean holds(Codebook.Field f, String cell) {
    if (cell.isEmpty()) {
      return true;
    }
    if (!f.allowed().isEmpty() && !f.allowed().contains(cell)) {
      return false;
    }
    if (f.type().equals("string") || f.type().equals("any")) {
      return true;
    }
    if (!cell.matches(f.type().equals("integer") ? "-?\\d+" : "-?\\d+\\.\\d+")) {
      return false;
    }
    double v = Double.parseDouble(cell);
    // a rank or share may miss its bound by rounding only
    return (f.minimum() == null || v >= f.minimum() - 1e-9)
        && (f.maximum() == null || v <= f.maximum() + 1e-9);
  }

  private static String write(Consumer<StringWriter> writer) {
    StringWriter out = new StringWriter();
    writer.accept(out);
    return out.toString();
  }

  @Test
  void everyColumnNameTheDocsMentionIsDeclared() throws IOException {
    Set<String> known = new LinkedHashSet<>();
    for (Codebook.Table t : Codebook.tables()) {
      for (Codebook.Field f : t.fields()) {
        known.add(f.name());
        known.addAll(f.allowed()); // the Sobol outputs: mean_score, …
      }
    }
    Pattern snake = Pattern.compile("`([a-z][a-z0-9]*(?:_[a-z0-9]+)+)`");
    List<String> unknown = new ArrayList<>();
    int seen = 0;
    for (Path doc : List.of(Path.of("README.md"), Path.of("../docs/output.md"), DOCS)) {
      Matcher m = snake.matcher(Files.readString(doc, StandardCharsets.UTF_8));
      while (m.find()) {
        seen++;
        String name = m.group(1);
        if (!known.contains(name) && !Codebook.declaresDataFormat(name)) {
          unknown.add(doc + ": " + name);
        }
      }
    }
    assertThat(seen).isGreaterThan(20);
    assertThat(unknown).isEmpty();
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
