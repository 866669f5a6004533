package org.vetcpd.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.json.VetcpdJson;

class ReportTest {
  private final TailoringScorer scorer = TailoringScorer.standard();

  @Test
  void jsonHasDesignMdNamesInOrderWithNullsWhenNotAssessed() throws Exception {
    TailoringReport r = scorer.score(HandComputedTest.DS, "A");
    JsonNode json = new JsonMapper().readTree(VetcpdJson.write(r));
    assertThat(names(json)).containsExactly("plan", "teacher", "rubric", "score", "band",
        "target", "emphasis", "criteria", "recommendations");
    assertThat(names(json.get("rubric"))).containsExactly("id", "version", "fingerprint");
    assertThat(names(json.get("target"))).containsExactly("VOCATIONAL", "INDUSTRY_COOPERATION",
        "PEDAGOGICAL", "WORKING_COMMUNITY");
    JsonNode criteria = json.get("criteria");
    assertThat(criteria).hasSize(10);
    for (JsonNode c : criteria) {
      assertThat(names(c)).containsExactly("id", "assessed", "value", "weight", "contribution",
          "evidence", "finding");
    }
    JsonNode driver = criteria.get(4);
    assertThat(driver.get("id").asText()).isEqualTo("driver-response");
    assertThat(driver.get("assessed").asBoolean()).isFalse();
    assertThat(driver.get("value").isNull()).isTrue();
    assertThat(driver.get("contribution").isNull()).isTrue();
    assertThat(driver.get("finding").asText()).contains("drivers: []");
    for (JsonNode rec : json.get("recommendations")) {
      assertThat(names(rec)).containsExactly("action", "description", "score");
    }
  }

  @Test
  void roundTripsThroughJson() {
    for (TailoringReport r : scorer.scoreAll(Seed000.DATASET)) {
      TailoringReport back = TailoringReport.parse(VetcpdJson.write(r));
      assertThat(back).isEqualTo(r);
      assertThat(back.hashCode()).isEqualTo(r.hashCode());
      assertThat(back.toText()).isEqualTo(r.toText());
    }
  }

  @Test
  void readingAReportIsStrict() {
    String json = VetcpdJson.write(scorer.score(Seed000.DATASET, "tailored"));
    assertThatThrownBy(() -> TailoringReport.parse(json.replace("\"band\"", "\"bnd\"")))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> TailoringReport.parse(json.replace("\"TAILORED\"", "1")))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> TailoringReport.parse(json + "{}"))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void textShowsScoreBandCriteriaFindingsAndTopThreeRecommendations() {
    TailoringReport r = scorer.score(Seed000.DATASET, "template");
    String text = r.toText();
    assertThat(text).contains("Score " + String.format(java.util.Locale.ROOT, "%.1f", r.score()))
        .contains("band: generic").contains("Findings").contains("Recommendations");
    for (String id : Rubric.CRITERIA) {
      assertThat(text).contains(id);
    }
    long numbered = text.lines().filter(l -> l.matches("^[0-9]\\. .*")).count();
    assertThat(numbered).isEqualTo(Math.min(3, r.recommendations().size()));
  }

  @Test
  void findingsAndCriterionLookup() {
    TailoringReport r = scorer.score(Seed000.DATASET, "template");
    assertThat(r.findings()).containsKey("industry-contact");
    assertThat(r.criterion("industry-contact").weight()).isEqualTo(0.15);
    assertThatThrownBy(() -> r.criterion("industry")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalityIsByValue() {
    TailoringReport a = scorer.score(Seed000.DATASET, "template");
    new EqualsTester()
        .addEqualityGroup(a, scorer.score(Seed000.DATASET, "template"),
            TailoringReport.parse(VetcpdJson.write(a)))
        .addEqualityGroup(scorer.score(Seed000.DATASET, "tailored"))
        .addEqualityGroup(TailoringScorer.of(Rubric.standard().withWeight("coverage", 1))
            .score(Seed000.DATASET, "template"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(a.criteria().get(0), scorer.score(Seed000.DATASET, "template")
            .criteria().get(0))
        .addEqualityGroup(a.criteria().get(1))
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    NullPointerTester npt = new NullPointerTester()
        .setDefault(RubricRef.class, Rubric.standard().ref())
        .setDefault(Rubric.class, Rubric.standard())
        .setDefault(org.vetcpd.core.json.JsonOptions.class,
            org.vetcpd.core.json.JsonOptions.strict());
    npt.testAllPublicStaticMethods(TailoringReport.class);
    npt.testAllPublicStaticMethods(CriterionResult.class);
    npt.testAllPublicInstanceMethods(scorer.score(Seed000.DATASET, "template"));
    npt.testAllPublicConstructors(Recommendation.class);
    npt.testAllPublicConstructors(RubricRef.class);
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
