package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.core.Dataset;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.TailoringScorer;

/** datapackage.json describes the CSV beside it: the same columns, types that hold, provenance. */
class DataPackageTest {
  private static final JsonMapper JSON = new JsonMapper();
  @TempDir Path dir;

  /** Checks a descriptor against the CSV files it describes: names, order, types, enums. */
  static void holds(Path folder) throws IOException {
    JsonNode pkg = JSON.readTree(folder.resolve(DataPackage.FILE).toFile());
    assertThat(pkg.get("profile").asText()).isEqualTo("tabular-data-package");
    assertThat(pkg.get("resources")).isNotEmpty();
    for (JsonNode resource : pkg.get("resources")) {
      Path csv = folder.resolve(resource.get("path").asText());
      JsonNode schema = resource.get("schema");
      assertThat(schema.get("missingValues").toString()).isEqualTo("[\"\"]");
      List<String[]> records = new ArrayList<>();
      try (var it = CohortCsv.arrays(new StringReader(Files.readString(csv,
          StandardCharsets.UTF_8)))) {
        while (it.hasNextValue()) {
          records.add(it.nextValue());
        }
      }
      List<String> names = new ArrayList<>();
      schema.get("fields").forEach(f -> names.add(f.get("name").asText()));
      assertThat(names).as(csv.toString()).containsExactly(records.get(0));
      int k = 0;
      for (JsonNode field : schema.get("fields")) {
        assertThat(field.get("description").asText()).as(field.toString())
            .doesNotContain("not described");
        for (String[] r : records.subList(1, records.size())) {
          conforms(field, r[k]);
        }
        k++;
      }
    }
  }

  private static void conforms(JsonNode field, String cell) {
    if (cell.isEmpty()) {
      return; // missingValues
    }
    String at = field.get("name").asText() + "=" + cell;
    switch (field.get("type").asText()) {
      case "number":
        assertThat(cell).as(at).matches("-?\\d+(\\.\\d+)?");
        break;
      case "integer":
        assertThat(cell).as(at).matches("-?\\d+");
        break;
      case "boolean":
        assertThat(cell).as(at).isIn("true", "false");
        break;
      case "any": // Table Schema: any value (the factor column: a number or a name)
        break;
      default:
        assertThat(field.get("type").asText()).isEqualTo("string");
    }
    JsonNode c = field.get("constraints");
    if (c != null && c.has("enum")) {
      List<String> allowed = new ArrayList<>();
      c.get("enum").forEach(v -> allowed.add(v.asText()));
      assertThat(cell).as(at).isIn(allowed);
    }
    if (c != null && c.has("minimum")) {
      assertThat(Double.parseDouble(cell)).as(at).isGreaterThanOrEqualTo(
          c.get("minimum").asDouble());
    }
    if (c != null && c.has("maximum")) {
      assertThat(Double.parseDouble(cell)).as(at).isLessThanOrEqualTo(c.get("maximum").asDouble());
    }
  }

  @Test
  void cohortCsvWritesItsCodebookWithFieldsEqualToTheHeaderAndProvenance() throws Exception {
    Dataset ds = SyntheticCohort.generate(30, 7);
    Rubric rubric = Rubric.standard();
    Path csv = dir.resolve("new/folder/cohort.csv");
    CohortCsv.write(CohortTable.of(TailoringScorer.of(rubric), ds), csv,
        Provenance.builder().rubric(rubric.ref()).command("jshell").build());
    holds(csv.getParent());
    JsonNode vetcpd = JSON.readTree(csv.resolveSibling(DataPackage.FILE).toFile()).get("vetcpd");
    assertThat(vetcpd.get("rubric").get("fingerprint").asText()).isEqualTo(rubric.fingerprint());
    assertThat(vetcpd.get("rubric").get("id").asText()).isEqualTo("vetcpd-standard");
    assertThat(vetcpd.get("version").asText()).isEqualTo(BuildInfo.version());
    assertThat(vetcpd.get("commit").asText()).isEqualTo(BuildInfo.commit());
    assertThat(vetcpd.get("command").asText()).isEqualTo("jshell");
  }

