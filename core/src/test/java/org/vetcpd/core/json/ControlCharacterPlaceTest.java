package org.vetcpd.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
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
 * A control character between tokens is placed at its own column, as any other unexpected
 * character is: the parser reports it once it has passed it, one column on.
 */
class ControlCharacterPlaceTest {
  @TempDir Path dir;

  private static final String DOC = "{\"formatVersion\": 1,\n  \"programmes\": []}";

  @Test
  void inADocumentReadFromBytesOrTextTheColumnIsTheCharacters() {
    for (char c : new char[] {'\u0001', '\u001f', '#'}) {
      // after the comma that ends line 1, and at the start of line 2
      String afterComma = DOC.replace("1,", "1," + c);
      String lineStart = DOC.replace("\n  ", "\n" + c + "  ");
      assertThat(firstProblem(afterComma)).as("code %d", (int) c)
          .contains("at line 1, column 21: ");
      assertThat(firstProblem(lineStart)).as("code %d", (int) c)
          .contains("at line 2, column 1: ");
    }
  }

  @Test
  void inAJsonLinesLineTheColumnIsTheCharacters() throws IOException {
    Dataset catalogue = VetcpdJson.readDataset(BrokenDocumentsTest.VALID);
    String plan = VetcpdJson.writeCompact(catalogue.plans().get(0));
    String broken = plan.replace(",\"period\"", ",\u0002\"period\"");
    Path file = Files.write(dir.resolve("ctrl.jsonl"), broken.getBytes(StandardCharsets.UTF_8));
    assertThat(VetcpdJson.validatePlans(file, catalogue)).map(Problem::toString).containsExactly(
        "line 1: malformed JSON at column " + (broken.indexOf('\u0002') + 1)
            + ": Illegal character ((CTRL-CHAR, code 2)): only regular white space (\\r, \\n, \\t)"
            + " is allowed between tokens");
  }

  @Test
  void afterAColonItIsTheFieldsWhereverTheParsersBlockEnds() {
    // the parser matches a name it expects on its bytes when the block holds it whole, else reads
    // it the usual way: either way the control character is in the field's value
    for (int pad = 7975; pad <= 8001; pad++) {
      String text = "{" + " ".repeat(pad) + "\"formatVersion\": \u0001}";
      assertThat(firstProblem(text)).as("pad %d", pad).startsWith(
          "formatVersion: malformed JSON at line 1, column " + (text.indexOf('\u0001') + 1)
              + ": Illegal character ((CTRL-CHAR, code 1))");
    }
  }

  @Test
  void aWrongCloseMarkerSaysWhereItsArrayStartsInPlainWords() {
    assertThat(firstProblem("{\"formatVersion\": 1, \"programmes\": [}")).isEqualTo(
        "programmes: malformed JSON at line 1, column 37: Unexpected close marker '}': expected"
            + " ']' (the array starts at line 1, column 36)");
  }

  @Test
  void inAJsonLinesLineTheStartOfTheArrayIsCountedInBytesToo() throws IOException {
    // a CR inside a line is white space to JSON, and a line break to the parser's own columns
    Dataset catalogue = VetcpdJson.readDataset(BrokenDocumentsTest.VALID);
    String line = "  \r {\"id\":\"x\", \"items\":[1}";
    Path file = Files.write(dir.resolve("cr.jsonl"),
        (line + "\n").getBytes(StandardCharsets.UTF_8));
    assertThat(VetcpdJson.validatePlans(file, catalogue)).map(Problem::toString).contains(
        "line 1.items[0]: malformed JSON at column " + (line.indexOf('}') + 1) + ": Unexpected"
            + " close marker '}': expected ']' (the array starts at column "
            + (line.indexOf('[') + 1) + ")");
  }

  /** The first problem of reading {@code text}, from bytes and from text: the two must agree. */
  private static String firstProblem(String text) {
    ValidationException fromText = catchThrowableOfType(ValidationException.class,
        () -> VetcpdJson.parseDataset(text));
    ValidationException fromBytes = catchThrowableOfType(ValidationException.class,
        () -> VetcpdJson.readDataset(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    assertThat(fromText).isNotNull();
    assertThat(fromBytes).isNotNull();
    String first = fromText.problems().get(0).toString();
    assertThat(fromBytes.problems().get(0).toString()).isEqualTo(first);
    return first;
  }
}
