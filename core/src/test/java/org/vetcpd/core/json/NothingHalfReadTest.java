package org.vetcpd.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;

/**
 * Reading never half-succeeds: a document with one bad part gives no value at all, only the
 * problems; and the problems of one part do not hide those of the next.
 */
class NothingHalfReadTest {
  @TempDir Path dir;

  private static String valid() throws IOException {
    return Files.readString(BrokenDocumentsTest.VALID, StandardCharsets.UTF_8);
  }

  @Test
  void oneBadItemAmongGoodOnesGivesNoDataSet() throws IOException {
    String doc = valid().replace("\"hours\": 12.5", "\"hours\": 0");
    for (ThrowingRead read : List.<ThrowingRead>of(
        () -> VetcpdJson.parseDataset(doc),
        () -> VetcpdJson.readDataset(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8))),
        () -> VetcpdJson.readDataset(Files.writeString(dir.resolve("d.json"), doc)),
        () -> VetcpdJson.parseDataset(doc,
            JsonOptions.builder().allowUnknownFields(true).build()))) {
      assertThatThrownBy(read::read).isInstanceOfSatisfying(ValidationException.class,
          e -> assertThat(e.problems())
              .containsExactly(new Problem("plans[0].items[1].hours", "must be > 0, was 0")));
    }
  }

  @Test
  void theProblemsOfEveryElementAreListedNotOnlyTheFirst() throws IOException {
    String plan = "{\"id\": \"pX\", \"teacher\": \"t1\", \"leaderInvolvement\": \"NONE\","
        + " \"items\": [{\"activity\": \"a1\", \"hours\": -1}, {\"activity\": \"a2\", \"hours\": 0},"
        + " {\"activity\": \"a2\", \"hours\": 1}, {\"activity\": \"a1\", \"hours\": -2}]}";
    String doc = valid().replace("\"plans\": [\n", "\"plans\": [\n    " + plan + ",\n"
        + plan.replace("pX", "pY") + ",\n");
    assertThatThrownBy(() -> VetcpdJson.parseDataset(doc))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
            .map(Problem::toString).containsExactly(
                "plans[0].items[0].hours: must be > 0, was -1",
                "plans[0].items[1].hours: must be > 0, was 0",
                "plans[0].items[3].hours: must be > 0, was -2",
                "plans[1].items[0].hours: must be > 0, was -1",
                "plans[1].items[1].hours: must be > 0, was 0",
                "plans[1].items[3].hours: must be > 0, was -2"));
  }

  @Test
  void referenceProblemsAreListedWithFieldProblems() throws IOException {
    String doc = valid().replace("\"spanWeeks\": 4", "\"spanWeeks\": 0")
        .replace("\"teacher\": \"t1\"", "\"teacher\": \"t9\"");
    assertProblems(doc, "activities[0].spanWeeks: must be >= 1, was 0",
        "plans[0].teacher: unknown teacher \"t9\"");
  }

  /**
   * The references of an entity that itself failed to read are checked too (an unknown teacher of
   * a plan whose item has bad hours); the invariants of an object (weights, ranges) are checked
   * only once the object's own fields read cleanly.
   */
  @Test
  void referencesOfABrokenEntityAreCheckedItsInvariantsWait() throws IOException {
    String both = valid().replace("\"hours\": 12.5", "\"hours\": -1")
        .replace("\"teacher\": \"t1\"", "\"teacher\": \"t9\"");
    assertProblems(both, "plans[0].items[1].hours: must be > 0, was -1",
        "plans[0].teacher: unknown teacher \"t9\"");
    assertProblems(both.replace("\"hours\": -1", "\"hours\": 1"),
        "plans[0].teacher: unknown teacher \"t9\"");

    String weights = valid().replace("\"strength\": 0.8",
        "\"strength\": 0.8, \"pulls\": {\"PEDAGOGICAL\": -1, \"SCHOOLING\": 1}");
    assertProblems(weights, "drivers[0].pulls.SCHOOLING: unknown key \"SCHOOLING\"; expected one of"
        + " VOCATIONAL, INDUSTRY_COOPERATION, PEDAGOGICAL, WORKING_COMMUNITY");
    assertProblems(weights.replace("\"SCHOOLING\"", "\"VOCATIONAL\""),
        "drivers[0].pulls.PEDAGOGICAL: must be >= 0, was -1");
  }

  @Test
  void aFormatVersionOtherThanOneStopsReading() throws IOException {
    assertProblems(valid().replace("\"formatVersion\": 1", "\"formatVersion\": 2")
            .replace("\"hours\": 30", "\"hours\": -30"),
        "formatVersion: unsupported format version 2; this version of vetcpd reads formatVersion 1");
  }

  @Test
  void theValidDocumentReadsWhole() throws IOException {
    Dataset ds = VetcpdJson.parseDataset(valid());
    assertThat(ds.programmes()).hasSize(2);
    assertThat(ds.schools().get(0).departments()).hasSize(1);
    assertThat(ds.teachers().get(0).yearsSinceIndustryContact()).hasValue(6.5);
    assertThat(ds.activities()).hasSize(2);
    assertThat(ds.activities().get(1).spanWeeks()).isEqualTo(1);
    assertThat(ds.activities().get(1).costPerHour()).isZero();
    assertThat(ds.plans().get(0).items()).hasSize(2);
    assertThat(ds.plans().get(0).items().get(1).timeAllocated()).isFalse();
    assertThat(ds.plans().get(0).drivers()).hasValueSatisfying(d -> assertThat(d).contains("k1"));
  }

  private static void assertProblems(String doc, String... expected) {
    assertThatThrownBy(() -> VetcpdJson.parseDataset(doc))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.problems()).map(Problem::toString).containsExactly(expected));
  }

  private interface ThrowingRead {
    Object read() throws Exception;
  }
}
