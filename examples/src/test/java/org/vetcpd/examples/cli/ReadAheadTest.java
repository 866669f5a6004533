package org.vetcpd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;

/**
 * {@link PlanLines#readAhead}, which parses on a second thread, gives exactly what {@link
 * PlanLines#read} gives: the same plans in the same order, the same problems, the same errors.
 */
class ReadAheadTest {
  @TempDir Path dir;

  private final Dataset catalogue = Samples.sample();

  /** Plans and problems as one list of lines, in the order the sink and collector saw them. */
  private static List<String> readWith(boolean ahead, Path file, Dataset catalogue) {
    ProblemLines problems = new ProblemLines(100_000);
    List<String> seen = new ArrayList<>();
    long n = ahead
        ? PlanLines.readAhead(file, catalogue, problems, p -> seen.add(p.id()))
        : PlanLines.read(file, catalogue, problems, p -> seen.add(p.id()));
    seen.add("plans: " + n + ", problems: " + problems.total());
    seen.addAll(problems.exception().lines());
    return seen;
  }

  /** Many more lines than one batch, with invalid ones among them (also at a batch's edge). */
  private Path stream(int lines) throws IOException {
    List<CpdPlan> plans = catalogue.plans();
    List<String> text = IntStream.range(0, lines).mapToObj(i -> {
      if (i % 997 == 3 || i == 511 || i == 512 || i == lines - 1) {
        return i % 2 == 0 ? "not json " + i : "{\"id\":\"x-" + i + "\",\"teacher\":\"nobody\"}";
      }
      CpdPlan p = plans.get(i % plans.size());
      return VetcpdJson.writeCompact(p.withId(p.id() + "-" + i));
    }).collect(Collectors.toList());
    Path file = dir.resolve("plans-" + lines + ".jsonl");
    Files.write(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void sameAsReadingOnThisThread() throws IOException {
    for (int lines : new int[] {0, 1, 511, 512, 513, 5_000}) {
      Path file = stream(lines);
      List<String> ahead = readWith(true, file, catalogue);
      assertThat(ahead).as("%d lines", lines).isEqualTo(readWith(false, file, catalogue));
      if (lines >= 5_000) {
        assertThat(ahead.stream().filter(l -> l.contains(": ")).count()).isGreaterThan(5);
        assertThat(ahead.size()).isGreaterThan(4_900);
      }
    }
  }

  @Test
  void sameErrorsForAFileThatCannotBeRead() {
    Path missing = dir.resolve("missing.jsonl");
    for (boolean ahead : new boolean[] {false, true}) {
      assertThatThrownBy(() -> readWith(ahead, missing, catalogue))
          .isInstanceOf(CliException.class)
          .hasMessageContaining("no such file");
    }
  }

  @Test
  void notUtf8IsTheSameInvalidLine() throws IOException {
    Path file = dir.resolve("latin1.jsonl");
    Files.write(file, new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xe9, '"', '}', '\n'});
    List<String> lines = new ArrayList<>();
    for (boolean ahead : new boolean[] {false, true}) {
      try {
        lines.add(String.join("|", readWith(ahead, file, catalogue)));
      } catch (CliException e) {
        lines.add(e.exitCode() + " " + e.lines());
      }
    }
    assertThat(lines.get(1)).isEqualTo(lines.get(0));
  }

  @Test
  void aSinkThatThrowsStopsTheReadingThread() throws Exception {
    Path file = stream(20_000);
    ProblemLines problems = new ProblemLines(10);
    assertThatThrownBy(() -> PlanLines.readAhead(file, catalogue, problems, p -> {
      throw new IllegalStateException("stop");
    })).hasMessage("stop");
    for (int i = 0; i < 200 && readerAlive(); i++) {
      Thread.sleep(10);
    }
    assertThat(readerAlive()).as("the reading thread ended").isFalse();
  }

  private static boolean readerAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals("vetcpd-plan-reader") && t.isAlive());
  }
}
