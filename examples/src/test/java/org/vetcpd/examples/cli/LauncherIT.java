package org.vetcpd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.examples.jshell.ExternalProcess;

/**
 * {@code examples/bin/vetcpd}, the launcher of the packaged jar: the same output, errors and exit
 * codes as {@code java -jar}, whether its class-data-sharing archive is made, used, or cannot be
 * made; the archive goes to its cache folder, never into the jar.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {
  private static Path repository;

  @TempDir static Path logs;
  @TempDir static Path cache;

  @BeforeAll
  static void locate() {
    repository = Path.of(System.getProperty("vetcpd.repository", "..")).toAbsolutePath()
        .normalize();
    assertThat(repository.resolve("examples/bin/vetcpd")).isExecutable();
  }

  private static ExternalProcess launcher(String name, String cacheDir, String cds,
      String... args) throws Exception {
    return launcher(name, cacheDir, cds, List.of(), args);
  }

  private static ExternalProcess launcher(String name, String cacheDir, String cds,
      List<String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("env", "VETCPD_CACHE=" + cacheDir,
        "VETCPD_CDS=" + cds, "VETCPD_LAUNCHER_DEBUG=1"));
    command.addAll(env);
    command.addAll(List.of(
        "JAVA_HOME=" + ExternalProcess.jdkTool("java").getParent().getParent(),
        "examples/bin/vetcpd"));
    command.addAll(Arrays.asList(args));
    return ExternalProcess.run(repository, ExternalProcess.noInput(), logs, name, command);
  }

  /** A file of the repository, by its absolute path: the same for the launcher and in-process. */
  private static String file(String path) {
    return repository.resolve(path).toString();
  }

  /** The launcher's stderr without its own debug line. */
  private static List<String> errWithoutDebug(ExternalProcess run) {
    return run.errLines().stream().filter(l -> !l.startsWith("vetcpd launcher: ")).toList();
  }

  private static String debugLine(ExternalProcess run) {
    return run.errLines().stream().filter(l -> l.startsWith("vetcpd launcher: ")).findFirst()
        .orElse("");
  }

  @Test
  void makesItsArchiveOnceThenUsesItWithTheSameOutput() throws Exception {
    // one of each way the launcher runs the jar: the quick JIT (csv), the full one (--plans), and
    // an error's exit code and message; every command's output through `java -jar` is pinned by
    // the other tests, so a few JVMs here keep the build fast
    String[][] commands = {
      {"score", file("examples/data/sample.json"), "--format", "csv"},
      {"score", file("examples/data/sample.json"), "--plans",
          file("examples/data/sample-plans.jsonl")},
      {"score", file("examples/data/sample.json"), "--bogus"},
    };
    String dir = cache.resolve("made").toString();
    for (int i = 0; i < commands.length; i++) {
      // the same command in this JVM: the jar's own behaviour through `java -jar` is pinned by
      // VetcpdJarIT and the other tests, so one JVM per command is enough here
      CliRun expected = CliRun.of(commands[i]);
      ExternalProcess run = launcher("launcher-" + i, dir, "on", commands[i]);
      assertThat(run.exitCode()).as(run.err()).isEqualTo(expected.exitCode());
      assertThat(run.out()).isEqualTo(expected.out());
      assertThat(errWithoutDebug(run)).isEqualTo(expected.errLines());
      assertThat(debugLine(run)).contains(i == 0 ? "CDS archive made" : "CDS archive used");
      // the quick JIT for a data set, the optimising one (at raised thresholds) for a stream
      if (i == 1) {
        assertThat(debugLine(run)).contains("-XX:Tier4InvocationThreshold=")
            .doesNotContain("TieredStopAtLevel");
      } else {
        assertThat(debugLine(run)).contains("-XX:TieredStopAtLevel=1")
            .doesNotContain("Tier4InvocationThreshold");
      }
    }
    try (Stream<Path> files = Files.list(Path.of(dir))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .singleElement().asString().startsWith("vetcpd-").endsWith(".jsa");
    }
  }

  @Test
  void runsWithoutAnArchiveItCannotMakeOrMayNotUse() throws Exception {
    Path notAFolder = Files.writeString(cache.resolve("a-file"), "x");
    CliRun expected = CliRun.of("score", file("examples/data/sample.json"), "-f", "csv");
    for (String[] way : new String[][] {
        {notAFolder.resolve("cache").toString(), "on"}, {cache.resolve("off").toString(), "off"}}) {
      ExternalProcess run = launcher("unused-" + way[1], way[0], way[1],
          "score", file("examples/data/sample.json"), "-f", "csv");
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).isEqualTo(expected.out());
      assertThat(errWithoutDebug(run)).isEqualTo(expected.errLines());
      assertThat(debugLine(run)).contains("CDS archive unused");
    }
    assertThat(cache.resolve("off")).doesNotExist();
  }

  @Test
  void runsWithNoPlaceForAnArchiveAndAJarNamedLikeAnOption() throws Exception {
    // no VETCPD_CACHE, XDG_CACHE_HOME or HOME: no archive (the launcher once stopped at `set -u`);
    // a relative jar path that begins with '-' (java once took it for an option)
    Path dir = Files.createDirectories(cache.resolve("no-home"));
    Files.copy(repository.resolve("examples/target/vetcpd.jar"), dir.resolve("-v.jar"));
    String sample = file("examples/data/sample.json");
    List<String> command = List.of("env", "-u", "HOME", "-u", "XDG_CACHE_HOME", "-u",
        "VETCPD_CACHE", "VETCPD_LAUNCHER_DEBUG=1", "VETCPD_JAR=-v.jar",
        "JAVA_HOME=" + ExternalProcess.jdkTool("java").getParent().getParent(),
        repository.resolve("examples/bin/vetcpd").toString(), "score", sample, "-f", "csv");
    ExternalProcess run = ExternalProcess.run(dir, ExternalProcess.noInput(), logs, "no-home",
        command);
    CliRun expected = CliRun.of("score", sample, "-f", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(expected.out());
    assertThat(errWithoutDebug(run)).isEqualTo(expected.errLines());
    assertThat(debugLine(run)).contains("CDS archive unused");
  }

  @Test
  void aRebuiltJarsArchiveReplacesTheOldOneAndLeavesOtherJarsAlone() throws Exception {
    Path dir = Files.createDirectories(cache.resolve("rebuilt"));
    Path otherJars = Files.writeString(dir.resolve("vetcpd-1-2.3-4.jsa"),
        "another jar's archive");
    List<Path> oldNamings = List.of(
        Files.writeString(dir.resolve("vetcpd-12345.jsa"), "an earlier launcher's"),
        Files.writeString(dir.resolve("vetcpd-1-2.jsa"), "an earlier launcher's"),
        Files.writeString(dir.resolve("vetcpd-1-2-3.jsa"), "an earlier launcher's"));
    Path jar = Files.copy(repository.resolve("examples/target/vetcpd.jar"),
        cache.resolve("copy.jar"));
    List<String> env = List.of("VETCPD_JAR=" + jar);
    ExternalProcess first = launcher("rebuilt-1", dir.toString(), "on", env, "--version");
    assertThat(debugLine(first)).as(first.err()).contains("CDS archive made");
    assertThat(oldNamings).allSatisfy(p -> assertThat(p).doesNotExist());
    List<Path> before = archives(dir, otherJars);
    assertThat(before).hasSize(1);
    // the same path, a new build: another time stamp
    Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(
        Files.getLastModifiedTime(jar).toMillis() - 60_000));
    ExternalProcess second = launcher("rebuilt-2", dir.toString(), "on", env, "--version");
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(debugLine(second)).contains("CDS archive made");
    List<Path> after = archives(dir, otherJars);
    assertThat(after).hasSize(1).doesNotContainAnyElementsOf(before);
    assertThat(otherJars).hasContent("another jar's archive");
    // cut short (a failed copy of the cache): the JVM would crash on it (SIGBUS, exit 134) on
    // every run; the launcher sees the size is not the one in its name and makes it again
    Path archive = after.get(0);
    long size = Files.size(archive);
    assertThat(archive.getFileName().toString()).endsWith("-" + size + ".jsa");
    archive.toFile().setWritable(true);
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(archive,
        java.nio.file.StandardOpenOption.WRITE)) {
      ch.truncate(size / 2);
    }
    ExternalProcess third = launcher("rebuilt-3", dir.toString(), "on", env, "--version");
    assertThat(third.exitCode()).as(third.err()).isZero();
    assertThat(third.out()).isEqualTo(first.out());
    assertThat(debugLine(third)).contains("CDS archive made");
    // one archive, whole: its size is the one in its name (a training run need not load exactly
    // the classes of the one before, so the size, and with it the name, may differ by a few bytes)
    List<Path> remade = archives(dir, otherJars);
    assertThat(remade).hasSize(1);
    assertThat(remade.get(0).getFileName().toString())
        .endsWith("-" + Files.size(remade.get(0)) + ".jsa");
  }

  /** The archives in a cache folder, but one. */
  private static List<Path> archives(Path dir, Path but) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> !p.equals(but)).toList();
    }
  }
}
