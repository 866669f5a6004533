package org.vetcpd.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.vetcpd.core.ActivityType;
import org.vetcpd.core.Barrier;
import org.vetcpd.core.CareerStyle;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.DatasetReferences;
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
import org.vetcpd.core.Problems;
import org.vetcpd.core.Programme;
import org.vetcpd.core.School;
import org.vetcpd.core.Scope;
import org.vetcpd.core.Teacher;

/** Reads the domain types from JSON trees, field by field, with every problem's path. */
final class DatasetReader {
  private final Problems problems;
  private final JsonOptions options;

  DatasetReader(Problems problems, JsonOptions options) {
    this.problems = problems;
    this.options = options;
  }

  Dataset dataset(JsonNode root) {
    JsonFields f = JsonFields.of(root, "", problems, options, DATASET_FIELDS);
    if (!f.ok() && !root.isObject()) {
      return null;
    }
    Integer version = f.integer("formatVersion");
    if (version != null && version != Dataset.FORMAT_VERSION) {
      problems.add("formatVersion", "unsupported format version " + version
          + "; this version of vetcpd reads formatVersion " + Dataset.FORMAT_VERSION);
      return null;
    }
    List<JsonFields> programmeFields = f.objects("programmes", PROGRAMME_FIELDS);
    List<Programme> programmes = each(programmeFields, this::programme);
    List<JsonFields> schoolFields = f.objects("schools", SCHOOL_FIELDS);
    List<School> schools = each(schoolFields, this::school);
    List<JsonFields> teacherFields = f.objects("teachers", TEACHER);
    List<Teacher> teachers = each(teacherFields, this::teacher);
    List<JsonFields> activityFields = f.objects("activities", ACTIVITY);
    List<CpdActivity> activities = each(activityFields, this::activity);
    List<JsonFields> driverFields = f.objects("drivers", DRIVER);
    List<Driver> drivers = each(driverFields, this::driver);
    List<JsonFields> planFields = f.objects("plans", PLAN);
    List<CpdPlan> plans = each(planFields, this::plan);
    if (!f.ok()) {
      // Some entries failed: still report the others' duplicate ids and dangling references,
      // treating the ids of failed entries as known so that nothing is reported twice.
      Map<String, School> schoolIndex = new HashMap<>();
      for (int i = 0; i < schoolFields.size(); i++) {
        School school = schools.get(i);
        String id = school != null ? school.id() : schoolFields.get(i).peekText("id");
        if (id != null) {
          schoolIndex.putIfAbsent(id, school);
        }
      }
      DatasetReferences.unique(
          problems, "programmes", "code", programmeFields, o -> o.peekText("code"));
      DatasetReferences.unique(problems, "schools", "id", schoolFields, o -> o.peekText("id"));
      DatasetReferences.unique(problems, "teachers", "id", teacherFields, o -> o.peekText("id"));
      DatasetReferences.unique(
          problems, "activities", "id", activityFields, o -> o.peekText("id"));
      DatasetReferences.unique(problems, "drivers", "id", driverFields, o -> o.peekText("id"));
      DatasetReferences.unique(problems, "plans", "id", planFields, o -> o.peekText("id"));
      new DatasetReferences(known(programmeFields, "code"), schoolIndex,
          known(teacherFields, "id"), known(activityFields, "id"), known(driverFields, "id"))
          .check(problems, schools, teachers, activities, drivers, plans);
      return null;
    }
    return f.build(() -> Dataset.builder()
        .formatVersion(version)
        .programmes(programmes)
        .schools(schools)
        .teachers(teachers)
        .activities(activities)
        .drivers(drivers)
        .plans(plans)
        .build());
  }

