package org.vetcpd.examples.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.examples.jshell.ExternalProcess;
import org.vetcpd.research.Aggregates;
import org.vetcpd.research.CohortCsv;
import org.vetcpd.research.CohortRow;
import org.vetcpd.research.CohortTable;
import org.vetcpd.research.GroupSummary;
import org.vetcpd.research.Grouping;

/**
 * Runs the research jshell scripts as the README does, from the repository root, in a separate
 * {@code jshell} of the JDK running the build with this test's class path, and checks what they
 * print.
 */
// Each test waits for its own jshell process: two at a time use both cores.
@Execution(ExecutionMode.CONCURRENT)
class ResearchScriptsTest {
  private static final Dataset SAMPLE = VetcpdJson.readDataset(DataFiles.data("sample.json"));

  @TempDir Path work;

  private static Path root() {
    Path data = DataFiles.data("sample.json").toAbsolutePath();
    return data.getParent().getParent().getParent(); // examples/data/sample.json
  }

  private List<String> jshell(String script, String... remoteProperties) throws Exception {
    List<String> command = ExternalProcess.jshell("--class-path", classPath());
    for (String p : remoteProperties) {
      command.add("-R-D" + p);
    }
    command.add(root().resolve("examples/jshell").resolve(script).toString());
    Path out = work.resolve(script + ".out");
    Path err = work.resolve(script + ".err");
    Process process = new ProcessBuilder(command).directory(root().toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null").exists()
            ? new File("/dev/null") : new File("NUL")))
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("jshell finished").isTrue();
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as("exit code; stderr: %s", stderr).isZero();
    assertThat(stdout + stderr).as("jshell errors").doesNotContain("Error:")
        .doesNotContain("Exception");
    return stdout.isEmpty() ? List.of() : Arrays.asList(stdout.split("\\R"));
  }

  /**
   * The class path of this test as a list of files: surefire may hand the JVM a manifest-only jar
   * whose Class-Path lists the real entries, which jshell's compiler would not follow.
   */
  static String classPath() throws IOException {
    List<String> entries = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (e.endsWith(".jar") && new File(e).getName().startsWith("surefire")) {
        try (JarFile jar = new JarFile(e)) {
          Manifest m = jar.getManifest();
          String cp = m == null ? null : m.getMainAttributes().getValue("Class-Path");
          if (cp != null) {
            for (String url : cp.trim().split("\\s+")) {
              entries.add(Path.of(java.net.URI.create(url)).toString());
            }
            continue;
          }
        }
      }
      entries.add(e);
    }
    return String.join(File.pathSeparator, entries);
  }

  @Test
  void tableScriptPrintsEveryRowAndWritesCsvThatReadsBack() throws Exception {
    Path csv = work.resolve("cohort.csv");
    List<String> lines = jshell("research-table.jsh", "vetcpd.out=" + csv);
    List<CohortRow> rows = CohortTable.of(SAMPLE);
    assertThat(lines).hasSize(rows.size() + 1);
    for (int i = 0; i < rows.size(); i++) {
      assertThat(lines.get(i)).startsWith(rows.get(i).plan() + " " + rows.get(i).teacher() + " "
          + String.format(Locale.ROOT, "%.1f", rows.get(i).score()));
    }
    assertThat(lines.get(rows.size())).isEqualTo(
        "wrote " + rows.size() + " rows to " + csv + "; read back equal: true");
    assertThat(CohortCsv.read(csv)).isEqualTo(rows);
  }

  @Test
  void aggregateScriptPrintsSchoolsDepartmentsProgrammesFacilitatorsAndAll() throws Exception {
    List<String> lines = jshell("research-aggregate.jsh");
    List<CohortRow> rows = CohortTable.of(SAMPLE);
    List<GroupSummary> expected = new ArrayList<>(Aggregates.by(rows, Grouping.SCHOOL));
    expected.addAll(Aggregates.by(rows, Grouping.DEPARTMENT));
    expected.addAll(Aggregates.by(rows, Grouping.PROGRAMME));
    expected.addAll(Aggregates.by(rows, Grouping.FACILITATOR));
    expected.add(Aggregates.overall(rows));
    assertThat(lines).hasSize(expected.size())
        .anyMatch(line -> line.startsWith("DEPARTMENT "))
        .anyMatch(line -> line.startsWith("PROGRAMME "));
    for (int i = 0; i < expected.size(); i++) {
      GroupSummary s = expected.get(i);
      assertThat(lines.get(i)).startsWith(String.format(Locale.ROOT,
          "%s %s n=%d mean=%.1f median=%.1f iqr=%.1f", s.grouping(), s.key(), s.count(),
          s.mean(), s.median(), s.iqr()));
    }
  }

  @Test
  void sensitivityScriptPrintsTauAndEachPlansInterval() throws Exception {
    List<String> lines = jshell("research-sensitivity.jsh");
    assertThat(lines.get(0)).startsWith("2000 draws, concentration 100, seed 1: tau-b mean ");
    assertThat(lines.subList(1, lines.size())).extracting(l -> l.split(" ")[0])
        .containsExactlyElementsOf(SAMPLE.plans().stream().map(p -> p.id())
            .collect(Collectors.toList()));
  }

  @Test
  void robustnessScriptPrintsUncertaintySobolCompareAndIshigamiNearItsAnalyticIndices()
      throws Exception {
    List<String> lines = jshell("research-robustness.jsh");
    int plans = SAMPLE.plans().size();
    assertThat(lines.get(0)).startsWith("uncertainty: 500 draws of weights and constants");
    assertThat(lines.subList(1, 1 + plans)).extracting(l -> l.trim().split(" ")[0])
        .containsExactlyElementsOf(SAMPLE.plans().stream().map(p -> p.id())
            .collect(Collectors.toList()));
    assertThat(lines).anyMatch(l -> l.startsWith("sobol: 27 factors, 3712 rubrics scored"))
        .anyMatch(l -> l.startsWith("compare: tau-b "));
    // Ishigami (a = 7, b = 0.1) with N = 32768: Monte Carlo standard errors are below 0.006, so
    // 0.03 is five of them.
    double[][] analytic = {{0.3139, 0.4424, 0.0}, {0.5576, 0.4424, 0.2437}};
    List<String> ishigami = lines.stream().filter(l -> l.startsWith("ishigami"))
        .collect(Collectors.toList());
    assertThat(ishigami).hasSize(3);
    for (int i = 0; i < 3; i++) {
      String[] w = ishigami.get(i).split("[ ,\\[\\]()]+");
      double s = Double.parseDouble(w[3]);
      double st = Double.parseDouble(w[9]);
      assertThat(Math.abs(s - analytic[0][i])).as(ishigami.get(i)).isLessThan(0.03);
      assertThat(Math.abs(st - analytic[1][i])).as(ishigami.get(i)).isLessThan(0.03);
    }
  }
}
