package org.vetcpd.core.wire;

import static org.vetcpd.core.wire.WireKind.BOOLEAN;
import static org.vetcpd.core.wire.WireKind.ENUM;
import static org.vetcpd.core.wire.WireKind.ENUM_ENUM_MAP;
import static org.vetcpd.core.wire.WireKind.ENUM_NUMBER_MAP;
import static org.vetcpd.core.wire.WireKind.ENUM_SET;
import static org.vetcpd.core.wire.WireKind.INTEGER;
import static org.vetcpd.core.wire.WireKind.NUMBER;
import static org.vetcpd.core.wire.WireKind.OBJECT_LIST;
import static org.vetcpd.core.wire.WireKind.STRING;
import static org.vetcpd.core.wire.WireKind.STRING_SET;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import org.vetcpd.core.ActivityType;
import org.vetcpd.core.Barrier;
import org.vetcpd.core.CareerStyle;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Department;
import org.vetcpd.core.Driver;
import org.vetcpd.core.DriverKind;
import org.vetcpd.core.DriverScope;
import org.vetcpd.core.Formality;
import org.vetcpd.core.Initiator;
import org.vetcpd.core.KnowledgeCategory;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.LeaderRole;
import org.vetcpd.core.NeedLevel;
import org.vetcpd.core.PlanItem;
import org.vetcpd.core.Programme;
import org.vetcpd.core.School;
import org.vetcpd.core.Scope;
import org.vetcpd.core.Teacher;

/**
 * The wire format of a data set, declared once: every object type, its fields in order, their
 * JSON shapes, defaults, ranges and documentation, and how each value is built. The reader, the
 * writers' field order, the CSV columns, the JSON Schema and the field tables of {@code
 * docs/data-format.md} all derive from these declarations.
 *
 * <p>The ranges are stated for the schema and the documentation; the domain types check them
 * (and say so in their messages). This class is immutable and thread-safe.
 */
public final class DatasetWire {
  private DatasetWire() {}

  private static final String REQUIRED = "—";
  private static final String ABSENT = "absent";
  private static final String EMPTY = "`[]`";

  // --- Programme ---------------------------------------------------------------------------

  /** {@code Programme.code}. */
  public static final WireField PROGRAMME_CODE = WireField.of("code", STRING).shared().required()
      .doc("text", REQUIRED, "unique in the data set; what other entities refer to, e.g. `\"RM\"`");
  /** {@code Programme.name}. */
  public static final WireField PROGRAMME_NAME = WireField.of("name", STRING).required()
      .doc("text", REQUIRED, "e.g. `\"Restaurant and Food Processing\"`");
  /** {@code Programme.sector}. */
  public static final WireField PROGRAMME_SECTOR = WireField.of("sector", STRING)
      .doc("text", ABSENT, "the sector of working life the programme serves");
  /** A VET programme. */
  public static final WireType<Programme> PROGRAMME = WireType.of("Programme",
      "A VET programme, such as Norway's Restaurant and Food Processing.",
      v -> Programme.builder()
          .code(v.text(PROGRAMME_CODE))
          .name(v.text(PROGRAMME_NAME))
          .sector(v.optionalText(PROGRAMME_SECTOR))
          .build(),
      PROGRAMME_CODE, PROGRAMME_NAME, PROGRAMME_SECTOR);

  // --- School and Department ---------------------------------------------------------------

  /** {@code Department.id}. */
  public static final WireField DEPARTMENT_ID = WireField.of("id", STRING).shared().required()
      .doc("text", REQUIRED, "unique within its school");
  /** {@code Department.name}. */
  public static final WireField DEPARTMENT_NAME = WireField.of("name", STRING).required()
      .doc("text", REQUIRED, "");
  /** {@code Department.programmes}. */
  public static final WireField DEPARTMENT_PROGRAMMES = WireField.of("programmes", STRING_SET).shared()
      .doc("set of programme codes", EMPTY,
          "the programmes the department teaches; each must be a programme of the data set");
  /** A department of a school. */
  public static final WireType<Department> DEPARTMENT = WireType.of("Department",
      "A department of a school.",
      v -> Department.builder()
          .id(v.text(DEPARTMENT_ID))
          .name(v.text(DEPARTMENT_NAME))
          .programmes(v.<String>set(DEPARTMENT_PROGRAMMES))
          .build(),
      DEPARTMENT_ID, DEPARTMENT_NAME, DEPARTMENT_PROGRAMMES);

