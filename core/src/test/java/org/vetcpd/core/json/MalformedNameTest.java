package org.vetcpd.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;

/**
 * Malformed JSON in a field name is its object's problem: while the parser reads a name, the
 * object's current name is still the field before, which has nothing wrong with it.
 */
class MalformedNameTest {
  @TempDir Path dir;

  @Test
  void aRawLineBreakInANameIsTheObjects() throws IOException {
    String valid = Files.readString(BrokenDocumentsTest.VALID, StandardCharsets.UTF_8);
    String broken = valid.replace("\"yearsSinceIndustryContact\"", "\"years\nSince\"");
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> VetcpdJson.parseDataset(broken));
    assertThat(e.problems()).singleElement().asString()
        .startsWith("teachers[0]: malformed JSON at line ")
        .endsWith("has to be escaped using backslash to be included in name");
  }

  @Test
  void aBadEscapeInANameIsTheObjects() throws IOException {
    String valid = Files.readString(BrokenDocumentsTest.VALID, StandardCharsets.UTF_8);
    for (String name : new String[] {"\"years\\xSince\"", "\"years\\u00\""}) {
      String broken = valid.replace("\"yearsSinceIndustryContact\"", name);
      ValidationException e = catchThrowableOfType(ValidationException.class,
          () -> VetcpdJson.parseDataset(broken));
      assertThat(e.problems()).as(name).singleElement().asString()
          .startsWith("teachers[0]: malformed JSON at line ");
    }
  }

  @Test
  void aJsonLinesLineCutInANameIsItsObjects() throws IOException {
    Dataset catalogue = VetcpdJson.readDataset(BrokenDocumentsTest.VALID);
    String plan = VetcpdJson.writeCompact(catalogue.plans().get(0));
    String cut = plan.substring(0, plan.indexOf("\"timeAllocated\"") + 5);
    Path file = Files.write(dir.resolve("cut.jsonl"), (plan + "\n" + cut).getBytes(
        StandardCharsets.UTF_8));
    assertThat(VetcpdJson.validatePlans(file, catalogue)).map(Problem::toString).containsExactly(
        "line 2.items[0]: malformed JSON at column " + (cut.length() + 1)
            + ": Unexpected end-of-input in field name");
  }
}
