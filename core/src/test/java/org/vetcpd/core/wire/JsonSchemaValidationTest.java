package org.vetcpd.core.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generated schemas, checked by an independent validator (networknt json-schema-validator):
 * every sample data set and plan validates, and every broken test document whose problem a schema
 * can express fails.
 */
class JsonSchemaValidationTest {
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  static final Path SAMPLES = Path.of("../examples/data");
  static final Path BROKEN = Path.of("src/test/resources/broken");

  /**
   * The broken documents whose problem no schema can express: malformed JSON or JSON a tree reader
   * takes (a repeated key, text after the document), and the rules that span fields or
   * documents (unique ids, references, blank texts, a department without its school).
   */
  private static final Set<String> BEYOND_A_SCHEMA = Set.of(
      "08-duplicate-key", "09-trailing-tokens", "11-empty-document", "12-duplicate-ids",
      "13-dangling-references", "14-dangling-teacher-references", "19-repeated-map-key",
      "20-nan-token", "21-infinity-token", "27-blank-texts", "28-department-without-school",
      "31-truncated", "32-not-json");

  static JsonSchema schema(String text) {
    return FACTORY.getSchema(text);
  }

  @Test
  void everySampleDataSetAndPlanValidates() throws IOException {
    JsonSchema dataset = schema(WireDeclarationTest.datasetSchema());
    JsonSchema plan = schema(WireDeclarationTest.planSchema());
    List<Path> samples;
    try (Stream<Path> files = Files.list(SAMPLES)) {
      samples = files.sorted().toList();
    }
    int datasets = 0;
    int plans = 0;
    for (Path p : samples) {
      String name = p.getFileName().toString();
      if (name.endsWith(".json")) {
        assertThat(dataset.validate(TREES.readTree(p.toFile()))).as(name).isEmpty();
        datasets++;
      } else if (name.endsWith(".jsonl")) {
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            assertThat(plan.validate(TREES.readTree(line))).as(name).isEmpty();
            plans++;
          }
        }
      }
    }
    assertThat(datasets).isGreaterThanOrEqualTo(4);
    assertThat(plans).isGreaterThanOrEqualTo(1);
    assertThat(dataset.validate(TREES.readTree(
        Path.of("src/test/resources/valid/dataset.json").toFile()))).isEmpty();
  }

  @Test
  void brokenDocumentsFailWhereASchemaCanSay() throws IOException {
    JsonSchema dataset = schema(WireDeclarationTest.datasetSchema());
    List<Path> docs;
    try (Stream<Path> files = Files.list(BROKEN)) {
      docs = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    int checked = 0;
    for (Path p : docs) {
      String name = p.getFileName().toString().replace(".json", "");
      if (BEYOND_A_SCHEMA.contains(name)) {
        continue;
      }
      JsonNode node;
      try {
        node = TREES.readTree(p.toFile());
      } catch (JsonProcessingException e) {
        throw new AssertionError(name + " is not JSON; list it as beyond a schema", e);
      }
      Set<ValidationMessage> errors =
          dataset.validate(node == null ? TREES.nullNode() : node);
      assertThat(errors).as(name).isNotEmpty();
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(25);
  }
}