  /** {@code School.id}. */
  public static final WireField SCHOOL_ID = WireField.of("id", STRING).shared().required()
      .doc("text", REQUIRED, "unique in the data set");
  /** {@code School.name}. */
  public static final WireField SCHOOL_NAME = WireField.of("name", STRING).required()
      .doc("text", REQUIRED, "");
  /** {@code School.region}. */
  public static final WireField SCHOOL_REGION = WireField.of("region", STRING)
      .doc("text", ABSENT, "county, municipality or country");
  /** {@code School.departments}. */
  public static final WireField SCHOOL_DEPARTMENTS = WireField.of("departments", OBJECT_LIST)
      .element(() -> DEPARTMENT)
      .doc("list of Department", EMPTY,
          "department `id` unique **within the school** (two schools may both have `d-rm`)");
  /** A school and its departments. */
  public static final WireType<School> SCHOOL = WireType.of("School",
      "A school and its departments.",
      v -> School.builder()
          .id(v.text(SCHOOL_ID))
          .name(v.text(SCHOOL_NAME))
          .region(v.optionalText(SCHOOL_REGION))
          .departments(v.<Department>list(SCHOOL_DEPARTMENTS))
          .build(),
      SCHOOL_ID, SCHOOL_NAME, SCHOOL_REGION, SCHOOL_DEPARTMENTS);

  // --- Teacher -----------------------------------------------------------------------------

  /**
   * {@code Teacher.id}. Not a shared field, nor is {@link #PLAN_TEACHER}: a teacher's id appears
   * about twice in a data set (the teacher, a plan), and keeping one copy cost a read more than it
   * saved (the eighteenth pass, docs/performance.md).
   */
  public static final WireField TEACHER_ID = WireField.of("id", STRING).required()
      .doc("text", REQUIRED, "unique in the data set");
  /** {@code Teacher.programme}. */
  public static final WireField TEACHER_PROGRAMME = WireField.of("programme", STRING).shared().required()
      .doc("programme code", REQUIRED,
          "the programme taught; decides which activities *fit* and which drivers apply");
  /** {@code Teacher.school}. */
  public static final WireField TEACHER_SCHOOL = WireField.of("school", STRING).shared()
      .doc("school id", ABSENT, "must be a school of the data set");
  /** {@code Teacher.department}. */
  public static final WireField TEACHER_DEPARTMENT = WireField.of("department", STRING).shared()
      .doc("department id", ABSENT, "must be a department of `school`; needs `school`");
  /** {@code Teacher.yearsInIndustry}. */
  public static final WireField TEACHER_YEARS_IN_INDUSTRY = WireField.of("yearsInIndustry", NUMBER)
      .range(0.0, false, Teacher.MAX_YEARS)
      .doc("number", ABSENT, "≥ 0 and ≤ 80; years in the trade before teaching (decimals allowed)");
  /** {@code Teacher.yearsTeaching}. */
  public static final WireField TEACHER_YEARS_TEACHING = WireField.of("yearsTeaching", NUMBER)
      .range(0.0, false, Teacher.MAX_YEARS)
      .doc("number", ABSENT, "≥ 0 and ≤ 80");
  /** {@code Teacher.yearsSinceIndustryContact}. */
  public static final WireField TEACHER_YEARS_SINCE_CONTACT =
      WireField.of("yearsSinceIndustryContact", NUMBER).range(0.0, false, Teacher.MAX_YEARS)
          .doc("number", ABSENT, "≥ 0 and ≤ 80; years since the last substantive update in the trade"
              + " (seed 004: without it careers drift downward). Scoring treats absent as 5"
              + " (`unknownYears`)");
  /** {@code Teacher.needs}. */
  public static final WireField TEACHER_NEEDS = WireField.of("needs", ENUM_ENUM_MAP)
      .enumOf(CompetenceArea.class).valuesOf(NeedLevel.class)
      .doc("area map → `NeedLevel`", "`{}`", "need in each competence area; an area left out"
          + " counts as `NONE`; all `NONE` (or `{}`) counts as a uniform need");
  /** {@code Teacher.barriers}. */
  public static final WireField TEACHER_BARRIERS = WireField.of("barriers", ENUM_SET)
      .enumOf(Barrier.class)
      .doc("set of `Barrier`", EMPTY, "declared barriers to CPD; four of them double the weight"
          + " of a facilitation component ([rubric](rubric.md#facilitation))");
  /** {@code Teacher.careerStyle}. */
  public static final WireField TEACHER_CAREER_STYLE = WireField.of("careerStyle", ENUM)
      .enumOf(CareerStyle.class)
      .doc("`CareerStyle`", ABSENT,
          "career decision-making style (seed 004); descriptive, not scored");
  /** A VET teacher whose CPD is planned. */
  public static final WireType<Teacher> TEACHER = WireType.of("Teacher",
      "A VET teacher whose CPD is planned; the id may be a pseudonym.",
      DatasetWire::teacher,
      TEACHER_ID, TEACHER_PROGRAMME, TEACHER_SCHOOL, TEACHER_DEPARTMENT, TEACHER_YEARS_IN_INDUSTRY,
      TEACHER_YEARS_TEACHING, TEACHER_YEARS_SINCE_CONTACT, TEACHER_NEEDS, TEACHER_BARRIERS,
      TEACHER_CAREER_STYLE);