  static final FieldNames DATASET_FIELDS = FieldNames.of(
      "formatVersion", "programmes", "schools", "teachers", "activities", "drivers", "plans");
  static final FieldNames PROGRAMME_FIELDS = FieldNames.of("code", "name", "sector");
  static final FieldNames SCHOOL_FIELDS = FieldNames.of("id", "name", "region", "departments");
  static final FieldNames DEPARTMENT_FIELDS = FieldNames.of("id", "name", "programmes");
  static final String[] TEACHER_FIELDS = {
    "id", "programme", "school", "department", "yearsInIndustry", "yearsTeaching",
    "yearsSinceIndustryContact", "needs", "barriers", "careerStyle"
  };
  static final String[] ACTIVITY_FIELDS = {
    "id", "title", "type", "areas", "knowledge", "contextualisation", "programmes", "scope",
    "initiator", "formality", "industryContact", "requiresSubstitute", "spanWeeks", "costPerHour", "maxHours",
    "provider", "description"
  };
  static final String[] DRIVER_FIELDS = {
    "id", "kind", "scope", "strength", "pulls", "programmes", "description"
  };
  static final String[] PLAN_FIELDS = {
    "id", "teacher", "period", "items", "drivers", "leaderInvolvement", "facilitator"
  };
  static final String[] ITEM_FIELDS = {
    "activity", "hours", "timeAllocated", "substituteFunded", "costFunded"
  };

  private static final FieldNames TEACHER = FieldNames.of(TEACHER_FIELDS);
  private static final FieldNames ACTIVITY = FieldNames.of(ACTIVITY_FIELDS);
  private static final FieldNames DRIVER = FieldNames.of(DRIVER_FIELDS);
  static final FieldNames PLAN = FieldNames.of(PLAN_FIELDS);
  private static final FieldNames ITEM = FieldNames.of(ITEM_FIELDS);

  Programme programme(JsonFields f) {
    String code = f.text("code");
    String name = f.text("name");
    Optional<String> sector = f.optionalText("sector");
    return f.build(() -> Programme.builder().code(code).name(name).sector(sector).build());
  }

  School school(JsonFields f) {
    String id = f.text("id");
    String name = f.text("name");
    Optional<String> region = f.optionalText("region");
    List<Department> departments =
        each(f.objects("departments", DEPARTMENT_FIELDS), this::department);
    return f.build(() -> School.builder()
        .id(id).name(name).region(region).departments(departments).build());
  }

  Department department(JsonFields f) {
    String id = f.text("id");
    String name = f.text("name");
    var programmes = f.textSet("programmes");
    return f.build(() -> Department.builder().id(id).name(name).programmes(programmes).build());
  }

  Teacher teacher(JsonFields f) {
    String id = f.text("id");
    String programme = f.text("programme");
    Optional<String> school = f.optionalText("school");
    Optional<String> department = f.optionalText("department");
    OptionalDouble yearsInIndustry = f.optionalNumber("yearsInIndustry");
    OptionalDouble yearsTeaching = f.optionalNumber("yearsTeaching");
    OptionalDouble yearsSince = f.optionalNumber("yearsSinceIndustryContact");
    var needs = f.enumMap("needs", CompetenceArea.class, NeedLevel.class);
    var barriers = f.enumSet("barriers", Barrier.class);
    Optional<CareerStyle> style = f.optionalEnum("careerStyle", CareerStyle.class);
    return f.build(() -> Teacher.builder()
        .id(id)
        .programme(programme)
        .school(school)
        .department(department)
        .yearsInIndustry(yearsInIndustry)
        .yearsTeaching(yearsTeaching)
        .yearsSinceIndustryContact(yearsSince)
        .needs(needs)
        .barriers(barriers)
        .careerStyle(style)
        .build());
  }

