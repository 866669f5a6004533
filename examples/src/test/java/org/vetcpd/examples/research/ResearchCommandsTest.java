package org.vetcpd.examples.research;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.examples.cli.CliRun;
import org.vetcpd.research.Aggregates;
import org.vetcpd.research.CohortCsv;
import org.vetcpd.research.CohortRow;
import org.vetcpd.research.CohortTable;
import org.vetcpd.research.Grouping;
import org.vetcpd.research.SensitivityCsv;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.TailoringScorer;

/** The research commands on the sample data set, as the README runs them. */
class ResearchCommandsTest {
  private static final Dataset SAMPLE = VetcpdJson.readDataset(DataFiles.data("sample.json"));

  @TempDir Path dir;

  @Test
  void tableCsvReadsBackAsTheCohortTable() {
    CliRun run = CliRun.of("table", DataFiles.sample(), "--format", "csv");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines().get(0)).isEqualTo(String.join(",", CohortCsv.COLUMNS));
    assertThat(run.out()).contains("\r\n");
    assertThat(CohortCsv.read(new StringReader(run.out()), "stdout"))
        .isEqualTo(CohortTable.of(SAMPLE));
  }

  @Test
  void tableTextAndJson() throws Exception {
    CliRun text = CliRun.of("table", DataFiles.sample());
    assertThat(text.exitCode()).isZero();
    assertThat(text.outLines().get(0)).startsWith("plan").contains("score", "band");
    for (CohortRow r : CohortTable.of(SAMPLE)) {
      assertThat(text.out()).containsPattern(r.plan() + "\\s+" + r.teacher());
    }
    CliRun json = CliRun.of("table", DataFiles.sample(), "-f", "JSON");
    JsonNode array = new ObjectMapper().readTree(json.out());
    assertThat(array.size()).isEqualTo(SAMPLE.plans().size());
    assertThat(array.get(0).get("plan").asText()).isEqualTo(SAMPLE.plans().get(0).id());
    assertThat(array.get(0).get("criteria").has("needs-alignment")).isTrue();
  }

  @Test
  void tableOfAPlanStreamEqualsTheStreamedRows() {
    Path plans = DataFiles.data("sample-plans.jsonl");
    CliRun run = CliRun.of("table", DataFiles.sample(), "--plans", plans.toString(), "--format", "csv");
    assertThat(run.exitCode()).isZero();
    List<CohortRow> expected;
    try (Stream<CohortRow> s = CohortTable.stream(TailoringScorer.standard(), SAMPLE, plans)) {
      expected = s.collect(Collectors.toList());
    }
    assertThat(CohortCsv.read(new StringReader(run.out()), "stdout")).isEqualTo(expected);
  }

  @Test
  void aggregateBySchoolInEveryFormat() throws Exception {
    CliRun csv = CliRun.of("aggregate", DataFiles.sample(), "--by", "school", "--format", "csv");
    assertThat(csv.exitCode()).isZero();
    List<String> lines = csv.outLines();
    assertThat(lines.get(0)).isEqualTo(String.join(",", Aggregates.CSV_COLUMNS));
    var expected = Aggregates.by(CohortTable.of(SAMPLE), Grouping.SCHOOL);
    assertThat(lines).hasSize(1 + expected.size());
    assertThat(lines.get(1)).startsWith("SCHOOL," + expected.get(0).key() + ","
        + expected.get(0).count() + ",");
    CliRun text = CliRun.of("aggregate", DataFiles.sample(), "--by", "FACILITATOR");
    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).contains("VET_MOTIVATOR", "(none)");
    JsonNode json = new ObjectMapper().readTree(
        CliRun.of("aggregate", DataFiles.sample(), "--by", "department", "-f", "json").out());
    assertThat(json.get(0).get("key").asText()).contains("/");
    assertThat(json.get(0).has("iqr")).isTrue();
  }

  @Test
  void sensitivityIsReproducibleWhateverTheThreadsAndDrawsAProgressBar() {
    String[] args = {"sensitivity", DataFiles.sample(), "--draws", "60", "--seed", "7",
      "--concentration", "50", "--format", "csv"};
    CliRun a = CliRun.of(args);
    assertThat(a.exitCode()).isZero();
    CliRun b = CliRun.of(concat(args, "--threads", "1", "--no-progress"));
    assertThat(b.out()).isEqualTo(a.out());
    assertThat(b.err()).isEmpty();
    assertThat(a.outLines().get(0)).isEqualTo(String.join(",", SensitivityCsv.PLAN_COLUMNS));
    assertThat(a.outLines()).hasSize(1 + SAMPLE.plans().size());
    assertThat(a.err()).contains("\r[").endsWith("[####################] 100% 60/60 draws"
        + System.lineSeparator());
    CliRun other = CliRun.of(concat(args, "--seed", "8", "--no-progress"));
    assertThat(other.out()).isNotEqualTo(a.out());
    CliRun sweeps = CliRun.of(concat(args, "--sweeps", "--no-progress"));
    assertThat(sweeps.outLines().get(0))
        .isEqualTo(String.join(",", SensitivityCsv.SWEEP_COLUMNS));
    assertThat(sweeps.outLines()).hasSize(1 + 10 * 5);
  }

  @Test
  void sensitivityTextAndJson() throws Exception {
    CliRun text = CliRun.of("sensitivity", DataFiles.sample(), "--draws", "40", "--no-progress");
    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).startsWith("Sensitivity of vetcpd-standard 1.0 ("
        + Rubric.standard().fingerprint() + "): 40 weight draws,")
        .contains("Kendall's tau-b", "One-at-a-time sweeps", "industry-contact");
    JsonNode json = new ObjectMapper().readTree(CliRun.of("sensitivity", DataFiles.sample(), "--draws",
        "40", "--no-progress", "-f", "json").out());
    assertThat(json.get("draws").asInt()).isEqualTo(40);
    assertThat(json.get("plans").size()).isEqualTo(SAMPLE.plans().size());
    assertThat(json.get("sweeps").size()).isEqualTo(50);
  }

  /**
   * --sweeps and --groups choose the CSV table; text and JSON print every table, so either
   * without CSV, or both together, is a usage error rather than an option silently ignored.
   */
  @Test
  void sensitivityTableChoicesOutsideCsvAreUsageErrors() throws Exception {
    String both = "text and JSON show the sweeps and the group comparisons beside the plans)";
    for (String[] c : new String[][] {
        {"--sweeps", "vetcpd: --sweeps goes with --format csv (" + both},
        {"--groups", "vetcpd: --groups goes with --format csv (" + both}}) {
      for (String format : new String[] {"text", "json"}) {
        CliRun run = CliRun.of("sensitivity", DataFiles.sample(), "--by", "school", "--draws",
            "5", "--no-progress", "-f", format, c[0]);
        assertThat(run.exitCode()).as(c[0] + " " + format).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(c[1]);
      }
    }
    CliRun two = CliRun.of("sensitivity", DataFiles.sample(), "--by", "school", "--draws", "5",
        "--no-progress", "-f", "csv", "--sweeps", "--groups");
    assertThat(two.exitCode()).isEqualTo(2);
    assertThat(two.errLines()).containsExactly(
        "vetcpd: --sweeps and --groups each choose the CSV table; give one");
  }

  @Test
  void userErrorsGiveExitCodesAndNoStackTrace() throws Exception {
    CliRun missing = CliRun.of("table", "nope.json");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.errLines()).containsExactly("vetcpd: no such file: nope.json");

    CliRun by = CliRun.of("aggregate", DataFiles.sample(), "--by", "county");
    assertThat(by.exitCode()).isEqualTo(2);
    assertThat(by.errLines()).singleElement().asString().startsWith("vetcpd: ")
        .contains("county");

    CliRun draws = CliRun.of("sensitivity", DataFiles.sample(), "--draws", "0");
    assertThat(draws.exitCode()).isEqualTo(2);
    assertThat(draws.errLines()).containsExactly("vetcpd: --draws must be at least 1, was 0");

    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, Files.readString(DataFiles.data("sample.json"), StandardCharsets.UTF_8)
        .replaceFirst("\"hours\": 20", "\"hours\": -2"), StandardCharsets.UTF_8);
    CliRun invalid = CliRun.of("table", bad.toString());
    assertThat(invalid.exitCode()).isEqualTo(1);
    assertThat(invalid.err()).contains("hours: must be > 0, was -2").doesNotContain("\tat ");
  }

  @Test
  void aFolderOfCsvFilesIsADataSet() throws Exception {
    Files.writeString(dir.resolve("teachers.csv"),
        "id,programme,school,department,years_teaching\nt-1,RM,s-1,d-rm,3\nt-2,RM,s-1,d-rm,-1\n");
    Files.writeString(dir.resolve("activities.csv"),
        "id,title,type,contextualisation\na-1,Placement,TEACHER_PLACEMENT,PROGRAMME_SPECIFIC\n");
    Files.writeString(dir.resolve("plan-items.csv"),
        "plan,teacher,leader_involvement,activity,hours\np-1,t-1,ACTIVE,a-1,30\n");
    CliRun invalid = CliRun.of("table", dir.toString());
    assertThat(invalid.exitCode()).isEqualTo(1);
    assertThat(invalid.errLines())
        .containsExactly("teachers.csv:row 3:years_teaching: must be >= 0, was -1");
    Files.writeString(dir.resolve("teachers.csv"),
        "id,programme,school,department,years_teaching\nt-1,RM,s-1,d-rm,3\n");
    CliRun ok = CliRun.of("table", dir.toString(), "--format", "csv");
    assertThat(ok.exitCode()).isZero();
    assertThat(ok.outLines()).hasSize(2);
    assertThat(ok.outLines().get(1)).startsWith("p-1,t-1,RM,s-1,d-rm,,");
    // a rubric kept in the folder is one input of the codebook, not two (it was a crash, exit 3)
    Path rubric = dir.resolve("rubric.json");
    VetcpdJson.write(Rubric.standard(), rubric);
    Path out = dir.resolve("out/table.csv");
    CliRun both = CliRun.of("table", dir.toString(), "--rubric", rubric.toString(), "-o",
        out.toString());
    assertThat(both.exitCode()).as(both.err()).isZero();
    JsonNode inputs = new ObjectMapper().readTree(out.resolveSibling("datapackage.json").toFile())
        .get("vetcpd").get("inputs");
    assertThat(inputs.has(rubric.toString())).as(inputs.toString()).isTrue();
    assertThat(inputs.has(dir.resolve("teachers.csv").toString())).as(inputs.toString()).isTrue();
  }

  private static String[] concat(String[] a, String... b) {
    return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
  }
}
