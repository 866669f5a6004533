package org.vetcpd.core;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The cross-field rules of a {@link Dataset}: every id unique in its list, every reference
 * resolving.
 *
 * <p>{@link Dataset} applies them when built. Readers apply them too, to lists in which an entry
 * that failed to read is {@code null}, so that a document's dangling references are reported
 * together with its other problems: the ids of entries that failed are passed as known, so that a
 * reference to them is not reported twice.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DatasetReferences {
  private final Set<String> programmes;
  private final Map<String, School> schools;
  private final Set<String> teachers;
  private final Set<String> activities;
  private final Set<String> drivers;

  /**
   * Creates the rules for a data set's ids.
   *
   * @param programmes the known programme codes
   * @param schools the known schools by id; a school that failed to read maps to null
   * @param teachers the known teacher ids
   * @param activities the known activity ids
   * @param drivers the known driver ids
   */
  public DatasetReferences(Set<String> programmes, Map<String, School> schools,
      Set<String> teachers, Set<String> activities, Set<String> drivers) {
    this.programmes = requireNonNull(programmes, "programmes");
    this.schools = requireNonNull(schools, "schools");
    this.teachers = requireNonNull(teachers, "teachers");
    this.activities = requireNonNull(activities, "activities");
    this.drivers = requireNonNull(drivers, "drivers");
  }

  /**
   * Records a problem for each repeated id of a list; null entries and null ids are skipped.
   *
   * @param <T> the entries' type
   * @param p where problems go
   * @param list the list's path, e.g. {@code teachers}
   * @param field the id field, e.g. {@code id}
   * @param values the entries
   * @param id the id of an entry
   */
  public static <T> void unique(
      Problems p, String list, String field, List<T> values, Function<T, String> id) {
    requireNonNull(p, "p");
    requireNonNull(list, "list");
    requireNonNull(field, "field");
    requireNonNull(values, "values");
    requireNonNull(id, "id");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      T v = values.get(i);
      if (v == null) {
        continue;
      }
      String key = id.apply(v);
      if (key != null && !seen.add(key)) {
        p.add(list + "[" + i + "]." + field, "duplicate " + field + " \"" + key + "\"");
      }
    }
  }

  /**
   * Records the problems of every reference in the lists; null entries are skipped.
   *
   * @param p where problems go
   * @param schoolList the schools
   * @param teacherList the teachers
   * @param activityList the activities
   * @param driverList the drivers
   * @param planList the plans
   */
  public void check(Problems p, List<School> schoolList, List<Teacher> teacherList,
      List<CpdActivity> activityList, List<Driver> driverList, List<CpdPlan> planList) {
    requireNonNull(p, "p");
    requireNonNull(schoolList, "schoolList");
    requireNonNull(teacherList, "teacherList");
    requireNonNull(activityList, "activityList");
    requireNonNull(driverList, "driverList");
    requireNonNull(planList, "planList");
    for (int i = 0; i < schoolList.size(); i++) {
      School s = schoolList.get(i);
      if (s == null) {
        continue;
      }
      for (int j = 0; j < s.departments().size(); j++) {
        Set<String> codes = s.departments().get(j).programmes();
        if (!programmes.containsAll(codes)) {
          codes(p, "schools[" + i + "].departments[" + j + "].programmes", codes);
        }
      }
    }
    for (int i = 0; i < teacherList.size(); i++) {
      Teacher t = teacherList.get(i);
      if (t != null) {
        teacher(p, i, t);
      }
    }
    for (int i = 0; i < activityList.size(); i++) {
      CpdActivity a = activityList.get(i);
      if (a != null) {
        if (!programmes.containsAll(a.programmes())) {
          codes(p, "activities[" + i + "].programmes", a.programmes());
        }
      }
    }
    for (int i = 0; i < driverList.size(); i++) {
      Driver d = driverList.get(i);
      if (d != null) {
        if (!programmes.containsAll(d.programmes())) {
          codes(p, "drivers[" + i + "].programmes", d.programmes());
        }
      }
    }
    for (int i = 0; i < planList.size(); i++) {
      CpdPlan plan = planList.get(i);
      if (plan != null) {
        if (!resolves(plan)) {
          plan(p, "plans[" + i + "]", plan);
        }
      }
    }
  }

  /** Whether every reference of a plan resolves; the common case, checked without paths. */
  private boolean resolves(CpdPlan plan) {
    if (!teachers.contains(plan.teacher())) {
      return false;
    }
    for (PlanItem item : plan.items()) {
      if (!activities.contains(item.activity())) {
        return false;
      }
    }
    return plan.drivers().isEmpty() || drivers.containsAll(plan.drivers().get());
  }

  private void teacher(Problems p, int index, Teacher t) {
    // the path is built only for a problem: most teachers have none
    boolean resolves = programmes.contains(t.programme())
        && (t.school().isPresent() ? schools.containsKey(t.school().get())
            && (schools.get(t.school().get()) == null || t.department().isEmpty()
                || schools.get(t.school().get()).department(t.department().get()).isPresent())
            : t.department().isEmpty());
    if (!resolves) {
      teacher(p, "teachers[" + index + "]", t);
    }
  }

  private void teacher(Problems p, String at, Teacher t) {
    if (!programmes.contains(t.programme())) {
      p.add(at + ".programme", "unknown programme \"" + t.programme() + "\"");
    }
    if (t.school().isPresent()) {
      String sid = t.school().get();
      if (!schools.containsKey(sid)) {
        p.add(at + ".school", "unknown school \"" + sid + "\"");
      } else {
        School school = schools.get(sid);
        if (school != null && t.department().isPresent()
            && school.department(t.department().get()).isEmpty()) {
          p.add(at + ".department", "unknown department \"" + t.department().get()
              + "\" in school \"" + sid + "\"");
        }
      }
    } else if (t.department().isPresent()) {
      p.add(at + ".department", "a department needs a school");
    }
  }

  /**
   * Records the problems of a plan's references: its teacher, its items' activities, its drivers.
   *
   * @param p where problems go
   * @param at the plan's path; empty for a plan read on its own
   * @param plan the plan
   */
  public void plan(Problems p, String at, CpdPlan plan) {
    requireNonNull(p, "p");
    requireNonNull(at, "at");
    requireNonNull(plan, "plan");
    String prefix = at.isEmpty() ? "" : at + ".";
    if (!teachers.contains(plan.teacher())) {
      p.add(prefix + "teacher", "unknown teacher \"" + plan.teacher() + "\"");
    }
    for (int j = 0; j < plan.items().size(); j++) {
      String a = plan.items().get(j).activity();
      if (!activities.contains(a)) {
        p.add(prefix + "items[" + j + "].activity", "unknown activity \"" + a + "\"");
      }
    }
    if (plan.drivers().isPresent()) {
      int j = 0;
      for (String d : plan.drivers().get()) {
        if (!drivers.contains(d)) {
          p.add(prefix + "drivers[" + j + "]", "unknown driver \"" + d + "\"");
        }
        j++;
      }
    }
  }

  private void codes(Problems p, String at, Set<String> codes) {
    int j = 0;
    for (String code : codes) {
      if (!programmes.contains(code)) {
        p.add(at + "[" + j + "]", "unknown programme \"" + code + "\"");
      }
      j++;
    }
  }
}
