package org.vetcpd.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.core.wire.WireField;
import org.vetcpd.core.wire.WireType;

/**
 * What vetcpd writes for a rubric and a report has the fields their declarations give
 * ({@link RubricReader#RUBRIC}, {@link ReportReader#REPORT} and its parts), in the declared
 * order, every required one present: the writers' {@code @JsonPropertyOrder} lists, a second
 * spelling of the order, are held to the declaration here, on the written JSON itself.
 */
class RulesWriteOrderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aWrittenRubricHasTheDeclaredFieldsInOrder() throws IOException {
    holds(JSON.readTree(VetcpdJson.write(Rubric.standard())), RubricReader.RUBRIC);
  }

  @Test
  void aWrittenReportHasTheDeclaredFieldsInOrder() throws IOException {
    int criteria = 0;
    int recommendations = 0;
    for (TailoringReport r : TailoringScorer.standard().scoreAll(Seed000.DATASET)) {
      JsonNode report = JSON.readTree(VetcpdJson.write(r));
      holds(report, ReportReader.REPORT);
      holds(report.get("rubric"), ReportReader.RUBRIC_REF);
      for (JsonNode c : report.get("criteria")) {
        holds(c, ReportReader.CRITERION);
        criteria++;
      }
      for (JsonNode rec : report.get("recommendations")) {
        holds(rec, ReportReader.RECOMMENDATION);
        recommendations++;
      }
    }
    assertThat(criteria).isGreaterThan(10);
    assertThat(recommendations).isGreaterThan(0);
  }

  /** The object's fields are declared ones, in the declared order, the required ones all. */
  private static void holds(JsonNode object, WireType<?> type) {
    List<String> written = new ArrayList<>();
    object.fieldNames().forEachRemaining(written::add);
    List<String> declared = type.fields().stream().map(WireField::name).toList();
    assertThat(declared).as(type.name() + ": every written field is declared")
        .containsAll(written);
    assertThat(written).as(type.name() + ": in the declared order")
        .isSortedAccordingTo((a, b) -> Integer.compare(declared.indexOf(a), declared.indexOf(b)));
    for (WireField f : type.fields()) {
      if (f.isRequired()) {
        assertThat(written).as(type.name() + ": " + f.name() + " is required").contains(f.name());
      }
    }
  }
}
