package org.vetcpd.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.json.JsonOptions;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.research.CsvImport;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.TerminalText;

/**
 * Reads the files a command names, the same way for every command, turning every failure into a
 * {@link CliException}: a file that cannot be read is a usage error (one line), invalid content
 * lists every problem, each line naming its file.
 *
 * <p>A data set is a JSON file or a folder of CSV files ({@value CsvImport#TEACHERS}, {@value
 * CsvImport#ACTIVITIES}, {@value CsvImport#DRIVERS}, {@value CsvImport#PLAN_ITEMS}), for every
 * command that reads one.
 */
public final class Inputs {
  /** What a command that reads a data set says in its help about the DATASET parameter. */
  public static final String DATASET_HELP = "The data set: a JSON file, or a folder of CSV files"
      + " (teachers.csv, activities.csv, drivers.csv, plan-items.csv).";

  /** A problem path that starts with the CSV file it is in. */
  private static final Pattern CSV_FILE = Pattern.compile("[^:]+\\.csv(:|$)");

  /** What a command says on stderr when it used the bundled sample: no data set was given. */
  static final String SAMPLE_NOTE = "vetcpd: no DATASET given, so the bundled sample data set was"
      + " used (" + Samples.SAMPLE + ".json: two Restaurant and Food Processing schools, after"
      + " Ballangrud & Nilsen, 2022)";

  private Inputs() {}

  /**
   * Says on {@code err} that the bundled sample was used, when the command was given no data set
   * ({@code path} is null), so that nobody takes its output for their own data's. Commands call
   * it once they have succeeded: an error stays one line.
   *
   * @param path the data set the command was given, or null
   * @param err where the note goes
   */
  public static void noteBundledSample(Path path, PrintWriter err) {
    if (path == null) {
      err.println(SAMPLE_NOTE);
      err.flush();
    }
  }

  /**
   * Says on {@code err} that a command found no plan to work on: {@code vetcpd: nothing to VERB:
   * SOURCE has no plans} (and {@code with items} when {@code --exclude-empty} left out every plan
   * it had). Not an error &mdash; an empty table is the right output &mdash; but never an
   * unexplained one. Commands call it once they have written their output; what it quotes of the
   * command line is shown escaped, as in every line on stderr.
   *
   * @param err where the line goes
   * @param verb what the command does, e.g. {@code score}
   * @param source the data set or plan stream that had no plans, or what to call it
   * @param excluded how many plans {@code --exclude-empty} left out (0 without it)
   */
  public static void noteNoPlans(PrintWriter err, String verb, Object source, int excluded) {
    err.println(TerminalText.escape("vetcpd: nothing to " + verb + ": " + source
        + " has no plans" + (excluded > 0 ? " with items" : "")));
    err.flush();
  }

  /**
   * Reads a data set: a JSON file or a folder of CSV files, or the bundled sample when {@code
   * path} is null.
   *
   * @param path the JSON file or CSV folder, or null for the bundled sample
   * @return the data set
   * @throws CliException if it cannot be read or is invalid
   */
  public static Dataset dataset(Path path) {
    return dataset(path, (Path) null);
  }

  /**
   * Reads a data set: a JSON file, or a folder of CSV files with an optional JSON catalogue for
   * the programmes, schools, activities and drivers the CSV files refer to.
   *
   * @param path the JSON file or CSV folder, or null for the bundled sample
   * @param catalogue a JSON data set for a CSV folder, or null
   * @return the data set
   * @throws CliException if it cannot be read or is invalid, or a catalogue goes with a JSON file
   */
  public static Dataset dataset(Path path, Path catalogue) {
    if (path == null) {
      try {
        return Samples.sample();
      } catch (ValidationException e) {
        throw invalid(Samples.SAMPLE + ".json: ", e.problems());
      }
    }
    checkNamed(path, "a JSON file or a folder of CSV files as the data set"
        + " (or no DATASET, where a command allows it, for the bundled sample)");
    if (Files.isDirectory(path)) {
      return csvFolder(path, catalogue == null ? null : dataset(catalogue));
    }
    if (catalogue != null) {
      throw CliException.usage(
          "vetcpd: --catalogue goes with a folder of CSV files, not a JSON data set");
    }
    checkReadable(path);
    try {
      JsonOptions options = MaxProblems.jsonOptions();
      Dataset ahead = DatasetReadAhead.take(path, options);
      return ahead != null ? ahead : VetcpdJson.readDataset(path, options);
    } catch (ValidationException e) {
      throw invalid(path + ": ", e.problems());
    } catch (UncheckedIOException e) {
      throw cannotRead(path, e.getCause());
    }
  }

