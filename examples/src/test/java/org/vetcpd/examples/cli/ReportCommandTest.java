package org.vetcpd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;

/** {@code vetcpd report}: the HTML report, to a file or standard output; errors in one line. */
class ReportCommandTest {
  private static final Path DATA = Path.of(System.getProperty("vetcpd.data.dir", "data"));
  private static final String SAMPLE = DATA.resolve("sample.json").toString();

  @Test
  void writesTheHtmlReportToTheFileCreatingFolders(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("out/report.html");
    CliRun run = CliRun.of("report", SAMPLE, "-o", file.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(VetcpdCli.EXIT_OK);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    String html = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("vetcpd " + VetcpdCli.version());
    Dataset ds = VetcpdJson.readDataset(Path.of(SAMPLE));
    for (CpdPlan p : ds.plans()) {
      assertThat(html).contains("plan " + p.id() + "</h4>");
    }
  }

  @Test
  void withoutOutputTheHtmlGoesToStandardOutput() {
    CliRun run = CliRun.of("report", SAMPLE);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(VetcpdCli.EXIT_OK);
    assertThat(run.out()).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
  }

  @Test
  void aFileThatCannotBeWrittenIsAOneLineOutputError(@TempDir Path dir) throws Exception {
    Path blocker = Files.writeString(dir.resolve("file"), "x");
    CliRun run = CliRun.of("report", SAMPLE, "-o", blocker.resolve("report.html").toString());
    assertThat(run.exitCode()).isEqualTo(VetcpdCli.EXIT_OUTPUT);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("vetcpd: cannot write ").contains(blocker.toString());
    assertThat(Files.readString(blocker)).isEqualTo("x");
  }

  @Test
  void aFolderAsOutputIsAOneLineOutputError(@TempDir Path dir) {
    CliRun run = CliRun.of("report", SAMPLE, "-o", dir.toString());
    assertThat(run.exitCode()).isEqualTo(VetcpdCli.EXIT_OUTPUT);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("vetcpd: cannot write " + dir).contains("folder");
  }

  @Test
  void aMissingDataSetIsAUsageError() {
    CliRun run = CliRun.of("report");
    assertThat(run.exitCode()).isEqualTo(VetcpdCli.EXIT_USAGE);
    assertThat(run.errLines()).hasSize(1);
  }
}
