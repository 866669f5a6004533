package org.vetcpd.examples.research;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.examples.cli.CliRun;
import org.vetcpd.research.RobustnessCsv;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.RubricRef;

/** The robustness commands on the sample data set: sobol, compare, criteria, aggregate --ci. */
class RobustnessCommandsTest {
  private static final Dataset SAMPLE = VetcpdJson.readDataset(DataFiles.data("sample.json"));

  @TempDir Path dir;

  /**
   * Thread counts past what a pool takes and more Sobol samples than a run may evaluate are usage
   * errors: one line, exit code 2, no stack trace.
   */
  @Test
  void threadsAndSamplesBeyondTheirBoundsAreOneLineUsageErrors() {
    CliRun threads = CliRun.of("sensitivity", DataFiles.sample(), "--threads", "32768",
        "--no-progress");
    assertThat(threads.exitCode()).isEqualTo(2);
    assertThat(threads.errLines()).containsExactly(
        "vetcpd: --threads must be at least 1 and at most 32767, was 32768");
    CliRun samples = CliRun.of("sensitivity", DataFiles.sample(), "--method", "sobol",
        "--samples", "2147483647", "--no-progress");
    assertThat(samples.exitCode()).isEqualTo(2);
    assertThat(samples.errLines()).hasSize(1);
    assertThat(samples.err()).startsWith("vetcpd: --samples must be at most ")
        .contains("was 2147483647");
  }

  @Test
  void sobolIsReproducibleWhateverTheThreads() throws Exception {
    String[] args = {"sensitivity", DataFiles.sample(), "--method", "sobol", "--samples", "64",
      "--resamples", "100", "--no-progress", "-f", "csv"};
    CliRun a = CliRun.of(args);
    assertThat(a.exitCode()).as(a.err()).isZero();
    assertThat(a.outLines().get(0)).isEqualTo(String.join(",", RobustnessCsv.SOBOL_COLUMNS));
    assertThat(a.outLines()).hasSize(1 + 3 * 27);
    List<String> one = new ArrayList<>(List.of(args));
    one.add("--threads");
    one.add("1");
    assertThat(CliRun.of(one.toArray(new String[0])).out()).isEqualTo(a.out());
    CliRun text = CliRun.of("sensitivity", DataFiles.sample(), "--method", "sobol", "--samples",
        "32", "--resamples", "100", "--no-progress", "--vary", "weights");
    assertThat(text.out()).startsWith("Sobol sensitivity of " + org.vetcpd.rules.Rubric.standard().ref()
        + ": vary weights,"
        + " 10 factors, N = 32, 384 rubrics scored").contains("mean_score", "tailored_share",
        "mean_abs_rank_shift", "weights.industry-contact");
    CliRun wrong = CliRun.of("sensitivity", DataFiles.sample(), "--method", "sobol", "--draws",
        "10");
    assertThat(wrong.exitCode()).isEqualTo(2);
    assertThat(wrong.errLines()).containsExactly(
        "vetcpd: --draws goes with --method dirichlet");
  }

