package org.vetcpd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --max-problems}, nothing half-written from a JSON Lines stream, and the one line printed
 * when the heap runs out.
 */
class ProblemCapTest {
  @TempDir static Path dir;

  private static Path catalogueFile;
  private static List<String> lines;

  @BeforeAll
  static void copyTheSample() throws IOException {
    Path data = Path.of(System.getProperty("vetcpd.data.dir", "data"));
    lines = Files.readAllLines(data.resolve("sample-plans.jsonl"));
    catalogueFile = dir.resolve("sample.json");
    try (InputStream in = Samples.class.getClassLoader()
        .getResourceAsStream(Samples.RESOURCE_DIR + "sample.json")) {
      Files.copy(in, catalogueFile);
    }
  }

  /** A stream of {@code good} valid lines, then {@code bad} lines with one problem each. */
  private static Path stream(String name, int good, int bad) throws IOException {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < good; i++) {
      out.add(lines.get(i % lines.size()));
    }
    for (int i = 0; i < bad; i++) {
      out.add(lines.get(0).replaceFirst("\"hours\":\\s*[0-9.]+", "\"hours\":1e308"));
    }
    return Files.write(dir.resolve(name), out);
  }

  @Test
  void aStreamWithManyBadLinesPrintsTheFirstThousandProblemsAndCountsTheRest() throws IOException {
    Path file = stream("many.jsonl", 5, 1234);
    CliRun run = CliRun.of("score", catalogueFile.toString(), "--plans", file.toString(),
        "-f", "csv");
    assertThat(run.exitCode()).isEqualTo(VetcpdCli.EXIT_INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(1001);
    assertThat(run.errLines().get(0))
        .isEqualTo(file + ": line 6.items[0].hours: must be <= 8760, was 1.0E308");
    assertThat(run.errLines().get(999)).startsWith(file + ": line 1005.items[0].hours: ");
    assertThat(run.errLines().get(1000)).isEqualTo("\u2026 and 234 more problems");
  }

  @Test
  void maxProblemsSetsTheCapOfScoreAndValidate() throws IOException {
    Path file = stream("few.jsonl", 2, 5);
    CliRun score = CliRun.of("score", catalogueFile.toString(), "--plans", file.toString(),
        "--max-problems", "2");
    CliRun validate = CliRun.of("validate", catalogueFile.toString(), "--plans", file.toString(),
        "--max-problems", "2");
    for (CliRun run : List.of(score, validate)) {
      assertThat(run.exitCode()).isEqualTo(VetcpdCli.EXIT_INVALID);
      assertThat(run.out()).isEmpty();
      assertThat(run.errLines()).containsExactly(
          file + ": line 3.items[0].hours: must be <= 8760, was 1.0E308",
          file + ": line 4.items[0].hours: must be <= 8760, was 1.0E308",
          "\u2026 and 3 more problems");
    }
    assertThat(CliRun.of("validate", catalogueFile.toString(), "--plans", file.toString(),
        "--max-problems", "4").errLines()).endsWith("\u2026 and 1 more problem");
    assertThat(CliRun.of("validate", catalogueFile.toString(), "--plans", file.toString(),
        "--max-problems", "0").errLines()).containsExactly("\u2026 and 5 more problems");
    assertThat(CliRun.of("validate", catalogueFile.toString(), "--plans", file.toString(),
        "--max-problems", "5").errLines()).hasSize(5);
  }

  @Test
  void maxProblemsAlsoCapsTheProblemsOfADataSet() throws IOException {
    String json = Files.readString(catalogueFile).replaceAll("\"hours\":\\s*[0-9.]+",
        "\"hours\": -1");
    Path bad = Files.writeString(dir.resolve("bad.json"), json);
    CliRun all = CliRun.of("validate", bad.toString());
    assertThat(all.exitCode()).isEqualTo(VetcpdCli.EXIT_INVALID);
    int n = all.errLines().size();
    assertThat(n).isGreaterThan(3);
    CliRun capped = CliRun.of("validate", bad.toString(), "--max-problems", "3");
    assertThat(capped.exitCode()).isEqualTo(VetcpdCli.EXIT_INVALID);
    assertThat(capped.errLines()).hasSize(4).startsWith(all.errLines().subList(0, 3)
        .toArray(new String[0]));
    assertThat(capped.errLines().get(3)).isEqualTo("\u2026 and " + (n - 3) + " more problems");
  }

  @Test
  void maxProblemsAboveTheReadersDefaultReachesTheReader() throws IOException {
    StringBuilder unknown = new StringBuilder("{");
    for (int i = 0; i < 1500; i++) {
      unknown.append("\"x").append(i).append("\": 0, ");
    }
    String json = Files.readString(catalogueFile).strip().replaceFirst("^\\{", unknown.toString());
    Path bad = Files.writeString(dir.resolve("unknown.json"), json);
    CliRun run = CliRun.of("validate", bad.toString(), "--max-problems", "1200");
    assertThat(run.exitCode()).isEqualTo(VetcpdCli.EXIT_INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(1201);
    assertThat(run.errLines().subList(0, 1200)).allSatisfy(l -> assertThat(l)
        .startsWith(bad + ": x").contains("unknown field"));
    assertThat(run.errLines().get(1200)).isEqualTo("\u2026 and 300 more problems");
    CliRun byDefault = CliRun.of("validate", bad.toString());
    assertThat(byDefault.errLines()).hasSize(1001)
        .endsWith("\u2026 and 500 more problems");
    CliRun none = CliRun.of("validate", bad.toString(), "--max-problems", "0");
    assertThat(none.errLines()).containsExactly("\u2026 and 1500 more problems");
  }

  @Test
  void aNegativeMaxProblemsIsAUsageError() {
    CliRun run = CliRun.of("validate", catalogueFile.toString(), "--max-problems", "-1");
    assertThat(run.exitCode()).isEqualTo(VetcpdCli.EXIT_USAGE);
    assertThat(run.errLines()).singleElement()
        .satisfies(l -> assertThat(l).contains("--max-problems must be >= 0, was -1"));
  }

  @Test
  void theSpoolFileIsDeletedWhetherTheStreamIsValidOrNot() throws IOException {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    List<Path> before = spools(tmp);
    CliRun good = CliRun.of("score", catalogueFile.toString(), "--plans",
        stream("good.jsonl", 3, 0).toString(), "-f", "csv");
    assertThat(good.exitCode()).isZero();
    assertThat(good.outLines()).hasSize(4);
    CliRun bad = CliRun.of("score", catalogueFile.toString(), "--plans",
        stream("bad.jsonl", 3, 1).toString(), "-f", "csv");
    assertThat(bad.exitCode()).isEqualTo(VetcpdCli.EXIT_INVALID);
    assertThat(spools(tmp)).isEqualTo(before);
  }

  private static List<Path> spools(Path tmp) throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.filter(p -> p.getFileName().toString().matches("vetcpd-.*\\.out")).sorted()
          .toList();
    }
  }

  @Test
  void theOutOfMemoryLineGivesTheHeapAndHowToRaiseIt() {
    assertThat(VetcpdCli.outOfMemory(256L << 20)).isEqualTo("vetcpd: out of memory: the Java"
        + " heap (256 MiB) is too small for this input; give java a larger heap with -Xmx, e.g."
        + " java -Xmx1g -jar vetcpd.jar ... (or JAVA_TOOL_OPTIONS=-Xmx1g)");
    assertThat(VetcpdCli.outOfMemory(4096L << 20)).contains("(4096 MiB)").contains("-Xmx16g");
    assertThat(VetcpdCli.outOfMemory(16L << 20)).contains("(16 MiB)").contains("-Xmx1g");
    // once the command had begun writing to standard output, the same line says it is incomplete
    assertThat(VetcpdCli.outOfMemory(256L << 20, true)).isEqualTo(VetcpdCli.outOfMemory(256L << 20)
        + "; what it wrote to standard output is incomplete");
    assertThat(VetcpdCli.outOfMemory(256L << 20, false))
        .isEqualTo(VetcpdCli.outOfMemory(256L << 20));
  }

  @Test
  void standardOutputsRecorderKnowsWhetherTheOutputHasBegun() throws IOException {
    CheckedWriter.Recorder r = new CheckedWriter.Recorder(new java.io.ByteArrayOutputStream());
    assertThat(r.wrote()).isFalse();
    r.write(new byte[4], 0, 0);
    r.flush();
    assertThat(r.wrote()).isFalse();
    r.write(new byte[] {'a', 'b'}, 1, 1);
    assertThat(r.wrote()).isTrue();
    CheckedWriter.Recorder single = new CheckedWriter.Recorder(new java.io.ByteArrayOutputStream());
    single.write('x');
    assertThat(single.wrote()).isTrue();
  }

  @Test
  void maxProblemsAlsoCapsTheProblemsOfARubric() throws IOException {
    // 1 500 unknown weights: above the reader's default cap, so only a cap passed on to the
    // rubric reader lists 1 200 of them
    StringBuilder weights = new StringBuilder();
    for (int i = 0; i < 1500; i++) {
      weights.append("\"x").append(i).append("\": 1, ");
    }
    String json = CliRun.of("rubric").out().replaceFirst("\"weights\"\\s*:\\s*\\{",
        "\"weights\": {" + weights);
    Path bad = Files.writeString(dir.resolve("bad-rubric.json"), json);
    CliRun run = CliRun.of("score", catalogueFile.toString(), "--rubric", bad.toString(),
        "--max-problems", "1200");
    assertThat(run.exitCode()).isEqualTo(VetcpdCli.EXIT_INVALID);
    assertThat(run.errLines()).hasSize(1201);
    assertThat(run.errLines().get(0)).startsWith(bad + ": weights.x0: ");
    assertThat(run.errLines().get(1200)).isEqualTo("\u2026 and 300 more problems");
  }
}
