package org.vetcpd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@code vetcpd} prints for the bundled data sets, held byte for byte to the files under
 * {@code src/test/resources/golden/}: every report, CSV row, JSON document, recommendation and plan
 * of the samples in each format. A change to the scorer, a formatter or a writer that was meant to
 * leave the output alone (a faster path, a refactoring) is shown to leave it alone here; the text
 * of the first line that differs is in the failure.
 *
 * <p>A deliberate change of output rewrites the files, and the diff is reviewed like code:
 *
 * <pre>{@code
 * ./mvnw -B -pl examples -am test -Dtest=GoldenOutputTest -Dvetcpd.golden.write=true \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 *
 * <p>The HTML report's footer names the version and the day it was made: both are replaced by
 * {@code VERSION} and {@code DATE} before the comparison. Text, JSON and HTML are compared with
 * their lines ending in \n; CSV as written, its lines ending in CR LF.
 */
class GoldenOutputTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  static Stream<Arguments> runs() {
    List<Arguments> runs = new ArrayList<>();
    for (String data : List.of("sample", "health-care", "erasmus-partners")) {
      String file = data(data + ".json");
      runs.add(run(data + "-score.txt", "score", file));
      runs.add(run(data + "-score.json", "score", file, "--format", "json"));
      runs.add(run(data + "-score.csv", "score", file, "--format", "csv"));
      runs.add(run(data + "-report.html", "report", file));
    }
    String sample = data("sample.json");
    String plans = data("sample-plans.jsonl");
    runs.add(run("sample-plans-score.txt", "score", sample, "--plans", plans));
    runs.add(run("sample-plans-score.json", "score", sample, "--plans", plans, "--format",
        "json"));
    runs.add(run("sample-plans-score.csv", "score", sample, "--plans", plans, "--format", "csv"));
    runs.add(run("sample-table.csv", "table", sample, "--format", "csv"));
    runs.add(run("sample-aggregate-school.txt", "aggregate", sample, "--by", "school"));
    runs.add(run("sample-criteria.txt", "criteria", sample));
    runs.add(run("sample-sensitivity.csv", "sensitivity", sample, "--draws", "200", "--seed",
        "1", "--no-progress", "--format", "csv"));
    runs.add(run("sample-plan-teacher.txt", "plan", sample, "--teacher", "t-rm-01", "--hours",
        "40", "--budget", "2000"));
    runs.add(run("sample-plan-teacher.json", "plan", sample, "--teacher", "t-rm-01", "--hours",
        "40", "--budget", "2000", "--substitute-rate", "300", "--keep", "a-afl:10", "--format",
        "json"));
    runs.add(run("sample-plan-department.txt", "plan", sample, "--department", "d-rm",
        "--school", "s-2", "--hours", "40", "--budget", "4000", "--substitute-rate", "300"));
    runs.add(run("sample-improve.txt", "improve", sample, "--plan", "p-s1-template-t-rm-01",
        "--band", "TAILORED", "--hours", "80", "--budget", "3000"));
    return runs.stream();
  }

  private static Arguments run(String golden, String... args) {
    return Arguments.of(golden, List.of(args));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void theOutputIsAsPinned(String golden, List<String> args) throws IOException {
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(String.join(" ", args) + "\n" + run.err()).isZero();
    String out = normalised(golden, run.out());
    Path file = GOLDEN.resolve(golden);
    if (Boolean.getBoolean("vetcpd.golden.write")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, out, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(file)).as("a pinned output " + file + " (see the class's Javadoc)")
        .isTrue();
    String pinned = Files.readString(file, StandardCharsets.UTF_8);
    if (!out.equals(pinned)) {
      List<String> now = out.lines().toList();
      List<String> then = pinned.lines().toList();
      int i = 0;
      while (i < Math.min(now.size(), then.size()) && now.get(i).equals(then.get(i))) {
        i++;
      }
      assertThat(i < now.size() ? now.get(i) : "(the output ends)")
          .as(golden + ", line " + (i + 1) + " (" + String.join(" ", args) + ")")
          .isEqualTo(i < then.size() ? then.get(i) : "(the pinned file ends)");
      assertThat(out).as(golden + ": line endings or the last line").isEqualTo(pinned);
    }
  }

  /**
   * The text with the report's version and day as placeholders, and its lines ending in \n, as
   * the platform's line separator may not; a CSV file's lines end in CR LF everywhere (RFC 4180),
   * and that is held too.
   */
  private static String normalised(String golden, String text) {
    return (golden.endsWith(".csv") ? text : text.replace("\r\n", "\n"))
        .replaceAll(" · vetcpd [^ <]+ · \\d{4}-\\d{2}-\\d{2}</p>",
            " · vetcpd VERSION · DATE</p>");
  }

  private static String data(String file) {
    Path inModule = Path.of("data", file);
    return (Files.exists(inModule) ? inModule : Path.of("examples", "data", file)).toString();
  }
}
