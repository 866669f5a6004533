package org.vetcpd.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;

/** Reading options: the lenient mode for unknown fields, and the limits on hostile documents. */
class JsonOptionsTest {
  private String valid;
  private Dataset dataset;

  @BeforeEach
  void read() throws IOException {
    valid = Files.readString(BrokenDocumentsTest.VALID);
    dataset = VetcpdJson.parseDataset(valid);
  }

  @Test
  void strictIsTheDefault() {
    JsonOptions strict = JsonOptions.strict();
    assertThat(strict).isEqualTo(JsonOptions.builder().build());
    assertThat(strict.allowUnknownFields()).isFalse();
    assertThat(strict.maxNestingDepth()).isEqualTo(JsonOptions.DEFAULT_MAX_NESTING_DEPTH);
    assertThat(strict.maxStringLength()).isEqualTo(JsonOptions.DEFAULT_MAX_STRING_LENGTH);
    assertThat(strict.maxNumberLength()).isEqualTo(JsonOptions.DEFAULT_MAX_NUMBER_LENGTH);
    assertThat(strict.maxDocumentLength()).isEqualTo(JsonOptions.DEFAULT_MAX_DOCUMENT_LENGTH);
    assertThat(strict.maxLineLength()).isEqualTo(16L << 20);
    assertThat(strict.lineLimit()).isEqualTo(16L << 20);
    assertThat(strict.lineLimitName()).isEqualTo("JsonOptions.maxLineLength");
    JsonOptions smallDocuments = JsonOptions.builder().maxDocumentLength(1_000).build();
    assertThat(smallDocuments.lineLimit()).isEqualTo(1_000);
    assertThat(smallDocuments.lineLimitName()).isEqualTo("JsonOptions.maxDocumentLength");
  }

  @Test
  void unknownFieldsAreIgnoredOnlyWhenAllowed() {
    String doc = valid.replace("\"strength\": 0.8", "\"strength\": 0.8, \"weight\": [1, {}]")
        .replace("\"formatVersion\": 1,", "\"formatVersion\": 1, \"comment\": \"hi\",");
    JsonOptions lenient = JsonOptions.builder().allowUnknownFields(true).build();
    assertThat(VetcpdJson.parseDataset(doc, lenient)).isEqualTo(dataset);
    assertProblems(() -> VetcpdJson.parseDataset(doc),
        "comment: unknown field; expected one of formatVersion, programmes, schools, teachers,"
            + " activities, drivers, plans",
        "drivers[0].weight: unknown field; expected one of id, kind, scope, strength, pulls,"
            + " programmes, description");
  }

  @Test
  void lenientModeIsStillStrictAboutEverythingElse() {
    JsonOptions lenient = JsonOptions.builder().allowUnknownFields(true).build();
    String doc = valid.replace("\"hours\": 30", "\"hours\": \"30\"")
        .replace("\"kind\": \"GOVERNANCE_TARGETS\"", "\"kind\": \"GOVERNANCE\"");
    assertProblems(() -> VetcpdJson.parseDataset(doc, lenient),
        "drivers[0].kind: unknown value \"GOVERNANCE\"; expected one of GOVERNANCE_TARGETS,"
            + " MARKET_COMPETITION, INDUSTRY_DEMAND, TECHNOLOGY_CHANGE, POLICY_REFORM,"
            + " DEMOGRAPHIC_CHANGE, REGIONAL_LABOUR_NEED, TEACHER_INITIATIVE",
        "plans[0].items[0].hours: expected a number, was a string \"30\"");
    // unknown enum constants and map keys are not unknown fields
    String key = valid.replace("\"PEDAGOGICAL\": \"LOW\"", "\"PEDAGOGIC\": \"LOW\"");
    assertProblems(() -> VetcpdJson.parseDataset(key, lenient),
        "teachers[0].needs.PEDAGOGIC: unknown key \"PEDAGOGIC\"; expected one of VOCATIONAL,"
            + " INDUSTRY_COOPERATION, PEDAGOGICAL, WORKING_COMMUNITY");
  }

