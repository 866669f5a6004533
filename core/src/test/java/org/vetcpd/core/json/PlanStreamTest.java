package org.vetcpd.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;

/** JSON Lines of plans, read against a catalogue: streamed, read whole, or validated. */
class PlanStreamTest {
  @TempDir Path dir;
  private Dataset catalogue;
  private String p1;
  private String p2;

  @BeforeEach
  void readCatalogue() {
    catalogue = VetcpdJson.readDataset(BrokenDocumentsTest.VALID);
    p1 = VetcpdJson.writeCompact(catalogue.plans().get(0));
    p2 = p1.replace("\"p1\"", "\"p2\"");
  }

  private int files;

  private Path lines(String... lines) throws IOException {
    return Files.write(dir.resolve("plans" + files++ + ".jsonl"), List.of(lines),
        StandardCharsets.UTF_8);
  }

  @Test
  void validLinesStreamInOrderAndBlankLinesAreSkipped() throws IOException {
    Path file = lines(p1, "", "   ", p2);
    try (Stream<CpdPlan> plans = VetcpdJson.streamPlans(file, catalogue)) {
      assertThat(plans.map(CpdPlan::id)).containsExactly("p1", "p2");
    }
    assertThat(VetcpdJson.readPlans(file, catalogue)).extracting(CpdPlan::id)
        .containsExactly("p1", "p2");
    assertThat(VetcpdJson.validatePlans(file, catalogue)).isEmpty();
  }

  @Test
  void aBadLineStopsTheStreamWithItsLineNumber() throws IOException {
    Path file = lines(p1, "", p2.replace("\"hours\":30", "\"hours\":-3")
        .replace("\"teacher\":\"t1\"", "\"teacher\":\"t9\""), p1);
    List<String> seen = new ArrayList<>();
    try (Stream<CpdPlan> plans = VetcpdJson.streamPlans(file, catalogue)) {
      Iterator<CpdPlan> it = plans.iterator();
      seen.add(it.next().id());
      assertThatThrownBy(it::next)
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
              .containsExactly(new Problem("line 3.items[0].hours", "must be > 0, was -3"),
                  new Problem("line 3.teacher", "unknown teacher \"t9\"")));
    }
    assertThat(seen).containsExactly("p1");
  }

  @Test
  void unknownReferencesOfALineAreProblemsOfThatLine() throws IOException {
    Path file = lines(p1, p2.replace("\"teacher\":\"t1\"", "\"teacher\":\"t9\"")
        .replace("\"activity\":\"a2\"", "\"activity\":\"a9\"")
        .replace("\"drivers\":[\"k1\"]", "\"drivers\":[\"k1\",\"k9\"]"));
    List<Problem> expected = List.of(
        new Problem("line 2.teacher", "unknown teacher \"t9\""),
        new Problem("line 2.items[1].activity", "unknown activity \"a9\""),
        new Problem("line 2.drivers[1]", "unknown driver \"k9\""));
    assertThat(VetcpdJson.validatePlans(file, catalogue)).isEqualTo(expected);
    assertThatThrownBy(() -> VetcpdJson.readPlans(file, catalogue))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.problems()).isEqualTo(expected));
    try (Stream<CpdPlan> plans = VetcpdJson.streamPlans(file, catalogue)) {
      assertThatThrownBy(plans::toList)
          .isInstanceOfSatisfying(ValidationException.class,
              e -> assertThat(e.problems()).isEqualTo(expected));
    }
  }

  @Test
  void readPlansAndValidatePlansListTheProblemsOfEveryLine() throws IOException {
    Path file = lines("{\"id\": \"p3\"}", p1, "not json", "null", "[]", p2 + " {}",
        p1.replace("\"ACTIVE\"", "\"VERY\""));
    List<String> expected = List.of(
        "line 1.teacher: is required",
        "line 1.leaderInvolvement: is required",
        "line 3: malformed JSON at column 1: Unrecognized token 'not': was expecting"
            + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
        "line 4: the document is null",
        "line 5: expected an object, was an array",
        "line 6: malformed JSON at column " + (p2.length() + 2) + ": unexpected content"
            + " after the end of the document",
        "line 7.leaderInvolvement: unknown value \"VERY\"; expected one of NONE, DELEGATED,"
            + " ACTIVE");
    assertThat(VetcpdJson.validatePlans(file, catalogue)).map(Problem::toString)
        .containsExactlyElementsOf(expected);
    // nothing is half-read: no plan is returned, not even the valid one on line 2
    assertThatThrownBy(() -> VetcpdJson.readPlans(file, catalogue))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.problems()).map(Problem::toString)
                .containsExactlyElementsOf(expected));
  }

  @Test
  void closingTheStreamClosesTheFile() throws IOException {
    Path fds = Path.of("/proc/self/fd");
    assumeThat(Files.isDirectory(fds)).as("needs /proc/self/fd (Linux)").isTrue();
    Path file = lines(p1, p2, p1.replace("\"p1\"", "\"p3\""));
    assertThat(openHandles(file)).isZero();
    try (Stream<CpdPlan> plans = VetcpdJson.streamPlans(file, catalogue)) {
      assertThat(plans.findFirst()).isPresent();
      assertThat(openHandles(file)).isEqualTo(1);
    }
    assertThat(openHandles(file)).isZero();
    // also when reading stops at a bad line
    Path bad = lines(p1, "{");
    try (Stream<CpdPlan> plans = VetcpdJson.streamPlans(bad, catalogue)) {
      assertThatThrownBy(plans::count).isInstanceOf(ValidationException.class);
    }
    assertThat(openHandles(bad)).isZero();
    VetcpdJson.readPlans(file, catalogue);
    VetcpdJson.validatePlans(bad, catalogue);
    assertThat(openHandles(file) + openHandles(bad)).isZero();
  }

  @Test
  void aMissingFileIsAnIoProblemNotAValidationOne() {
    Path missing = dir.resolve("missing.jsonl");
    assertThatThrownBy(() -> VetcpdJson.streamPlans(missing, catalogue))
        .isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> VetcpdJson.readPlans(missing, catalogue))
        .isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> VetcpdJson.readDataset(missing))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void theDocumentLengthLimitAppliesPerLine() throws IOException {
    Path file = lines(p1, p2);
    JsonOptions small = JsonOptions.builder().maxDocumentLength(p1.length() + 10).build();
    try (Stream<CpdPlan> plans = VetcpdJson.streamPlans(file, catalogue, small)) {
      assertThat(plans).hasSize(2);
    }
  }

  private static long openHandles(Path file) throws IOException {
    Path real = file.toRealPath();
    long n = 0;
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      for (Path fd : fds.toList()) {
        try {
          if (Files.readSymbolicLink(fd).equals(real)) {
            n++;
          }
        } catch (IOException | UnsupportedOperationException e) {
          // a descriptor closed while listing, or not a link
        }
      }
    }
    return n;
  }
}
