package org.vetcpd.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vetcpd.core.ActivityType.COURSE;
import static org.vetcpd.core.ActivityType.INDUSTRY_MEETING;
import static org.vetcpd.core.ActivityType.INDUSTRY_TRAINING;
import static org.vetcpd.core.ActivityType.PEER_OBSERVATION;
import static org.vetcpd.core.ActivityType.SCHOOL_DEVELOPMENT_PROJECT;
import static org.vetcpd.core.ActivityType.SELF_DIRECTED_STUDY;
import static org.vetcpd.core.ActivityType.STUDENT_PLACEMENT_FOLLOW_UP;
import static org.vetcpd.core.ActivityType.TEACHER_PLACEMENT;
import static org.vetcpd.core.Contextualisation.ADAPTED;
import static org.vetcpd.core.Contextualisation.GENERIC;
import static org.vetcpd.core.Contextualisation.PROGRAMME_SPECIFIC;
import static org.vetcpd.core.KnowledgeCategory.CURRICULAR;
import static org.vetcpd.core.KnowledgeCategory.PEDAGOGICAL_CONTENT;
import static org.vetcpd.core.KnowledgeCategory.SUBJECT_THEORY;
import static org.vetcpd.core.KnowledgeCategory.WORKPLACE_PRACTICE;
import static org.vetcpd.core.NeedLevel.HIGH;
import static org.vetcpd.core.NeedLevel.LOW;
import static org.vetcpd.core.NeedLevel.MODERATE;
import static org.vetcpd.core.NeedLevel.NONE;
import static org.vetcpd.rules.Fixtures.activity;
import static org.vetcpd.rules.Fixtures.itemBuilder;
import static org.vetcpd.rules.Fixtures.needs;

import com.google.common.collect.ImmutableSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.Barrier;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Driver;
import org.vetcpd.core.DriverKind;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.Teacher;

/**
 * Three plans whose every criterion value is worked out by hand from DESIGN.md's formulas, with
 * the arithmetic written out, under the standard rubric.
 */
class HandComputedTest {
  private static final double EPS = 1e-9;

  static final Dataset DS = Dataset.builder()
      .addProgrammes(Fixtures.RM, Fixtures.TP)
      .addTeachers(
          Teacher.builder().id("t-a").programme("RM").yearsSinceIndustryContact(2)
              .needs(needs(HIGH, MODERATE, LOW, NONE)).build(),
          Teacher.builder().id("t-b").programme("RM")
              .addBarriers(Barrier.SCHEDULE_CONFLICT, Barrier.NO_SUBSTITUTE_COVER).build(),
          Teacher.builder().id("t-c").programme("RM").yearsSinceIndustryContact(12)
              .addBarriers(Barrier.COST, Barrier.NO_EMPLOYER_SUPPORT).build())
      .addActivities(
          // plan A
          activity("follow-up", STUDENT_PLACEMENT_FOLLOW_UP, PROGRAMME_SPECIFIC, "RM")
              .addKnowledge(WORKPLACE_PRACTICE, PEDAGOGICAL_CONTENT).spanWeeks(8).build(),
          activity("afl", SCHOOL_DEVELOPMENT_PROJECT, GENERIC).addKnowledge(CURRICULAR)
              .spanWeeks(10).build(),
          activity("cnc-course", COURSE, GENERIC, "TP").costPerHour(50).build(),
          // plan B
          activity("placement", TEACHER_PLACEMENT, PROGRAMME_SPECIFIC, "RM")
              .addKnowledge(WORKPLACE_PRACTICE, SUBJECT_THEORY).spanWeeks(2).build(),
          activity("afl-kitchen", SCHOOL_DEVELOPMENT_PROJECT, ADAPTED)
              .addKnowledge(PEDAGOGICAL_CONTENT, CURRICULAR).spanWeeks(12).build(),
          activity("kitchen-managers", INDUSTRY_MEETING, PROGRAMME_SPECIFIC, "RM").spanWeeks(6)
              .build(),
          // plan C
          activity("trade-reading", SELF_DIRECTED_STUDY, GENERIC).addKnowledge(SUBJECT_THEORY)
              .build(),
          activity("peer-observation", PEER_OBSERVATION, GENERIC).spanWeeks(4).build(),
          activity("cnc-training", INDUSTRY_TRAINING, PROGRAMME_SPECIFIC, "TP").costPerHour(20)
              .build())
      .addDrivers(
          Driver.builder().id("targets").kind(DriverKind.GOVERNANCE_TARGETS).strength(0.8)
              .build(),
          Driver.builder().id("industry").kind(DriverKind.INDUSTRY_DEMAND).strength(0.5)
              .addProgrammes("RM").build(),
          Driver.builder().id("cnc").kind(DriverKind.TECHNOLOGY_CHANGE).strength(1)
              .addProgrammes("TP").build())
      .addPlans(
          CpdPlan.builder().id("A").teacher("t-a").drivers(ImmutableSet.of())
              .leaderInvolvement(LeaderInvolvement.DELEGATED)
              .addItems(
                  itemBuilder("follow-up", 20).timeAllocated(true).build(),
                  itemBuilder("afl", 20).timeAllocated(true).build(),
                  itemBuilder("cnc-course", 10).build())
              .build(),
          CpdPlan.builder().id("B").teacher("t-b").leaderInvolvement(LeaderInvolvement.ACTIVE)
              .addItems(
                  itemBuilder("placement", 30).timeAllocated(true).substituteFunded(true).build(),
                  itemBuilder("afl-kitchen", 20).build(),
                  itemBuilder("kitchen-managers", 10).timeAllocated(true).build())
              .build(),
          CpdPlan.builder().id("C").teacher("t-c").drivers(ImmutableSet.of("industry"))
              .leaderInvolvement(LeaderInvolvement.NONE)
              .addItems(
                  itemBuilder("trade-reading", 10).build(),
                  itemBuilder("peer-observation", 5).timeAllocated(true).build(),
                  itemBuilder("cnc-training", 15).substituteFunded(true).build())
              .build())
      .build();