  /**
   * A folder of CSV files. Most of its problems name their file, row and column ({@code
   * teachers.csv:row 3:years_teaching: ...}); the others (references across files) get the
   * folder's name.
   */
  private static Dataset csvFolder(Path folder, Dataset catalogue) {
    try {
      return catalogue == null ? CsvImport.read(folder) : CsvImport.read(folder, catalogue);
    } catch (ValidationException e) {
      List<Problem> problems = e.problems();
      long omitted = problems.isEmpty() ? -1 : MaxProblems.more(problems.get(problems.size() - 1));
      if (omitted >= 0) {
        problems = problems.subList(0, problems.size() - 1);
      }
      throw CliException.invalid(problems.stream()
          .flatMap(p -> lines(CSV_FILE.matcher(p.path()).lookingAt() ? "" : folder + ": ",
              List.of(p)).stream())
          .collect(Collectors.toList()), Math.max(0, omitted));
    } catch (UncheckedIOException e) {
      // CsvImport's message names the file of the folder it could not read.
      throw CliException.usage("vetcpd: " + e.getMessage());
    }
  }

  /** An empty path would read the working folder: say what was expected instead. */
  private static void checkNamed(Path path, String expected) {
    if (path.toString().isBlank()) {
      throw CliException.usage("vetcpd: the file name is empty: give " + expected);
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
    checkNamed(path, "a rubric JSON file");
    checkReadable(path);
    try {
      return Rubric.read(path, MaxProblems.jsonOptions());
    } catch (ValidationException e) {
      throw invalid(path + ": ", e.problems());
    } catch (UncheckedIOException e) {
      throw cannotRead(path, e.getCause());
    }
  }

  /**
   * Reads rubrics as {@link #rubric(Path)} does, in order. A file that cannot be read is the
   * error (the first such); otherwise, if any rubric is invalid, one error lists the problems of
   * every invalid file, each line after its file's name ({@code --max-problems} caps them all).
   */
  public static List<Rubric> rubrics(List<Path> paths) {
    List<Rubric> read = new java.util.ArrayList<>();
    List<String> lines = new java.util.ArrayList<>();
    long omitted = 0;
    for (Path path : paths) {
      try {
        read.add(rubric(path));
      } catch (CliException e) {
        if (e.exitCode() != VetcpdCli.EXIT_INVALID) {
          throw e;
        }
        lines.addAll(e.lines());
        omitted += e.omitted();
      }
    }
    if (!lines.isEmpty() || omitted > 0) {
      throw CliException.invalid(lines, omitted);
    }
    return read;
  }

  /**
   * Checks every line of a JSON Lines file of plans against the catalogue, so that scoring it
   * never half-succeeds; lists every problem, with paths such as {@code line 7.items[0].hours}.
   */
  public static void checkPlanStream(Path path, Dataset catalogue) {
    checkNamed(path, "a JSON Lines file of plans");
    checkReadable(path);
    List<Problem> problems;
    try {
      problems = VetcpdJson.validatePlans(path, catalogue, MaxProblems.jsonOptions());
    } catch (UncheckedIOException e) {
      throw cannotRead(path, e.getCause());
    }
    if (!problems.isEmpty()) {
      throw invalid(path + ": ", problems);
    }
  }

  /** Streams the plans of a JSON Lines file checked by {@link #checkPlanStream}. */
  public static Stream<CpdPlan> planStream(Path path, Dataset catalogue) {
    try {
      return VetcpdJson.streamPlans(path, catalogue, MaxProblems.jsonOptions());
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

  /**
   * The error for a core reader's problems: one line per problem kept, each after {@code prefix},
   * and the reader's last line {@code … and N more problems}, if any, turned into the count of
   * the problems left out, so that {@link VetcpdCli} prints one such line with the exact count.
   */
  static CliException invalid(String prefix, List<Problem> problems) {
    int n = problems.size();
    long omitted = n == 0 ? -1 : MaxProblems.more(problems.get(n - 1));
    if (omitted < 0) {
      return CliException.invalid(lines(prefix, problems), 0);
    }
    return CliException.invalid(lines(prefix, problems.subList(0, n - 1)), omitted);
  }

  /** One line per problem, {@code path: message}, each after {@code prefix}. */
  static List<String> lines(String prefix, ValidationException e) {
    return lines(prefix, e.problems());
  }

  /** One line per problem, even if a message spans lines, each after {@code prefix}. */
  static List<String> lines(String prefix, List<Problem> problems) {
    return problems.stream().map(p -> line(prefix, p)).collect(Collectors.toList());
  }

  /**
   * A problem on one line, even if its message spans lines (CR, LF), after {@code prefix}; data
   * escaped, the line and paragraph separators U+2028 and U+2029 too (not joined as line breaks).
   */
  static String line(String prefix, Problem p) {
    return prefix + TerminalText.escape(
        p.toString().strip().replaceAll("\\s*(?:\\r\\n|[\\n\\r])\\s*", " "));
  }
}
