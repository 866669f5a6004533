package org.vetcpd.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.PlanItem;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.json.VetcpdJson;

/**
 * Every rubric constant has a finite valid range (docs/rubric.md, "Valid ranges"), and the
 * weights are normalised once, exactly, when a scorer is built: the rubric cases of issue 10 each
 * give a clear problem or a correct score.
 */
class RubricRangesTest {
  private static final Dataset DS = Seed000.DATASET;

  private static Rubric onlyWeight(String criterion, double w) {
    Map<String, Double> weights = new LinkedHashMap<>();
    for (String id : Rubric.CRITERIA) {
      weights.put(id, id.equals(criterion) ? w : 0.0);
    }
    return Rubric.standard().withId("only-" + criterion).withWeights(weights);
  }

  @Test
  void aRubricWhoseOnlyWeightIs4point9eMinus324ScoresAsIfItWere1() {
    Rubric tiny = onlyWeight("needs-alignment", Double.MIN_VALUE);
    Rubric one = onlyWeight("needs-alignment", 1);
    Rubric readBack = Rubric.parse(VetcpdJson.write(tiny)); // what the CLI scores with
    assertThat(readBack).isEqualTo(tiny);
    for (CpdPlan p : DS.plans()) {
      TailoringReport r = TailoringScorer.of(tiny).score(DS, p.id());
      double value = r.criteria().get(0).value().getAsDouble();
      // an independent computation: the score is the one criterion's value, as a percentage
      assertThat(r.score()).isCloseTo(100 * value, within(1e-12));
      assertThat(r.score()).isEqualTo(TailoringScorer.of(one).score(DS, p.id()).score())
          .isEqualTo(TailoringScorer.of(readBack).score(DS, p.id()).score());
      assertThat(r.criteria().get(0).contribution()).isEqualTo(r.score());
      // the report states the rubric's weight as given
      assertThat(r.criteria().get(0).weight()).isEqualTo(Double.MIN_VALUE);
    }
  }

  @Test
  void subnormalWeightsWeighAsTheirRatiosSay() {
    // 20, 15, ... times the smallest double: exact, and in the standard's ratios
    Map<String, Double> tiny = new LinkedHashMap<>();
    for (String id : Rubric.CRITERIA) {
      tiny.put(id, Math.rint(100 * Rubric.standard().weight(id)) * Double.MIN_VALUE);
    }
    Rubric small = Rubric.standard().withId("small").withWeights(tiny);
    for (CpdPlan p : DS.plans()) {
      double standard = TailoringScorer.standard().score(DS, p.id()).score();
      assertThat(TailoringScorer.of(small).score(DS, p.id()).score())
          .isCloseTo(standard, within(1e-9));
    }
  }

  @Test
  void theStandardScoresAreTheWeightedMeanOfTheCriteria() {
    for (TailoringReport r : TailoringScorer.standard().scoreAll(DS)) {
      double sum = 0;
      double weights = 0;
      for (CriterionResult c : r.criteria()) {
        if (c.assessed()) {
          sum += c.weight() * c.value().getAsDouble();
          weights += c.weight();
        }
      }
      assertThat(r.score()).isCloseTo(100 * sum / weights, within(1e-12));
    }
  }

  @Test
  void barrierWeight1e308IsAProblemNotANotAssessedFacilitation() {
    assertRejected(r -> r.withBarrierWeight(1e308), "barrierWeight: must be <= 1000, was 1.0E308");
    assertRejected(r -> r.withBarrierWeight(0), "barrierWeight: must be >= 0.001, was 0");
    // at its maximum, facilitation of a teacher with a declared barrier is still assessed
    Rubric heavy = Rubric.standard().withId("heavy").withBarrierWeight(1000);
    for (TailoringReport r : TailoringScorer.of(heavy).scoreAll(DS)) {
      CriterionResult f = r.criteria().get(Rubric.CRITERIA.indexOf("facilitation"));
      assertThat(f.assessed()).isTrue();
      assertThat(f.value().getAsDouble()).isBetween(0.0, 1.0);
    }
  }