  /**
   * Builds a teacher. The needs and barriers, read as Guava's enum-backed immutables, are handed
   * over with {@code withNeeds} and {@code withBarriers}, which keep them as they are; the
   * builder would copy each twice more (into its own builder, then into an enum-backed copy).
   */
  private static Teacher teacher(WireValues v) {
    Teacher t = Teacher.builder()
        .id(v.text(TEACHER_ID))
        .programme(v.text(TEACHER_PROGRAMME))
        .school(v.optionalText(TEACHER_SCHOOL))
        .department(v.optionalText(TEACHER_DEPARTMENT))
        .yearsInIndustry(v.optionalNumber(TEACHER_YEARS_IN_INDUSTRY))
        .yearsTeaching(v.optionalNumber(TEACHER_YEARS_TEACHING))
        .yearsSinceIndustryContact(v.optionalNumber(TEACHER_YEARS_SINCE_CONTACT))
        .careerStyle(v.<CareerStyle>optional(TEACHER_CAREER_STYLE))
        .build();
    ImmutableMap<CompetenceArea, NeedLevel> needs = v.map(TEACHER_NEEDS);
    if (!needs.isEmpty()) {
      t = t.withNeeds(needs);
    }
    ImmutableSet<Barrier> barriers = v.set(TEACHER_BARRIERS);
    if (!barriers.isEmpty()) {
      t = t.withBarriers(barriers);
    }
    return t;
  }

  // --- CpdActivity -------------------------------------------------------------------------

