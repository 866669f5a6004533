package org.vetcpd.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.NullPointerTester;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.json.VetcpdJson;

class RubricTest {
  @Test
  void standardIsDesignMd() {
    Rubric r = Rubric.standard();
    assertThat(r.id()).isEqualTo("vetcpd-standard");
    assertThat(r.version()).isEqualTo("1.0");
    assertThat(r.weights()).containsExactly(
        Map.entry("needs-alignment", 0.20), Map.entry("vocational-focus", 0.15),
        Map.entry("contextualisation", 0.15), Map.entry("industry-contact", 0.15),
        Map.entry("driver-response", 0.09), Map.entry("collaboration", 0.06),
        Map.entry("facilitation", 0.12), Map.entry("coverage", 0.04),
        Map.entry("knowledge-integration", 0.02), Map.entry("sustained-learning", 0.02));
    assertThat(r.teacherVoice()).isEqualTo(0.6);
    assertThat(r.minVocationalShare()).isEqualTo(0.40);
    assertThat(r.industryHoursBase()).isEqualTo(15);
    assertThat(r.industryHoursPerYear()).isEqualTo(5);
    assertThat(r.industryYearCap()).isEqualTo(10);
    assertThat(r.unknownYears()).isEqualTo(5);
    assertThat(r.collaborationTarget()).isEqualTo(0.35);
    assertThat(r.genericCollaboration()).isEqualTo(0.25);
    assertThat(r.neededShare()).isEqualTo(0.15);
    assertThat(r.coveredFraction()).isEqualTo(0.5);
    assertThat(r.generalDriverFactor()).isEqualTo(0.5);
    assertThat(r.barrierWeight()).isEqualTo(2);
    assertThat(r.sustainedWeeks()).isEqualTo(4);
    assertThat(r.contextualisation()).containsExactlyInAnyOrderEntriesOf(ImmutableMap.of(
        Contextualisation.GENERIC, 0.0, Contextualisation.ADAPTED, 0.6,
        Contextualisation.PROGRAMME_SPECIFIC, 1.0));
    assertThat(r.leader()).containsExactlyInAnyOrderEntriesOf(ImmutableMap.of(
        LeaderInvolvement.NONE, 0.0, LeaderInvolvement.DELEGATED, 0.5,
        LeaderInvolvement.ACTIVE, 1.0));
    assertThat(r.tailoredLimit()).isEqualTo(70);
    assertThat(r.partlyTailoredLimit()).isEqualTo(45);
    assertThat(r.ref()).isEqualTo(new RubricRef("vetcpd-standard", "1.0", r.fingerprint()));
  }

  @Test
  void bandsReachTheirLimitWithinOneBillionth() {
    Rubric r = Rubric.standard();
    assertThat(r.band(70)).isEqualTo(Band.TAILORED);
    assertThat(r.band(70 - 0.5e-9)).isEqualTo(Band.TAILORED);
    assertThat(r.band(70 - 2e-9)).isEqualTo(Band.PARTLY_TAILORED);
    assertThat(r.band(45 - 0.5e-9)).isEqualTo(Band.PARTLY_TAILORED);
    assertThat(r.band(44.9)).isEqualTo(Band.GENERIC);
  }

