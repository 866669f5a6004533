package org.vetcpd.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The worked examples of seed 000, scored with the standard rubric. */
class Seed000Test {
  private final TailoringScorer scorer = TailoringScorer.standard();

  @Test
  void templatePlanOfGenericWholeSchoolProjectsIsGeneric() {
    TailoringReport r = scorer.score(Seed000.DATASET, "template");
    assertThat(r.band()).isEqualTo(Band.GENERIC);
    assertThat(r.criterion("contextualisation").value()).hasValue(0);
    assertThat(r.criterion("industry-contact").value()).hasValue(0);
    assertThat(r.criterion("contextualisation").finding()).hasValueSatisfying(f ->
        assertThat(f).contains("Assessment for Learning").contains("Pedagogical Walk"));
  }

  @Test
  void selfInitiatedPlanScoresHigherThanTheTemplate() {
    double template = scorer.score(Seed000.DATASET, "template").score();
    TailoringReport self = scorer.score(Seed000.DATASET, "self-initiated");
    assertThat(self.score()).isGreaterThan(template);
    // the teacher does it alone: no time allocated, no leader involvement
    assertThat(self.criterion("facilitation").value().getAsDouble()).isLessThan(
        scorer.score(Seed000.DATASET, "template").criterion("facilitation").value().getAsDouble());
    assertThat(self.criterion("industry-contact").value().getAsDouble()).isGreaterThan(0.8);
  }

  @Test
  void tailoredPlanWithPlacementCoverAndAdaptedAflScoresHighest() {
    double self = scorer.score(Seed000.DATASET, "self-initiated").score();
    TailoringReport tailored = scorer.score(Seed000.DATASET, "tailored");
    assertThat(tailored.score()).isGreaterThan(self);
    assertThat(tailored.band()).isEqualTo(Band.TAILORED);
    for (TailoringReport r : scorer.scoreAll(Seed000.DATASET)) {
      assertThat(tailored.score()).isGreaterThanOrEqualTo(r.score());
    }
  }

  @Test
  void cncCourseInARestaurantTeachersPlanIsANamedMismatch() {
    TailoringReport with = scorer.score(Seed000.DATASET, "template-with-cnc");
    TailoringReport without = scorer.score(Seed000.DATASET, "template");
    // the CNC hours count in the plan's hours but in no area: E sums to 50/70
    double sum = with.emphasis().values().stream().mapToDouble(Double::doubleValue).sum();
    assertThat(sum).isCloseTo(50.0 / 70, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(with.criterion("needs-alignment").finding()).hasValueSatisfying(f ->
        assertThat(f).contains("CNC machining course").contains("20 h").contains("RM"));
    assertThat(with.criterion("needs-alignment").evidence()).contains("do not fit");
    assertThat(with.recommendations()).anySatisfy(rec -> {
      assertThat(rec.action()).isEqualTo(Recommendation.DROP_MISMATCH);
      assertThat(rec.description()).contains("CNC machining course");
    });
    assertThat(with.toText()).contains("CNC machining course");
    assertThat(with.score()).isLessThan(without.score());
  }

  @Test
  void templateRecommendationsNameTheTailoredLevers() {
    TailoringReport r = scorer.score(Seed000.DATASET, "template");
    assertThat(r.recommendations()).isNotEmpty();
    assertThat(r.recommendations()).extracting(Recommendation::action)
        .contains(Recommendation.ADD_INDUSTRY_CONTACT, Recommendation.RECONTEXTUALISE,
            Recommendation.INVOLVE_LEADER);
    assertThat(r.recommendations()).allSatisfy(rec ->
        assertThat(rec.score()).isGreaterThan(r.score()));
    for (int i = 1; i < r.recommendations().size(); i++) {
      assertThat(r.recommendations().get(i).score())
          .isLessThanOrEqualTo(r.recommendations().get(i - 1).score());
    }
    assertThat(r.recommendations()).anySatisfy(rec -> assertThat(rec.description())
        .contains("AfL adapted to the kitchen").contains("Assessment for Learning"));
  }

  @Test
  void printsTheReports() {
    for (TailoringReport r : scorer.scoreAll(Seed000.DATASET)) {
      String text = r.toText();
      assertThat(text).contains("Score ").contains("band: " + LeaderText.words(r.band())).contains("needs-alignment");

    }
  }
}
