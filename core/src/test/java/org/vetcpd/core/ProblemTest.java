package org.vetcpd.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.json.VetcpdJson;

/** A problem's path and message are bounded, whatever the document quoted in them. */
class ProblemTest {
  @Test
  void aLongPathOrMessageIsCutAndSaysHowLongItWas() {
    Problem p = new Problem("a".repeat(5_000), "b".repeat(Problem.MAX_LENGTH));
    assertThat(p.path()).hasSize(Problem.MAX_LENGTH).endsWith("… (5000 characters in all)")
        .startsWith("aaaa");
    assertThat(p.message()).isEqualTo("b".repeat(Problem.MAX_LENGTH)); // at the limit: whole
    assertThat(new Problem("", "x").under("y".repeat(3_000)).path())
        .hasSize(Problem.MAX_LENGTH).endsWith("… (3000 characters in all)");
  }

  @Test
  void aCutNeverSplitsACharacter() {
    // an emoji is two chars: the cut falls between them unless moved
    String end = "… (4000 characters in all)";
    String text = "😀".repeat(2_000);
    Problem p = new Problem("", text);
    assertThat(p.message()).endsWith(end);
    String kept = p.message().substring(0, p.message().length() - end.length());
    assertThat(kept).isEqualTo("😀".repeat(kept.length() / 2));
    assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 1))).isFalse();
  }

  @Test
  void aDocumentQuotingLongValuesGivesBoundedProblems() {
    String doc = "{\"formatVersion\": 1, \"activities\": [{\"id\": \"a\", \"title\": \"t\","
        + " \"type\": \"" + "X".repeat(90_000) + "\", \"contextualisation\": \"GENERIC\"}]}";
    List<Problem> problems = catchProblems(doc);
    // the value is quoted in part, and what the message says after it is kept
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("activities[0].type");
      assertThat(p.message()).startsWith("unknown value \"XXX")
          .contains("… (90000 characters in all)\"; expected one of ")
          .hasSizeLessThan(Problem.MAX_LENGTH);
    });
  }

  private static List<Problem> catchProblems(String doc) {
    try {
      VetcpdJson.parseDataset(doc);
      throw new AssertionError("read");
    } catch (ValidationException e) {
      return e.problems();
    }
  }
}