  @Test
  void withWeightChangesOneWeightAndKeepsTheOrder() {
    Rubric r = Rubric.standard().withWeight("coverage", 0.5);
    assertThat(r.weight("coverage")).isEqualTo(0.5);
    assertThat(r.weights().keySet()).containsExactlyElementsOf(Rubric.CRITERIA);
    assertThatThrownBy(() -> Rubric.standard().withWeight("coverag", 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coverag");
  }

  @Test
  void weightsGivenInAnyOrderAreKeptInCriterionOrder() {
    Map<String, Double> reversed = new LinkedHashMap<>();
    for (String id : com.google.common.collect.Lists.reverse(Rubric.CRITERIA)) {
      reversed.put(id, 1.0);
    }
    Rubric r = Rubric.standard().withWeights(reversed);
    assertThat(r.weights().keySet()).containsExactlyElementsOf(Rubric.CRITERIA);
  }

  @Test
  void everyProblemIsListedWithItsPath() {
    Map<String, Double> weights = new LinkedHashMap<>(Rubric.standard().weights());
    weights.put("coverage", -1.0);
    weights.put("collaboration", Double.NaN);
    weights.remove("facilitation");
    weights.put("tailoring", 1.0);
    ValidationException e = catchThrowableOfType(ValidationException.class, () ->
        Rubric.builder().from(Rubric.standard())
            .weights(weights)
            .teacherVoice(1.5)
            .sustainedWeeks(0)
            .contextualisation(ImmutableMap.of(Contextualisation.GENERIC, 0.5,
                Contextualisation.ADAPTED, 0.4, Contextualisation.PROGRAMME_SPECIFIC, 1.0))
            .partlyTailoredLimit(80)
            .build());
    assertThat(e.problems()).extracting(Problem::path).contains(
        "weights.coverage", "weights.collaboration", "weights.facilitation", "weights.tailoring",
        "teacherVoice", "sustainedWeeks", "contextualisation.ADAPTED", "tailoredLimit");
  }

  @Test
  void allZeroWeightsAreRejected() {
    Map<String, Double> zero = new LinkedHashMap<>();
    Rubric.CRITERIA.forEach(id -> zero.put(id, 0.0));
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> Rubric.standard().withWeights(zero));
    assertThat(e.problems()).extracting(Problem::path).containsExactly("weights");
  }

  @Test
  void jsonRoundTripsAndNamesEveryConstant() {
    String json = VetcpdJson.write(Rubric.standard());
    for (org.vetcpd.core.wire.WireField field : RubricReader.RUBRIC.fields()) {
      assertThat(json).contains("\"" + field.name() + "\"");
    }
    assertThat(json).contains("\"needs-alignment\": 0.2");
    assertThat(Rubric.parse(json)).isEqualTo(Rubric.standard());
  }

  @Test
  void readsFromAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("rubric.json");
    Files.writeString(file, VetcpdJson.write(Rubric.standard().withTeacherVoice(0.8)));
    assertThat(Rubric.read(file).teacherVoice()).isEqualTo(0.8);
  }

  /** A rubric saved by a spreadsheet or an editor that writes a UTF-8 byte order mark reads. */
  @Test
  void aByteOrderMarkAtTheStartIsAccepted(@TempDir Path dir) throws Exception {
    String json = VetcpdJson.write(Rubric.standard().withTeacherVoice(0.8));
    Path file = dir.resolve("rubric.json");
    byte[] text = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] marked = new byte[text.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(text, 0, marked, 3, text.length);
    Files.write(file, marked);
    assertThat(Rubric.read(file).teacherVoice()).isEqualTo(0.8);
    assertThat(Rubric.parse("\uFEFF" + json).teacherVoice()).isEqualTo(0.8);
    // one mark; a second is a problem, at the start
    assertThat(catchThrowableOfType(ValidationException.class,
        () -> Rubric.parse("\uFEFF\uFEFF" + json)).problems()).singleElement().asString()
        .contains("byte order mark");
  }

  @Test
  void readingIsStrictAndReportsEveryProblem() {
    String json = VetcpdJson.write(Rubric.standard())
        .replace("\"teacherVoice\": 0.6", "\"teacherVoice\": \"0.6\"")
        .replace("\"coverage\": 0.04", "\"coverage\": -0.04")
        .replace("\"sustainedWeeks\": 4", "\"sustainedWeeks\": 4.5")
        .replace("\"findingThreshold\"", "\"findingTreshold\"")
        .replace("\"ADAPTED\": 0.6", "\"ADAPTD\": 0.6");
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> Rubric.parse(json));
    assertThat(e.problems()).extracting(Problem::path).contains(
        "teacherVoice", "sustainedWeeks", "findingTreshold", "findingThreshold",
        "contextualisation.ADAPTD");
    // the negative weight is found once the document reads: fix the rest and it shows
    String onlyWeight = VetcpdJson.write(Rubric.standard())
        .replace("\"coverage\": 0.04", "\"coverage\": -0.04");
    assertThat(catchThrowableOfType(ValidationException.class,
        () -> Rubric.parse(onlyWeight)).problems())
        .extracting(Problem::path).containsExactly("weights.coverage");
  }

  @Test
  void aMissingFieldIsAProblem() {
    String json = VetcpdJson.write(Rubric.standard()).replace("\"leader\"", "\"leaders\"");
    assertThat(catchThrowableOfType(ValidationException.class, () -> Rubric.parse(json))
        .problems()).extracting(Problem::path).contains("leader", "leaders");
    assertThatThrownBy(() -> Rubric.parse("[]")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Rubric.parse("{} {}")).isInstanceOf(ValidationException.class);
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester()
        .setDefault(org.vetcpd.core.json.JsonOptions.class,
            org.vetcpd.core.json.JsonOptions.strict())
        .testAllPublicStaticMethods(Rubric.class);
    new NullPointerTester().testAllPublicInstanceMethods(Rubric.standard());
  }
}
