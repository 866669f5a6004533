package org.vetcpd.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vetcpd.core.ActivityType.COURSE;
import static org.vetcpd.core.ActivityType.INDUSTRY_MEETING;
import static org.vetcpd.core.ActivityType.OTHER;
import static org.vetcpd.core.ActivityType.SCHOOL_DEVELOPMENT_PROJECT;
import static org.vetcpd.core.ActivityType.SELF_DIRECTED_STUDY;
import static org.vetcpd.core.ActivityType.TEACHER_PLACEMENT;
import static org.vetcpd.core.Contextualisation.ADAPTED;
import static org.vetcpd.core.Contextualisation.GENERIC;
import static org.vetcpd.core.Contextualisation.PROGRAMME_SPECIFIC;
import static org.vetcpd.core.NeedLevel.HIGH;
import static org.vetcpd.core.NeedLevel.NONE;
import static org.vetcpd.rules.Scenario.value;

import com.google.common.collect.ImmutableMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.Barrier;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Driver;
import org.vetcpd.core.DriverKind;
import org.vetcpd.core.DriverScope;
import org.vetcpd.core.KnowledgeCategory;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.PlanItem;

/** Example tests per criterion: the formula on small plans, and every not-assessed case. */
class CriteriaTest {
  private static final double EPS = 1e-9;

  private static CompetenceArea[] areas() {
    return CompetenceArea.values();
  }

  @Nested
  class EmptyPlan {
    @Test
    void scoresZeroGenericWithEveryCriterionNotAssessed() {
      TailoringReport r = Scenario.create().activity("a", OTHER, GENERIC).score();
      assertThat(r.score()).isZero();
      assertThat(r.band()).isEqualTo(Band.GENERIC);
      assertThat(r.criteria()).hasSize(10).allSatisfy(c -> {
        assertThat(c.assessed()).isFalse();
        assertThat(c.notAssessedReason()).hasValue("the plan has no items");
        assertThat(c.contribution()).isZero();
      });
      // An empty plan's one recommendation starts it with its best fitting activity.
      assertThat(r.recommendations()).extracting(Recommendation::action)
          .containsExactly(Recommendation.START_PLAN);
    }
  }

  @Nested
  class NeedsAlignment {
    @Test
    void aPlanOfOnlyMismatchedItemsIsScoredAndGetsZero() {
      TailoringReport r = Scenario.create()
          .activity("cnc", COURSE, PROGRAMME_SPECIFIC, "TP").item("cnc", 12).score();
      assertThat(value(r, "needs-alignment")).isZero();
      assertThat(r.emphasis().values()).containsOnly(0.0);
      assertThat(r.criterion("facilitation").assessed()).isTrue();
      assertThat(r.criterion("needs-alignment").finding()).hasValueSatisfying(
          f -> assertThat(f).contains("\"cnc\" (cnc) 12 h"));
    }

    @Test
    void equalsOneMinusHalfTheL1DistanceWhenEveryItemFits() {
      TailoringReport r = Scenario.create()
          .needs(Fixtures.needs(HIGH, NONE, HIGH, NONE))
          .activity("meet", INDUSTRY_MEETING, PROGRAMME_SPECIFIC, "RM")
          .activity("afl", SCHOOL_DEVELOPMENT_PROJECT, GENERIC)
          .item("meet", 10).item("afl", 30).score();
      double l1 = 0;
      for (CompetenceArea a : areas()) {
        l1 += Math.abs(r.emphasis().get(a) - r.target().get(a));
      }
      assertThat(value(r, "needs-alignment")).isCloseTo(1 - l1 / 2, within(EPS));
    }
  }

  @Nested
  class VocationalFocus {
    @Test
    void usesTheFloorWhenTheTargetAsksLessThanIt() {
      // need only PEDAGOGICAL, no drivers: t_VOC + t_IND = 0 < 0.40
      // E_VOC + E_IND = 0.7 x 10/35 = 0.2 -> 0.2 / 0.4
      TailoringReport r = Scenario.create()
          .needs(Fixtures.needs(NONE, NONE, HIGH, NONE))
          .activity("study", SELF_DIRECTED_STUDY, GENERIC)
          .activity("afl", SCHOOL_DEVELOPMENT_PROJECT, GENERIC)
          .item("study", 10).item("afl", 25).score();
      assertThat(value(r, "vocational-focus")).isCloseTo(0.5, within(EPS));
    }
  }

