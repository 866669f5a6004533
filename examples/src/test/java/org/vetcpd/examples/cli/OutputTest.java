package org.vetcpd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.examples.jshell.ExternalProcess;
import org.vetcpd.research.BuildInfo;
import org.vetcpd.research.CohortCsv;
import org.vetcpd.research.CohortRow;
import org.vetcpd.research.DataPackage;
import org.vetcpd.research.Provenance;
import org.vetcpd.research.SyntheticCohort;
import org.vetcpd.rules.Rubric;

/** What leaves vetcpd: -o files, codebooks, write errors, closed pipes, hostile data. */
class OutputTest {
  private static final JsonMapper JSON = new JsonMapper();
  @TempDir Path dir;

  static Path sample() {
    Path inModule = Path.of("data", "sample.json");
    return Files.exists(inModule) ? inModule : Path.of("examples", "data", "sample.json");
  }

  private static List<String> files(Path folder) throws Exception {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void tableToACsvFileWritesItsCodebookWithRubricFingerprintAndCommit() throws Exception {
    Path out = dir.resolve("out/table.csv");
    CliRun run = CliRun.of("table", sample().toString(), "-o", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(files(out.getParent())).containsExactly("datapackage.json", "table.csv");
    List<String> header = List.of(Files.readAllLines(out).get(0).split(","));
    assertThat(header).isEqualTo(CohortCsv.COLUMNS);
    JsonNode pkg = JSON.readTree(out.resolveSibling(DataPackage.FILE).toFile());
    List<String> fields = new ArrayList<>();
    pkg.get("resources").get(0).get("schema").get("fields")
        .forEach(f -> fields.add(f.get("name").asText()));
    assertThat(fields).isEqualTo(header);
    JsonNode vetcpd = pkg.get("vetcpd");
    assertThat(vetcpd.get("rubric").get("fingerprint").asText())
        .isEqualTo(Rubric.standard().fingerprint());
    assertThat(vetcpd.get("commit").asText()).isEqualTo(BuildInfo.commit());
    assertThat(vetcpd.get("version").asText()).isEqualTo(BuildInfo.version());
    assertThat(vetcpd.get("command").asText()).startsWith("vetcpd table ").contains("-o");
    assertThat(vetcpd.get("inputs").get(sample().toString()).asText())
        .isEqualTo(Provenance.sha256(sample()));
    assertThat(vetcpd.get("csvCells").asText()).isEqualTo("safe");
    assertThat(CohortCsv.read(out)).hasSize(VetcpdJson.readDataset(sample()).plans().size());
  }

  @Test
  void everyCommandWritesToOutputFilesInTheFormatTheNameSays() throws Exception {
    assertThat(CliRun.of("score", sample().toString(), "-o", dir.resolve("s.json").toString())
        .exitCode()).isZero();
    assertThat(JSON.readTree(dir.resolve("s.json").toFile()).get(0).get("rubric")
        .get("fingerprint").asText()).isEqualTo(Rubric.standard().fingerprint());
    assertThat(CliRun.of("score", sample().toString(), "--output",
        dir.resolve("s.csv").toString()).exitCode()).isZero();
    assertThat(Files.readAllLines(dir.resolve("s.csv")).get(0)).startsWith("plan,teacher,score")
        .endsWith("rubric_id,rubric_version,rubric_fingerprint");
    assertThat(CliRun.of("rubric", "-o", dir.resolve("r/rubric.json").toString()).exitCode())
        .isZero();
    assertThat(Rubric.read(dir.resolve("r/rubric.json"))).isEqualTo(Rubric.standard());
    assertThat(CliRun.of("validate", sample().toString(), "-o", dir.resolve("v.txt").toString())
        .exitCode()).isZero();
    assertThat(Files.readString(dir.resolve("v.txt"))).startsWith("valid: ");
    assertThat(CliRun.of("aggregate", sample().toString(), "--by", "school", "-o",
        dir.resolve("agg/by-school.csv").toString()).exitCode()).isZero();
    assertThat(files(dir.resolve("agg"))).containsExactly("by-school.csv", "datapackage.json");
    assertThat(CliRun.of("sensitivity", sample().toString(), "--draws", "20", "--seed", "9",
        "--no-progress", "-o", dir.resolve("sens/plans.csv").toString()).exitCode()).isZero();
    JsonNode vetcpd = JSON.readTree(dir.resolve("sens/datapackage.json").toFile()).get("vetcpd");
    assertThat(vetcpd.get("seed").asLong()).isEqualTo(9);
    assertThat(vetcpd.get("draws").asInt()).isEqualTo(20);
    assertThat(vetcpd.get("concentration").asDouble()).isEqualTo(100);
  }

  /**
   * A command that writes one format refuses an {@code -o} name that means another ({@code .csv},
   * {@code .json}): no HTML in {@code report.csv}, no file written, exit 2, before the data set
   * is read (a missing one is not what is reported).
   */
  @Test
  void aFileNameThatMeansAnotherFormatIsRefused() throws Exception {
    String missing = dir.resolve("no-such.json").toString();
    String[][] cases = {
      {"report", missing, "r.csv", "vetcpd: report writes HTML, not csv"},
      {"report", missing, "r.JSON", "vetcpd: report writes HTML, not json"},
      {"validate", missing, "v.json", "vetcpd: validate writes text, not json"},
      {"validate", missing, "v.csv", "vetcpd: validate writes text, not csv"},
      {"rubric", null, "rubric.csv", "vetcpd: rubric writes JSON, not csv"},
    };
    for (String[] c : cases) {
      String ending = c[2].substring(c[2].lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
      String target = dir.resolve(c[2]).toString();
      CliRun run = c[1] == null ? CliRun.of(c[0], "-o", target)
          : CliRun.of(c[0], c[1], "-o", target);
      assertThat(run.exitCode()).as(c[0] + " " + c[2]).isEqualTo(VetcpdCli.EXIT_USAGE);
      assertThat(run.errLines()).containsExactly(c[3] + " (-o names a ." + ending
          + " file: give another file name)");
      assertThat(files(dir)).isEmpty();
    }
    // the names each command's format allows
    assertThat(CliRun.of("report", sample().toString(), "-o", dir.resolve("r.html").toString())
        .exitCode()).isZero();
    assertThat(CliRun.of("rubric", "-o", dir.resolve("rubric.json").toString()).exitCode())
        .isZero();
    assertThat(files(dir)).containsExactly("r.html", "rubric.json");
  }

  @Test
  void aFailedRunLeavesNoFileAndAnUnwritableTargetIsNamedOnOneLine() throws Exception {
    Path target = dir.resolve("t.csv");
    Files.writeString(dir.resolve("bad-rubric.json"), "{}");
    CliRun bad = CliRun.of("table", sample().toString(), "--rubric",
        dir.resolve("bad-rubric.json").toString(), "-o", target.toString());
    assertThat(bad.exitCode()).isEqualTo(VetcpdCli.EXIT_INVALID);
    assertThat(files(dir)).containsExactly("bad-rubric.json");

    Files.writeString(dir.resolve("a-file"), "x");
    Path under = dir.resolve("a-file/t.csv");
    CliRun run = CliRun.of("table", sample().toString(), "-o", under.toString());
    assertThat(run.exitCode()).isEqualTo(VetcpdCli.EXIT_OUTPUT);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().get(0)).startsWith("vetcpd: cannot write " + under);
  }

  @Test
  void aModifiedRubricIsNeverLabelledAsTheStandard() throws Exception {
    ObjectNode rubric = (ObjectNode) JSON.readTree(CliRun.of("rubric").out());
    ((ObjectNode) rubric.get("weights")).put("industry-contact", 0.30);
    Path file = dir.resolve("r.json");
    Files.writeString(file, rubric.toString());
    CliRun run = CliRun.of("score", sample().toString(), "--rubric", file.toString());
    assertThat(run.exitCode()).isEqualTo(VetcpdCli.EXIT_INVALID);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).contains(file + ": id:", Rubric.standard().fingerprint());
    rubric.put("id", "mine");
    Files.writeString(file, rubric.toString());
    CliRun mine = CliRun.of("score", sample().toString(), "--rubric", file.toString());
    assertThat(mine.exitCode()).isZero();
    Rubric read = Rubric.read(file);
    assertThat(mine.out()).contains("scored with rubric mine 1.0 (" + read.fingerprint() + ")")
        .doesNotContain("vetcpd-standard");
  }

  // --- hostile data ---------------------------------------------------------------------------

  /** The sample with a forged plan id and OWASP formulas in ids and periods. */
  /**
   * A valid data set whose plan ids and periods are spreadsheet formulas (ids may not hold control
   * characters or bidirectional controls: those are rejected when read, see {@link
   * #aPlanIdThatWouldForgeALineOfTextIsRejectedAndShownEscaped}).
   */
  private Path hostile() throws Exception {
    ObjectNode ds = (ObjectNode) JSON.readTree(sample().toFile());
    ArrayNode plans = (ArrayNode) ds.get("plans");
    ((ObjectNode) plans.get(0)).put("id", "=HYPERLINK(\"http://evil.example\",\"x\")");
    ((ObjectNode) plans.get(1)).put("id", "+1+cmd|' /C calc'!A0");
    ((ObjectNode) plans.get(1)).put("period", "@SUM(1+1)");
    ((ObjectNode) plans.get(2)).put("id", "-2+3");
    Path file = dir.resolve("hostile.json");
    Files.writeString(file, ds.toString());
    return file;
  }

  @Test
  void aHostileDataSetsCsvOpensSafelyAndReadsBackExactlyWithCsvRaw() throws Exception {
    Path data = hostile();
    Dataset ds = VetcpdJson.readDataset(data);
    Path safe = dir.resolve("safe.csv");
    assertThat(CliRun.of("table", data.toString(), "-o", safe.toString()).exitCode()).isZero();
    for (CohortRow row : CohortCsv.read(safe)) {
      for (String cell : List.of(row.plan(), row.period().orElse(""))) {
        assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
            .doesNotStartWith("@");
      }
    }
    Path raw = dir.resolve("raw/raw.csv");
    assertThat(CliRun.of("table", data.toString(), "--csv-raw", "-o", raw.toString())
        .exitCode()).isZero();
    List<CohortRow> back = CohortCsv.read(raw);
    assertThat(back).extracting(CohortRow::plan)
        .containsExactlyElementsOf(ds.plans().stream().map(p -> p.id()).toList());
    assertThat(back.get(1).period()).contains("@SUM(1+1)");
    assertThat(JSON.readTree(raw.resolveSibling("datapackage.json").toFile()).get("vetcpd")
        .get("csvCells").asText()).isEqualTo("raw");
    CliRun score = CliRun.of("score", data.toString(), "--format", "csv");
    assertThat(score.out()).contains("\"'=HYPERLINK(").contains("'+1+cmd");
    // every command that writes CSV takes --csv-raw (DESIGN.md, "Second round")
    Path standard = dir.resolve("standard.json");
    Path industry = dir.resolve("industry.json");
    VetcpdJson.write(Rubric.standard(), standard);
    VetcpdJson.write(Rubric.standard().withId("industry").withVersion("1")
        .withWeight("industry-contact", 0.30), industry);
    List<String> compare = List.of("compare", data.toString(), "--rubric", standard.toString(),
        "--rubric", industry.toString(), "-f", "csv");
    CliRun guarded = CliRun.of(compare.toArray(new String[0]));
    assertThat(guarded.exitCode()).as(guarded.err()).isZero();
    assertThat(guarded.out()).contains("'+1+cmd");
    assertThat(guarded.outLines()).noneMatch(l -> l.contains(",+1+cmd") || l.startsWith("+1"));
    List<String> rawCompare = new ArrayList<>(compare);
    rawCompare.add("--csv-raw");
    CliRun rawRun = CliRun.of(rawCompare.toArray(new String[0]));
    assertThat(rawRun.exitCode()).as(rawRun.err()).isZero();
    assertThat(rawRun.out()).contains("+1+cmd").doesNotContain("'+1+cmd");
    CliRun criteria = CliRun.of("criteria", data.toString(), "-f", "csv");
    CliRun criteriaRaw = CliRun.of("criteria", data.toString(), "-f", "csv", "--csv-raw");
    assertThat(criteriaRaw.exitCode()).as(criteriaRaw.err()).isZero();
    // criterion ids only, never a cell from data: the same either way
    assertThat(criteriaRaw.out()).isEqualTo(criteria.out()).isNotEmpty();
  }

  @Test
  void aPlanIdThatWouldForgeALineOfTextIsRejectedAndShownEscaped() throws Exception {
    ObjectNode ds = (ObjectNode) JSON.readTree(sample().toFile());
    ArrayNode plans = (ArrayNode) ds.get("plans");
    ((ObjectNode) plans.get(0)).put("id", "p\nScore 99.9 of 100: TAILORED\u001b[8m");
    ((ObjectNode) plans.get(2)).put("id", "p-2\u202e");
    Path data = dir.resolve("forging.json");
    Files.writeString(data, ds.toString());
    CliRun text = CliRun.of("score", data.toString());
    assertThat(text.exitCode()).isEqualTo(VetcpdCli.EXIT_INVALID);
    assertThat(text.out()).isEmpty();
    assertThat(text.errLines()).noneMatch(l -> l.startsWith("Score 99.9"));
    assertThat(text.err()).contains("must not contain control character U+000A")
        .contains("must not contain bidirectional control U+202E")
        .doesNotContain("\u001b", "\u202e");
  }

  /**
   * A reference holding a line or paragraph separator (U+2028, U+2029) is quoted in the problem
   * line with the separator escaped, as every other character a terminal could break a line on.
   */
  @Test
  void aLineSeparatorInAReferenceIsShownEscapedInItsProblem() throws Exception {
    ObjectNode ds = (ObjectNode) JSON.readTree(sample().toFile());
    ((ObjectNode) ds.get("plans").get(0)).put("teacher", "t-\u2028Score\u2029x");
    Path data = dir.resolve("separators.json");
    Files.writeString(data, ds.toString());
    CliRun run = CliRun.of("validate", data.toString());
    assertThat(run.exitCode()).isEqualTo(VetcpdCli.EXIT_INVALID);
    assertThat(run.err()).contains("\"t-\\u2028Score\\u2029x\"")
        .doesNotContain("\u2028", "\u2029");
  }

  // --- forked runs: a full disk, a closed pipe -----------------------------------------------

  private static ProcessBuilder vetcpd(String... args) {
    List<String> command = ExternalProcess.java(
        "-cp", System.getProperty("java.class.path"), VetcpdCli.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  @ParameterizedTest
  @ValueSource(strings = {"report", "table", "score"})
  void outputToADeviceIsWrittenInPlaceNeverReplaced(String command) {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full) && !Files.isRegularFile(full), "no /dev/full on this platform");
    // as root, a rename onto /dev/full would replace the device by a regular file
    CliRun run = CliRun.of(command, sample().toString(), "-o", full.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(VetcpdCli.EXIT_OUTPUT);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("vetcpd: cannot write /dev/full");
    assertThat(Files.isRegularFile(full)).as("/dev/full is still a device").isFalse();
  }

  /**
   * The codebook in /dev, as it stands: its time of last change, or -1 if there is none. Compared
   * before and after a run rather than required absent, as something else may have put one there.
   */
  private static long codebookInDev() throws Exception {
    Path inDev = Path.of("/dev", DataPackage.FILE);
    return Files.exists(inDev) ? Files.getLastModifiedTime(inDev).toMillis() : -1;
  }

  /**
   * {@code -o /dev/stdout} with standard output redirected to a file: /dev/stdout then leads to
   * that regular file, and it is written there in place; the link in /dev is never replaced by a
   * regular file (as root the rename would succeed, as another user it would fail).
   */
  @ParameterizedTest
  @ValueSource(strings = {"report", "table", "score"})
  void outputToDevStdoutRedirectedToAFileIsWrittenThroughIt(String command) throws Exception {
    Path stdout = Path.of("/dev/stdout");
    assumeTrue(Files.isSymbolicLink(stdout), "no /dev/stdout link on this platform");
    Path file = dir.resolve("redirected.out");
    long codebook = codebookInDev();
    Process p = vetcpd(command, sample().toString(), "-o", stdout.toString())
        .redirectOutput(file.toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(err).isZero();
    assertThat(Files.isSymbolicLink(stdout)).as("/dev/stdout is still a link").isTrue();
    // table writes CSV: a codebook beside /dev/stdout would have landed in /dev
    assertThat(codebookInDev()).as("a codebook written into /dev").isEqualTo(codebook);
    assertThat(Files.size(file)).isPositive();
    String written = Files.readString(file);
    assertThat(written).contains("p-s1-template-t-rm-01");
    if (command.equals("report")) {
      assertThat(written).startsWith("<!DOCTYPE html>");
    }
  }

  /**
   * {@code -o /dev/stdout} when standard output is not open for writing: when a caller closes it,
   * descriptor 1 goes to the next file the JVM opens, for reading (its own {@code lib/modules}),
   * which opening /dev/stdout anew for writing would truncate. Here descriptor 1 is a file of the
   * test's own, opened for reading: it is refused in one line and the file is left as it was.
   */
  @Test
  void outputToAStandardOutputNotOpenForWritingIsRefusedAndNothingTruncated() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh"))
        && Files.isDirectory(Path.of("/proc/self/fdinfo")), "no /bin/sh or /proc here");
    Path readOnly = dir.resolve("open-for-reading.txt");
    Files.writeString(readOnly, "not to be written");
    List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "exec \"$@\" 1<\"$0\"",
        readOnly.toString()));
    command.addAll(vetcpd("table", sample().toString(), "-o", "/dev/stdout").command());
    Process p = new ProcessBuilder(command).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(err).isEqualTo(VetcpdCli.EXIT_OUTPUT);
    assertThat(err.lines().toList()).containsExactly("vetcpd: cannot write /dev/stdout: file"
        + " descriptor 1 (standard output) is not open for writing");
    assertThat(Files.readString(readOnly)).isEqualTo("not to be written");
  }

  /**
   * Another name for standard output, through /proc (/proc/self/root/dev/stdout), is written
   * through standard output's own descriptor as /dev/stdout is: {@code >>} keeps what was there.
   */
  @Test
  void anotherNameForStandardOutputAppendsAsItDoes() throws Exception {
    Path alias = Path.of("/proc/self/root/dev/stdout");
    assumeTrue(Files.isDirectory(Path.of("/proc/self/fdinfo")) && Files.exists(alias),
        "no /proc here");
    Path log = dir.resolve("log.txt");
    Files.writeString(log, "BEFORE\n");
    Process p = vetcpd("rubric", "-o", alias.toString())
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(err).isZero();
    assertThat(Files.readString(log)).startsWith("BEFORE\n{");
  }

  /**
   * The progress bar of {@code sensitivity} is drawn only when stderr is a terminal: a pipe or a
   * log file gets none (it was 101 redrawings of the bar, carriage returns and all).
   */
  @Test
  void noProgressBarWhenStderrIsNotATerminal() throws Exception {
    Process p = vetcpd("sensitivity", sample().toString(), "--draws", "30", "-f", "csv").start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(err).isZero();
    assertThat(err).isEmpty();
    assertThat(out.lines().count()).isEqualTo(1 + VetcpdJson.readDataset(sample()).plans().size());
  }

  /**
   * On a terminal (a pseudo-terminal made by util-linux's {@code script}) the bar is drawn; with
   * {@code -o /dev/stderr} the output goes to that terminal, and the bar is not drawn into it.
   */
  @Test
  void theProgressBarIsDrawnOnATerminalButNeverIntoTheOutput() throws Exception {
    Path script = Path.of("/usr/bin/script");
    assumeTrue(Files.isExecutable(script) && Files.isDirectory(Path.of("/proc/self/fd")),
        "no script(1) or /proc here");
    List<String> java = ExternalProcess.java("-cp", System.getProperty("java.class.path"),
        VetcpdCli.class.getName(), "sensitivity", sample().toString(), "--draws", "30", "-f",
        "csv");
    String command = String.join(" ", java.stream()
        .map(a -> "'" + a.replace("'", "'\\''") + "'").toList());
    String bar = terminal(script, command + " >/dev/null");
    assertThat(bar).contains("\r[").contains("100% 30/30 draws");
    String output = terminal(script, command + " -o /dev/stderr");
    assertThat(output).doesNotContain("draws").contains("plan,teacher,base_score");
  }

  /** What a shell command prints on a pseudo-terminal of its own, through {@code script}. */
  private static String terminal(Path script, String command) throws Exception {
    Process p = new ProcessBuilder(script.toString(), "-qec", command, "/dev/null")
        .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    p.getOutputStream().close();
    String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assumeTrue(p.exitValue() == 0, "script(1) could not run the command: " + printed);
    return printed;
  }

  /** A temporary folder where the spooled output cannot be written: exit code 5, one line. */
  @Test
  void aTemporaryFolderThatCannotBeWrittenIsAnOutputError() throws Exception {
    Path missing = dir.resolve("no-such-folder");
    List<String> command = ExternalProcess.java("-Djava.io.tmpdir=" + missing, "-cp",
        System.getProperty("java.class.path"), VetcpdCli.class.getName(), "score",
        sample().toString(), "--plans", sample().resolveSibling("sample-plans.jsonl").toString(),
        "--format", "csv");
    Process p = new ProcessBuilder(command).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(err).isEqualTo(VetcpdCli.EXIT_OUTPUT);
    assertThat(err.lines().toList()).singleElement().asString()
        .startsWith("vetcpd: cannot create a temporary file for the output in " + missing);
    assertThat(p.getInputStream().readAllBytes()).isEmpty();
  }

  /**
   * A run stopped by a signal (SIGTERM, as {@code kill} sends) while it writes {@code -o} into
   * folders it made leaves neither its temporary file nor the folders.
   */
  @Test
  void aRunStoppedBySignalLeavesNothingBehind() throws Exception {
    assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "no SIGTERM here");
    Path cohort = dir.resolve("cohort.json");
    VetcpdJson.write(SyntheticCohort.generate(6_000, 11), cohort);
    Path made = dir.resolve("new");
    Process p = vetcpd("score", cohort.toString(), "-o",
        made.resolve("deep/out.txt").toString()).start();
    // stopped once output reaches its temporary file (the run has registered it by then)
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!writing(made.resolve("deep")) && p.isAlive() && System.nanoTime() < end) {
      Thread.sleep(5);
    }
    assumeTrue(p.isAlive(), "the run ended before it could be stopped");
    p.destroy(); // SIGTERM
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assumeTrue(p.exitValue() != 0, "the run ended before the signal reached it");
    assertThat(made).doesNotExist();
    assertThat(files(dir)).containsExactly("cohort.json");
  }

  /** Whether a folder holds a file with something in it. */
  private static boolean writing(Path folder) throws Exception {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.anyMatch(f -> f.toFile().length() > 0);
    }
  }

  /** {@code -o out.csv/}: the name of a folder, as the kernel has it; nothing written. */
  @Test
  void anOutputEndingInASlashNamesAFolder() throws Exception {
    CliRun run = CliRun.of("table", sample().toString(), "-o", dir.resolve("t.csv") + "/");
    assertThat(run.exitCode()).isEqualTo(VetcpdCli.EXIT_OUTPUT);
    assertThat(run.errLines()).containsExactly("vetcpd: cannot write " + dir.resolve("t.csv")
        + "/: the name of a folder (it ends in /)");
    assertThat(files(dir)).isEmpty();
  }

  /** {@code -o} naming an input (a data set file, a table of a CSV folder) is refused. */
  @Test
  void outputThatIsAnInputIsRefusedAndTheInputKept() throws Exception {
    Path data = dir.resolve("data.json");
    Files.copy(sample(), data);
    byte[] before = Files.readAllBytes(data);
    CliRun run = CliRun.of("score", data.toString(), "--format", "json", "-o", data.toString());
    assertThat(run.exitCode()).isEqualTo(VetcpdCli.EXIT_OUTPUT);
    assertThat(run.errLines()).containsExactly("vetcpd: cannot write " + data + ": it is one of"
        + " the inputs (" + data + "); write to another file");
    assertThat(Files.readAllBytes(data)).isEqualTo(before);

    Path folder = dir.resolve("tables");
    org.vetcpd.research.CsvExport.write(VetcpdJson.readDataset(sample()), folder);
    Path teachers = folder.resolve("teachers.csv");
    byte[] table = Files.readAllBytes(teachers);
    Path same = dir.resolve("tables/../tables/teachers.csv");
    run = CliRun.of("table", folder.toString(), "-o", same.toString());
    assertThat(run.exitCode()).isEqualTo(VetcpdCli.EXIT_OUTPUT);
    assertThat(run.err()).contains("it is one of the inputs (" + teachers + ")");
    assertThat(Files.readAllBytes(teachers)).isEqualTo(table);
  }

  /** A CSV's codebook would replace an input named datapackage.json: refused, nothing written. */
  @Test
  void aCodebookThatWouldReplaceAnInputIsRefused() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("rubrics"));
    Path rubric = folder.resolve(DataPackage.FILE);
    assertThat(CliRun.of("rubric", "-o", dir.resolve("r.json").toString()).exitCode()).isZero();
    Files.copy(dir.resolve("r.json"), rubric);
    byte[] before = Files.readAllBytes(rubric);
    Path out = folder.resolve("out.csv");
    CliRun run = CliRun.of("table", sample().toString(), "--rubric", rubric.toString(), "-o",
        out.toString());
    assertThat(run.exitCode()).isEqualTo(VetcpdCli.EXIT_OUTPUT);
    assertThat(run.errLines()).containsExactly("vetcpd: cannot write " + out + ": its codebook"
        + " datapackage.json would replace an input (" + rubric + "); write it into another"
        + " folder");
    assertThat(Files.readAllBytes(rubric)).isEqualTo(before);
    assertThat(files(folder)).containsExactly(DataPackage.FILE);
  }

  /**
   * A CSV written into the CSV folder it reads: its codebook's inputs are the folder's four tables,
   * not its other files (the output's own temporary file, the codebook itself).
   */
  @Test
  void aCodebookListsTheTablesOfAFolderAsItsInputs() throws Exception {
    Path folder = dir.resolve("tables");
    org.vetcpd.research.CsvExport.write(VetcpdJson.readDataset(sample()), folder);
    Files.writeString(folder.resolve("notes.txt"), "not an input");
    Path out = folder.resolve("scores.csv");
    CliRun run = CliRun.of("score", folder.toString(), "-o", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode inputs = JSON.readTree(folder.resolve(DataPackage.FILE).toFile())
        .get("vetcpd").get("inputs");
    List<String> names = new ArrayList<>();
    inputs.fieldNames().forEachRemaining(n -> names.add(Path.of(n).getFileName().toString()));
    assertThat(names).containsExactly("activities.csv", "drivers.csv", "plan-items.csv",
        "teachers.csv");
    // and the run is reproducible: the same command gives the same inputs
    run = CliRun.of("score", folder.toString(), "-o", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(JSON.readTree(folder.resolve(DataPackage.FILE).toFile()).get("vetcpd")
        .get("inputs")).isEqualTo(inputs);
  }

  /** A file name the JVM cannot take is one line and exit code 2, not the JDK's exception. */
  @Test
  void aFileNameThatIsNotOneIsAUsageError() {
    CliRun run = CliRun.of("validate", "a\u0000b.json");
    assertThat(run.exitCode()).isEqualTo(VetcpdCli.EXIT_USAGE);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).contains("is not a file name: Nul character not allowed")
        .doesNotContain("InvalidPathException");
  }

  /**
   * Under {@code LC_ALL=C} Java's file names are ASCII: a non-ASCII name is one line saying to run
   * with a UTF-8 locale.
   */
  @Test
  void aNonAsciiFileNameInTheCLocaleSaysToUseUtf8() throws Exception {
    assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding"))
        && !System.getProperty("os.name").startsWith("Windows"), "file names are not UTF-8 here");
    Path data = dir.resolve("caf\u00e9.json");
    Files.copy(sample(), data);
    ProcessBuilder b = vetcpd("validate", data.toString());
    b.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG"));
    b.environment().put("LC_ALL", "C");
    Process p = b.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(err).isEqualTo(VetcpdCli.EXIT_USAGE);
    assertThat(err.lines().toList()).singleElement().asString()
        .contains("is not a file name: this system cannot encode it")
        .contains("run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8")
        .doesNotContain("Exception");

    // a relative name in a working folder whose name Java decoded to another folder's
    Path folder = Files.createDirectories(dir.resolve("d\u00efr"));
    b = vetcpd("table", sample().toAbsolutePath().toString(), "-o", "out.csv").directory(
        folder.toFile());
    b.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG"));
    b.environment().put("LC_ALL", "C");
    p = b.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(err).isEqualTo(VetcpdCli.EXIT_USAGE);
    assertThat(err).contains("'out.csv' is relative to the working folder, whose name this"
        + " system cannot encode");
    assertThat(files(dir)).containsExactlyInAnyOrder("caf\u00e9.json", "d\u00efr");
    assertThat(files(folder)).isEmpty();
  }

  /**
   * {@code -o LINK} where the link leads to a file not made yet, in a folder not made yet: the
   * folder and file are made, the link stays; a loop of links is one line and exit code 5.
   */
  @Test
  void outputToADanglingLinkMakesItsFileAndALoopOfLinksFails() throws Exception {
    Path dangling = Files.createSymbolicLink(dir.resolve("dangling.csv"),
        Path.of("later", "made.csv"));
    CliRun run = CliRun.of("score", sample().toString(), "--format", "csv", "-o",
        dangling.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.isSymbolicLink(dangling)).isTrue();
    assertThat(Files.readString(dir.resolve("later/made.csv"))).startsWith("plan,teacher,");
    Path one = dir.resolve("one.csv");
    Path two = dir.resolve("two.csv");
    Files.createSymbolicLink(one, two.getFileName());
    Files.createSymbolicLink(two, one.getFileName());
    run = CliRun.of("score", sample().toString(), "--format", "csv", "-o", one.toString());
    assertThat(run.exitCode()).isEqualTo(VetcpdCli.EXIT_OUTPUT);
    assertThat(run.errLines()).containsExactly("vetcpd: cannot write " + one
        + ": too many levels of symbolic links");
    assertThat(Files.isSymbolicLink(one)).isTrue();
    assertThat(Files.isSymbolicLink(two)).isTrue();
  }

  /**
   * {@code -o FILE} creates FILE as any new file is created (not owner-only, as a temporary file
   * is), and a file it replaces keeps its permissions.
   */
  @Test
  void outputFilesGetTheUsualPermissionsAndAReplacedFileKeepsItsOwn() throws Exception {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "no POSIX");
    Path plain = Files.createFile(dir.resolve("plain.txt"));
    Path fresh = dir.resolve("fresh.csv");
    CliRun run = CliRun.of("score", sample().toString(), "--format", "csv", "-o", fresh.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.getPosixFilePermissions(fresh))
        .isEqualTo(Files.getPosixFilePermissions(plain));
    Path shared = dir.resolve("shared.csv");
    Files.writeString(shared, "old");
    var readable = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
    Files.setPosixFilePermissions(shared, readable);
    run = CliRun.of("score", sample().toString(), "--format", "csv", "-o", shared.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(shared)).startsWith("plan,teacher,");
    assertThat(Files.getPosixFilePermissions(shared)).isEqualTo(readable);
  }

  /** {@code -o LINK}, a symbolic link to a file: the link stays, the file it leads to is replaced. */
  @Test
  void outputToASymbolicLinkReplacesTheFileItLeadsTo() throws Exception {
    Path real = dir.resolve("real.csv");
    Files.writeString(real, "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);
    CliRun run = CliRun.of("score", sample().toString(), "--format", "csv", "-o", link.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).startsWith("plan,teacher,");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .as("no temporary file left").noneMatch(name -> name.startsWith("."));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"score|--format|csv", "score", "table|-f|csv", "aggregate|--by|school",
      "sensitivity|--draws|10|--no-progress", "rubric", "validate", "--help",
      "score|--plans|PLANS|--format|csv"})
  void writingToAFullDiskFailsWithOneLineNamingStandardOutput(String args) throws Exception {
    File full = new File("/dev/full");
    assumeTrue(full.exists() && full.canWrite(), "no /dev/full on this platform");
    List<String> a = new ArrayList<>(List.of(args.split("\\|")));
    if (!a.get(0).equals("rubric") && !a.get(0).startsWith("-")) {
      a.add(1, sample().toString());
    }
    // a stream's output is spooled, then copied to standard output as bytes
    a.replaceAll(arg -> arg.equals("PLANS")
        ? sample().resolveSibling("sample-plans.jsonl").toString() : arg);
    Process p = vetcpd(a.toArray(new String[0])).redirectOutput(full).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(err).isEqualTo(VetcpdCli.EXIT_OUTPUT);
    assertThat(err.lines().toList())
        .containsExactly("vetcpd: cannot write standard output: No space left on device");
  }

  @Test
  void aClosedPipeStopsTheRunWithExitFive() throws Exception {
    // 4 000 plans: their text reports (about 4 MB) are far more than a pipe's buffer holds
    Dataset cohort = SyntheticCohort.generate(4_000, 11);
    Path catalogue = dir.resolve("catalogue.json");
    VetcpdJson.write(Dataset.builder().from(cohort).plans(List.of()).build(), catalogue);
    Path plans = dir.resolve("plans.jsonl");
    try (Writer w = Files.newBufferedWriter(plans)) {
      VetcpdJson.writeJsonLines(cohort.plans(), w);
    }
    Process p = vetcpd("score", catalogue.toString(), "--plans", plans.toString()).start();
    BufferedReader out = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    assertThat(out.readLine()).startsWith("Plan ");
    long closed = System.nanoTime();
    out.close();
    // the exit code is what tells a stopped run from one that wrote on into a closed pipe (that
    // ended 0); the time limit only guards against a hang, and is generous for a loaded CI machine
    boolean ended = p.waitFor(10, TimeUnit.SECONDS);
    long millis = (System.nanoTime() - closed) / 1_000_000;
    if (!ended) {
      p.destroyForcibly();
    }
    assertThat(ended).as("still running 10 s after the pipe closed").isTrue();
    assertThat(p.exitValue()).isEqualTo(VetcpdCli.EXIT_OUTPUT);
    assertThat(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
    assertThat(millis).isLessThan(10_000);
  }
}
