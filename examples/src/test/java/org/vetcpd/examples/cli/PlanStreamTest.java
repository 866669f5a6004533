package org.vetcpd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.rules.TailoringReport;
import org.vetcpd.rules.TailoringScorer;

/** {@code --plans}: scoring and validating a JSON Lines stream of plans against a catalogue. */
class PlanStreamTest {
  @TempDir static Path dir;

  private static Path catalogueFile;
  private static Path plansFile;
  private static Dataset catalogue;
  private static List<TailoringReport> reports;

  @BeforeAll
  static void readTheSampleStream() throws IOException {
    Path data = Path.of(System.getProperty("vetcpd.data.dir", "data"));
    plansFile = data.resolve("sample-plans.jsonl");
    assertThat(plansFile).isRegularFile();
    catalogueFile = dir.resolve("sample.json");
    try (InputStream in = Samples.class.getClassLoader()
        .getResourceAsStream(Samples.RESOURCE_DIR + "sample.json")) {
      Files.copy(in, catalogueFile);
    }
    catalogue = Samples.sample();
    List<CpdPlan> plans = VetcpdJson.readPlans(plansFile, catalogue);
    assertThat(plans).hasSizeGreaterThan(1);
    reports = plans.stream().map(p -> TailoringScorer.standard().score(catalogue, p))
        .collect(Collectors.toList());
  }

  @Test
  void jsonOfAStreamIsTheArrayOfItsReports() {
    CliRun run = CliRun.of("score", catalogueFile.toString(), "--plans", plansFile.toString(),
        "-f", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(VetcpdJson.write(reports) + "\n");
  }

  @Test
  void withoutDatasetTheSampleIsTheCatalogue() {
    CliRun withoutDataset = CliRun.of("score", "--plans", plansFile.toString(), "-f", "csv");
    CliRun withSample = CliRun.of("score", catalogueFile.toString(), "--plans",
        plansFile.toString(), "-f", "csv");
    assertThat(withoutDataset.exitCode()).isEqualTo(withSample.exitCode()).isZero();
    assertThat(withoutDataset.out()).isEqualTo(withSample.out());
    assertThat(withoutDataset.errLines()).containsExactly(Inputs.SAMPLE_NOTE);
    assertThat(withSample.err()).isEmpty();
  }

  @Test
  void planOptionSelectsFromTheStream() {
    TailoringReport last = reports.get(reports.size() - 1);
    CliRun run = CliRun.of("score", "--plans", plansFile.toString(), "--plan", last.plan());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(last.toText().stripTrailing() + "\n");
  }

  @Test
  void anUnknownPlanOfTheStreamIsAUsageError() {
    CliRun run = CliRun.of("score", "--plans", plansFile.toString(), "--plan", "p-nope");
    assertThat(run.exitCode()).isEqualTo(VetcpdCli.EXIT_USAGE);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).contains("p-nope").contains(reports.get(0).plan());
    assertThat(run.out()).isEmpty();
  }

  @Test
  void anEmptyStreamGivesAnEmptyArrayAndACsvHeader() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "\n");
    CliRun json = CliRun.of("score", "--plans", empty.toString(), "-f", "json");
    assertThat(json.out()).isEqualTo(VetcpdJson.write(List.of()) + "\n");
    CliRun csv = CliRun.of("score", "--plans", empty.toString(), "-f", "csv");
    assertThat(csv.outLines()).hasSize(1);
    assertThat(CliRun.of("score", "--plans", empty.toString()).out()).isEmpty();
  }

  @Test
  void aBrokenStreamIsNotScoredAndEveryProblemOfEveryLineIsListed() throws IOException {
    List<String> lines = Files.readAllLines(plansFile);
    Path broken = dir.resolve("broken.jsonl");
    Files.write(broken, List.of(
        lines.get(0),
        lines.get(1).replaceFirst("\"hours\":\\s*[0-9.]+", "\"hours\":-2"),
        "{not json",
        lines.get(0).replaceFirst("\"teacher\":\\s*\"[^\"]*\"", "\"teacher\":\"t-99\"")));
    for (String command : List.of("score", "validate")) {
      CliRun run = command.equals("score")
          ? CliRun.of("score", "--plans", broken.toString())
          : CliRun.of("validate", catalogueFile.toString(), "--plans", broken.toString());
      assertThat(run.exitCode()).as(command).isEqualTo(VetcpdCli.EXIT_INVALID);
      assertThat(run.out()).as(command).isEmpty();
      assertThat(run.errLines()).as(command).hasSize(3);
      assertThat(run.errLines().get(0)).startsWith(broken + ": line 2.items[0].hours: ");
      assertThat(run.errLines().get(1)).startsWith(broken + ": line 3");
      assertThat(run.errLines().get(2)).startsWith(broken + ": line 4.teacher: ").contains("t-99");
      assertThat(run.err()).doesNotContain("Exception");
    }
  }

  @Test
  void validateCountsThePlansOfAStream() {
    CliRun run = CliRun.of("validate", catalogueFile.toString(), "--plans", plansFile.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("valid: " + reports.size() + " plans in ");
  }

  @Test
  void aMissingStreamIsAUsageError() {
    CliRun run = CliRun.of("score", "--plans", dir.resolve("none.jsonl").toString());
    assertThat(run.exitCode()).isEqualTo(VetcpdCli.EXIT_USAGE);
    assertThat(run.errLines()).hasSize(1);
  }
}
