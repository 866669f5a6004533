package org.vetcpd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.research.CsvCells;
import org.vetcpd.research.CsvTableWriter;
import org.vetcpd.research.ReportCsv;
import org.vetcpd.research.SyntheticCohort;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.TailoringReport;
import org.vetcpd.rules.TailoringScorer;

/**
 * {@code vetcpd score DATASET} scores and makes its reports ready on every core, in batches, and
 * writes them in plan order: the output is what scoring the plans one after the other and writing
 * each gives, byte for byte, over more plans than one batch (1 024) holds.
 */
class ScoreOrderTest {
  @TempDir static Path dir;
  private static Path file;
  private static List<TailoringReport> reports;

  @BeforeAll
  static void cohort() {
    Dataset ds = SyntheticCohort.generate(1_100, 7);
    file = dir.resolve("cohort.json");
    VetcpdJson.write(ds, file);
    reports = TailoringScorer.of(Rubric.standard()).scoreAll(ds);
  }

  @Test
  void csvRowsAreInPlanOrder() {
    StringWriter expected = new StringWriter();
    CsvTableWriter csv = ReportCsv.open(expected, CsvCells.SAFE);
    reports.forEach(r -> csv.row(ReportCsv.cells(r)));
    csv.flush();
    CliRun run = CliRun.of("score", file.toString(), "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(expected.toString());
  }

  @Test
  void jsonIsTheListAsVetcpdJsonWritesIt() {
    CliRun run = CliRun.of("score", file.toString(), "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(VetcpdJson.write(reports) + "\n");
  }

  @Test
  void textReportsAreInPlanOrder() {
    CliRun run = CliRun.of("score", file.toString(), "--format", "text");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(reports.stream()
        .map(r -> r.toText().stripTrailing() + "\n")
        .collect(Collectors.joining("\n")));
  }
}
