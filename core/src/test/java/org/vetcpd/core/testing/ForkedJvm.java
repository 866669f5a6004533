package org.vetcpd.core.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM of a test's own, for what needs a heap of its own size (a small heap that must not run
 * out, or one that must): the running module's classes and test classes, and the test JVM's class
 * path (core's test classes among them). Used by core's and rules' tests, from the module's
 * folder, as Maven runs them.
 */
public final class ForkedJvm {
  private ForkedJvm() {}

  /** What a forked JVM printed (standard output and error, in order) and its exit code. */
  public static final class Result {
    /** Standard output and standard error, as one text. */
    public final String output;
    /** The exit code. */
    public final int exitCode;

    Result(String output, int exitCode) {
      this.output = output;
      this.exitCode = exitCode;
    }
  }

  /**
   * Runs {@code java} with JVM options, a main class and its arguments on {@link #classPath()},
   * and waits for it to exit (at most a minute).
   *
   * @param options the JVM's options, e.g. {@code -Xmx32m}
   * @param main the main class
   * @param args its arguments
   * @return what it printed and its exit code
   * @throws IOException if it cannot be started or read
   * @throws InterruptedException if interrupted while waiting
   * @throws AssertionError if it runs for more than a minute
   */
  public static Result run(List<String> options, Class<?> main, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.add("-cp");
    command.add(classPath());
    command.add(main.getName());
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the forked JVM ran for more than a minute: " + out);
    }
    return new Result(out, p.exitValue());
  }

  /** The running module's test classes and classes, then the test JVM's class and module path. */
  public static String classPath() {
    List<String> cp = new ArrayList<>();
    cp.add(Path.of("target/test-classes").toAbsolutePath().toString());
    cp.add(Path.of("target/classes").toAbsolutePath().toString());
    for (String key : new String[] {"java.class.path", "jdk.module.path"}) {
      String v = System.getProperty(key);
      if (v != null && !v.isEmpty()) {
        cp.add(v);
      }
    }
    return String.join(File.pathSeparator, cp);
  }
}
