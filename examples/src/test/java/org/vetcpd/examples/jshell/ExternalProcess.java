package org.vetcpd.examples.jshell;

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
import java.util.stream.Collectors;

/**
 * Runs a JDK tool ({@code java}, {@code jshell}) of the JDK running the build as a separate
 * process, with a timeout, and keeps what it printed. For tests that run commands as a user would.
 *
 * @param exitCode the process's exit code
 * @param out what it printed on stdout (UTF-8)
 * @param err what it printed on stderr (UTF-8)
 */
public record ExternalProcess(int exitCode, String out, String err) {
  private static final long TIMEOUT_SECONDS = 240;

  /** The lines printed on stdout. */
  public List<String> outLines() {
    return out.lines().collect(Collectors.toList());
  }

  /** The lines printed on stderr. */
  public List<String> errLines() {
    return err.lines().collect(Collectors.toList());
  }

  /**
   * Returns a tool of the JDK running the build, e.g. {@code jshell}; fails if it is missing.
   *
   * @param name the tool's name
   * @return its executable
   */
  public static Path jdkTool(String name) {
    Path exe = Path.of(System.getProperty("java.home"), "bin", windows() ? name + ".exe" : name);
    assertThat(exe).as(name + " of the JDK running the build (a JDK 17+, not a JRE, is needed)")
        .isRegularFile();
    return exe;
  }

  /**
   * JVM options for the short runs of a test: the C1 compiler alone and the serial collector.
   * They change how fast a JVM starts, not what it does; on a 2-core build machine they save about
   * a fifth of the CPU of a short command.
   */
  public static final List<String> SHORT_RUN = List.of("-XX:TieredStopAtLevel=1",
      "-XX:+UseSerialGC");

  /**
   * Returns the command that runs {@code java} of the JDK running the build with {@link
   * #SHORT_RUN}'s options and then the given arguments, e.g. {@code java("-jar", jar, "score")}.
   *
   * @param args the arguments after the JVM options
   * @return a new, modifiable command list
   */
  public static List<String> java(String... args) {
    List<String> command = new ArrayList<>();
    command.add(jdkTool("java").toString());
    command.addAll(SHORT_RUN);
    command.addAll(Arrays.asList(args));
    return command;
  }

  /**
   * Returns the command that runs {@code jshell} of the JDK running the build, with {@link
   * #SHORT_RUN}'s options for both of its JVMs (the tool's and the one that runs the snippets),
   * English messages, and then the given arguments.
   *
   * @param args the arguments, e.g. {@code "--class-path", cp, "script.jsh"}
   * @return a new, modifiable command list
   */
  public static List<String> jshell(String... args) {
    List<String> command = new ArrayList<>();
    command.add(jdkTool("jshell").toString());
    command.add("-J-Duser.language=en");
    command.add("-R-Duser.language=en");
    for (String option : SHORT_RUN) {
      command.add("-J" + option);
      command.add("-R" + option);
    }
    command.addAll(Arrays.asList(args));
    return command;
  }

  /** Returns the empty input: the null device. */
  public static File noInput() {
    return new File(windows() ? "NUL" : "/dev/null");
  }

  /**
   * Runs a command and waits for it, at most four minutes.
   *
   * @param directory the working directory
   * @param input what the process reads on stdin
   * @param logs a folder for its output files
   * @param name a name for the output files
   * @param command the command and its arguments
   * @return what it printed
   */
  public static ExternalProcess run(Path directory, File input, Path logs, String name,
      List<String> command) throws IOException, InterruptedException {
    Path out = logs.resolve(name + ".out");
    Path err = logs.resolve(name + ".err");
    Process p = new ProcessBuilder(command)
        .directory(directory.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(input))
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError(name + " did not finish in " + TIMEOUT_SECONDS + " s: " + command
          + "\nit printed: " + Files.readString(out) + Files.readString(err));
    }
    return new ExternalProcess(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /**
   * Checks that a jshell run ended normally and reported no error: jshell keeps going after a
   * failing snippet and still exits 0, so its exit code alone proves nothing.
   *
   * @return this
   */
  public ExternalProcess assertCleanJshellRun() {
    assertThat(exitCode).as(out + err).isZero();
    assertThat(out + err).as("jshell reported a problem")
        .doesNotContain("|  Error")
        .doesNotContain("|  Warning")
        .doesNotContain("Exception");
    return this;
  }

  private static boolean windows() {
    return System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("win");
  }
}