  /** {@code CpdActivity.id}. */
  public static final WireField ACTIVITY_ID = WireField.of("id", STRING).shared().required()
      .doc("text", REQUIRED, "unique in the data set");
  /** {@code CpdActivity.title}. */
  public static final WireField ACTIVITY_TITLE = WireField.of("title", STRING).required()
      .doc("text", REQUIRED, "e.g. `\"Assessment for Learning (AfL)\"`");
  /** {@code CpdActivity.type}. */
  public static final WireField ACTIVITY_TYPE = WireField.of("type", ENUM).required()
      .enumOf(ActivityType.class).doc("`ActivityType`", REQUIRED, "");
  /** {@code CpdActivity.areas}. */
  public static final WireField ACTIVITY_AREAS = WireField.of("areas", ENUM_NUMBER_MAP)
      .enumOf(CompetenceArea.class).range(0.0, false, CompetenceArea.MAX_WEIGHT)
      .doc("area map → number", "type default", "weights ≥ 0 and ≤ 1 000 000, **at least one > 0**;"
          + " normalised to sum 1 before use (`{\"VOCATIONAL\": 3, \"PEDAGOGICAL\": 1}` is"
          + " 0.75 / 0.25). An area left out has weight 0");
  /** {@code CpdActivity.knowledge}. */
  public static final WireField ACTIVITY_KNOWLEDGE = WireField.of("knowledge", ENUM_SET)
      .enumOf(KnowledgeCategory.class)
      .doc("set of `KnowledgeCategory`", EMPTY,
          "the kinds of teacher knowledge developed; two or more count as knowledge integration");
  /** {@code CpdActivity.contextualisation}. */
  public static final WireField ACTIVITY_CONTEXTUALISATION =
      WireField.of("contextualisation", ENUM).required().enumOf(Contextualisation.class)
          .doc("`Contextualisation`", REQUIRED, "how far the activity is fitted to the programme");
  /** {@code CpdActivity.programmes}. */
  public static final WireField ACTIVITY_PROGRAMMES = WireField.of("programmes", STRING_SET).shared()
      .doc("set of programme codes", EMPTY, "the programmes it is designed for; **empty = any"
          + " programme**. An activity *fits* a teacher when this is empty or holds the"
          + " teacher's programme");
  /** {@code CpdActivity.scope}. */
  public static final WireField ACTIVITY_SCOPE = WireField.of("scope", ENUM).enumOf(Scope.class)
      .doc("`Scope`", "type default", "who takes part together");
  /** {@code CpdActivity.initiator}. */
  public static final WireField ACTIVITY_INITIATOR = WireField.of("initiator", ENUM)
      .enumOf(Initiator.class).doc("`Initiator`", ABSENT, "descriptive, not scored");
  /** {@code CpdActivity.formality}. */
  public static final WireField ACTIVITY_FORMALITY = WireField.of("formality", ENUM)
      .enumOf(Formality.class).doc("`Formality`", ABSENT, "descriptive, not scored");
  /** {@code CpdActivity.industryContact}. */
  public static final WireField ACTIVITY_INDUSTRY_CONTACT =
      WireField.of("industryContact", BOOLEAN)
          .doc("boolean", "type default", "whether the activity brings contact with industry");
  /** {@code CpdActivity.requiresSubstitute}. */
  public static final WireField ACTIVITY_REQUIRES_SUBSTITUTE =
      WireField.of("requiresSubstitute", BOOLEAN)
          .doc("boolean", "type default", "whether the teacher's classes need a substitute");
  /** {@code CpdActivity.spanWeeks}. */
  public static final WireField ACTIVITY_SPAN_WEEKS = WireField.of("spanWeeks", INTEGER)
      .range(1.0, false, null)
      .doc("whole number", "`1`",
          "≥ 1; weeks the activity spans (≥ 4 counts as sustained learning)");
  /** {@code CpdActivity.costPerHour}. */
  public static final WireField ACTIVITY_COST_PER_HOUR = WireField.of("costPerHour", NUMBER)
      .range(0.0, false, CpdActivity.MAX_COST_PER_HOUR)
      .doc("number", "`0`", "≥ 0 and ≤ 1 000 000; any currency, used only as \"has a cost\" (> 0)");
  /** {@code CpdActivity.maxHours}. */
  public static final WireField ACTIVITY_MAX_HOURS = WireField.of("maxHours", NUMBER)
      .range(0.0, true, PlanItem.MAX_HOURS)
      .doc("number", ABSENT, "> 0 and ≤ 8 760; the most hours of this activity that make sense"
          + " in one plan (a two-day course is not taken for 60 hours). Recommendations and the"
          + " planner never go above it");
  /** {@code CpdActivity.provider}. */
  public static final WireField ACTIVITY_PROVIDER = WireField.of("provider", STRING)
      .doc("text", ABSENT, "who provides it");
  /** {@code CpdActivity.description}. */
  public static final WireField ACTIVITY_DESCRIPTION = WireField.of("description", STRING)
      .doc("text", ABSENT, "free text; the samples cite the seed here");
  /** A CPD activity on offer. */
  public static final WireType<CpdActivity> ACTIVITY = WireType.of("CpdActivity",
      "A CPD activity on offer.",
      v -> {
        CpdActivity.Builder b = CpdActivity.builder()
            .id(v.text(ACTIVITY_ID))
            .title(v.text(ACTIVITY_TITLE))
            .type(v.<ActivityType>get(ACTIVITY_TYPE))
            .areas(v.<com.google.common.collect.ImmutableMap<CompetenceArea, Double>>optional(
                ACTIVITY_AREAS))
            .knowledge(v.<KnowledgeCategory>set(ACTIVITY_KNOWLEDGE))
            .contextualisation(v.<Contextualisation>get(ACTIVITY_CONTEXTUALISATION))
            .programmes(v.<String>set(ACTIVITY_PROGRAMMES))
            .scope(v.<Scope>optional(ACTIVITY_SCOPE))
            .initiator(v.<Initiator>optional(ACTIVITY_INITIATOR))
            .formality(v.<Formality>optional(ACTIVITY_FORMALITY))
            .industryContact(v.optionalBoolean(ACTIVITY_INDUSTRY_CONTACT))
            .requiresSubstitute(v.optionalBoolean(ACTIVITY_REQUIRES_SUBSTITUTE))
            .maxHours(v.optionalNumber(ACTIVITY_MAX_HOURS))
            .provider(v.optionalText(ACTIVITY_PROVIDER))
            .description(v.optionalText(ACTIVITY_DESCRIPTION));
        v.optionalInteger(ACTIVITY_SPAN_WEEKS).ifPresent(b::spanWeeks);
        v.optionalNumber(ACTIVITY_COST_PER_HOUR).ifPresent(b::costPerHour);
        return b.build();
      },
      ACTIVITY_ID, ACTIVITY_TITLE, ACTIVITY_TYPE, ACTIVITY_AREAS, ACTIVITY_KNOWLEDGE,
      ACTIVITY_CONTEXTUALISATION, ACTIVITY_PROGRAMMES, ACTIVITY_SCOPE, ACTIVITY_INITIATOR,
      ACTIVITY_FORMALITY, ACTIVITY_INDUSTRY_CONTACT, ACTIVITY_REQUIRES_SUBSTITUTE,
      ACTIVITY_SPAN_WEEKS, ACTIVITY_COST_PER_HOUR, ACTIVITY_MAX_HOURS, ACTIVITY_PROVIDER,
      ACTIVITY_DESCRIPTION);

