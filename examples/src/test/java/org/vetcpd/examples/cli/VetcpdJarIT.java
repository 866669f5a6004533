package org.vetcpd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.examples.jshell.ExternalProcess;
import org.vetcpd.research.SyntheticCohort;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.TailoringReport;
import org.vetcpd.rules.TailoringScorer;

/**
 * The README's commands, run from the repository root on the packaged {@code
 * examples/target/vetcpd.jar} exactly as a newcomer types them: the jar must be self-contained,
 * executable, hold the sample data set, and serve as jshell's class path. Runs after {@code
 * package} (see examples/pom.xml, execution {@code packaged-jar}).
 */
class VetcpdJarIT {
  private static Path repository;
  private static Dataset sample;

  @TempDir static Path logs;

  @BeforeAll
  static void locate() {
    repository = Path.of(System.getProperty("vetcpd.repository", "..")).toAbsolutePath()
        .normalize();
    assertThat(repository.resolve("examples/target/vetcpd.jar")).isRegularFile();
    sample = Samples.sample();
  }

  private static ExternalProcess java(String name, String... args) throws Exception {
    List<String> command = ExternalProcess.java("-jar", "examples/target/vetcpd.jar");
    command.addAll(Arrays.asList(args));
    return ExternalProcess.run(repository, ExternalProcess.noInput(), logs, name, command);
  }