  private final TailoringScorer scorer = TailoringScorer.standard();

  /**
   * Plan A: need (3,2,1,0)/6 = (1/2, 1/3, 1/6, 0); {@code drivers: []} so d = n and t = n.
   * H = 20 + 20 + 10 = 50; the CNC course (programme TP) does not fit.
   */
  @Test
  void planA() {
    TailoringReport r = scorer.score(DS, "A");
    double[] t = {0.5, 1.0 / 3, 1.0 / 6, 0};
    // E: follow-up .4/.5/.1/0 x 20 h, afl 0/0/.6/.4 x 20 h, over 50 h
    // E_VOC = 8/50 = 0.16, E_IND = 10/50 = 0.2, E_PED = (2 + 12)/50 = 0.28, E_WC = 8/50 = 0.16
    double[] e = {0.16, 0.2, 0.28, 0.16};
    assertVector(r.target(), t);
    assertVector(r.emphasis(), e);
    // needs-alignment: min(.16,.5) + min(.2,1/3) + min(.28,1/6) + min(.16,0) = .36 + 1/6
    double na = 0.36 + 1.0 / 6;
    // vocational-focus: (.16 + .2) / max(1/2 + 1/3, .4) = .36 / (5/6) = 0.432
    double vf = 0.432;
    // contextualisation: (20 h x 1 + 20 h x 0) / 50 h; the CNC hours add 0
    double cx = 0.4;
    // industry-contact: H_ind = 20 (follow-up); R = 15 + 5 x 2 = 25
    double ic = 0.8;
    // collaboration: only afl is not INDIVIDUAL; GENERIC, no industry -> f = .25;
    // c = 20 x .25 / 50 = .1; .1 / .35
    double co = 0.1 / 0.35;
    // facilitation: time 40/50 = .8; cover: the course needs cover, 0 of 10 h funded = 0;
    // cost: the course costs, 0 of 10 h funded = 0; leader DELEGATED .5; no barriers
    double fa = (0.8 + 0 + 0 + 0.5) / 4;
    // coverage: needed VOC, IND, PED (WC 0 < .15); covered: VOC .16 < .25 no, IND .2 >= 1/6,
    // PED .28 >= 1/12 -> 2/3
    double cv = 2.0 / 3;
    // knowledge-integration: follow-up names 2 categories: 20/50
    double ki = 0.4;
    // sustained-learning: follow-up (8 weeks) and afl (10 weeks): 40/50
    double sl = 0.8;
    assertValues(r, na, vf, cx, ic, Double.NaN, co, fa, cv, ki, sl);
    assertThat(r.criterion("driver-response").notAssessedReason()).hasValueSatisfying(
        s -> assertThat(s).contains("drivers: []"));
    // driver-response drops out: sum w = 1 - .09 = .91
    double score = 100 * (0.20 * na + 0.15 * vf + 0.15 * cx + 0.15 * ic + 0.06 * co
        + 0.12 * fa + 0.04 * cv + 0.02 * ki + 0.02 * sl) / 0.91;
    assertThat(r.score()).isCloseTo(score, within(EPS));
    assertThat(r.score()).isCloseTo(50.2135, within(1e-4));
    assertThat(r.band()).isEqualTo(Band.PARTLY_TAILORED);
    assertThat(r.criterion("needs-alignment").finding()).hasValueSatisfying(
        s -> assertThat(s).contains("cnc-course").contains("10 h"));
  }

