package org.vetcpd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.research.ReportCsv;
import org.vetcpd.rules.CriterionResult;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.TailoringReport;
import org.vetcpd.rules.TailoringScorer;

/** The {@code vetcpd} command line, run in-process through {@link VetcpdCli#run}. */
class VetcpdCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Dataset sample;
  private static List<TailoringReport> reports;

  @TempDir static Path dir;
  private static Path sampleFile;

  @BeforeAll
  static void scoreTheSample() throws IOException {
    sample = Samples.sample();
    reports = TailoringScorer.standard().scoreAll(sample);
    sampleFile = dir.resolve("sample.json");
    try (InputStream in = Samples.class.getClassLoader()
        .getResourceAsStream(Samples.RESOURCE_DIR + "sample.json")) {
      Files.copy(in, sampleFile);
    }
  }

  /** A user error: one line on stderr, nothing that looks like a stack trace, nothing on stdout. */
  private static void assertOneLineUserError(CliRun run, int exitCode) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
    assertThat(run.errLines()).hasSize(1);
    assertNoStackTrace(run);
    assertThat(run.out()).isEmpty();
  }

  private static void assertNoStackTrace(CliRun run) {
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ")
        .doesNotContain("    at ");
  }

  private static String expectedText(List<TailoringReport> rs) {
    return rs.stream().map(r -> r.toText().stripTrailing() + "\n")
        .collect(Collectors.joining("\n"));
  }

  /**
   * What an error line quotes of the command line (an id, a file name, an unknown option) is
   * shown escaped: an argument holding an escape sequence or a line break neither colours the
   * terminal nor forges a second line.
   */
  @ParameterizedTest
  @ValueSource(strings = {"plan|SAMPLE|--teacher|t\u001b[31mX\nScore 99|--hours|40",
      "improve|SAMPLE|--plan|p\u202eX|--band|TAILORED",
      "score|/no/such\u001b[31m.json", "score|SAMPLE|--bogus\u001b[2J",
      "score|SAMPLE|--plan|p\u0085q"})
  void anErrorLineShowsWhatItQuotesEscaped(String line) {
    String[] args = line.replace("SAMPLE", sampleFile.toString()).split("\\|");
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(VetcpdCli.EXIT_USAGE);
    assertThat(run.errLines()).as(run.err()).hasSize(1);
    assertThat(run.err().strip()).startsWith("vetcpd: ")
        .containsPattern("\\\\u(001b|202e|0085)").doesNotContain("\u001b", "\u202e", "\u0085");
    assertNoStackTrace(run);
  }

  @Test
  void theSampleHasPlansToScore() {
    assertThat(sample.plans()).hasSizeGreaterThan(1);
  }

  @Test
  void runWritesOnlyToTheStreamsItIsGiven() {
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      System.setErr(capture);
      CliRun.of("score", "-f", "csv");
      CliRun.of("validate", "no-such-file.json");
      CliRun.of("--bogus");
      CliRun.of("--help");
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
    }
    assertThat(captured.size()).isZero();
  }

  @Nested
  class Score {
    @Test
    void withoutArgumentsScoresTheBundledSampleAsText() {
      CliRun run = CliRun.of();
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.errLines()).containsExactly(Inputs.SAMPLE_NOTE);
      assertThat(run.out()).isEqualTo(expectedText(reports));
    }

    @Test
    void nothingToScoreIsAnEmptyOutputAndALineOnStderr() throws IOException {
      Path noPlans = dir.resolve("no-plans.json");
      VetcpdJson.write(sample.withPlans(List.of()), noPlans);
      Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
      for (String format : List.of("text", "csv", "json")) {
        CliRun run = CliRun.of("score", noPlans.toString(), "--format", format);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.errLines()).containsExactly(
            "vetcpd: nothing to score: " + noPlans + " has no plans");
        assertThat(run.out()).isEqualTo(format.equals("text") ? ""
            : format.equals("json") ? "[ ]\n" : String.join(",", ReportCsv.COLUMNS) + "\r\n");
        CliRun stream = CliRun.of("score", sampleFile.toString(), "--plans", empty.toString(),
            "--format", format);
        assertThat(stream.exitCode()).as(stream.err()).isZero();
        assertThat(stream.errLines()).containsExactly(
            "vetcpd: nothing to score: " + empty + " has no plans");
        assertThat(stream.out()).isEqualTo(run.out());
      }
      assertThat(CliRun.of("score", sampleFile.toString()).err()).isEmpty();
    }

    @Test
    void scoreWithoutDatasetIsTheSameAsNoArguments() {
      assertThat(CliRun.of("score")).isEqualTo(CliRun.of());
    }

    @Test
    void textIsEachReportsTextInPlanOrder() {
      CliRun run = CliRun.of("score", sampleFile.toString(), "--format", "text");
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).isEqualTo(expectedText(reports));
      int last = -1;
      for (CpdPlan plan : sample.plans()) {
        int at = run.out().indexOf("Plan " + plan.id() + " ");
        assertThat(at).as(plan.id()).isGreaterThan(last);
        last = at;
      }
    }

    @Test
    void jsonIsTheArrayOfReports() throws IOException {
      CliRun run = CliRun.of("score", sampleFile.toString(), "--format", "json");
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).isEqualTo(VetcpdJson.write(reports) + "\n");
      JsonNode array = JSON.readTree(run.out());
      assertThat(array.isArray()).isTrue();
      assertThat(array).hasSize(sample.plans().size());
      for (int i = 0; i < reports.size(); i++) {
        JsonNode r = array.get(i);
        assertThat(r.get("plan").asText()).isEqualTo(sample.plans().get(i).id());
        assertThat(r.get("teacher").asText()).isEqualTo(reports.get(i).teacher());
        assertThat(r.get("rubric").get("id").asText()).isEqualTo(Rubric.standard().id());
        assertThat(r.get("score").asDouble()).isEqualTo(reports.get(i).score());
        assertThat(r.get("band").asText()).isEqualTo(reports.get(i).band().name());
        assertThat(r.get("criteria")).hasSize(Rubric.CRITERIA.size());
        for (String field : List.of("target", "emphasis", "criteria", "recommendations")) {
          assertThat(r.has(field)).as(field).isTrue();
        }
      }
    }

    @Test
    void formatIsCaseInsensitive() {
      assertThat(CliRun.of("score", "-f", "JSON")).isEqualTo(CliRun.of("score", "-f", "json"));
    }

    @Test
    void csvHasAHeaderAndOneRowPerPlanInPlanOrder() {
      CliRun run = CliRun.of("score", sampleFile.toString(), "--format", "csv");
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).endsWith("\r\n").doesNotContain("\r\n\r\n");
      List<String> lines = run.outLines();
      List<String> header = new ArrayList<>(List.of("plan", "teacher", "score", "band"));
      Rubric.CRITERIA.forEach(id -> header.add(id.replace('-', '_')));
      header.addAll(List.of("rubric_id", "rubric_version", "rubric_fingerprint"));
      assertThat(lines.get(0)).isEqualTo(String.join(",", header));
      assertThat(lines).hasSize(1 + reports.size());
      for (int i = 0; i < reports.size(); i++) {
        TailoringReport r = reports.get(i);
        String[] cells = lines.get(i + 1).split(",", -1);
        assertThat(cells).hasSize(header.size());
        assertThat(cells[0]).isEqualTo(r.plan());
        assertThat(cells[1]).isEqualTo(r.teacher());
        assertThat(Double.parseDouble(cells[2])).isEqualTo(r.score());
        assertThat(cells[3]).isEqualTo(r.band().name());
        for (int c = 0; c < Rubric.CRITERIA.size(); c++) {
          CriterionResult result = r.criteria().get(c);
          assertThat(result.id()).isEqualTo(Rubric.CRITERIA.get(c));
          String cell = cells[4 + c];
          if (result.assessed()) {
            assertThat(cell).matches("-?[0-9]+\\.[0-9]+");
            assertThat(Double.parseDouble(cell)).isEqualTo(result.value().getAsDouble());
          } else {
            assertThat(cell).isEmpty();
          }
        }
      }
    }

    @Test
    void planOptionScoresOnlyThatPlan() {
      TailoringReport second = reports.get(1);
      CliRun run = CliRun.of("score", sampleFile.toString(), "--plan", second.plan());
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).isEqualTo(expectedText(List.of(second)));
    }

    @Test
    void repeatedPlanOptionsKeepPlanOrder() {
      TailoringReport first = reports.get(0);
      TailoringReport last = reports.get(reports.size() - 1);
      CliRun run = CliRun.of("score", "-p", last.plan(), "-p", first.plan(), "-f", "csv");
      assertThat(run.exitCode()).isZero();
      assertThat(run.outLines()).hasSize(3);
      assertThat(run.outLines().get(1)).startsWith(first.plan() + ",");
      assertThat(run.outLines().get(2)).startsWith(last.plan() + ",");
    }

    @Test
    void unknownPlanIsAUsageErrorOnOneLine() {
      CliRun run = CliRun.of("score", sampleFile.toString(), "--plan", "p-99");
      assertOneLineUserError(run, VetcpdCli.EXIT_USAGE);
      assertThat(run.err()).contains("p-99").contains(sample.plans().get(0).id());
    }

    @Test
    void anEditedRubricIsUsedAndNamedInTheReports() throws IOException {
      Rubric mine = Rubric.standard().withWeight("industry-contact", 0.45).withId("mine");
      Path file = dir.resolve("mine.json");
      Files.writeString(file, VetcpdJson.write(mine));
      CliRun run = CliRun.of("score", sampleFile.toString(), "--rubric", file.toString(),
          "--format", "json");
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out())
          .isEqualTo(VetcpdJson.write(TailoringScorer.of(mine).scoreAll(sample)) + "\n");
      assertThat(JSON.readTree(run.out()).get(0).get("rubric").get("id").asText())
          .isEqualTo("mine");
    }

    @Test
    void anInvalidRubricListsEveryProblemWithTheFileName() throws IOException {
      Path file = dir.resolve("bad-rubric.json");
      Files.writeString(file, VetcpdJson.write(Rubric.standard())
          .replace("\"teacherVoice\": 0.6", "\"teacherVoice\": 1.5")
          .replace("\"coverage\": 0.04", "\"coverage\": -1"));
      CliRun run = CliRun.of("score", "--rubric", file.toString());
      assertThat(run.exitCode()).isEqualTo(VetcpdCli.EXIT_INVALID);
      assertThat(run.out()).isEmpty();
      assertNoStackTrace(run);
      assertThat(run.errLines()).hasSizeGreaterThanOrEqualTo(2)
          .allSatisfy(line -> assertThat(line).startsWith(file + ": "));
      assertThat(run.err()).contains("teacherVoice").contains("weights.coverage");
    }

    @Test
    void aRubricThatIsNotUtf8IsInvalidData() throws IOException {
      Path file = Files.write(dir.resolve("latin1.json"),
          "{\"id\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
      CliRun run = CliRun.of("score", "--rubric", file.toString());
      assertThat(run.exitCode()).isEqualTo(VetcpdCli.EXIT_INVALID);
      // the problem names its place: the field, and the line and column of the first byte that
      // is not UTF-8 (the quote after Latin-1's é, E9, which starts a character of three bytes)
      assertThat(run.errLines())
          .containsExactly(file + ": id: the document is not valid UTF-8 at line 1, column 13");
    }

    @Test
    void aMissingRubricFileIsAUsageErrorOnOneLine() {
      CliRun run = CliRun.of("score", "--rubric", dir.resolve("none.json").toString());
      assertOneLineUserError(run, VetcpdCli.EXIT_USAGE);
    }

    @Test
    void anInvalidDatasetIsScoredNotAtAllAndListsItsProblems() throws IOException {
      Path file = broken();
      CliRun run = CliRun.of("score", file.toString());
      assertThat(run.exitCode()).isEqualTo(VetcpdCli.EXIT_INVALID);
      assertThat(run.out()).isEmpty();
      assertThat(run.errLines()).hasSize(3);
    }
  }

  @Nested
  class Validate {
    @Test
    void aValidDatasetPrintsWhatItHoldsAndExitsZero() {
      CliRun run = CliRun.of("validate", sampleFile.toString());
      assertThat(run.exitCode()).isZero();
      assertThat(run.err()).isEmpty();
      assertThat(run.out()).startsWith("valid: " + sample.plans().size() + " plans, "
          + sample.teachers().size() + " teachers, ");
      assertThat(run.outLines()).hasSize(1);
    }

    @Test
    void aBrokenDatasetListsEveryProblemOneALineWithItsPathAndExitsOne() throws IOException {
      CliRun run = CliRun.of("validate", broken().toString());
      assertThat(run.exitCode()).isEqualTo(VetcpdCli.EXIT_INVALID);
      assertThat(run.out()).isEmpty();
      assertNoStackTrace(run);
      assertThat(run.errLines()).hasSize(3);
      String file = broken() + ": ";
      assertThat(run.errLines()).anySatisfy(line ->
          assertThat(line).startsWith(file + "plans[0].items[0].hours: ").contains("-2"));
      assertThat(run.errLines()).anySatisfy(line ->
          assertThat(line).startsWith(file + "activities[0].type: ").contains("CORSE"));
      assertThat(run.errLines()).anySatisfy(line ->
          assertThat(line).startsWith(file + "teachers[0].favouriteDish: "));
    }

    @Test
    void malformedJsonIsOneProblem() throws IOException {
      Path file = dir.resolve("malformed.json");
      Files.writeString(file, "{\"formatVersion\": 1,");
      CliRun run = CliRun.of("validate", file.toString());
      assertThat(run.exitCode()).isEqualTo(VetcpdCli.EXIT_INVALID);
      assertThat(run.errLines()).hasSize(1);
      assertNoStackTrace(run);
    }

    @Test
    void aMissingFileIsAUsageErrorOnOneLine() {
      Path missing = dir.resolve("no-such-file.json");
      CliRun run = CliRun.of("validate", missing.toString());
      assertOneLineUserError(run, VetcpdCli.EXIT_USAGE);
      assertThat(run.err()).contains(missing.toString());
    }

    @Test
    void aFolderWithoutTheCsvFilesListsTheMissingOnes() throws IOException {
      Path empty = Files.createTempDirectory(dir, "no-csv");
      CliRun run = CliRun.of("validate", empty.toString());
      assertThat(run.exitCode()).as(run.err()).isEqualTo(VetcpdCli.EXIT_INVALID);
      assertNoStackTrace(run);
      assertThat(run.errLines()).isNotEmpty().allSatisfy(line -> assertThat(line)
          .matches("[a-z-]+\\.csv: missing: no such file in .*"));
    }

    @Test
    void theDatasetIsRequired() {
      assertOneLineUserError(CliRun.of("validate"), VetcpdCli.EXIT_USAGE);
    }
  }

  @Nested
  class PrintRubric {
    @Test
    void printsTheStandardRubricAsJsonThatReadsBack() {
      CliRun run = CliRun.of("rubric");
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).isEqualTo(VetcpdJson.write(Rubric.standard()) + "\n");
      assertThat(Rubric.parse(run.out())).isEqualTo(Rubric.standard());
    }
  }

  @Nested
  class UsageAndHelp {
    @ParameterizedTest
    @ValueSource(strings = {
      "--bogus", "score --format xml", "score --bogus", "score a.json b.json", "frobnicate",
      "score --plan", "validate a.json b.json", "rubric extra"
    })
    void aBadCommandLineIsAUsageErrorOnOneLine(String args) {
      CliRun run = CliRun.of(args.split(" "));
      assertOneLineUserError(run, VetcpdCli.EXIT_USAGE);
      assertThat(run.err()).startsWith("vetcpd: ").contains("--help");
    }

    @Test
    void anUnknownFormatNamesTheFormats() {
      assertThat(CliRun.of("score", "-f", "xml").err()).contains("text, json, csv");
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
      CliRun run = CliRun.of("--help");
      assertThat(run.exitCode()).isZero();
      assertThat(run.err()).isEmpty();
      assertThat(run.out()).contains("score", "validate", "rubric", "Exit codes", "--version");
    }

    @ParameterizedTest
    @ValueSource(strings = {"score", "validate", "rubric"})
    void everyCommandHasHelp(String command) {
      CliRun run = CliRun.of(command, "--help");
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).contains("Usage: vetcpd " + command);
      assertThat(CliRun.of("help", command).out()).isEqualTo(run.out());
    }

    @Test
    void versionNamesVetcpdAndTheStandardRubric() {
      CliRun run = CliRun.of("--version");
      assertThat(run.exitCode()).isZero();
      assertThat(run.outLines().get(0)).matches("vetcpd \\d+\\.\\d+\\.\\d+.*");
      assertThat(run.out()).contains(Rubric.standard().id() + " " + Rubric.standard().version());
    }
  }

  /**
   * The sample with three problems: a negative number of hours, an unknown activity type, an
   * unknown field.
   */
  private static Path broken() throws IOException {
    String json = Files.readString(sampleFile, StandardCharsets.UTF_8);
    JsonNode root = JSON.readTree(json);
    com.fasterxml.jackson.databind.node.ObjectNode teacher =
        (com.fasterxml.jackson.databind.node.ObjectNode) root.get("teachers").get(0);
    teacher.put("favouriteDish", "sauce béarnaise");
    ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("activities").get(0))
        .put("type", "CORSE");
    ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("plans").get(0).get("items").get(0))
        .put("hours", -2);
    Path file = dir.resolve("broken.json");
    Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    return file;
  }
}