  CpdActivity activity(JsonFields f) {
    String id = f.text("id");
    String title = f.text("title");
    ActivityType type = f.enumValue("type", ActivityType.class);
    var areas = f.optionalEnumNumberMap("areas", CompetenceArea.class);
    var knowledge = f.enumSet("knowledge", KnowledgeCategory.class);
    Contextualisation ctx = f.enumValue("contextualisation", Contextualisation.class);
    var programmes = f.textSet("programmes");
    Optional<Scope> scope = f.optionalEnum("scope", Scope.class);
    Optional<Initiator> initiator = f.optionalEnum("initiator", Initiator.class);
    Optional<Formality> formality = f.optionalEnum("formality", Formality.class);
    Optional<Boolean> industryContact = f.optionalBoolean("industryContact");
    Optional<Boolean> requiresSubstitute = f.optionalBoolean("requiresSubstitute");
    var spanWeeks = f.optionalInteger("spanWeeks");
    OptionalDouble costPerHour = f.optionalNumber("costPerHour");
    OptionalDouble maxHours = f.optionalNumber("maxHours");
    Optional<String> provider = f.optionalText("provider");
    Optional<String> description = f.optionalText("description");
    return f.build(() -> {
      CpdActivity.Builder b = CpdActivity.builder()
          .id(id)
          .title(title)
          .type(type)
          .areas(areas)
          .knowledge(knowledge)
          .contextualisation(ctx)
          .programmes(programmes)
          .scope(scope)
          .initiator(initiator)
          .formality(formality)
          .industryContact(industryContact)
          .requiresSubstitute(requiresSubstitute)
          .maxHours(maxHours)
          .provider(provider)
          .description(description);
      spanWeeks.ifPresent(b::spanWeeks);
      costPerHour.ifPresent(b::costPerHour);
      return b.build();
    });
  }

  Driver driver(JsonFields f) {
    String id = f.text("id");
    DriverKind kind = f.enumValue("kind", DriverKind.class);
    Optional<DriverScope> scope = f.optionalEnum("scope", DriverScope.class);
    Double strength = f.number("strength");
    var pulls = f.optionalEnumNumberMap("pulls", CompetenceArea.class);
    var programmes = f.textSet("programmes");
    Optional<String> description = f.optionalText("description");
    return f.build(() -> Driver.builder()
        .id(id)
        .kind(kind)
        .scope(scope)
        .strength(strength)
        .pulls(pulls)
        .programmes(programmes)
        .description(description)
        .build());
  }

  CpdPlan plan(JsonFields f) {
    String id = f.text("id");
    String teacher = f.text("teacher");
    Optional<String> period = f.optionalText("period");
    List<PlanItem> items = each(f.objects("items", ITEM), this::item);
    var drivers = f.optionalTextSet("drivers");
    LeaderInvolvement involvement = f.enumValue("leaderInvolvement", LeaderInvolvement.class);
    Optional<LeaderRole> facilitator = f.optionalEnum("facilitator", LeaderRole.class);
    return f.build(() -> CpdPlan.builder()
        .id(id)
        .teacher(teacher)
        .period(period)
        .items(items)
        .drivers(drivers)
        .leaderInvolvement(involvement)
        .facilitator(facilitator)
        .build());
  }

  PlanItem item(JsonFields f) {
    String activity = f.text("activity");
    Double hours = f.number("hours");
    Optional<Boolean> time = f.optionalBoolean("timeAllocated");
    Optional<Boolean> substitute = f.optionalBoolean("substituteFunded");
    Optional<Boolean> cost = f.optionalBoolean("costFunded");
    return f.build(() -> {
      PlanItem.Builder b = PlanItem.builder().activity(activity).hours(hours);
      time.ifPresent(b::timeAllocated);
      substitute.ifPresent(b::substituteFunded);
      cost.ifPresent(b::costFunded);
      return b.build();
    });
  }

  /** Reads each object; an entry that failed stays in its place as null. */
  private static <T> List<T> each(List<JsonFields> objects, Function<JsonFields, T> read) {
    List<T> out = new ArrayList<>(objects.size());
    for (JsonFields o : objects) {
      out.add(read.apply(o));
    }
    return out;
  }

  private static Set<String> known(List<JsonFields> objects, String idField) {
    Set<String> ids = new HashSet<>();
    for (JsonFields o : objects) {
      String id = o.peekText(idField);
      if (id != null) {
        ids.add(id);
      }
    }
    return ids;
  }
}
