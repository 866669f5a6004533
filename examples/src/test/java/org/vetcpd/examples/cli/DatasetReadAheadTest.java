package org.vetcpd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.json.JsonOptions;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.research.SyntheticCohort;

/**
 * {@link DatasetReadAhead} reads only a regular file named right after a command that reads a
 * data set, and gives what it read only for that path and those options: the same data set, or
 * the same failure, as reading the file then.
 */
class DatasetReadAheadTest {
  @TempDir Path dir;

  private final JsonOptions options = MaxProblems.jsonOptions();

  @AfterEach
  void forget() {
    DatasetReadAhead.discard();
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void whatWasReadAheadIsWhatReadingGivesAndIsTakenOnce() throws IOException {
    Path file = write("cohort.json", VetcpdJson.write(SyntheticCohort.generate(300, 3)));
    assertThat(DatasetReadAhead.start(new String[] {"score", file.toString(), "-f", "csv"}))
        .isTrue();
    Dataset ahead = DatasetReadAhead.take(file, options);
    assertThat(ahead).isEqualTo(VetcpdJson.readDataset(file, options));
    assertThat(DatasetReadAhead.done()).isTrue();
    assertThat(DatasetReadAhead.take(file, options)).as("taken once").isNull();
  }

  @Test
  void anotherPathOrOtherOptionsGetNothing() throws IOException {
    Path file = write("a.json", VetcpdJson.write(SyntheticCohort.generate(20, 3)));
    Path other = write("b.json", VetcpdJson.write(SyntheticCohort.generate(20, 4)));
    assertThat(DatasetReadAhead.start(new String[] {"validate", file.toString()})).isTrue();
    assertThat(DatasetReadAhead.take(other, options)).isNull();
    assertThat(DatasetReadAhead.take(file, options)).as("dropped at the first miss").isNull();
    assertThat(DatasetReadAhead.done()).isTrue();
    assertThat(DatasetReadAhead.start(new String[] {"validate", file.toString()})).isTrue();
    assertThat(DatasetReadAhead.take(file, options.withMaxProblems(3))).isNull();
    assertThat(DatasetReadAhead.take(file, options)).isNull();
    assertThat(DatasetReadAhead.start(new String[] {"validate", file.toString()})).isTrue();
    assertThat(DatasetReadAhead.take(file, options)).isNotNull();
  }

  @Test
  void aFailedReadReachesTheCommandAsReadingWouldFail() throws IOException {
    Path file = write("broken.json", "{\"formatVersion\": 1, \"plans\": [{\"id\": 7}], \"x\": 1}");
    ValidationException expected = null;
    try {
      VetcpdJson.readDataset(file, options);
    } catch (ValidationException e) {
      expected = e;
    }
    assertThat(expected).isNotNull();
    assertThat(DatasetReadAhead.start(new String[] {"score", file.toString()})).isTrue();
    ValidationException fromAhead = null;
    try {
      DatasetReadAhead.take(file, options);
    } catch (ValidationException e) {
      fromAhead = e;
    }
    assertThat(fromAhead).isNotNull();
    assertThat(fromAhead.problems()).isEqualTo(expected.problems());
  }

  @Test
  void nothingIsReadAheadUnlessARegularFileFollowsACommandThatReadsADataSet() throws IOException {
    Path file = write("a.json", VetcpdJson.write(SyntheticCohort.generate(5, 3)));
    String f = file.toString();
    String[][] lines = {
      {}, {"score"}, {f}, {"rubric", f}, {"table", f}, {"score", "--format", "csv", f},
      {"score", "-"}, {"score", dir.toString()}, {"score", dir.resolve("none.json").toString()},
      {"score", ""}, {"score", "\u0000"}, {"score", f, "--max-problems", "3"},
      {"validate", f, "--max-problems=1000"},
    };
    for (String[] args : lines) {
      assertThat(DatasetReadAhead.start(args)).as(String.join(" ", args)).isFalse();
      assertThat(DatasetReadAhead.done()).isTrue();
    }
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aPipeIsNeverReadAhead() throws Exception {
    Path fifo = dir.resolve("pipe.json");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    assertThat(DatasetReadAhead.start(new String[] {"score", fifo.toString()})).isFalse();
  }

  @Test
  void theCliGivesTheSameWithAndWithoutReadingAhead() throws IOException {
    Path file = write("cohort.json", VetcpdJson.write(SyntheticCohort.generate(50, 9)));
    String[] args = {"score", file.toString(), "--format", "csv"};
    CliRun plain = CliRun.of(args);
    assertThat(DatasetReadAhead.start(args)).isTrue();
    CliRun ahead = CliRun.of(args);
    assertThat(ahead).isEqualTo(plain);
    assertThat(plain.exitCode()).isZero();
  }
}
