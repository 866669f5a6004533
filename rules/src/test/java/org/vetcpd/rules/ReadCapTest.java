package org.vetcpd.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.json.JsonOptions;
import org.vetcpd.core.json.VetcpdJson;

/**
 * Rubric and report reads honour {@link JsonOptions#maxProblems()} as the data-set reader does:
 * the first N problems, then one line with the exact count of the others; the default cap is
 * 1 000.
 */
class ReadCapTest {
  private static final JsonMapper JSON = new JsonMapper();

  /** The standard rubric with {@code n} unknown weights: n problems, one per key. */
  private static String rubricWithUnknownWeights(int n) throws Exception {
    ObjectNode doc = (ObjectNode) JSON.readTree(VetcpdJson.write(Rubric.standard()));
    ObjectNode weights = (ObjectNode) doc.get("weights");
    for (int i = 0; i < n; i++) {
      weights.put("x" + i, 1.0);
    }
    return doc.toString();
  }

  private static List<Problem> problems(Runnable read) {
    try {
      read.run();
    } catch (ValidationException e) {
      return e.problems();
    }
    throw new AssertionError("read without a problem");
  }

  @Test
  void aRubricListsAtMostMaxProblemsThenTheExactCountOfTheOthers() throws Exception {
    String json = rubricWithUnknownWeights(50);
    List<Problem> all = problems(() -> Rubric.parse(json, JsonOptions.strict()));
    assertThat(all).hasSize(50);
    assertThat(all.get(0).path()).isEqualTo("weights.x0");
    List<Problem> capped =
        problems(() -> Rubric.parse(json, JsonOptions.strict().withMaxProblems(3)));
    assertThat(capped).hasSize(4);
    assertThat(capped.subList(0, 3)).isEqualTo(all.subList(0, 3));
    assertThat(capped.get(3)).isEqualTo(new Problem("", "… and 47 more problems"));
  }

  @Test
  void aRubricFileIsReadWithTheCapToo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("rubric.json");
    Files.writeString(file, rubricWithUnknownWeights(5), StandardCharsets.UTF_8);
    assertThat(problems(() -> Rubric.read(file, JsonOptions.strict().withMaxProblems(1))))
        .containsExactly(new Problem("weights.x0", problems(() -> Rubric.read(file)).get(0)
            .message()), new Problem("", "… and 4 more problems"));
  }

  @Test
  void theDefaultCapIsAThousand() throws Exception {
    List<Problem> p = problems(() -> Rubric.parse(
        uncheckedRubricWithUnknownWeights(1_500)));
    assertThat(p).hasSize(1_001);
    assertThat(p.get(1_000)).isEqualTo(new Problem("", "… and 500 more problems"));
  }

  private static String uncheckedRubricWithUnknownWeights(int n) {
    try {
      return rubricWithUnknownWeights(n);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A report of plan {@code template} with its recommendations' scores all out of range. */
  private static String reportWithBadRecommendations(int n) throws Exception {
    TailoringReport r = TailoringScorer.standard().score(Seed000.DATASET, "template");
    ObjectNode doc = (ObjectNode) JSON.readTree(VetcpdJson.write(r));
    ArrayNode recs = doc.putArray("recommendations");
    for (int i = 0; i < n; i++) {
      recs.addObject().put("action", Recommendation.ADD_INDUSTRY_CONTACT).put("description", "d").put("score", 200.0);
    }
    return doc.toString();
  }

  @Test
  void aReportListsAtMostMaxProblemsThenTheExactCountOfTheOthers() throws Exception {
    String json = reportWithBadRecommendations(20);
    List<Problem> all = problems(() -> TailoringReport.parse(json));
    assertThat(all).hasSizeGreaterThanOrEqualTo(20);
    assertThat(all.get(19).path()).startsWith("recommendations[19]");
    List<Problem> capped =
        problems(() -> TailoringReport.parse(json, JsonOptions.strict().withMaxProblems(5)));
    assertThat(capped.subList(0, 5)).isEqualTo(all.subList(0, 5));
    assertThat(capped).hasSize(6).last()
        .isEqualTo(new Problem("", "… and " + (all.size() - 5) + " more problems"));
    assertThat(problems(() -> TailoringReport.parse(json, Rubric.standard(),
        JsonOptions.strict().withMaxProblems(2)))).hasSize(3).last()
        .isEqualTo(new Problem("", "… and " + (all.size() - 2) + " more problems"));
  }

  @Test
  void aReportsOwnChecksAreCappedToo() throws Exception {
    // every criterion's contribution tampered: the problems come from the checks made after
    // reading, not from the reader
    TailoringReport r = TailoringScorer.standard().score(Seed000.DATASET, "template");
    ObjectNode doc = (ObjectNode) JSON.readTree(VetcpdJson.write(r));
    for (var c : doc.get("criteria")) {
      if (c.get("contribution").isNumber()) {
        ((ObjectNode) c).put("contribution", c.get("contribution").asDouble() + 1);
      }
    }
    String json = doc.toString();
    List<Problem> all = problems(() -> TailoringReport.parse(json));
    assertThat(all.size()).isGreaterThan(2);
    assertThatThrownBy(() -> TailoringReport.parse(json, JsonOptions.strict().withMaxProblems(2)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
            .containsExactly(all.get(0), all.get(1),
                new Problem("", "… and " + (all.size() - 2) + " more problem"
                    + (all.size() - 2 == 1 ? "" : "s"))));
  }
}