  @Nested
  class Contextualisation {
    @Test
    void adaptedHoursCountPointSixAndMismatchedHoursNothing() {
      TailoringReport r = Scenario.create()
          .activity("afl-kitchen", SCHOOL_DEVELOPMENT_PROJECT, ADAPTED)
          .activity("cnc", COURSE, PROGRAMME_SPECIFIC, "TP")
          .item("afl-kitchen", 10).item("cnc", 10).score();
      assertThat(value(r, "contextualisation")).isCloseTo(0.3, within(EPS));
    }
  }

  @Nested
  class IndustryContact {
    @Test
    void unknownYearsCountAsFive() {
      // R = 15 + 5 x 5 = 40
      TailoringReport r = Scenario.create()
          .activity("meet", INDUSTRY_MEETING, PROGRAMME_SPECIFIC, "RM").item("meet", 10).score();
      assertThat(value(r, "industry-contact")).isCloseTo(0.25, within(EPS));
    }

    @Test
    void yearsAreCappedAtTen() {
      // R = 15 + 5 x min(30, 10) = 65
      TailoringReport r = Scenario.create().teacher(t -> t.yearsSinceIndustryContact(30))
          .activity("meet", INDUSTRY_MEETING, PROGRAMME_SPECIFIC, "RM").item("meet", 13).score();
      assertThat(value(r, "industry-contact")).isCloseTo(0.2, within(EPS));
    }

    @Test
    void aGivenFlagOverridesTheTypeAndMismatchedContactDoesNotCount() {
      TailoringReport r = Scenario.create().teacher(t -> t.yearsSinceIndustryContact(0))
          .activity(Fixtures.activity("desk-placement", TEACHER_PLACEMENT, GENERIC)
              .industryContact(false).build())
          .activity("cnc-meeting", INDUSTRY_MEETING, PROGRAMME_SPECIFIC, "TP")
          .activity("meet", INDUSTRY_MEETING, GENERIC)
          .item("desk-placement", 20).item("cnc-meeting", 20).item("meet", 30).score();
      // R = 15; only "meet" counts: 30 / 15 -> capped at 1
      assertThat(value(r, "industry-contact")).isEqualTo(1.0);
      assertThat(r.criterion("industry-contact").evidence()).contains("30 h with industry");
    }
  }

  @Nested
  class DriverResponse {
    private Scenario base() {
      return Scenario.create().activity("meet", INDUSTRY_MEETING, PROGRAMME_SPECIFIC, "RM")
          .item("meet", 10);
    }

    @Test
    void notAssessedWhenThePlanListsNoDrivers() {
      TailoringReport r = base().driver("industry", DriverKind.INDUSTRY_DEMAND, 1)
          .listDrivers().score();
      assertThat(r.criterion("driver-response").notAssessedReason()).hasValueSatisfying(
          s -> assertThat(s).contains("drivers: []"));
      // d = n: the target is the need
      assertThat(r.target().get(CompetenceArea.VOCATIONAL)).isCloseTo(0.25, within(EPS));
    }

    @Test
    void notAssessedWhenNoDriverConcernsTheProgramme() {
      TailoringReport r = base().driver("cnc", DriverKind.TECHNOLOGY_CHANGE, 1, "TP").score();
      assertThat(r.criterion("driver-response").notAssessedReason()).hasValueSatisfying(
          s -> assertThat(s).contains("no driver applies"));
    }

    @Test
    void aListedDriverForAnotherProgrammeDoesNotApply() {
      TailoringReport r = base().driver("cnc", DriverKind.TECHNOLOGY_CHANGE, 1, "TP")
          .listDrivers("cnc").score();
      assertThat(r.criterion("driver-response").assessed()).isFalse();
    }