  // --- Driver ------------------------------------------------------------------------------

  /** {@code Driver.id}. */
  public static final WireField DRIVER_ID = WireField.of("id", STRING).shared().required()
      .doc("text", REQUIRED, "unique in the data set");
  /** {@code Driver.kind}. */
  public static final WireField DRIVER_KIND = WireField.of("kind", ENUM).required()
      .enumOf(DriverKind.class).doc("`DriverKind`", REQUIRED, "");
  /** {@code Driver.scope}. */
  public static final WireField DRIVER_SCOPE = WireField.of("scope", ENUM)
      .enumOf(DriverScope.class)
      .doc("`DriverScope`", "kind default", "`GENERAL` drivers count half in `driver-response`");
  /** {@code Driver.strength}. */
  public static final WireField DRIVER_STRENGTH = WireField.of("strength", NUMBER).required()
      .range(0.0, false, 1.0)
      .doc("number", REQUIRED, "in [0, 1]; 0 means present but not pulling");
  /** {@code Driver.pulls}. */
  public static final WireField DRIVER_PULLS = WireField.of("pulls", ENUM_NUMBER_MAP)
      .enumOf(CompetenceArea.class).range(0.0, false, CompetenceArea.MAX_WEIGHT)
      .doc("area map → number", "kind default",
          "weights ≥ 0 and ≤ 1 000 000, at least one > 0; normalised to sum 1");
  /** {@code Driver.programmes}. */
  public static final WireField DRIVER_PROGRAMMES = WireField.of("programmes", STRING_SET).shared()
      .doc("set of programme codes", EMPTY,
          "the programmes the driver concerns; **empty = every programme**");
  /** {@code Driver.description}. */
  public static final WireField DRIVER_DESCRIPTION = WireField.of("description", STRING)
      .doc("text", ABSENT, "");
  /** A force that pulls CPD toward some competence areas. */
  public static final WireType<Driver> DRIVER = WireType.of("Driver",
      "A force, mostly external to the teacher, that pulls CPD toward some competence areas.",
      v -> Driver.builder()
          .id(v.text(DRIVER_ID))
          .kind(v.<DriverKind>get(DRIVER_KIND))
          .scope(v.<DriverScope>optional(DRIVER_SCOPE))
          .strength(v.number(DRIVER_STRENGTH))
          .pulls(v.<com.google.common.collect.ImmutableMap<CompetenceArea, Double>>optional(
              DRIVER_PULLS))
          .programmes(v.<String>set(DRIVER_PROGRAMMES))
          .description(v.optionalText(DRIVER_DESCRIPTION))
          .build(),
      DRIVER_ID, DRIVER_KIND, DRIVER_SCOPE, DRIVER_STRENGTH, DRIVER_PULLS, DRIVER_PROGRAMMES,
      DRIVER_DESCRIPTION);

  // --- CpdPlan and PlanItem ----------------------------------------------------------------