  @Test
  void nestingDepthIsLimited() {
    JsonOptions shallow = JsonOptions.builder().maxNestingDepth(5).build();
    // the valid data set nests 6 deep: root, schools, school, departments, department, programmes
    assertProblems(() -> VetcpdJson.parseDataset(valid, shallow),
        "schools[0].departments[0].programmes: nesting deeper than the limit of 5"
            + " (JsonOptions.maxNestingDepth) at line 9, column 66");
    assertThat(VetcpdJson.parseDataset(valid, JsonOptions.builder().maxNestingDepth(6).build()))
        .isEqualTo(dataset);
  }

  @Test
  void stringLengthIsLimited() {
    // the longest string of the valid data set is "Technology and Industrial Production" (36)
    JsonOptions small = JsonOptions.builder().maxStringLength(40).build();
    String doc = valid.replace("\"Fjord VGS\"", "\"" + "x".repeat(41) + "\"");
    assertThat(VetcpdJson.parseDataset(valid, small)).isEqualTo(dataset);
    // the problem names its place: the path, and the line and column where reading stopped
    assertProblems(() -> VetcpdJson.parseDataset(doc, small),
        "schools[0].name: a string longer than the limit of 40 characters"
            + " (JsonOptions.maxStringLength) at line 8, column 69");
  }

  @Test
  void aFieldNameOverTheLimitIsTheObjectsProblem() {
    // the name is the problem: the object's current name, the field before it, is not
    JsonOptions small = JsonOptions.builder().maxStringLength(40).build();
    String doc = valid.replace("\"name\": \"Fjord VGS\"",
        "\"name\": \"Fjord VGS\", \"" + "x".repeat(41) + "\": 1");
    assertProblems(() -> VetcpdJson.parseDataset(doc, small),
        "schools[0]: a field name longer than the limit of 40 characters"
            + " (JsonOptions.maxStringLength) at line 8, column 82");
  }

  @Test
  void numberLengthIsLimited() {
    JsonOptions small = JsonOptions.builder().maxNumberLength(5).build();
    String doc = valid.replace("\"hours\": 30", "\"hours\": 123456");
    assertThat(VetcpdJson.parseDataset(valid, small)).isEqualTo(dataset);
    assertProblems(() -> VetcpdJson.parseDataset(doc, small),
        "plans[0].items[0].hours: a number longer than the limit of 5 characters"
            + " (JsonOptions.maxNumberLength) at line 29, column 50");
  }

  @Test
  void documentLengthIsLimited() {
    JsonOptions small = JsonOptions.builder().maxDocumentLength(valid.length() - 1).build();
    assertProblems(() -> VetcpdJson.parseDataset(valid, small),
        "the document is " + valid.length() + " characters, longer than the limit of "
            + (valid.length() - 1) + " characters (JsonOptions.maxDocumentLength); it is not read");
    assertThat(VetcpdJson.parseDataset(valid,
        JsonOptions.builder().maxDocumentLength(valid.length()).build())).isEqualTo(dataset);
  }

  @Test
  void limitsMustBePositive() {
    assertProblems(() -> JsonOptions.builder().maxNestingDepth(0).maxStringLength(-1)
            .maxNumberLength(0).maxDocumentLength(0).maxLineLength(0).build(),
        "maxNestingDepth: must be >= 1, was 0",
        "maxStringLength: must be >= 1, was -1",
        "maxNumberLength: must be >= 1, was 0",
        "maxDocumentLength: must be >= 1, was 0",
        "maxLineLength: must be >= 1, was 0");
  }

  private static void assertProblems(Runnable read, String... expected) {
    assertThatThrownBy(read::run).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.problems()).map(Problem::toString).containsExactly(expected));
  }
}
