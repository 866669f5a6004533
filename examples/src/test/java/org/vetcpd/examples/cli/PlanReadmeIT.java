package org.vetcpd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.examples.jshell.ExternalProcess;

/**
 * The README's section "40 hours and 2 000 NOK: what should Kari do?": its command, run from the
 * repository root on the packaged jar, prints what the README shows.
 */
class PlanReadmeIT {
  private static final String COMMAND = "java -jar examples/target/vetcpd.jar plan"
      + " examples/data/sample.json --teacher t-rm-01 --hours 40 --budget 2000";

  @TempDir static Path logs;

  @Test
  void karisCommandPrintsWhatTheReadmeShows() throws Exception {
    Path repository = Path.of(System.getProperty("vetcpd.repository", "..")).toAbsolutePath()
        .normalize();
    List<String> readme = Files.readAllLines(repository.resolve("README.md"));
    int at = readme.indexOf(COMMAND);
    assertThat(at).as("the README holds the command").isPositive();
    int start = readme.subList(at, readme.size()).indexOf("```text") + at + 1;
    List<String> shown = new ArrayList<>();
    for (int i = start; !readme.get(i).equals("…") && !readme.get(i).equals("```"); i++) {
      shown.add(readme.get(i));
    }
    List<String> words = Arrays.asList(COMMAND.split(" "));
    List<String> command = ExternalProcess.java(
        words.subList(1, words.size()).toArray(new String[0]));
    ExternalProcess run = ExternalProcess.run(repository, ExternalProcess.noInput(), logs,
        "plan-kari", command);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.outLines().subList(0, shown.size())).containsExactlyElementsOf(shown);
  }
}