  /**
   * Plan B: need all NONE -> uniform .25; drivers absent so every applicable one counts:
   * targets (GENERAL, .8, pull 0/0/.6/.4) and industry (RM, VOCATION_SPECIFIC, .5, .5/.5/0/0);
   * cnc concerns TP only. d = (.25, .25, .48, .32) / 1.3; t = .6 x .25 + .4 x d.
   * H = 30 + 20 + 10 = 60, every item fits.
   */
  @Test
  void planB() {
    TailoringReport r = scorer.score(DS, "B");
    double[] d = {0.25 / 1.3, 0.25 / 1.3, 0.48 / 1.3, 0.32 / 1.3};
    double[] t = new double[4];
    for (int k = 0; k < 4; k++) {
      t[k] = 0.15 + 0.4 * d[k];
    }
    // E_VOC = (30 x .7 + 10 x .4)/60 = 25/60, E_IND = (30 x .3 + 10 x .6)/60 = 15/60,
    // E_PED = 20 x .6/60 = 12/60, E_WC = 20 x .4/60 = 8/60
    double[] e = {25.0 / 60, 15.0 / 60, 12.0 / 60, 8.0 / 60};
    assertVector(r.target(), t);
    assertVector(r.emphasis(), e);
    // needs-alignment: min(.4167, .2269) + min(.25, .2269) + min(.2, .2977) + min(.1333, .2485)
    double na = t[0] + t[1] + 12.0 / 60 + 8.0 / 60;
    assertThat(na).isCloseTo(0.787179487, within(1e-9));
    // vocational-focus: (40/60) / max(.4538, .4) > 1 -> 1
    double vf = 1;
    // contextualisation: (30 x 1 + 20 x .6 + 10 x 1)/60 = 52/60
    double cx = 52.0 / 60;
    // industry-contact: years unknown -> 5; R = 15 + 25 = 40; H_ind = 30 + 10 = 40
    double ic = 1;
    // driver-response: u_targets = .8 x .5 = .4, u_industry = .5;
    // cov_targets = min(.2,.6) + min(8/60,.4) = 20/60; cov_industry = min(25/60,.5) + min(.25,.5)
    // = 40/60
    double dr = (0.4 * (20.0 / 60) + 0.5 * (40.0 / 60)) / 0.9;
    // collaboration: afl-kitchen (WHOLE_SCHOOL, ADAPTED, f 1) 20 h + kitchen-managers (TEAM) 10 h
    // c = 30/60 = .5 -> .5/.35 > 1 -> 1
    double co = 1;
    // facilitation: time 40/60 weighs 2 (SCHEDULE_CONFLICT); cover 30/30 = 1 weighs 2
    // (NO_SUBSTITUTE_COVER); cost: none -> 1; leader ACTIVE 1
    double fa = (2 * (40.0 / 60) + 2 * 1 + 1 + 1) / 6;
    // coverage: every t >= .15 (min .2269); E >= t/2 everywhere (WC .1333 >= .1242) -> 1
    double cv = 1;
    // knowledge-integration: placement and afl-kitchen name 2 categories: 50/60
    double ki = 50.0 / 60;
    // sustained-learning: afl-kitchen (12 weeks) and kitchen-managers (6): 30/60; placement 2
    double sl = 0.5;
    assertValues(r, na, vf, cx, ic, dr, co, fa, cv, ki, sl);
    double score = 100 * (0.20 * na + 0.15 * vf + 0.15 * cx + 0.15 * ic + 0.09 * dr + 0.06 * co
        + 0.12 * fa + 0.04 * cv + 0.02 * ki + 0.02 * sl);
    assertThat(r.score()).isCloseTo(score, within(EPS));
    assertThat(r.score()).isCloseTo(86.7436, within(1e-4));
    assertThat(r.band()).isEqualTo(Band.TAILORED);
  }

