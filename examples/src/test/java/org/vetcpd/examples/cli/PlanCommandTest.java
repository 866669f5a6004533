package org.vetcpd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.Lists;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vetcpd plan} and {@code vetcpd improve} on the sample data set. */
class PlanCommandTest {
  private static final String SAMPLE =
      Path.of(System.getProperty("vetcpd.data.dir", "data"), "sample.json").toString();

  @Test
  void plansKarisFortyHoursAndTwoThousand() {
    CliRun run = CliRun.of("plan", SAMPLE, "--teacher", "t-rm-01", "--hours", "40",
        "--budget", "2000");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.outLines().get(0))
        .isEqualTo("Best plan for teacher t-rm-01: 40 of 40 h, cost 750 of 2000");
    assertThat(run.out()).contains("proven optimal", "binding: hours",
        "Plan planned-t-rm-01 (teacher t-rm-01)");
  }

  @Test
  void writesThePlannerJson() throws Exception {
    CliRun run = CliRun.of("plan", SAMPLE, "--teacher", "t-rm-02", "--hours", "30",
        "--budget", "1500", "--substitute-rate", "300", "--step", "2.5", "--keep",
        "a-afl-kitchen:5", "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(Lists.newArrayList(json.fieldNames()))
        .containsExactly("plan", "report", "optimal", "gap", "binding", "marginal");
    assertThat(json.get("plan").get("teacher").asText()).isEqualTo("t-rm-02");
    assertThat(json.get("marginal").get("hours").get("step").asDouble()).isEqualTo(2.5);
    double kept = 0;
    for (JsonNode item : json.get("plan").get("items")) {
      if (item.get("activity").asText().equals("a-afl-kitchen")) {
        kept += item.get("hours").asDouble();
      }
    }
    assertThat(kept).isGreaterThanOrEqualTo(5);
  }

  @Test
  void plansADepartment() throws Exception {
    CliRun run = CliRun.of("plan", SAMPLE, "--department", "d-rm", "--school", "s-2",
        "--hours", "40", "--budget", "3000", "--substitute-rate", "300", "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(Lists.newArrayList(json.fieldNames())).containsExactly("school", "department",
        "allocation", "before", "after", "plans");
    assertThat(json.get("plans")).hasSize(4);
    assertThat(json.get("after").get("cost").asDouble()).isLessThanOrEqualTo(3000);
  }

  @Test
  void usageErrorsAreOneLineWithExitTwo() {
    assertUsage(CliRun.of("plan", SAMPLE, "--teacher", "t-99", "--hours", "40"),
        "vetcpd: no teacher \"t-99\" in " + SAMPLE);
    assertUsage(CliRun.of("plan", SAMPLE, "--teacher", "t-rm-01", "--hours", "-5"),
        "vetcpd: --hours must be >= 0 and <= 8760, was -5");
    assertUsage(CliRun.of("plan", SAMPLE, "--teacher", "t-rm-01"),
        "vetcpd: --hours H is required");
    assertUsage(CliRun.of("plan", SAMPLE, "--teacher", "t-rm-01", "--hours", "10", "--keep",
        "a-afl:20"), "vetcpd: no plan satisfies the constraints: kept activity \"a-afl\" needs"
            + " 20 h but can have at most 10 h (the hours available)");
    assertUsage(CliRun.of("plan", SAMPLE, "--department", "d-rm", "--hours", "40"),
        "vetcpd: department \"d-rm\" is in schools s-1, s-2; name one with --school");
    assertUsage(CliRun.of("plan", SAMPLE, "--teacher", "t-rm-01", "--hours", "40", "--format",
        "csv"), "vetcpd: the planner writes text or json, not csv");
    assertUsage(CliRun.of("improve", SAMPLE, "--plan", "p-0", "--band", "TAILORED"),
        "vetcpd: no plan \"p-0\" in " + SAMPLE);
    // steps: at least an item's least hours, and at most MAX_STEPS of them in the hours
    assertUsage(CliRun.of("plan", SAMPLE, "--teacher", "t-rm-01", "--hours", "40", "--step",
        "1e-300"), "vetcpd: --step must be >= 0.001 and <= 8760, was 1.0E-300");
    assertUsage(CliRun.of("plan", SAMPLE, "--teacher", "t-rm-01", "--hours", "40", "--step",
        "0.001"), "vetcpd: --hours / --step must be at most 10000 steps, was 40 / 0.001;"
            + " use --step 0.004 or more");
    assertUsage(CliRun.of("improve", SAMPLE, "--plan", "p-s1-template-t-rm-01", "--band",
        "TAILORED", "--step", "0.5"), "vetcpd: --hours / --step must be at most 10000 steps, was"
            + " 8760 / 0.5 (--hours left out: 8760); use --step 0.876 or more");
    CliRun both = CliRun.of("plan", SAMPLE, "--teacher", "t-rm-01", "--department", "d-rm",
        "--hours", "40");
    assertThat(both.exitCode()).isEqualTo(VetcpdCli.EXIT_USAGE);
    assertThat(both.errLines()).hasSize(1);
    CliRun band = CliRun.of("improve", SAMPLE, "--plan", "p-s1-template-t-rm-01", "--band",
        "GREAT");
    assertThat(band.exitCode()).isEqualTo(VetcpdCli.EXIT_USAGE);
    assertThat(band.errLines()).hasSize(1);
  }

  @Test
  void improveListsTheEditsOrWhatStopsIt() throws Exception {
    CliRun run = CliRun.of("improve", SAMPLE, "--plan", "p-s1-template-t-rm-01", "--band",
        "partly_tailored", "--hours", "50", "--budget", "1000");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.outLines().get(0)).startsWith("2 edits lift plan p-s1-template-t-rm-01");
    CliRun no = CliRun.of("improve", SAMPLE, "--plan", "p-s1-template-t-rm-01", "--band",
        "TAILORED", "--hours", "44", "--format", "json");
    assertThat(no.exitCode()).as(no.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(no.out());
    assertThat(json.get("reached").asBoolean()).isFalse();
    assertThat(json.get("stoppedBy").asText()).isEqualTo("hours");
  }

  @Test
  void improveNeverBuildsAPlanOverTheYearsHours() throws Exception {
    // dropping the mismatched 21 h frees hours that an addition alone would pass 8760 h with
    for (String step : new String[] {"8728", "8720", "8710"}) {
      CliRun run = CliRun.of("improve", SAMPLE, "--plan", "p-s1-cnc-mismatch-t-rm-03", "--band",
          "TAILORED", "--step", step, "--format", "json");
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.err()).isEmpty();
      JsonNode json = new ObjectMapper().readTree(run.out());
      assertThat(json.get("reached").asBoolean() || !json.get("stoppedBy").isNull()).isTrue();
    }
  }

  @Test
  void improvesWithAFineStepUnderTheUsersHours() {
    // the internal search without an hour limit (8760 h) must not refuse the user's step
    for (String[] hs : new String[][] {{"80", "0.5"}, {"10", "0.1"}}) {
      CliRun run = CliRun.of("improve", SAMPLE, "--plan", "p-s1-template-t-rm-01", "--band",
          "TAILORED", "--hours", hs[0], "--step", hs[1]);
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.err()).isEmpty();
      assertThat(run.outLines().get(0)).containsAnyOf("lift plan", "cannot reach TAILORED");
    }
  }

  @Test
  void theSuggestedStepPasses() {
    // 40 / 0.004 is exactly the 10 000 steps allowed: the marginal of one more step (40.004 h)
    // must not then fail on the cap; the suggestion is a short decimal that passes
    for (String hours : new String[] {"40", "40.004"}) {
      CliRun fine = CliRun.of("plan", SAMPLE, "--teacher", "t-rm-01", "--hours", hours,
          "--step", "0.001");
      assertThat(fine.exitCode()).isEqualTo(VetcpdCli.EXIT_USAGE);
      assertThat(fine.errLines()).hasSize(1);
      java.util.regex.Matcher m = java.util.regex.Pattern
          .compile("; use --step ([0-9.]+) or more$").matcher(fine.err().strip());
      assertThat(m.find()).as(fine.err()).isTrue();
      assertThat(m.group(1)).hasSizeLessThanOrEqualTo(7); // 0.00401
      CliRun run = CliRun.of("plan", SAMPLE, "--teacher", "t-rm-01", "--hours", hours,
          "--step", m.group(1));
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.err()).isEmpty();
    }
  }

  @Test
  void anActivityKeptTwiceIsRefused() {
    assertUsage(CliRun.of("plan", SAMPLE, "--teacher", "t-rm-01", "--hours", "40", "--keep",
        "a-afl:40", "--keep", "a-afl:5"), "vetcpd: --keep a-afl is given more than once"
            + " (a-afl:40, a-afl:5); keep each activity once, with the hours it needs");
    assertUsage(CliRun.of("improve", SAMPLE, "--plan", "p-s1-template-t-rm-01", "--band",
        "TAILORED", "--keep", "a-afl", "--keep", "a-icf:5", "--keep", "a-afl:10"),
        "vetcpd: --keep a-afl is given more than once (a-afl, a-afl:10); keep each activity"
            + " once, with the hours it needs");
    // two activities, each once, are fine
    CliRun two = CliRun.of("plan", SAMPLE, "--teacher", "t-rm-01", "--hours", "40", "--keep",
        "a-afl:10", "--keep", "a-icf:5");
    assertThat(two.exitCode()).as(two.err()).isZero();
  }

  @Test
  void theOutputFilesExtensionChoosesTheFormat(@TempDir Path dir) throws Exception {
    // the shared rule (OutputOptions.format): without --format, FILE.json writes JSON
    Path plan = dir.resolve("p.json");
    CliRun run = CliRun.of("plan", SAMPLE, "--teacher", "t-rm-01", "--hours", "40", "-o",
        plan.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Lists.newArrayList(new ObjectMapper().readTree(plan.toFile()).fieldNames()))
        .containsExactly("plan", "report", "optimal", "gap", "binding", "marginal");
    Path improved = dir.resolve("i.JSON");
    run = CliRun.of("improve", SAMPLE, "--plan", "p-s1-template-t-rm-01", "--band", "TAILORED",
        "--hours", "80", "-o", improved.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(new ObjectMapper().readTree(improved.toFile()).has("stoppedBy")).isTrue();
    // --format wins over the name
    Path text = dir.resolve("t.json");
    run = CliRun.of("plan", SAMPLE, "--teacher", "t-rm-01", "--hours", "40", "-f", "text", "-o",
        text.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(text)).startsWith("Best plan for teacher t-rm-01");
    // FILE.csv means csv, which the planner does not write: refused as -f csv is, no file
    for (String command : new String[] {"plan", "improve"}) {
      Path csv = dir.resolve(command + ".csv");
      CliRun refused = command.equals("plan")
          ? CliRun.of("plan", SAMPLE, "--teacher", "t-rm-01", "--hours", "40", "-o",
              csv.toString())
          : CliRun.of("improve", SAMPLE, "--plan", "p-s1-template-t-rm-01", "--band",
              "TAILORED", "-o", csv.toString());
      assertUsage(refused, "vetcpd: the planner writes text or json, not csv (-o names a .csv"
          + " file: give --format text or json, or another file name)");
      assertThat(csv).doesNotExist();
    }
  }

  @Test
  void theSubstituteRateAndTheBudgetAreBounded() throws Exception {
    // a rate of 1e308 made costs Infinity; a budget near the largest double overflowed the
    // budget plus one unit of money ("budget must be finite")
    assertUsage(CliRun.of("plan", SAMPLE, "--teacher", "t-rm-01", "--hours", "40",
        "--substitute-rate", "1e308"),
        "vetcpd: --substitute-rate must be >= 0 and <= 1000000, was 1.0E308");
    assertUsage(CliRun.of("plan", SAMPLE, "--teacher", "t-rm-01", "--hours", "40", "--budget",
        "1.79e308", "--substitute-rate", "1e307"),
        "vetcpd: --substitute-rate must be >= 0 and <= 1000000, was 1.0E307");
    assertUsage(CliRun.of("plan", SAMPLE, "--teacher", "t-rm-01", "--hours", "40", "--budget",
        "1.79e308"), "vetcpd: --budget must be >= 0 and <= 1000000000000000, was 1.79E308");
    assertUsage(CliRun.of("improve", SAMPLE, "--plan", "p-s1-template-t-rm-01", "--band",
        "TAILORED", "--substitute-rate", "1000000.5"),
        "vetcpd: --substitute-rate must be >= 0 and <= 1000000, was 1000000.5");
    // the limits themselves are taken, and every number written is finite
    CliRun run = CliRun.of("plan", SAMPLE, "--teacher", "t-rm-01", "--hours", "40", "--budget",
        "1e15", "--substitute-rate", "1e6", "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("Infinity", "NaN");
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("marginal").get("money").get("unit").isNumber()).isTrue();
    CliRun dept = CliRun.of("plan", SAMPLE, "--department", "d-rm", "--school", "s-2", "--hours",
        "10", "--budget", "1e15", "--substitute-rate", "1e6");
    assertThat(dept.exitCode()).as(dept.err()).isZero();
    assertThat(dept.out()).doesNotContain("Infinity", "NaN");
  }

  @Test
  void improveEscapesTheTitlesItQuotes(@TempDir Path dir) throws Exception {
    // titles may hold bidi controls (right-to-left names need them); printed raw, an override
    // reverses the rest of the line on a terminal: escaped as the report escapes them
    ObjectMapper mapper = new ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode data =
        (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(Path.of(SAMPLE).toFile());
    for (JsonNode a : data.get("activities")) {
      String id = a.get("id").asText();
      if (id.equals("a-kitchen-managers") || id.equals("a-afl-kitchen")) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) a).put("title",
            "\u202e\u2066" + a.get("title").asText() + "\u2069\u061c");
      }
    }
    Path file = dir.resolve("bidi.json");
    mapper.writeValue(file.toFile(), data);
    CliRun run = CliRun.of("improve", file.toString(), "--plan", "p-s1-template-t-rm-01",
        "--band", "TAILORED", "--hours", "80", "--budget", "3000");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.outLines()).contains("  1. Add 30 h of a-kitchen-managers (\\u202e\\u2066"
        + "Meetings with kitchen managers who have students in placement\\u2069\\u061c) with"
        + " time allocated");
    assertThat(run.out()).contains("a-afl-kitchen (\\u202e\\u2066AfL");
    assertSafe(run.out());
    // JSON keeps data exact
    CliRun json = CliRun.of("improve", file.toString(), "--plan", "p-s1-template-t-rm-01",
        "--band", "TAILORED", "--hours", "80", "--budget", "3000", "--format", "json");
    assertThat(mapper.readTree(json.out()).get("edits").get(0).get("description").asText())
        .contains("(\u202e\u2066Meetings");
    // plan and department text print ids only: nothing unsafe either
    assertSafe(CliRun.of("plan", file.toString(), "--teacher", "t-rm-01", "--hours", "40").out());
    assertSafe(CliRun.of("plan", file.toString(), "--department", "d-rm", "--school", "s-2",
        "--hours", "40").out());
  }

  @Test
  void numbersInThePlansTextNeverEndInAPoint() {
    assertThat(CliRun.of("plan", SAMPLE, "--teacher", "t-rm-01", "--hours", "0.0001")
        .outLines().get(0)).isEqualTo("Best plan for teacher t-rm-01: 0 of 0 h, cost 0 (no budget"
            + " limit)");
    assertThat(CliRun.of("plan", SAMPLE, "--teacher", "t-rm-01", "--hours", "7.0001")
        .outLines().get(0)).isEqualTo("Best plan for teacher t-rm-01: 5 of 7 h, cost 0 (no budget"
            + " limit)");
    assertThat(CliRun.of("plan", SAMPLE, "--teacher", "t-rm-01", "--hours", "40", "--budget",
        "1e-300").outLines().get(0)).isEqualTo("Best plan for teacher t-rm-01: 40 of 40 h, cost 0"
            + " of 0");
  }

  private static void assertSafe(String out) {
    assertThat(out.chars().filter(c -> c != '\n' && c != '\r'
        && org.vetcpd.rules.TerminalText.unsafe((char) c))).isEmpty();
  }

  private static void assertUsage(CliRun run, String message) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(VetcpdCli.EXIT_USAGE);
    assertThat(run.errLines()).containsExactly(message);
    assertThat(run.out()).isEmpty();
  }
}