    @Test
    void notAssessedWhenEveryWeightIsZeroAndThenThePullIsTheNeed() {
      TailoringReport r = base().driver("targets", DriverKind.GOVERNANCE_TARGETS, 0)
          .needs(Fixtures.needs(HIGH, NONE, NONE, NONE)).score();
      assertThat(r.criterion("driver-response").notAssessedReason()).hasValueSatisfying(
          s -> assertThat(s).contains("weight 0"));
      assertThat(r.target().get(CompetenceArea.VOCATIONAL)).isCloseTo(1.0, within(EPS));
    }

    @Test
    void aGeneralDriverWeighsHalf() {
      // meet: E = (.4, .6, 0, 0). targets (GENERAL .6 -> u .3) covers 0;
      // industry (VOCATION_SPECIFIC .3 -> u .3) covers min(.4,.5) + min(.6,.5) = .9
      TailoringReport r = base().driver("targets", DriverKind.GOVERNANCE_TARGETS, 0.6)
          .driver("industry", DriverKind.INDUSTRY_DEMAND, 0.3).score();
      assertThat(value(r, "driver-response")).isCloseTo((0.3 * 0 + 0.3 * 0.9) / 0.6,
          within(EPS));
    }

    @Test
    void aGivenScopeOverridesTheKind() {
      TailoringReport r = base().driver(Driver.builder().id("targets")
              .kind(DriverKind.GOVERNANCE_TARGETS).scope(DriverScope.VOCATION_SPECIFIC)
              .strength(0.5).build())
          .driver("industry", DriverKind.INDUSTRY_DEMAND, 0.5).score();
      assertThat(value(r, "driver-response")).isCloseTo(0.45, within(EPS));
    }
  }

  @Nested
  class Collaboration {
    @Test
    void genericWholeSchoolHoursCountAQuarterAndGenericIndustryMeetingsFully() {
      // afl 20 h x .25 = 5; generic industry meeting 10 h x 1 (industry contact);
      // c = 15/40 = .375 >= .35 -> 1
      TailoringReport r = Scenario.create()
          .activity("afl", SCHOOL_DEVELOPMENT_PROJECT, GENERIC)
          .activity("meet", INDUSTRY_MEETING, GENERIC)
          .activity("study", SELF_DIRECTED_STUDY, PROGRAMME_SPECIFIC)
          .item("afl", 20).item("meet", 10).item("study", 10).score();
      assertThat(value(r, "collaboration")).isEqualTo(1.0);
      TailoringReport small = Scenario.create()
          .activity("afl", SCHOOL_DEVELOPMENT_PROJECT, GENERIC)
          .activity("study", SELF_DIRECTED_STUDY, PROGRAMME_SPECIFIC)
          .item("afl", 20).item("study", 20).score();
      assertThat(value(small, "collaboration")).isCloseTo((5.0 / 40) / 0.35, within(EPS));
    }
  }

  @Nested
  class Facilitation {
    @Test
    void coverAndCostCountMismatchedItemsAndIgnoreFlagsWhereNothingIsNeeded() {
      TailoringReport r = Scenario.create()
          .activity(Fixtures.activity("cnc", COURSE, PROGRAMME_SPECIFIC, "TP").costPerHour(10)
              .build())
          .activity("afl", SCHOOL_DEVELOPMENT_PROJECT, GENERIC)
          .item(PlanItem.builder().activity("cnc").hours(10).build())
          .item(PlanItem.builder().activity("afl").hours(30).timeAllocated(true)
              .substituteFunded(true).costFunded(true).build())
          .leader(LeaderInvolvement.DELEGATED).score();
      // time 30/40; cover 0/10 (afl's flag ignored); cost 0/10; leader .5
      assertThat(value(r, "facilitation")).isCloseTo((0.75 + 0 + 0 + 0.5) / 4, within(EPS));
    }

    @Test
    void componentsTiedToDeclaredBarriersWeighDouble() {
      TailoringReport r = Scenario.create()
          .teacher(t -> t.addBarriers(Barrier.SCHEDULE_CONFLICT, Barrier.FAMILY_RESPONSIBILITIES))
          .activity("afl", SCHOOL_DEVELOPMENT_PROJECT, GENERIC)
          .item("afl", 10).leader(LeaderInvolvement.ACTIVE).score();
      // time 0 (weight 2), cover 1, cost 1, leader 1 -> 3/5
      assertThat(value(r, "facilitation")).isCloseTo(0.6, within(EPS));
      assertThat(r.criterion("facilitation").evidence()).contains("SCHEDULE_CONFLICT");
    }
  }

