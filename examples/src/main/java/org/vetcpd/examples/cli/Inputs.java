package org.vetcpd.examples.cli;

import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.TerminalText;

/**
 * Reads the files a command names, turning every failure into a {@link CliException}: a file that
 * cannot be read is a usage error (one line), invalid content lists every problem.
 */
public final class Inputs {
  private Inputs() {}

  /** Reads a data set file, or the bundled sample when {@code path} is null. */
  public static Dataset dataset(Path path) {
    if (path == null) {
      try {
        return Samples.sample();
      } catch (ValidationException e) {
        throw CliException.invalid(lines("", e));
      }
    }
    checkReadable(path);
    try {
      return VetcpdJson.readDataset(path);
    } catch (ValidationException e) {
      throw CliException.invalid(lines("", e));
    } catch (UncheckedIOException e) {
      throw cannotRead(path, e.getCause());
    }
  }

  /**
   * Reads a rubric file, or returns the standard rubric when {@code path} is null. Its problems
   * are prefixed with the file name, as they are not problems of the data set.
   */
  public static Rubric rubric(Path path) {
    if (path == null) {
      return Rubric.standard();
    }
    checkReadable(path);
    try {
      return Rubric.read(path);
    } catch (ValidationException e) {
      throw CliException.invalid(lines(path + ": ", e));
    } catch (UncheckedIOException e) {
      throw cannotRead(path, e.getCause());
    }
  }

  /**
   * Checks every line of a JSON Lines file of plans against the catalogue, so that scoring it
   * never half-succeeds; lists every problem, with paths such as {@code line 7.items[0].hours}.
   */
  public static void checkPlanStream(Path path, Dataset catalogue) {
    checkReadable(path);
    List<Problem> problems;
    try {
      problems = VetcpdJson.validatePlans(path, catalogue);
    } catch (UncheckedIOException e) {
      throw cannotRead(path, e.getCause());
    }
    if (!problems.isEmpty()) {
      throw CliException.invalid(lines("", problems));
    }
  }

  /** Streams the plans of a JSON Lines file checked by {@link #checkPlanStream}. */
  public static Stream<CpdPlan> planStream(Path path, Dataset catalogue) {
    try {
      return VetcpdJson.streamPlans(path, catalogue);
    } catch (UncheckedIOException e) {
      throw cannotRead(path, e.getCause());
    }
  }

  static void checkReadable(Path path) {
    if (Files.isDirectory(path)) {
      throw CliException.usage("vetcpd: " + path + " is a directory, not a JSON file");
    }
    if (!Files.exists(path)) {
      throw CliException.usage("vetcpd: no such file: " + path);
    }
  }

  /**
   * A file that cannot be read is a usage error; one that is not UTF-8 text is invalid content,
   * reported as a problem at the file's root.
   */
  static CliException cannotRead(Path path, Throwable cause) {
    if (cause instanceof CharacterCodingException) {
      return CliException.invalid(List.of(path + ": not UTF-8 text"));
    }
    String why;
    if (cause instanceof NoSuchFileException) {
      why = "no such file";
    } else if (cause instanceof AccessDeniedException) {
      why = "permission denied";
    } else {
      why = String.valueOf(cause.getMessage());
    }
    return CliException.usage("vetcpd: cannot read " + path + ": " + why);
  }

  /** One line per problem, {@code path: message}, each after {@code prefix}. */
  static List<String> lines(String prefix, ValidationException e) {
    return lines(prefix, e.problems());
  }

  /** One line per problem, even if a message spans lines, each after {@code prefix}. */
  static List<String> lines(String prefix, List<Problem> problems) {
    return problems.stream().map(p -> line(prefix, p)).collect(Collectors.toList());
  }

  /** A problem on one line, even if its message spans lines, after {@code prefix}; data escaped. */
  static String line(String prefix, Problem p) {
    return prefix + TerminalText.escape(p.toString().strip().replaceAll("\\s*\\R\\s*", " "));
  }
}