  @Test
  void withoutArgumentsTheJarScoresTheBundledSample() throws Exception {
    ExternalProcess run = java("no-arguments");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.errLines()).containsExactly(Inputs.SAMPLE_NOTE);
    for (var plan : sample.plans()) {
      assertThat(run.out()).contains("Plan " + plan.id() + " ");
    }
  }

  @Test
  void theJarValidatesTheSampleFile() throws Exception {
    ExternalProcess run = java("validate", "validate", "examples/data/sample.json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.outLines()).containsExactly(run.outLines().get(0));
    assertThat(run.out()).startsWith("valid: " + sample.plans().size() + " plans");
  }

  @Test
  void theJarExitsTwoOnAMissingFileWithOneLine() throws Exception {
    ExternalProcess run = java("missing", "validate", "no-such-file.json");
    assertThat(run.exitCode()).isEqualTo(VetcpdCli.EXIT_USAGE);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).doesNotContain("Exception");
  }

  @Test
  void theJarPrintsCsvAndItsVersion() throws Exception {
    ExternalProcess csv = java("csv", "score", "--format", "csv");
    assertThat(csv.exitCode()).isZero();
    assertThat(csv.outLines()).hasSize(1 + sample.plans().size());
    ExternalProcess version = java("version", "--version");
    assertThat(version.outLines().get(0))
        .isEqualTo("vetcpd " + VetcpdCli.version() + " (commit " + VetcpdCli.commit() + ")");
    assertThat(VetcpdCli.commit()).as("the build records its commit").isNotEqualTo("unknown");
    assertThat(version.outLines().get(1)).contains(Rubric.standard().fingerprint());
  }

  /**
   * The jar reads a data set named on the command line ahead, while picocli starts
   * ({@link DatasetReadAhead}): what it prints, and how it exits, is what the same command prints
   * in-process, where nothing is read ahead; also with other options than the read ahead's.
   */
  @Test
  void readingTheDataSetAheadChangesNothing() throws Exception {
    Path cohort = logs.resolve("cohort.json");
    String doc = VetcpdJson.write(SyntheticCohort.generate(1_100, 4, 5));
    Files.writeString(cohort, doc);
    // the same with the last plan's last hours negative: its plans are scored ahead (ScoreAhead)
    // until the read finds the problem at the end
    Path brokenLate = logs.resolve("broken-late.json");
    int hours = doc.lastIndexOf("\"hours\"");
    int digit = hours + "\"hours\"".length();
    while (!Character.isDigit(doc.charAt(digit))) {
      digit++;
    }
    Files.writeString(brokenLate, doc.substring(0, digit) + "-" + doc.substring(digit));
    String broken = "core/src/test/resources/broken/03-wrong-types.json";
    String[][] lines = {
      {"score", cohort.toString(), "--format", "csv"},
      {"score", cohort.toString(), "--format", "json"},
      {"score", cohort.toString()},
      {"score", cohort.toString(), "--format", "text", "--plan", "p7"},
      {"score", brokenLate.toString(), "--format", "csv"},
      {"validate", cohort.toString()},
      {"score", broken},
      {"score", broken, "--max-problems", "2"},
      {"validate", broken, "--format", "json"},
      {"score", cohort.toString(), "--no-such-option"},
    };
    int i = 0;
    for (String[] args : lines) {
      ExternalProcess jar = java("read-ahead-" + i++, args);
      CliRun expected = inRepository(args);
      assertThat(jar.out()).as(String.join(" ", args)).isEqualTo(expected.out());
      assertThat(jar.err()).as(String.join(" ", args)).isEqualTo(expected.err());
      assertThat(jar.exitCode()).as(String.join(" ", args)).isEqualTo(expected.exitCode());
    }
  }

  /** The command in-process, with relative paths taken from the repository as the jar's are. */
  private static CliRun inRepository(String[] args) {
    String[] resolved = args.clone();
    for (int i = 0; i < resolved.length; i++) {
      if (resolved[i].startsWith("core/")) {
        resolved[i] = repository.resolve(resolved[i]).toString();
      }
    }
    CliRun run = CliRun.of(resolved);
    return new CliRun(run.exitCode(), run.out(),
        run.err().replace(repository.resolve("core").toString(), "core"));
  }

  /**
   * picocli is in the jar compiled for Java 17 (see examples/pom.xml), not as its own jar's Java 5
   * class files, which a class-data-sharing archive cannot hold.
   */
  @Test
  void picocliIsInTheJarCompiledForJava17() throws Exception {
    try (JarFile jar = new JarFile(repository.resolve("examples/target/vetcpd.jar").toFile())) {
      List<String> classes = jar.stream().map(JarEntry::getName)
          .filter(n -> n.startsWith("picocli/") && n.endsWith(".class"))
          .collect(Collectors.toList());
      assertThat(classes).contains("picocli/CommandLine.class").hasSizeGreaterThan(100);
      for (String name : classes) {
        try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
          byte[] head = in.readNBytes(8);
          assertThat((head[6] & 0xff) << 8 | (head[7] & 0xff)).as(name).isEqualTo(61);
        }
      }
    }
  }

  /**
   * README's jshell command exactly, with the jar as class path: score-sample.jsh prints every
   * plan of the sample, sorted by score, highest first.
   */
  @Test
  void theJarIsJshellsClassPathForTheScripts() throws Exception {
    ExternalProcess run = ExternalProcess.run(repository, ExternalProcess.noInput(), logs,
        "jshell-score-sample", ExternalProcess.jshell(
            "--class-path", "examples/target/vetcpd.jar",
            "examples/jshell/startup.jsh", "examples/jshell/score-sample.jsh"))
        .assertCleanJshellRun();
    List<TailoringReport> expected = TailoringScorer.standard().scoreAll(sample).stream()
        .sorted(Comparator.comparingDouble(TailoringReport::score).reversed()
            .thenComparing(TailoringReport::plan))
        .collect(Collectors.toList());
    List<String> lines = run.outLines();
    assertThat(lines).hasSize(1 + expected.size());
    assertThat(lines.get(0).split("\\s+")).containsExactly("plan", "teacher", "score", "band");
    for (int i = 0; i < expected.size(); i++) {
      TailoringReport r = expected.get(i);
      assertThat(lines.get(i + 1).split("\\s+")).containsExactly(
          r.plan(), r.teacher(), String.format(Locale.ROOT, "%.1f", r.score()),
          r.band().name());
    }
  }
}
