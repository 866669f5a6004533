package org.vetcpd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.examples.jshell.ExternalProcess;

/**
 * What needs a JVM of its own: a JSON Lines stream read once from a pipe ({@code --plans
 * /dev/stdin}) and from a FIFO, and a heap that runs out. Runs on the packaged jar after {@code
 * package}, like {@link VetcpdJarIT}.
 */
class ReadOnceIT {
  private static Path repository;
  private static List<String> lines;

  @TempDir static Path dir;

  @BeforeAll
  static void locate() throws IOException {
    repository = Path.of(System.getProperty("vetcpd.repository", "..")).toAbsolutePath()
        .normalize();
    assertThat(repository.resolve("examples/target/vetcpd.jar")).isRegularFile();
    lines = Files.readAllLines(repository.resolve("examples/data/sample-plans.jsonl"));
  }

  private static List<String> java(String... args) {
    return ExternalProcess.java(args);
  }

  /** Runs the command with {@code input} written to its stdin, a pipe. */
  private static ExternalProcess piped(String name, String input, List<String> command)
      throws Exception {
    Path out = dir.resolve(name + ".out");
    Path err = dir.resolve(name + ".err");
    Process p = new ProcessBuilder(command).directory(repository.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(input.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(p.waitFor(240, TimeUnit.SECONDS)).as(name + " finished").isTrue();
    return new ExternalProcess(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  private static boolean unix() {
    return Files.exists(Path.of("/dev/stdin")) && (Files.isExecutable(Path.of("/usr/bin/mkfifo"))
        || Files.isExecutable(Path.of("/bin/mkfifo")));
  }

  @Test
  void aPipeOnDevStdinIsReadOnceAndEveryRowIsPrinted() throws Exception {
    assumeTrue(unix(), "a Unix /dev/stdin");
    String input = String.join("\n", lines) + "\n";
    ExternalProcess run = piped("stdin", input, java("-jar", "examples/target/vetcpd.jar",
        "score", "examples/data/sample.json", "--plans", "/dev/stdin", "--format", "csv"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.outLines()).hasSize(1 + lines.size());
    for (int i = 0; i < lines.size(); i++) {
      assertThat(run.outLines().get(1 + i)).startsWith(lines.get(i).substring(7,
          lines.get(i).indexOf('"', 7)) + ",");
    }
    ExternalProcess validate = piped("stdin-validate", input, java("-jar",
        "examples/target/vetcpd.jar", "validate", "examples/data/sample.json", "--plans",
        "/dev/stdin"));
    assertThat(validate.exitCode()).as(validate.err()).isZero();
    assertThat(validate.out()).startsWith("valid: " + lines.size() + " plans in /dev/stdin");
  }

  @Test
  void aBadLineInAPipeLeavesStdoutEmpty() throws Exception {
    assumeTrue(unix(), "a Unix /dev/stdin");
    String input = lines.get(0) + "\n" + lines.get(1) + "\n{\"id\": \"p-\\ud800\"}\n"
        + lines.get(2) + "\n";
    ExternalProcess run = piped("stdin-bad", input, java("-jar", "examples/target/vetcpd.jar",
        "score", "examples/data/sample.json", "--plans", "/dev/stdin", "--format", "csv"));
    assertThat(run.exitCode()).isEqualTo(VetcpdCli.EXIT_INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("/dev/stdin: line 3"));
  }

  /**
   * The data set and a rubric from pipes: read as from files (a pipe is not buffered as a file
   * is: its channel cannot say how many bytes are available, "Illegal seek").
   */
  @Test
  void aDataSetAndARubricOnPipesAreReadAsFiles() throws Exception {
    assumeTrue(unix(), "a Unix /dev/stdin");
    String sample = Files.readString(repository.resolve("examples/data/sample.json"));
    CliRun expected = CliRun.of("score", repository.resolve("examples/data/sample.json").toString(),
        "--format", "csv");
    ExternalProcess run = piped("dataset-stdin", sample, java("-jar",
        "examples/target/vetcpd.jar", "score", "/dev/stdin", "--format", "csv"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(expected.out());
    String rubric = CliRun.of("rubric").out(); // the standard rubric as JSON
    ExternalProcess withRubric = piped("rubric-stdin", rubric, java("-jar",
        "examples/target/vetcpd.jar", "score", "examples/data/sample.json", "--rubric",
        "/dev/stdin", "--format", "csv"));
    assertThat(withRubric.exitCode()).as(withRubric.err()).isZero();
    assertThat(withRubric.out()).isEqualTo(expected.out());
  }

  @Test
  void aFifoIsReadOnce() throws Exception {
    assumeTrue(unix(), "mkfifo");
    Path fifo = dir.resolve("plans.fifo");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mk.waitFor(30, TimeUnit.SECONDS) && mk.exitValue() == 0).as("mkfifo").isTrue();
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
      try (Writer w = Files.newBufferedWriter(fifo)) { // blocks until vetcpd opens it
        for (String l : lines) {
          w.write(l + "\n");
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    ExternalProcess run = ExternalProcess.run(repository, ExternalProcess.noInput(), dir, "fifo",
        java("-jar", "examples/target/vetcpd.jar", "score", "examples/data/sample.json",
            "--plans", fifo.toString(), "--format", "csv"));
    writer.get(60, TimeUnit.SECONDS);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.outLines()).hasSize(1 + lines.size());
  }

  /**
   * A stream scored in constant memory: 120 000 plans through a 12 MiB heap. Until 1 December
   * 2026 every scored plan's id was kept (about 90 bytes each), and this ran out of memory.
   */
  @Test
  void aLongStreamIsScoredInConstantMemory() throws Exception {
    Path plans = dir.resolve("long.jsonl");
    String line = lines.get(0);
    String id = line.substring(7, line.indexOf('"', 7));
    int items = line.indexOf("\"items\":[") + 9;
    String oneItem = line.substring(0, line.indexOf('}', items) + 1) + "]"
        + line.substring(line.indexOf(']', items) + 1);
    int n = 120_000;
    try (Writer w = Files.newBufferedWriter(plans)) {
      for (int i = 0; i < n; i++) {
        w.write(oneItem.replace("\"" + id + "\"", "\"p" + i + "\"") + "\n");
      }
    }
    ExternalProcess run = ExternalProcess.run(repository, ExternalProcess.noInput(), dir, "long",
        java("-Xmx12m", "-jar", "examples/target/vetcpd.jar", "score",
            "examples/data/sample.json", "--plans", plans.toString(), "--format", "csv"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.outLines()).hasSize(1 + n);
    assertThat(run.outLines().get(n)).startsWith("p" + (n - 1) + ",");
  }

  /**
   * A data set far larger than a 24 MiB heap: the JVM runs out of memory, and vetcpd says so in
   * one line, with the heap's size and how to raise it, and exits 4.
   */
  @Test
  void runningOutOfMemoryIsOneLineAndExitCodeFour() throws Exception {
    Path big = dir.resolve("big.json");
    String catalogue = Files.readString(repository.resolve("examples/data/sample.json"));
    int plansAt = catalogue.lastIndexOf("\"plans\"");
    assertThat(plansAt).isPositive();
    try (Writer w = Files.newBufferedWriter(big)) {
      w.write(catalogue.substring(0, plansAt));
      w.write("\"plans\": [\n");
      for (int i = 0; i < 150_000; i++) {
        String line = lines.get(i % lines.size());
        String id = line.substring(7, line.indexOf('"', 7));
        w.write((i == 0 ? "" : ",\n") + line.replace("\"" + id + "\"", "\"" + id + "-" + i + "\""));
      }
      w.write("\n]}\n");
    }
    ExternalProcess run = ExternalProcess.run(repository, ExternalProcess.noInput(), dir, "oom",
        java("-Xmx24m", "-jar", "examples/target/vetcpd.jar", "validate", big.toString()));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(VetcpdCli.EXIT_OUT_OF_MEMORY);
    assertThat(run.errLines()).singleElement().satisfies(l -> assertThat(l)
        .startsWith("vetcpd: out of memory: the Java heap (")
        .contains(" MiB)").contains("-Xmx"));
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }
}