  @Test
  void uncertaintyOverConstantsWithGroupsNamesTheSpreadNeverACi() throws Exception {
    CliRun text = CliRun.of("sensitivity", DataFiles.sample(), "--vary", "all", "--by",
        "school", "--draws", "200", "--no-progress");
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).startsWith("Sensitivity of " + org.vetcpd.rules.Rubric.standard().ref()
        + ": 200 draws of the"
        + " weights and the constants").contains("spread over rubric draws",
        "not a confidence interval", "P(group > other)", "median rank")
        .doesNotContain("CI");
    JsonNode json = new ObjectMapper().readTree(CliRun.of("sensitivity", DataFiles.sample(),
        "--vary", "constants", "--by", "school", "--draws", "50", "--no-progress", "-f", "json")
        .out());
    assertThat(json.get("vary").asText()).isEqualTo("CONSTANTS");
    assertThat(json.get("groups").size()).isEqualTo(2);
    assertThat(json.get("plans").get(0).has("bandChangeMcse")).isTrue();
    CliRun groups = CliRun.of("sensitivity", DataFiles.sample(), "--by", "school", "--draws",
        "50", "--no-progress", "-f", "csv", "--groups");
    assertThat(groups.outLines().get(0)).isEqualTo(String.join(",", RobustnessCsv.GROUP_COLUMNS));
    assertThat(groups.outLines()).hasSize(3);
  }

  /** Both rubrics invalid: one error lists the problems of each, after its file's name. */
  @Test
  void compareListsTheProblemsOfBothRubrics() throws Exception {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    String standard = VetcpdJson.write(Rubric.standard());
    String badA = standard.replaceFirst("\"tailoredLimit\"\\s*:\\s*70(\\.0)?",
        "\"tailoredLimit\": 700");
    String badB = standard.replaceFirst("\"version\"\\s*:\\s*\"1\\.0\"", "\"version\": \"\"");
    assertThat(badA).isNotEqualTo(standard);
    assertThat(badB).isNotEqualTo(standard);
    Files.writeString(a, badA);
    Files.writeString(b, badB);
    CliRun run = CliRun.of("compare", DataFiles.sample(), "--rubric", a.toString(), "--rubric",
        b.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines().get(0)).startsWith(a + ": tailoredLimit: ");
    assertThat(run.errLines().get(1)).startsWith(b + ": version: ");
    // a file that cannot be read is the error, whatever the other holds
    CliRun missing = CliRun.of("compare", DataFiles.sample(), "--rubric", a.toString(),
        "--rubric", dir.resolve("none.json").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.errLines()).singleElement().asString().contains("none.json");
  }

  @Test
  void compareTwoRubrics() throws Exception {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    VetcpdJson.write(Rubric.standard(), a);
    VetcpdJson.write(Rubric.standard().withId("facilitation-heavy").withVersion("1")
        .withWeight("facilitation", 0.5), b);
    JsonNode json = new ObjectMapper().readTree(CliRun.of("compare", DataFiles.sample(),
        "--rubric", a.toString(), "--rubric", b.toString(), "-f", "json").out());
    for (String name : List.of("kendallTauB", "spearman", "weightedKappa", "transitions",
        "movers")) {
      assertThat(json.has(name)).as(name).isTrue();
    }
    int total = 0;
    for (Band x : Band.values()) {
      for (Band y : Band.values()) {
        total += json.get("transitions").get(x.name()).get(y.name()).asInt();
      }
    }
    assertThat(total).isEqualTo(SAMPLE.plans().size());
    assertThat(json.get("kendallTauB").asDouble()).isBetween(-1.0, 1.0);
    CliRun csv = CliRun.of("compare", DataFiles.sample(), "--rubric", a.toString(), "--rubric",
        b.toString(), "-f", "csv");
    assertThat(csv.outLines().get(0))
        .isEqualTo(String.join(",", RobustnessCsv.COMPARISON_COLUMNS));
    assertThat(csv.outLines()).hasSize(1 + SAMPLE.plans().size());
    // the codebook's inputs name both rubric files, each with its SHA-256
    Path file = dir.resolve("compare/moves.csv");
    CliRun toFile = CliRun.of("compare", DataFiles.sample(), "--rubric", a.toString(),
        "--rubric", b.toString(), "-o", file.toString());
    assertThat(toFile.exitCode()).as(toFile.err()).isZero();
    JsonNode vetcpd = new ObjectMapper().readTree(file.resolveSibling("datapackage.json")
        .toFile()).get("vetcpd");
    JsonNode inputs = vetcpd.get("inputs");
    // the codebook names both rubrics: A as every table's rubric, B beside it
    assertNames(vetcpd.get("rubric"), Rubric.standard().ref());
    assertNames(vetcpd.get("rubricB"), Rubric.read(b).ref());
    assertThat(inputs.has(a.toString())).as(inputs.toString()).isTrue();
    assertThat(inputs.has(b.toString())).as(inputs.toString()).isTrue();
    assertThat(inputs.get(b.toString()).asText()).startsWith("sha256:");
    CliRun text = CliRun.of("compare", DataFiles.sample(), "--rubric", a.toString(),
        "--rubric", b.toString());
    assertThat(text.out()).contains("Kendall's tau-b", "Plans that move most");
    CliRun once = CliRun.of("compare", DataFiles.sample(), "--rubric", a.toString());
    assertThat(once.exitCode()).isEqualTo(2);
    assertThat(once.errLines()).singleElement().asString()
        .startsWith("vetcpd: compare needs --rubric twice");
    CliRun twice = CliRun.of("table", DataFiles.sample(), "--rubric", a.toString(), "--rubric",
        b.toString());
    assertThat(twice.exitCode()).isEqualTo(2);
  }

  @Test
  void criteriaAndAggregateCi() throws Exception {
    JsonNode criteria = new ObjectMapper().readTree(
        CliRun.of("criteria", DataFiles.sample(), "-f", "json").out());
    assertThat(criteria.get("plans").asInt()).isEqualTo(SAMPLE.plans().size());
    assertThat(criteria.get("correlations").size()).isEqualTo(10);
    assertThat(criteria.has("alpha")).isTrue();
    CliRun csv = CliRun.of("criteria", DataFiles.sample(), "-f", "csv");
    assertThat(csv.outLines().get(0)).isEqualTo(String.join(",", RobustnessCsv.CRITERIA_COLUMNS));
    assertThat(csv.outLines()).hasSize(11);

    String[] ci = {"aggregate", DataFiles.sample(), "--by", "school", "--ci", "--resamples",
      "300", "--seed", "4", "-f", "csv"};
    CliRun one = CliRun.of(ci);
    assertThat(one.exitCode()).as(one.err()).isZero();
    assertThat(one.outLines().get(0)).isEqualTo(String.join(",", RobustnessCsv.INTERVAL_COLUMNS));
    assertThat(CliRun.of(ci).out()).isEqualTo(one.out());
    CliRun text = CliRun.of("aggregate", DataFiles.sample(), "--by", "programme", "--ci",
        "--cluster", "school");
    assertThat(text.out()).contains("95% CI", "schools resampled");
    JsonNode json = new ObjectMapper().readTree(CliRun.of("aggregate", DataFiles.sample(), "--by",
        "school", "--ci", "--resamples", "200", "-f", "json").out());
    assertThat(json.get("intervals").size()).isEqualTo(2);
    assertThat(json.get("differences").size()).isEqualTo(1);
    CliRun diffs = CliRun.of("aggregate", DataFiles.sample(), "--by", "school", "--ci",
        "--differences", "-f", "csv");
    assertThat(diffs.outLines().get(0))
        .isEqualTo(String.join(",", RobustnessCsv.DIFFERENCE_COLUMNS));
    assertThat(diffs.outLines()).hasSize(2);
    CliRun stray = CliRun.of("aggregate", DataFiles.sample(), "--by", "school", "--seed", "3");
    assertThat(stray.exitCode()).isEqualTo(2);
  }

  @Test
  void everyRobustnessTableAndJsonNamesTheRubric() throws Exception {
    Rubric mine = Rubric.standard().withId("mine").withVersion("2")
        .withWeight("facilitation", 0.5);
    Path file = dir.resolve("mine.json");
    VetcpdJson.write(mine, file);
    Path standardFile = dir.resolve("standard.json");
    VetcpdJson.write(Rubric.standard(), standardFile);
    String rubric = file.toString();
    String[] sample = {DataFiles.sample(), "--rubric", rubric};
    List<List<String>> tables = List.of(
        List.of("sensitivity", "--method", "sobol", "--samples", "8", "--resamples", "100",
            "--vary", "weights", "--no-progress", "-f", "csv"),
        List.of("sensitivity", "--by", "school", "--draws", "20", "--no-progress", "-f", "csv",
            "--groups"),
        List.of("criteria", "-f", "csv"),
        List.of("aggregate", "--by", "school", "--ci", "--resamples", "100", "-f", "csv"),
        List.of("aggregate", "--by", "school", "--ci", "--resamples", "100", "--differences",
            "-f", "csv"));
    String suffix = "," + mine.ref().id() + "," + mine.ref().version() + ","
        + mine.ref().fingerprint();
    for (List<String> t : tables) {
      List<String> args = new ArrayList<>(t.subList(0, 1));
      args.addAll(List.of(sample));
      args.addAll(t.subList(1, t.size()));
      CliRun run = CliRun.of(args.toArray(new String[0]));
      assertThat(run.exitCode()).as(t + ": " + run.err()).isZero();
      List<String> lines = run.outLines();
      assertThat(lines.get(0)).as(t.toString())
          .endsWith(",rubric_id,rubric_version,rubric_fingerprint");
      assertThat(lines.subList(1, lines.size())).as(t.toString()).isNotEmpty()
          .allSatisfy(line -> assertThat(line).endsWith(suffix));
    }
    CliRun compare = CliRun.of("compare", DataFiles.sample(), "--rubric",
        standardFile.toString(), "--rubric", rubric, "-f", "csv");
    RubricRef a = Rubric.standard().ref();
    assertThat(compare.outLines().subList(1, compare.outLines().size())).isNotEmpty()
        .allSatisfy(line -> assertThat(line).endsWith("," + a.id() + "," + a.version() + ","
            + a.fingerprint() + suffix));

    ObjectMapper json = new ObjectMapper();
    JsonNode sobol = json.readTree(CliRun.of("sensitivity", DataFiles.sample(), "--rubric",
        rubric, "--method", "sobol", "--samples", "8", "--resamples", "100", "--vary", "weights",
        "--no-progress", "-f", "json").out());
    assertNames(sobol.get("rubric"), mine.ref());
    JsonNode groups = json.readTree(CliRun.of("sensitivity", DataFiles.sample(), "--rubric",
        rubric, "--by", "school", "--draws", "20", "--no-progress", "-f", "json").out());
    assertNames(groups.get("rubric"), mine.ref());
    assertNames(json.readTree(CliRun.of("criteria", DataFiles.sample(), "--rubric", rubric, "-f",
        "json").out()).get("rubric"), mine.ref());
    JsonNode ci = json.readTree(CliRun.of("aggregate", DataFiles.sample(), "--rubric", rubric,
        "--by", "school", "--ci", "--resamples", "100", "-f", "json").out());
    assertThat(ci.get("intervals")).isNotEmpty()
        .allSatisfy(g -> assertNames(g.get("rubric"), mine.ref()));
    assertThat(ci.get("differences")).isNotEmpty()
        .allSatisfy(d -> assertNames(d.get("rubric"), mine.ref()));
    JsonNode c = json.readTree(CliRun.of("compare", DataFiles.sample(), "--rubric",
        standardFile.toString(), "--rubric", rubric, "-f", "json").out());
    assertNames(c.get("rubricA"), a);
    assertNames(c.get("rubricB"), mine.ref());
  }

  private static void assertNames(JsonNode rubric, RubricRef expected) {
    assertThat(rubric).as("rubric").isNotNull();
    assertThat(rubric.get("id").asText()).isEqualTo(expected.id());
    assertThat(rubric.get("version").asText()).isEqualTo(expected.version());
    assertThat(rubric.get("fingerprint").asText()).isEqualTo(expected.fingerprint());
  }

  @Test
  void excludeEmptyLeavesOutPlansWithoutItemsAndSaysHowMany() throws Exception {
    List<CpdPlan> plans = new ArrayList<>(SAMPLE.plans());
    plans.add(SAMPLE.plans().get(0).withId("p-empty").withItems(List.of()));
    Path data = dir.resolve("with-empty.json");
    VetcpdJson.write(SAMPLE.withPlans(plans), data);
    CliRun all = CliRun.of("table", data.toString(), "-f", "csv");
    assertThat(all.outLines()).hasSize(2 + SAMPLE.plans().size());
    for (String command : List.of("table", "criteria", "compare", "aggregate", "sensitivity")) {
      List<String> args = new ArrayList<>(List.of(command, data.toString(), "--exclude-empty",
          "-f", "json"));
      switch (command) {
        case "compare":
          Path r = dir.resolve("r.json");
          VetcpdJson.write(Rubric.standard(), r);
          args.addAll(List.of("--rubric", r.toString(), "--rubric", r.toString()));
          break;
        case "aggregate":
          args.addAll(List.of("--by", "school"));
          break;
        case "sensitivity":
          args.addAll(List.of("--draws", "20", "--no-progress"));
          break;
        default:
          break;
      }
      CliRun run = CliRun.of(args.toArray(new String[0]));
      assertThat(run.exitCode()).as(command + ": " + run.err()).isZero();
      assertThat(run.errLines()).as(command)
          .containsExactly("vetcpd: --exclude-empty left out 1 plan without items");
      assertThat(run.out()).as(command).doesNotContain("p-empty");
    }
  }
}