  /**
   * Plan C: uniform need; the plan lists only the industry driver (.5, pull .5/.5/0/0), so d =
   * (.5, .5, 0, 0) and t = (.35, .35, .15, .15) &mdash; PED and WC are needed at exactly .15.
   * H = 10 + 5 + 15 = 30; the CNC training (TP) does not fit, although it brings industry contact.
   */
  @Test
  void planC() {
    TailoringReport r = scorer.score(DS, "C");
    double[] t = {0.35, 0.35, 0.15, 0.15};
    // E_VOC = 10 x .7/30 = 7/30, E_IND = 0, E_PED = (10 x .3 + 5 x .8)/30 = 7/30,
    // E_WC = 5 x .2/30 = 1/30
    double[] e = {7.0 / 30, 0, 7.0 / 30, 1.0 / 30};
    assertVector(r.target(), t);
    assertVector(r.emphasis(), e);
    // needs-alignment: 7/30 + 0 + .15 + 1/30
    double na = 7.0 / 30 + 0.15 + 1.0 / 30;
    // vocational-focus: (7/30) / max(.7, .4)
    double vf = (7.0 / 30) / 0.7;
    // contextualisation: both fitting items GENERIC -> 0
    double cx = 0;
    // industry-contact: the only industry item does not fit -> H_ind = 0 (R = 15 + 5 x 10 = 65)
    double ic = 0;
    // driver-response: one driver, u = .5; cov = min(7/30,.5) + min(0,.5) = 7/30
    double dr = 7.0 / 30;
    // collaboration: peer observation (TEAM, GENERIC) 5 h x .25 / 30; / .35
    double co = (5 * 0.25 / 30) / 0.35;
    // facilitation: time 5/30 (w 1); cover 15/15 = 1 (w 1, the mismatched training counts);
    // cost 0/15 (w 2, COST); leader NONE 0 (w 2, NO_EMPLOYER_SUPPORT)
    double fa = (5.0 / 30 + 1 + 2 * 0 + 2 * 0) / 6;
    // coverage: all four needed (.15 reaches .15); covered VOC 7/30 >= .175, PED 7/30 >= .075;
    // not IND 0, WC 1/30 < .075 -> 2/4
    double cv = 0.5;
    // knowledge-integration: trade-reading names 1 category (assessed), none names 2 -> 0
    double ki = 0;
    // sustained-learning: peer observation spans 4 weeks: 5/30
    double sl = 5.0 / 30;
    assertValues(r, na, vf, cx, ic, dr, co, fa, cv, ki, sl);
    double score = 100 * (0.20 * na + 0.15 * vf + 0.15 * cx + 0.15 * ic + 0.09 * dr + 0.06 * co
        + 0.12 * fa + 0.04 * cv + 0.02 * ki + 0.02 * sl);
    assertThat(r.score()).isCloseTo(score, within(EPS));
    assertThat(r.score()).isCloseTo(20.8143, within(1e-4));
    assertThat(r.band()).isEqualTo(Band.GENERIC);
  }

  private static void assertVector(Map<CompetenceArea, Double> actual, double[] expected) {
    for (CompetenceArea a : CompetenceArea.values()) {
      assertThat(actual.get(a)).as(a.name()).isCloseTo(expected[a.ordinal()], within(EPS));
    }
  }

  private static void assertValues(TailoringReport r, double... expected) {
    for (int k = 0; k < expected.length; k++) {
      CriterionResult c = r.criteria().get(k);
      assertThat(c.id()).isEqualTo(Rubric.CRITERIA.get(k));
      if (Double.isNaN(expected[k])) {
        assertThat(c.assessed()).as(c.id()).isFalse();
        assertThat(c.value()).as(c.id()).isEmpty();
      } else {
        assertThat(c.value().getAsDouble()).as(c.id()).isCloseTo(expected[k], within(EPS));
      }
    }
    double sum = 0;
    for (CriterionResult c : r.criteria()) {
      sum += c.contribution();
    }
    assertThat(sum).isCloseTo(r.score(), within(EPS));
  }
}