  @Test
  void sensitivityTablesRecordSeedDrawsAndConcentration() throws Exception {
    List<CohortRow> rows = CohortTable.of(SyntheticCohort.generate(12, 3));
    SensitivityResult result = Sensitivity.of(Rubric.standard()).withDraws(20).withSeed(5)
        .withConcentration(50).run(rows);
    SensitivityCsv.writePlans(result, dir.resolve("plans.csv"), Provenance.builder().build());
    SensitivityCsv.writeSweeps(result, dir.resolve("sweeps.csv"), Provenance.builder().build());
    holds(dir);
    JsonNode pkg = JSON.readTree(dir.resolve(DataPackage.FILE).toFile());
    assertThat(pkg.get("resources")).hasSize(2); // the second file kept the first's resource
    JsonNode vetcpd = pkg.get("vetcpd");
    assertThat(vetcpd.get("seed").asLong()).isEqualTo(5);
    assertThat(vetcpd.get("draws").asInt()).isEqualTo(20);
    assertThat(vetcpd.get("concentration").asDouble()).isEqualTo(50);
    assertThat(vetcpd.get("rubric").get("fingerprint").asText())
        .isEqualTo(Rubric.standard().fingerprint());
  }

  @Test
  void csvExportCreatesItsFolderAndDescribesEveryFile() throws Exception {
    Path folder = dir.resolve("a/b");
    CsvExport.write(SyntheticCohort.generate(5, 1), folder);
    holds(folder);
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "teachers.csv", "activities.csv", "drivers.csv", "plan-items.csv", DataPackage.FILE);
    }
  }

  @Test
  void everyColumnOfEveryTableIsInTheCodebook() {
    for (List<String> columns : List.of(CohortCsv.COLUMNS, ReportCsv.COLUMNS,
        SensitivityCsv.PLAN_COLUMNS, SensitivityCsv.SWEEP_COLUMNS, Aggregates.CSV_COLUMNS,
        RobustnessCsv.SOBOL_COLUMNS, RobustnessCsv.GROUP_COLUMNS,
        RobustnessCsv.COMPARISON_COLUMNS, RobustnessCsv.CRITERIA_COLUMNS,
        RobustnessCsv.INTERVAL_COLUMNS, RobustnessCsv.DIFFERENCE_COLUMNS)) {
      for (String c : columns) {
        assertThat(Codebook.declares(c)).as(c).isTrue();
      }
    }
    for (List<String> columns : List.of(CsvImport.TEACHER_COLUMNS, CsvImport.ACTIVITY_COLUMNS,
        CsvImport.DRIVER_COLUMNS, CsvImport.PLAN_COLUMNS)) {
      for (String c : columns) {
        assertThat(Codebook.declaresDataFormat(c)).as(c).isTrue();
      }
    }
    // One column style: snake_case in every table vetcpd computes.
    for (List<String> columns : List.of(CohortCsv.COLUMNS, ReportCsv.COLUMNS,
        SensitivityCsv.PLAN_COLUMNS, SensitivityCsv.SWEEP_COLUMNS, Aggregates.CSV_COLUMNS,
        RobustnessCsv.SOBOL_COLUMNS, RobustnessCsv.GROUP_COLUMNS,
        RobustnessCsv.COMPARISON_COLUMNS, RobustnessCsv.CRITERIA_COLUMNS,
        RobustnessCsv.INTERVAL_COLUMNS, RobustnessCsv.DIFFERENCE_COLUMNS)) {
      assertThat(columns).allMatch(c -> c.matches("[a-z][a-z0-9_]*"));
    }
  }

  @Test
  void atomicFileLeavesNothingBehindWhenNotCommitted() throws Exception {
    Path target = dir.resolve("x.csv");
    Files.writeString(target, "old");
    try (AtomicFile f = AtomicFile.create(target)) {
      f.writer().write("half a table");
    }
    assertThat(Files.readString(target)).isEqualTo("old");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
    try (AtomicFile f = AtomicFile.create(target)) {
      f.writer().write("new");
      f.commit();
    }
    assertThat(Files.readString(target)).isEqualTo("new");
  }

  @Test
  void buildInfoFallsBackToTheFilteredVersionOutsideAJar() {
    assertThat(BuildInfo.version()).isNotBlank().doesNotContain("${");
    assertThat(BuildInfo.version()).isNotEqualTo(BuildInfo.UNKNOWN);
    assertThat(BuildInfo.commit()).isNotBlank();
  }
}
