package org.vetcpd.rules;

import static org.vetcpd.core.ActivityType.COURSE;
import static org.vetcpd.core.ActivityType.GENERAL_NETWORK;
import static org.vetcpd.core.ActivityType.INDUSTRY_MEETING;
import static org.vetcpd.core.ActivityType.SCHOOL_DEVELOPMENT_PROJECT;
import static org.vetcpd.core.ActivityType.STUDENT_PLACEMENT_FOLLOW_UP;
import static org.vetcpd.core.ActivityType.TEACHER_PLACEMENT;
import static org.vetcpd.core.Contextualisation.ADAPTED;
import static org.vetcpd.core.Contextualisation.GENERIC;
import static org.vetcpd.core.Contextualisation.PROGRAMME_SPECIFIC;
import static org.vetcpd.core.KnowledgeCategory.CURRICULAR;
import static org.vetcpd.core.KnowledgeCategory.PEDAGOGICAL_CONTENT;
import static org.vetcpd.core.KnowledgeCategory.SUBJECT_THEORY;
import static org.vetcpd.core.KnowledgeCategory.WIDER_ORGANISATION;
import static org.vetcpd.core.KnowledgeCategory.WORKPLACE_PRACTICE;
import static org.vetcpd.core.NeedLevel.HIGH;
import static org.vetcpd.core.NeedLevel.LOW;
import static org.vetcpd.core.NeedLevel.MODERATE;
import static org.vetcpd.rules.Fixtures.activity;
import static org.vetcpd.rules.Fixtures.itemBuilder;
import static org.vetcpd.rules.Fixtures.needs;

import org.vetcpd.core.Barrier;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Driver;
import org.vetcpd.core.DriverKind;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.Teacher;

/**
 * The cases of seed 000 (Ballangrud and Nilsen): a Restaurant and Food Processing teacher in a
 * school whose CPD is pulled by governance targets and market competition toward whole-school
 * projects, and by the industry toward the trade.
 */
final class Seed000 {
  static final Dataset DATASET = Dataset.builder()
      .addProgrammes(Fixtures.RM, Fixtures.TP)
      .addTeachers(Teacher.builder().id("rm-teacher").programme("RM")
          .yearsSinceIndustryContact(6).needs(needs(HIGH, MODERATE, LOW, LOW))
          .addBarriers(Barrier.NO_SUBSTITUTE_COVER).build())
      .addDrivers(
          Driver.builder().id("targets").kind(DriverKind.GOVERNANCE_TARGETS).strength(0.9)
              .description("completion and throughput targets").build(),
          Driver.builder().id("market").kind(DriverKind.MARKET_COMPETITION).strength(0.6)
              .build(),
          Driver.builder().id("industry").kind(DriverKind.INDUSTRY_DEMAND).strength(0.7)
              .addProgrammes("RM").build())
      .addActivities(
          activity("afl", SCHOOL_DEVELOPMENT_PROJECT, GENERIC).title("Assessment for Learning")
              .addKnowledge(CURRICULAR).spanWeeks(30).build(),
          activity("pw", SCHOOL_DEVELOPMENT_PROJECT, GENERIC).title("Pedagogical Walk")
              .addKnowledge(CURRICULAR).spanWeeks(20).build(),
          activity("county-network", GENERAL_NETWORK, GENERIC).title("County general network")
              .addKnowledge(PEDAGOGICAL_CONTENT, WIDER_ORGANISATION).build(),
          activity("placement-follow-up", STUDENT_PLACEMENT_FOLLOW_UP, PROGRAMME_SPECIFIC, "RM")
              .title("Student placement follow-up")
              .addKnowledge(WORKPLACE_PRACTICE, PEDAGOGICAL_CONTENT).spanWeeks(10).build(),
          activity("kitchen-managers", INDUSTRY_MEETING, PROGRAMME_SPECIFIC, "RM")
              .title("Meetings with kitchen managers")
              .addKnowledge(WORKPLACE_PRACTICE, CURRICULAR).spanWeeks(20).build(),
          activity("teacher-placement", TEACHER_PLACEMENT, PROGRAMME_SPECIFIC, "RM")
              .title("Teacher placement in a restaurant kitchen")
              .addKnowledge(WORKPLACE_PRACTICE, SUBJECT_THEORY).spanWeeks(2).build(),
          activity("afl-kitchen", SCHOOL_DEVELOPMENT_PROJECT, ADAPTED, "RM")
              .title("AfL adapted to the kitchen")
              .addKnowledge(PEDAGOGICAL_CONTENT, CURRICULAR).spanWeeks(30).build(),
          activity("cnc", COURSE, PROGRAMME_SPECIFIC, "TP").title("CNC machining course")
              .costPerHour(40).build())
      .addPlans(
          CpdPlan.builder().id("template").teacher("rm-teacher")
              .leaderInvolvement(LeaderInvolvement.DELEGATED)
              .addItems(
                  itemBuilder("afl", 30).timeAllocated(true).build(),
                  itemBuilder("pw", 20).timeAllocated(true).build(),
                  itemBuilder("county-network", 15).timeAllocated(true).build())
              .build(),
          CpdPlan.builder().id("self-initiated").teacher("rm-teacher")
              .leaderInvolvement(LeaderInvolvement.NONE)
              .addItems(
                  itemBuilder("placement-follow-up", 30).build(),
                  itemBuilder("kitchen-managers", 10).build())
              .build(),
          CpdPlan.builder().id("tailored").teacher("rm-teacher")
              .leaderInvolvement(LeaderInvolvement.ACTIVE)
              .addItems(
                  itemBuilder("placement-follow-up", 30).timeAllocated(true).build(),
                  itemBuilder("kitchen-managers", 10).timeAllocated(true).build(),
                  itemBuilder("teacher-placement", 30).timeAllocated(true)
                      .substituteFunded(true).build(),
                  itemBuilder("afl-kitchen", 20).timeAllocated(true).build())
              .build(),
          CpdPlan.builder().id("template-with-cnc").teacher("rm-teacher")
              .leaderInvolvement(LeaderInvolvement.DELEGATED)
              .addItems(
                  itemBuilder("afl", 30).timeAllocated(true).build(),
                  itemBuilder("pw", 20).timeAllocated(true).build(),
                  itemBuilder("cnc", 20).timeAllocated(true).build())
              .build())
      .build();

  private Seed000() {}
}
