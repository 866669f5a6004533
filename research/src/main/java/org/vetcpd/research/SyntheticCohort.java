package org.vetcpd.research;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.vetcpd.core.ActivityType;
import org.vetcpd.core.Barrier;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Department;
import org.vetcpd.core.Driver;
import org.vetcpd.core.DriverKind;
import org.vetcpd.core.KnowledgeCategory;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.LeaderRole;
import org.vetcpd.core.NeedLevel;
import org.vetcpd.core.PlanItem;
import org.vetcpd.core.Programme;
import org.vetcpd.core.School;
import org.vetcpd.core.Teacher;

/**
 * Makes reproducible synthetic cohorts: data sets of any size, with the ten Norwegian VET
 * programmes, schools with departments, one teacher and one plan per teacher, a catalogue of
 * generic, adapted and programme-specific activities, and general and vocation-specific drivers.
 *
 * <p>The same arguments always give an equal data set. The cohorts are not research data: they
 * are for testing methods (does an aggregate equal a direct computation?) and for benchmarks. Their
 * mix follows seed 000's picture: most hours go to generic whole-school projects, some teachers
 * take industry contact on their own initiative, few plans have funded cover.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticCohort {
  private static final String[][] PROGRAMMES = {
    {"BA", "Building and Construction"},
    {"EL", "Electrical Engineering and Computer Technology"},
    {"HS", "Health and Childhood and Youth Development"},
    {"IM", "Information Technology and Media Production"},
    {"HD", "Crafts, Design and Product Development"},
    {"RM", "Restaurant and Food Processing"},
    {"SR", "Sales, Service and Tourism"},
    {"NA", "Agriculture, Fishing and Forestry"},
    {"TP", "Technology and Industrial Production"},
    {"FD", "Hairdressing, Floral, Interior and Window Dressing"},
  };
  private static final int SCHOOLS = 8;

  private SyntheticCohort() {}

  /**
   * Makes a cohort of {@code plans} teachers and plans, each plan with 1 to 16 items.
   *
   * @param plans the number of plans, at least 0
   * @param seed the random seed
   * @return the data set
   */
  public static Dataset generate(int plans, long seed) {
    return generate(plans, -1, seed);
  }

  /**
   * Makes a cohort of {@code plans} teachers and plans, each plan with exactly {@code
   * itemsPerPlan} items (or 1 to 16 when negative).
   *
   * @param plans the number of plans, at least 0
   * @param itemsPerPlan the items of each plan; negative for a random number from 1 to 16
   * @param seed the random seed
   * @return the data set
   */
  public static Dataset generate(int plans, int itemsPerPlan, long seed) {
    checkArgument(plans >= 0, "plans must be >= 0, was %s", plans);
    SplittableRandom random = new SplittableRandom(seed);
    Dataset.Builder b = Dataset.builder();
    List<String> codes = new ArrayList<>();
    for (String[] p : PROGRAMMES) {
      b.addProgrammes(Programme.of(p[0], p[1]));
      codes.add(p[0]);
    }
    for (int s = 0; s < SCHOOLS; s++) {
      School.Builder school = School.builder()
          .id("s" + s).name("School " + s).region("Region " + (s % 3));
      for (int d = 0; d < 3; d++) {
        String code = codes.get((s * 3 + d) % codes.size());
        school.addDepartments(Department.builder()
            .id("d" + d).name(code + " department").addProgrammes(code).build());
      }
      b.addSchools(school.build());
    }
    List<CpdActivity> activities = activities(codes);
    b.addAllActivities(activities);
    b.addAllDrivers(drivers(codes));
    for (int i = 0; i < plans; i++) {
      int s = random.nextInt(SCHOOLS);
      int d = random.nextInt(3);
      String programme = codes.get((s * 3 + d) % codes.size());
      String teacherId = "t" + i;
      b.addTeachers(teacher(random, teacherId, programme, s, d));
      int items = itemsPerPlan >= 0 ? itemsPerPlan : 1 + random.nextInt(16);
      b.addPlans(plan(random, "p" + i, teacherId, programme, items, activities));
    }
    return b.build();
  }

  private static Teacher teacher(
      SplittableRandom random, String id, String programme, int school, int department) {
    Map<CompetenceArea, NeedLevel> needs = new EnumMap<>(CompetenceArea.class);
    NeedLevel[] levels = NeedLevel.values();
    for (CompetenceArea area : CompetenceArea.values()) {
      NeedLevel level = levels[random.nextInt(levels.length)];
      if (level != NeedLevel.NONE) {
        needs.put(area, level);
      }
    }
    Teacher.Builder t = Teacher.builder()
        .id(id)
        .programme(programme)
        .school("s" + school)
        .department("d" + department)
        .yearsInIndustry(round1(random.nextDouble() * 20))
        .yearsTeaching(round1(random.nextDouble() * 30))
        .needs(needs);
    if (random.nextInt(5) > 0) {
      t.yearsSinceIndustryContact(round1(random.nextDouble() * 15));
    }
    Barrier[] barriers = Barrier.values();
    int n = random.nextInt(3);
    for (int i = 0; i < n; i++) {
      t.addBarriers(barriers[random.nextInt(barriers.length)]);
    }
    return t.build();
  }

  private static CpdPlan plan(SplittableRandom random, String id, String teacher,
      String programme, int items, List<CpdActivity> activities) {
    CpdPlan.Builder p = CpdPlan.builder()
        .id(id)
        .teacher(teacher)
        .period("2026/27")
        .leaderInvolvement(LeaderInvolvement.values()[random.nextInt(3)]);
    if (random.nextInt(3) == 0) {
      p.facilitator(LeaderRole.values()[random.nextInt(LeaderRole.values().length)]);
    }
    for (int i = 0; i < items; i++) {
      CpdActivity a = pick(random, activities, programme);
      p.addItems(PlanItem.builder()
          .activity(a.id())
          .hours(1 + random.nextInt(40) / 2.0)
          .timeAllocated(random.nextInt(3) == 0)
          .substituteFunded(a.needsSubstituteCover() && random.nextInt(4) == 0)
          .costFunded(a.costPerHour() > 0 && random.nextInt(2) == 0)
          .build());
    }
    return p.build();
  }

  /** Most picks are generic; a quarter fit the teacher's programme; a few are mismatches. */
  private static CpdActivity pick(
      SplittableRandom random, List<CpdActivity> activities, String programme) {
    int r = random.nextInt(20);
    if (r < 5) {
      for (int tries = 0; tries < 8; tries++) {
        CpdActivity a = activities.get(random.nextInt(activities.size()));
        if (a.programmes().contains(programme)) {
          return a;
        }
      }
    }
    if (r == 19) {
      return activities.get(random.nextInt(activities.size())); // may not fit: a mismatch
    }
    List<CpdActivity> generic = activities.subList(0, GENERIC_ACTIVITIES);
    return generic.get(random.nextInt(generic.size()));
  }

  private static final int GENERIC_ACTIVITIES = 6;

  private static List<CpdActivity> activities(List<String> codes) {
    List<CpdActivity> out = new ArrayList<>();
    out.add(activity("afl", "Assessment for Learning", ActivityType.SCHOOL_DEVELOPMENT_PROJECT,
        Contextualisation.GENERIC, null, 20, 0, KnowledgeCategory.PEDAGOGICAL_CONTENT));
    out.add(activity("pw", "Pedagogical Walk", ActivityType.SCHOOL_DEVELOPMENT_PROJECT,
        Contextualisation.GENERIC, null, 10, 0, KnowledgeCategory.GENERIC_TRANSFERABLE));
    out.add(activity("icf", "Identifying, Charting and Following Up", 
        ActivityType.SCHOOL_DEVELOPMENT_PROJECT, Contextualisation.GENERIC, null, 20, 0,
        KnowledgeCategory.WIDER_ORGANISATION, KnowledgeCategory.GENERIC_TRANSFERABLE));
    out.add(activity("county", "County course", ActivityType.GENERAL_NETWORK,
        Contextualisation.GENERIC, null, 1, 0, KnowledgeCategory.GENERIC_TRANSFERABLE));
    out.add(activity("dept", "Department meeting", ActivityType.DEPARTMENT_MEETING,
        Contextualisation.ADAPTED, null, 30, 0));
    out.add(activity("peer", "Peer observation", ActivityType.PEER_OBSERVATION,
        Contextualisation.GENERIC, null, 6, 0, KnowledgeCategory.PEDAGOGICAL_CONTENT));
    for (String code : codes) {
      String c = code.toLowerCase(java.util.Locale.ROOT);
      out.add(activity(c + "-follow", "Student placement follow-up (" + code + ")",
          ActivityType.STUDENT_PLACEMENT_FOLLOW_UP, Contextualisation.PROGRAMME_SPECIFIC, code, 12,
          0, KnowledgeCategory.WORKPLACE_PRACTICE, KnowledgeCategory.PEDAGOGICAL_CONTENT));
      out.add(activity(c + "-placement", "Teacher placement (" + code + ")",
          ActivityType.TEACHER_PLACEMENT, Contextualisation.PROGRAMME_SPECIFIC, code, 2, 40,
          KnowledgeCategory.WORKPLACE_PRACTICE));
      out.add(activity(c + "-afl", "Assessment for Learning in " + code,
          ActivityType.SCHOOL_DEVELOPMENT_PROJECT, Contextualisation.ADAPTED, code, 20, 0,
          KnowledgeCategory.PEDAGOGICAL_CONTENT, KnowledgeCategory.CURRICULAR));
      out.add(activity(c + "-network", "Subject network (" + code + ")",
          ActivityType.SUBJECT_NETWORK, Contextualisation.PROGRAMME_SPECIFIC, code, 30, 0,
          KnowledgeCategory.SUBJECT_THEORY, KnowledgeCategory.PEDAGOGICAL_CONTENT));
    }
    return ImmutableList.copyOf(out);
  }

  private static CpdActivity activity(String id, String title, ActivityType type,
      Contextualisation ctx, String programme, int spanWeeks, double costPerHour,
      KnowledgeCategory... knowledge) {
    CpdActivity.Builder a = CpdActivity.builder()
        .id(id)
        .title(title)
        .type(type)
        .contextualisation(ctx)
        .spanWeeks(spanWeeks)
        .costPerHour(costPerHour)
        .addKnowledge(knowledge);
    if (programme != null) {
      a.addProgrammes(programme);
    }
    return a.build();
  }

  private static List<Driver> drivers(List<String> codes) {
    List<Driver> out = new ArrayList<>();
    out.add(Driver.builder().id("governance").kind(DriverKind.GOVERNANCE_TARGETS)
        .strength(0.8).build());
    out.add(Driver.builder().id("competition").kind(DriverKind.MARKET_COMPETITION)
        .strength(0.5).build());
    out.add(Driver.builder().id("reform").kind(DriverKind.POLICY_REFORM).strength(0.3).build());
    for (int i = 0; i < codes.size(); i += 2) {
      out.add(Driver.builder().id("demand-" + codes.get(i)).kind(DriverKind.INDUSTRY_DEMAND)
          .strength(0.6).addProgrammes(codes.get(i)).build());
    }
    out.add(Driver.builder().id("technology").kind(DriverKind.TECHNOLOGY_CHANGE).strength(0.4)
        .addProgrammes("EL", "TP", "IM").build());
    return out;
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
