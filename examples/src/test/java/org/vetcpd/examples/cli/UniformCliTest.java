package org.vetcpd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@code vetcpd} command does alike: {@code -V/--version}, help with examples, a data
 * set given as a JSON file or a folder of CSV files, problems that name their file.
 */
class UniformCliTest {
  @TempDir static Path dir;
  private static Path csvFolder;

  @BeforeAll
  static void writeACsvFolder() throws IOException {
    csvFolder = Files.createDirectory(dir.resolve("spreadsheets"));
    Files.writeString(csvFolder.resolve("teachers.csv"),
        "id,programme,school,department,years_teaching\nt-1,RM,s-1,d-rm,3\n");
    Files.writeString(csvFolder.resolve("activities.csv"),
        "id,title,type,contextualisation\na-1,Placement,TEACHER_PLACEMENT,PROGRAMME_SPECIFIC\n");
    Files.writeString(csvFolder.resolve("plan-items.csv"),
        "plan,teacher,leader_involvement,activity,hours\np-1,t-1,ACTIVE,a-1,30\n");
  }

  /** Every command of {@code vetcpd}, also those added later, and {@code vetcpd} itself. */
  static Set<String> commands() {
    Set<String> names = new TreeSet<>(VetcpdCli.commandLine(
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
        .getSubcommands().keySet());
    names.add("");
    return names;
  }

  private static CliRun run(String command, String... args) {
    String[] all = new String[args.length + (command.isEmpty() ? 0 : 1)];
    int at = 0;
    if (!command.isEmpty()) {
      all[at++] = command;
    }
    System.arraycopy(args, 0, all, at, args.length);
    return CliRun.of(all);
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommandPrintsTheVersionAndCommitWithDashV(String command) {
    for (String option : List.of("-V", "--version")) {
      CliRun run = run(command, option);
      assertThat(run.exitCode()).as(command + " " + option + ": " + run.err()).isZero();
      assertThat(run.outLines().get(0)).as(command)
          .isEqualTo("vetcpd " + VetcpdCli.version() + " (commit " + VetcpdCli.commit() + ")");
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommandsHelpHasExamples(String command) {
    CliRun run = run(command, "--help");
    assertThat(run.exitCode()).as(command).isZero();
    assertThat(run.out()).as(command).contains("Examples:").contains("-V, --version");
  }

  @Test
  void theCommitIsAGitCommitOrUnknown() {
    assertThat(VetcpdCli.commit()).matches("[0-9a-f]{40}|unknown");
  }

  @ParameterizedTest
  @ValueSource(strings = {"score", "validate", "table"})
  void aFolderOfCsvFilesIsADataSetForEveryCommand(String command) {
    CliRun run = CliRun.of(command, csvFolder.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains(command.equals("validate") ? "valid: 1 plan" : "p-1");
  }

  @Test
  void aCsvProblemNamesItsFileAndAReferenceProblemItsFolder() throws IOException {
    Path broken = Files.createDirectory(dir.resolve("broken-spreadsheets"));
    for (String name : List.of("teachers.csv", "activities.csv")) {
      Files.copy(csvFolder.resolve(name), broken.resolve(name));
    }
    Files.writeString(broken.resolve("plan-items.csv"),
        "plan,teacher,leader_involvement,activity,hours\np-1,t-1,ACTIVE,a-1,-30\n");
    CliRun run = CliRun.of("validate", broken.toString());
    assertThat(run.exitCode()).isEqualTo(VetcpdCli.EXIT_INVALID);
    assertThat(run.errLines()).isNotEmpty().allSatisfy(line ->
        assertThat(line).satisfiesAnyOf(
            l -> assertThat(l).startsWith("plan-items.csv:"),
            l -> assertThat(l).startsWith(broken + ": ")));
  }

  @Test
  void anEmptyDocumentNamesItsFile() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.json"), "");
    for (String command : List.of("score", "validate", "table")) {
      CliRun run = CliRun.of(command, empty.toString());
      assertThat(run.exitCode()).as(command).isEqualTo(VetcpdCli.EXIT_INVALID);
      assertThat(run.errLines()).as(command)
          .containsExactly(empty + ": the document is empty");
    }
  }

  @Test
  void everyProblemOfAJsonDataSetNamesItsFile() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.json"), "{\"formatVersion\": 1, \"x\": 2}");
    CliRun run = CliRun.of("score", file.toString());
    assertThat(run.exitCode()).isEqualTo(VetcpdCli.EXIT_INVALID);
    assertThat(run.errLines()).isNotEmpty().allSatisfy(line ->
        assertThat(line).startsWith(file + ": "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"score", "validate", "table"})
  void anEmptyFileNameIsAUsageErrorThatSaysWhatToGive(String command) {
    CliRun run = CliRun.of(command, "");
    assertThat(run.exitCode()).isEqualTo(VetcpdCli.EXIT_USAGE);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("vetcpd: the file name is empty: give a JSON file or a folder of CSV files");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void scoreWithoutDatasetSaysOnStderrThatItScoresTheBundledSample() {
    CliRun run = CliRun.of("score", "--format", "csv");
    assertThat(run.exitCode()).isZero();
    assertThat(run.errLines()).containsExactly("vetcpd: no DATASET given, so the bundled sample"
        + " data set was used (sample.json: two Restaurant and Food Processing schools, after"
        + " Ballangrud & Nilsen, 2022)");
    assertThat(run.outLines()).hasSize(1 + Samples.sample().plans().size());
  }
}