  /** {@code PlanItem.activity}. */
  public static final WireField ITEM_ACTIVITY = WireField.of("activity", STRING).shared().required()
      .doc("activity id", REQUIRED, "must be an activity of the data set");
  /** {@code PlanItem.hours}. */
  public static final WireField ITEM_HOURS = WireField.of("hours", NUMBER).required()
      .range(PlanItem.MIN_HOURS, false, PlanItem.MAX_HOURS)
      .doc("number", REQUIRED, "**≥ 0.001 and ≤ 8 760** (decimals allowed: `37.5`); a plan's"
          + " items add up to at most 8 760");
  /** {@code PlanItem.timeAllocated}. */
  public static final WireField ITEM_TIME_ALLOCATED = WireField.of("timeAllocated", BOOLEAN)
      .doc("boolean", "`false`", "the hours are in the teacher's working time");
  /** {@code PlanItem.substituteFunded}. */
  public static final WireField ITEM_SUBSTITUTE_FUNDED = WireField.of("substituteFunded", BOOLEAN)
      .doc("boolean", "`false`", "a substitute for the teacher's classes is paid for (ignored in"
          + " scoring when the activity needs no substitute)");
  /** {@code PlanItem.costFunded}. */
  public static final WireField ITEM_COST_FUNDED = WireField.of("costFunded", BOOLEAN)
      .doc("boolean", "`false`", "the activity's cost is paid for (ignored in scoring when the"
          + " activity has no cost)");
  /** Hours of one activity in a plan. */
  public static final WireType<PlanItem> ITEM = WireType.of("PlanItem",
      "Hours of one activity in a plan.",
      v -> {
        PlanItem.Builder b = PlanItem.builder()
            .activity(v.text(ITEM_ACTIVITY))
            .hours(v.number(ITEM_HOURS));
        // without an Optional and a bound method per flag: there are many items
        Boolean flag = v.get(ITEM_TIME_ALLOCATED);
        if (flag != null) {
          b.timeAllocated(flag);
        }
        flag = v.get(ITEM_SUBSTITUTE_FUNDED);
        if (flag != null) {
          b.substituteFunded(flag);
        }
        flag = v.get(ITEM_COST_FUNDED);
        if (flag != null) {
          b.costFunded(flag);
        }
        return b.build();
      },
      ITEM_ACTIVITY, ITEM_HOURS, ITEM_TIME_ALLOCATED, ITEM_SUBSTITUTE_FUNDED, ITEM_COST_FUNDED);

  /** {@code CpdPlan.id}. */
  public static final WireField PLAN_ID = WireField.of("id", STRING).required()
      .doc("text", REQUIRED, "unique in the data set");
  /** {@code CpdPlan.teacher}. */
  public static final WireField PLAN_TEACHER = WireField.of("teacher", STRING).required()
      .doc("teacher id", REQUIRED,
          "must be a teacher of the data set (or of the catalogue, for a stream)");
  /** {@code CpdPlan.period}. */
  public static final WireField PLAN_PERIOD = WireField.of("period", STRING).shared()
      .doc("text", ABSENT, "e.g. `\"2026/27\"`");
  /** {@code CpdPlan.items}. */
  public static final WireField PLAN_ITEMS = WireField.of("items", OBJECT_LIST)
      .element(() -> ITEM)
      .doc("list of PlanItem", EMPTY, "an empty plan is valid and scores 0, band `GENERIC`");
  /** {@code CpdPlan.drivers}. */
  public static final WireField PLAN_DRIVERS = WireField.of("drivers", STRING_SET).shared()
      .doc("set of driver ids", ABSENT, "**absent** = every driver that applies to the"
          + " teacher's programme; **`[]`** = the plan considers no driver; a list = only these,"
          + " and only those of them that apply to the teacher's programme");
  /** {@code CpdPlan.leaderInvolvement}. */
  public static final WireField PLAN_LEADER_INVOLVEMENT =
      WireField.of("leaderInvolvement", ENUM).required().enumOf(LeaderInvolvement.class)
          .doc("`LeaderInvolvement`", REQUIRED, "");
  /** {@code CpdPlan.facilitator}. */
  public static final WireField PLAN_FACILITATOR = WireField.of("facilitator", ENUM)
      .enumOf(LeaderRole.class)
      .doc("`LeaderRole`", ABSENT, "the role of the leader who facilitates the plan (e.g."
          + " `VET_MOTIVATOR`); descriptive, not scored");
  /** A teacher's CPD plan for a period; also one line of a JSON Lines plan stream. */
  public static final WireType<CpdPlan> PLAN = WireType.of("CpdPlan",
      "A teacher's CPD plan for a period.",
      v -> CpdPlan.builder()
          .id(v.text(PLAN_ID))
          .teacher(v.text(PLAN_TEACHER))
          .period(v.optionalText(PLAN_PERIOD))
          .items(v.<PlanItem>list(PLAN_ITEMS))
          .drivers(v.<com.google.common.collect.ImmutableSet<String>>optional(PLAN_DRIVERS))
          .leaderInvolvement(v.<LeaderInvolvement>get(PLAN_LEADER_INVOLVEMENT))
          .facilitator(v.<LeaderRole>optional(PLAN_FACILITATOR))
          .build(),
      PLAN_ID, PLAN_TEACHER, PLAN_PERIOD, PLAN_ITEMS, PLAN_DRIVERS, PLAN_LEADER_INVOLVEMENT,
      PLAN_FACILITATOR);

