package org.vetcpd.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.vetcpd.research.AtomicFile;
import org.vetcpd.research.CsvCells;
import org.vetcpd.research.CsvImport;
import org.vetcpd.research.DataPackage;
import org.vetcpd.research.Provenance;
import org.vetcpd.rules.RubricRef;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The output option of every {@code vetcpd} command (a picocli mixin declared in code: {@link
 * CodedOptions}): {@code -o/--output FILE} writes the output to a file instead of standard output,
 * atomically (a temporary file in the same folder, renamed when the command succeeds; missing
 * folders are created), and a CSV file gets its codebook {@value DataPackage#FILE} beside it.
 * Without {@code --format}, {@code FILE.csv} means CSV and {@code FILE.json} JSON.
 *
 * <p>A command writes through {@link #open()} and ends with {@link #commit(List, RubricRef)} (or
 * {@link #commit(List, Provenance)}); a write error anywhere ends the run with {@value
 * VetcpdCli#EXIT_OUTPUT} and one line naming the target ({@link OutputException}).
 */
public final class OutputOptions {
  /**
   * What a command writes, which decides what {@code -o}'s help says and which file names it
   * refuses: a name ending {@code .csv} or {@code .json} means that format ({@link
   * #format(Format)}), so a command that cannot write it refuses the name rather than write, say,
   * HTML into {@code report.csv}.
   */
  public enum Written {
    /** Text, JSON or CSV, chosen by {@code --format} or by the file name. */
    FORMATS(""),
    /** Text or JSON (the planner: its own check refuses CSV, given either way). */
    TEXT_OR_JSON(" Without --format, FILE.json writes JSON; a .csv file is refused."),
    /** HTML only. */
    HTML(" The file is HTML: a name ending .csv or .json is refused."),
    /** JSON only. */
    JSON(" The file is JSON: a name ending .csv is refused."),
    /** Text only. */
    TEXT(" The file is text: a name ending .csv or .json is refused.");

    private final String help;

    Written(String help) {
      this.help = help;
    }
  }

  private CommandSpec mixee;
  private Written written = Written.FORMATS;

  private final OptionValue<Path> output = new OptionValue<>();

  private AtomicFile file;
  private PrintWriter writer;
  private CheckedWriter checked;

  /** Creates the mixin; {@link #addTo} declares its option. */
  public OutputOptions() {}

  /**
   * Adds {@code -o/--output} to a command, as the mixin {@code output}.
   *
   * @param command the command's spec
   */
  public void addTo(CommandSpec command) {
    addTo(command, Written.FORMATS);
  }

  /**
   * Adds {@code -o/--output} to a command that writes {@code written}, as the mixin {@code
   * output}: its help says what the file holds, and {@link #open()} refuses a file name that
   * means a format the command cannot write ({@link #checkName()}).
   *
   * @param command the command's spec
   * @param written what the command writes
   */
  public void addTo(CommandSpec command, Written written) {
    mixee = command;
    this.written = java.util.Objects.requireNonNull(written, "written");
    CommandSpec mixin = CommandSpec.wrapWithoutInspection(this);
    mixin.addOption(OptionSpec.builder("-o", "--output")
        .paramLabel("FILE")
        .type(Path.class)
        .description(written == Written.FORMATS
            ? "Write to FILE instead of standard output, atomically (missing folders are"
                + " created); a CSV file gets its codebook datapackage.json beside it. Without"
                + " --format, FILE.csv writes CSV and FILE.json JSON."
            : "Write to FILE instead of standard output, atomically (missing folders are"
                + " created)." + written.help)
        .setter(output)
        .getter(output)
        .build());
    command.addMixin("output", mixin);
  }

  /**
   * Returns where the command writes: the file of {@code -o}, or standard output. The same writer
   * on every call.
   *
   * @return the writer; its write errors are thrown as {@link OutputException}
   */
  public PrintWriter open() {
    if (writer != null) {
      return writer;
    }
    checkName();
    Path output = this.output.value();
    if (output == null) {
      writer = mixee.commandLine().getOut();
      return writer;
    }
    try {
      if (Files.isDirectory(output)) {
        throw new OutputException(output.toString(), "is a folder");
      }
      if (namesAFolder()) {
        throw new OutputException(output + "/", "the name of a folder (it ends in /)");
      }
      refuseInput(output);
      file = root().pending(output.toString(), () -> AtomicFile.create(output));
    } catch (UncheckedIOException e) {
      throw new OutputException(output.toString(), AtomicFile.reason(e.getCause()));
    }
    checked = CheckedWriter.of(file.writer(), output.toString());
    writer = new PrintWriter(checked, false);
    return writer;
  }

  /**
   * Refuses, as a usage error, an {@code -o} file name whose ending means a format this command
   * does not write ({@link Written}): {@code report -o out.csv} would otherwise be HTML in a file
   * that a spreadsheet opens. A command that reads its input first calls this before, so that the
   * error comes at once.
   */
  public void checkName() {
    Path output = this.output.value();
    if (output == null || output.getFileName() == null
        || written == Written.FORMATS || written == Written.TEXT_OR_JSON) {
      return;
    }
    String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
    String ending = name.endsWith(".csv") ? "csv" : name.endsWith(".json") ? "json" : null;
    if (ending == null || ending.equals("json") && written == Written.JSON) {
      return;
    }
    throw CliException.usage("vetcpd: " + mixee.name() + " writes "
        + (written == Written.HTML ? "HTML" : written == Written.JSON ? "JSON" : "text")
        + ", not " + ending + " (-o names a ." + ending + " file: give another file name)");
  }

  /**
   * Whether {@code -o} was given with a trailing slash ({@code out.csv/}): the name of a folder, as
   * the kernel has it, though a {@link Path} drops the slash.
   */
  private boolean namesAFolder() {
    ParseResult parsed = mixee.commandLine().getParseResult();
    OptionSpec o = parsed == null ? null : parsed.matchedOption("--output");
    if (o == null || o.originalStringValues().isEmpty()) {
      return false;
    }
    String given = o.originalStringValues().get(o.originalStringValues().size() - 1);
    return given.endsWith("/") || given.endsWith(java.io.File.separator);
  }

  /**
   * Returns the format to write: the one given with {@code --format}, else the one the file name of
   * {@code -o} implies ({@code .csv}, {@code .json}), else the command's default.
   *
   * @param chosen the value of the command's {@code --format} option (its default if not given)
   * @return the format
   */
  public Format format(Format chosen) {
    return format(mixee, chosen);
  }

  /**
   * Returns the format a command writes, as {@link #format(Format)} does, for a command whose
   * {@code --format} option is declared elsewhere (a mixin of its own).
   *
   * @param command the command
   * @param chosen the value of its {@code --format} option
   * @return the format
   */
  public static Format format(CommandSpec command, Format chosen) {
    ParseResult parsed = command.commandLine().getParseResult();
    if (parsed != null && parsed.hasMatchedOption("--format")) {
      return chosen;
    }
    OptionSpec o = command.findOption("--output");
    Path path = o == null ? null : o.getValue();
    if (path == null || path.getFileName() == null) {
      return chosen;
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return Format.CSV;
    }
    if (name.endsWith(".json")) {
      return Format.JSON;
    }
    return chosen;
  }

  /**
   * Returns how CSV cells from data are written: {@link CsvCells#RAW} with {@code --csv-raw}.
   *
   * @return the cell mode
   */
  public CsvCells cells() {
    OptionSpec raw = mixee.findOption("--csv-raw");
    return raw != null && Boolean.TRUE.equals(raw.getValue()) ? CsvCells.RAW : CsvCells.SAFE;
  }

  /**
   * Returns the provenance of this run: the command line, each input file's SHA-256 (every file or
   * folder of CSV files named on the command line), vetcpd's version and commit, the cell mode.
   *
   * @return a builder holding it, to add the rubric or an analysis' settings to
   */
  public Provenance.Builder provenance() {
    Provenance.Builder b = Provenance.builder().cells(cells());
    ParseResult root = mixee.root().commandLine().getParseResult();
    if (root != null) {
      b.command(Stream.concat(Stream.of("vetcpd"), root.originalArgs().stream())
          .map(OutputOptions::quote).collect(Collectors.joining(" ")));
    }
    Set<String> named = new LinkedHashSet<>();
    inputPaths().forEach(path -> inputs(b, path, named));
    return b;
  }

  /**
   * Returns the files and folders named on the command line other than {@code -o}'s, each once,
   * in the order given; a repeated option (compare's {@code --rubric A --rubric B}) holds a list.
   */
  private Set<Path> inputPaths() {
    Set<Path> paths = new LinkedHashSet<>();
    ParseResult parsed = mixee.commandLine().getParseResult();
    if (parsed == null) {
      return paths;
    }
    for (ArgSpec arg : parsed.matchedArgs()) {
      Object value = arg.getValue();
      if (arg.isOption() && ((OptionSpec) arg).longestName().equals("--output")) {
        continue;
      }
      if (value instanceof Path) {
        paths.add((Path) value);
      } else if (value instanceof Collection) {
        for (Object element : (Collection<?>) value) {
          if (element instanceof Path) {
            paths.add((Path) element);
          }
        }
      }
    }
    return paths;
  }

  /**
   * Refuses an output that is one of the inputs (a file named on the command line, or a table of
   * a CSV folder named there): it would be replaced by what was read from it.
   */
  private void refuseInput(Path output) {
    Path input = input(output);
    if (input != null) {
      throw new OutputException(output.toString(),
          "it is one of the inputs (" + input + "); write to another file");
    }
  }

  /** The input (as named, or a table of a named folder) that is the given file, or null. */
  private Path input(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    for (Path input : inputPaths()) {
      List<Path> files = Files.isDirectory(input)
          ? CsvImport.TABLES.stream().map(input::resolve).collect(Collectors.toList())
          : List.of(input);
      for (Path f : files) {
        try {
          if (Files.isRegularFile(f) && Files.isSameFile(f, file)) {
            return f;
          }
        } catch (IOException e) {
          // cannot tell: not the same file as far as can be known
        }
      }
    }
    return null;
  }

  /**
   * Adds a file, or each table of a CSV folder, once: a rubric may also be a file of the folder.
   * Only the tables a folder is read for: not its other files, such as its codebook or the
   * output being written into it.
   */
  private static void inputs(Provenance.Builder b, Path path, Set<String> named) {
    if (Files.isRegularFile(path)) {
      if (named.add(path.toString())) {
        b.putInputs(path.toString(), Provenance.sha256(path));
      }
    } else if (Files.isDirectory(path)) {
      CsvImport.TABLES.stream().map(path::resolve).filter(Files::isRegularFile).sorted()
          .forEach(f -> inputs(b, f, named));
    }
  }

  private static String quote(String arg) {
    return arg.matches("[A-Za-z0-9_./:=@%+,-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
  }

  /**
   * Ends the output: flushes it, checking for write errors; with {@code -o}, moves the file into
   * place and, for CSV, writes its codebook.
   *
   * @param csvHeader the CSV's columns when the output is CSV, else null
   * @param rubric the rubric the output was scored with, or null
   * @throws OutputException if the output cannot be written
   */
  public void commit(List<String> csvHeader, RubricRef rubric) {
    commit(csvHeader, rubric, null);
  }

  /**
   * Ends the output of a comparison of two rubrics as {@link #commit(List, RubricRef)} does; the
   * codebook names both ({@code vetcpd.rubric} is A, {@code vetcpd.rubricB} is B).
   *
   * @param csvHeader the CSV's columns when the output is CSV, else null
   * @param rubric rubric A, or null
   * @param rubricB rubric B, or null
   * @throws OutputException if the output cannot be written
   */
  public void commit(List<String> csvHeader, RubricRef rubric, RubricRef rubricB) {
    Provenance p = null;
    if (output.value() != null && csvHeader != null) {
      // only a CSV file gets a codebook: the inputs are hashed only for one
      Provenance.Builder b = provenance();
      if (rubric != null) {
        b.rubric(rubric);
      }
      if (rubricB != null) {
        b.rubricB(rubricB);
      }
      p = b.build();
    }
    commit(csvHeader, p);
  }

  /**
   * Ends an output that is not CSV: flushes it, checking for write errors, and with {@code -o}
   * moves the file into place.
   *
   * @throws OutputException if the output cannot be written
   */
  public void commit() {
    commit(null, (Provenance) null);
  }

  /**
   * Ends the output as {@link #commit(List, RubricRef)} does, with a provenance of its own (e.g. a
   * sensitivity analysis' seed, draws and concentration).
   *
   * @param csvHeader the CSV's columns when the output is CSV, else null
   * @param provenance what produced the output (used for CSV files only), or null
   * @throws OutputException if the output cannot be written
   */
  public void commit(List<String> csvHeader, Provenance provenance) {
    open().flush();
    if (file == null) {
      return;
    }
    Path output = this.output.value();
    if (csvHeader != null && provenance != null && !AtomicFile.writtenInPlace(output)) {
      // the codebook beside the CSV must not replace an input (a rubric or data set of that name)
      Path codebook = output.toAbsolutePath().getParent().resolve(DataPackage.FILE);
      Path input = input(codebook);
      if (input != null) {
        throw new OutputException(output.toString(), "its codebook " + DataPackage.FILE
            + " would replace an input (" + input + "); write it into another folder");
      }
    }
    try {
      if (csvHeader != null && provenance != null) {
        // the codebook is written first and moved in right after the CSV: one that cannot be
        // written leaves no CSV either; a device or FIFO (-o /dev/stdout) gets none (in /dev)
        DataPackage.commit(file, csvHeader, provenance);
      } else {
        file.commit();
      }
    } catch (UncheckedIOException e) {
      // the codebook's own failure names it: "cannot write out.csv: its codebook … is a folder"
      String codebook = "cannot write "
          + output.toAbsolutePath().getParent().resolve(DataPackage.FILE) + ": ";
      throw new OutputException(output.toString(), e.getMessage().startsWith(codebook)
          ? "its codebook " + e.getMessage().substring("cannot write ".length())
          : AtomicFile.reason(e.getCause()));
    }
  }

  /**
   * Whether the command may draw a progress bar on its stderr. In-process ({@link
   * VetcpdCli#run(String[], java.io.PrintStream, java.io.PrintStream)}) always: the caller's stream
   * is the caller's to judge. From the command line only when the process's stderr is a terminal
   * (a bar in a log file or a pipe is noise) and {@code -o} does not write to that terminal ({@code
   * -o /dev/stderr}, {@code -o /dev/pts/N}), where the bar would be drawn into the output.
   *
   * @return true if a progress bar may be drawn
   */
  public boolean progressOnStderr() {
    if (!root().processStreams()) {
      return true;
    }
    if (!stderrIsTerminal()) {
      return false;
    }
    Path o = output.value();
    try {
      return o == null || !Files.isSameFile(o, Path.of("/proc/self/fd/2"));
    } catch (IOException | SecurityException e) {
      return true; // a new file, or no /proc: not the terminal
    }
  }

  /**
   * Whether the process's stderr is a terminal: on Linux, what {@code /proc/self/fd/2} leads to
   * ({@code /dev/pts/N}, {@code /dev/ttyN}, {@code /dev/console}); elsewhere, whether Java has a
   * console (stdin and stdout are terminals), the nearest Java 17 can tell without native code.
   */
  static boolean stderrIsTerminal() {
    String target;
    try {
      target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
    return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty")
        || target.equals("/dev/console");
  }

  private VetcpdCli root() {
    return (VetcpdCli) mixee.root().userObject();
  }
}