  @Nested
  class Coverage {
    /** Uniform need and one driver pulling only VOC and IND: t_PED = t_WC = .6 x .25 = .15. */
    private Scenario uniformWithIndustryDriver() {
      return Scenario.create()
          .driver("industry", DriverKind.INDUSTRY_DEMAND, 1)
          .activity(Fixtures.activity("mix", OTHER, GENERIC)
              .areas(ImmutableMap.of(CompetenceArea.VOCATIONAL, 0.35,
                  CompetenceArea.INDUSTRY_COOPERATION, 0.35,
                  CompetenceArea.PEDAGOGICAL, 0.075,
                  CompetenceArea.WORKING_COMMUNITY, 0.22)).build())
          .item("mix", 10);
    }

    @Test
    void anAreaWhoseTargetIsExactlyTheNeededShareIsNeededAndHalfItsTargetCovers() {
      TailoringReport r = uniformWithIndustryDriver().score();
      assertThat(r.target().get(CompetenceArea.PEDAGOGICAL)).isCloseTo(0.15, within(1e-15));
      assertThat(r.criterion("coverage").evidence()).contains("pedagogical needed");
      // E_PED = .075/.995 > .075 = .5 x .15: every needed area is covered
      assertThat(value(r, "coverage")).isEqualTo(1.0);
    }

    @Test
    void aTargetWithinOneBillionthBelowTheNeededShareStillCounts() {
      Rubric slightlyAbove = Rubric.standard().withNeededShare(0.15 + 0.9e-9);
      assertThat(uniformWithIndustryDriver().score(slightlyAbove).criterion("coverage")
          .evidence()).contains("pedagogical needed");
      Rubric clearlyAbove = Rubric.standard().withNeededShare(0.15 + 2e-9);
      assertThat(uniformWithIndustryDriver().score(clearlyAbove).criterion("coverage")
          .evidence()).doesNotContain("pedagogical needed");
    }

    @Test
    void anUncoveredNeededAreaIsAFinding() {
      TailoringReport r = Scenario.create()
          .activity("afl", SCHOOL_DEVELOPMENT_PROJECT, GENERIC).item("afl", 10).score();
      // uniform need, no drivers: every area needed at .25; VOC and IND have 0
      assertThat(value(r, "coverage")).isEqualTo(0.5);
      assertThat(r.criterion("coverage").finding()).hasValueSatisfying(
          f -> assertThat(f).contains("vocational").contains("industry cooperation"));
    }
  }

  @Nested
  class KnowledgeIntegration {
    @Test
    void notAssessedWhenNoActivityNamesACategory() {
      TailoringReport r = Scenario.create()
          .activity("afl", SCHOOL_DEVELOPMENT_PROJECT, GENERIC).item("afl", 10).score();
      assertThat(r.criterion("knowledge-integration").notAssessedReason()).isPresent();
    }

    @Test
    void aMismatchedItemsCategoriesMakeItAssessedButDoNotCount() {
      TailoringReport r = Scenario.create()
          .activity(Fixtures.activity("cnc", COURSE, PROGRAMME_SPECIFIC, "TP")
              .addKnowledge(KnowledgeCategory.WORKPLACE_PRACTICE, KnowledgeCategory.SUBJECT_THEORY)
              .build())
          .activity("afl", SCHOOL_DEVELOPMENT_PROJECT, GENERIC)
          .item("cnc", 10).item("afl", 10).score();
      assertThat(value(r, "knowledge-integration")).isZero();
    }
  }

  @Nested
  class SustainedLearning {
    @Test
    void fourWeeksIsSustainedAndThreeIsNot() {
      TailoringReport r = Scenario.create()
          .activity(Fixtures.activity("four", OTHER, GENERIC).spanWeeks(4).build())
          .activity(Fixtures.activity("three", OTHER, GENERIC).spanWeeks(3).build())
          .item("four", 10).item("three", 30).score();
      assertThat(value(r, "sustained-learning")).isCloseTo(0.25, within(EPS));
    }
  }
}