  // --- Dataset -----------------------------------------------------------------------------

  /** {@code Dataset.formatVersion}. */
  public static final WireField FORMAT_VERSION = WireField.of("formatVersion", INTEGER)
      .required().range((double) Dataset.FORMAT_VERSION, false, (double) Dataset.FORMAT_VERSION)
      .doc("whole number", REQUIRED, "must be `1`; any other version is rejected: `unsupported"
          + " format version 2; this version of vetcpd reads formatVersion 1`");
  /** {@code Dataset.programmes}. */
  public static final WireField PROGRAMMES = WireField.of("programmes", OBJECT_LIST)
      .element(() -> PROGRAMME)
      .doc("list of [Programme](#programme)", EMPTY, "`code` unique in the list");
  /** {@code Dataset.schools}. */
  public static final WireField SCHOOLS = WireField.of("schools", OBJECT_LIST)
      .element(() -> SCHOOL)
      .doc("list of [School](#school-and-department)", EMPTY, "`id` unique in the list");
  /** {@code Dataset.teachers}. */
  public static final WireField TEACHERS = WireField.of("teachers", OBJECT_LIST)
      .element(() -> TEACHER)
      .doc("list of [Teacher](#teacher)", EMPTY, "`id` unique in the list");
  /** {@code Dataset.activities}. */
  public static final WireField ACTIVITIES = WireField.of("activities", OBJECT_LIST)
      .element(() -> ACTIVITY)
      .doc("list of [CpdActivity](#cpdactivity)", EMPTY, "`id` unique in the list");
  /** {@code Dataset.drivers}. */
  public static final WireField DRIVERS = WireField.of("drivers", OBJECT_LIST)
      .element(() -> DRIVER)
      .doc("list of [Driver](#driver)", EMPTY, "`id` unique in the list");
  /** {@code Dataset.plans}. */
  public static final WireField PLANS = WireField.of("plans", OBJECT_LIST)
      .element(() -> PLAN)
      .doc("list of [CpdPlan](#cpdplan-and-planitem)", EMPTY, "`id` unique in the list");
  /** The root object of a data set document. */
  public static final WireType<Dataset> DATASET = WireType.of("Dataset",
      "The root object of a vetcpd data set document (formatVersion 1).",
      v -> Dataset.builder()
          .formatVersion(v.integer(FORMAT_VERSION))
          .programmes(v.<Programme>list(PROGRAMMES))
          .schools(v.<School>list(SCHOOLS))
          .teachers(v.<Teacher>list(TEACHERS))
          .activities(v.<CpdActivity>list(ACTIVITIES))
          .drivers(v.<Driver>list(DRIVERS))
          .plans(v.<CpdPlan>list(PLANS))
          .build(),
      FORMAT_VERSION, PROGRAMMES, SCHOOLS, TEACHERS, ACTIVITIES, DRIVERS, PLANS);

  /** Every type of a data set, root first, in the order the documentation lists them. */
  public static final ImmutableList<WireType<?>> TYPES = ImmutableList.of(
      DATASET, PROGRAMME, SCHOOL, DEPARTMENT, TEACHER, ACTIVITY, DRIVER, PLAN, ITEM);
}