  @Test
  void industryHoursPerYear1e308IsAProblemAndTheMaximumStillWritesItsReports() {
    assertRejected(r -> r.withIndustryHoursPerYear(1e308),
        "industryHoursPerYear: must be <= 8760, was 1.0E308");
    Rubric most = Rubric.standard().withId("most").withIndustryHoursBase(8760)
        .withIndustryHoursPerYear(8760).withIndustryYearCap(80).withUnknownYears(80);
    for (TailoringReport r : TailoringScorer.of(most).scoreAll(DS)) {
      assertThat(VetcpdJson.write(r)).contains("\"plan\"");
      for (Recommendation rec : r.recommendations()) {
        assertThat(rec.score()).isBetween(0.0, 100.0);
      }
    }
  }

  @Test
  void aRecommendationNeverTakesAPlanPastAYear() {
    CpdPlan full = CpdPlan.builder().id("full").teacher("rm-teacher")
        .leaderInvolvement(org.vetcpd.core.LeaderInvolvement.NONE)
        .addItems(PlanItem.of("afl", 8750)).build();
    Dataset ds = DS.withPlans(full);
    TailoringReport r = TailoringScorer.standard().score(ds, "full");
    assertThat(r.recommendations()).filteredOn(x -> x.action()
        .equals(Recommendation.ADD_INDUSTRY_CONTACT)).allSatisfy(x ->
            assertThat(x.description()).startsWith("Add 10 h "));
    Dataset fuller = DS.withPlans(full.withItems(PlanItem.of("afl", 8760)));
    assertThat(TailoringScorer.standard().score(fuller, "full").recommendations())
        .noneMatch(x -> x.action().equals(Recommendation.ADD_INDUSTRY_CONTACT));
  }

  @Test
  void everyConstantOutsideItsRangeIsRejectedWithItsPath() {
    assertRejected(r -> r.withWeight("coverage", 1e6 + 1),
        "weights.coverage: must be <= 1000000, was 1000001");
    assertRejected(r -> r.withWeight("coverage", Double.MAX_VALUE),
        "weights.coverage: must be <= 1000000, was " + Double.MAX_VALUE);
    assertRejected(r -> r.withIndustryHoursBase(8760.5),
        "industryHoursBase: must be <= 8760, was 8760.5");
    assertRejected(r -> r.withIndustryYearCap(81), "industryYearCap: must be <= 80, was 81");
    assertRejected(r -> r.withUnknownYears(1e300), "unknownYears: must be <= 80, was 1.0E300");
    assertRejected(r -> r.withSustainedWeeks(521), "sustainedWeeks: must be <= 520, was 521");
    assertRejected(r -> r.withTeacherVoice(1.5), "teacherVoice: must be in [0, 1], was 1.5");
    assertRejected(r -> r.withId("std\u001b"), "id: must not contain control character U+001B");
    assertRejected(r -> r.withVersion("1\u202e0"),
        "version: must not contain bidirectional control U+202E");
    // the limits themselves are valid
    Rubric edge = Rubric.standard().withId("edge").withWeight("coverage", 1e6)
        .withIndustryHoursBase(8760).withIndustryHoursPerYear(0).withIndustryYearCap(80)
        .withUnknownYears(0).withBarrierWeight(0.001).withSustainedWeeks(520);
    assertThat(TailoringScorer.of(edge).scoreAll(DS)).allSatisfy(r ->
        assertThat(r.score()).isBetween(0.0, 100.0));
  }

  @Test
  void theWeightsOfTheStandardAreKeptAsGiven() {
    assertThat(Rubric.standard().weights()).isEqualTo(ImmutableMap.builder()
        .put("needs-alignment", 0.20).put("vocational-focus", 0.15)
        .put("contextualisation", 0.15).put("industry-contact", 0.15)
        .put("driver-response", 0.09).put("collaboration", 0.06).put("facilitation", 0.12)
        .put("coverage", 0.04).put("knowledge-integration", 0.02)
        .put("sustained-learning", 0.02).buildOrThrow());
  }

  private static void assertRejected(UnaryOperator<Rubric> edit, String problem) {
    assertThatThrownBy(() -> edit.apply(Rubric.standard()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
            .map(Problem::toString).containsExactly(problem));
  }
}
