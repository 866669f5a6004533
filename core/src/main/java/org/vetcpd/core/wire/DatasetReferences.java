package org.vetcpd.core.wire;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Department;
import org.vetcpd.core.Driver;
import org.vetcpd.core.PlanItem;
import org.vetcpd.core.Programme;
import org.vetcpd.core.School;
import org.vetcpd.core.Teacher;

/**
 * The cross-field rules of a data set: every id unique in its list, every reference resolving.
 *
 * <p>{@code Dataset} applies them when built. The reader applies them to lists in which an entry
 * that failed to read is the {@link WireValues} read from it (or null, if it was no object), so
 * that a document's repeated ids and dangling references are reported together with its other
 * problems, those of the entries that failed included: what such an entry read cleanly is
 * checked, and its id counts as known, so that a reference to it is not reported twice.
 *
 * <p>This class is immutable and thread-safe: the ids it is given are immutable collections.
 */
public final class DatasetReferences {
  private final ImmutableSet<String> programmes;
  private final ImmutableMap<String, ?> schools;
  private final ImmutableSet<String> teachers;
  private final ImmutableSet<String> activities;
  private final ImmutableSet<String> drivers;

  /**
   * The entities whose references the reader checked while it read them, found all resolving,
   * for the data set the reader is building on this thread; null at any other time. Set only
   * around that one build: {@link #check} then skips those entities, whose result is known.
   */
  private static final ThreadLocal<Prechecked> PRECHECKED = new ThreadLocal<>();

  /**
   * What the reader checked: the lists it checked against (by identity of their entries) and the
   * teachers and plans found resolving, or null for a list not checked.
   */
  static final class Prechecked {
    /** The programme codes and the schools the teachers were checked against. */
    Set<String> programmes;
    List<?> schools;
    /** The teachers, all resolving; or null. */
    List<?> teachersChecked;
    /** The teachers, activities and drivers the plans were checked against. */
    List<?> teachers;
    List<?> activities;
    List<?> drivers;
    /** The plans, all resolving; or null. */
    List<?> plansChecked;
  }

  /** Runs {@code build} with the reader's checks known to {@link #check}. */
  static <T> T withPrechecked(Prechecked pre, java.util.function.Supplier<T> build) {
    PRECHECKED.set(pre);
    try {
      return build.get();
    } finally {
      PRECHECKED.remove();
    }
  }

  /** Whether two lists hold the very same entries, in order. */
  private static boolean same(List<?> a, List<?> b) {
    if (a == null || a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Creates the rules for a data set's ids.
   *
   * @param programmes the known programme codes
   * @param schools the known schools by id: a {@code School}, or what was read of one that failed
   * @param teachers the known teacher ids
   * @param activities the known activity ids
   * @param drivers the known driver ids
   */
  public DatasetReferences(ImmutableSet<String> programmes, ImmutableMap<String, ?> schools,
      ImmutableSet<String> teachers, ImmutableSet<String> activities,
      ImmutableSet<String> drivers) {
    this.programmes = requireNonNull(programmes, "programmes");
    this.schools = requireNonNull(schools, "schools");
    this.teachers = requireNonNull(teachers, "teachers");
    this.activities = requireNonNull(activities, "activities");
    this.drivers = requireNonNull(drivers, "drivers");
  }

  /**
   * Checks lists as read: repeated ids in each, then every reference, in list order.
   *
   * @param out where problems go, as (path, message)
   * @param programmes the programmes (each a {@code Programme}, {@link WireValues} or null)
   * @param schools the schools, likewise
   * @param teachers the teachers, likewise
   * @param activities the activities, likewise
   * @param drivers the drivers, likewise
   * @param plans the plans, likewise
   */
  public static void checkAll(BiConsumer<String, String> out, List<?> programmes, List<?> schools,
      List<?> teachers, List<?> activities, List<?> drivers, List<?> plans) {
    requireNonNull(out, "out");
    requireNonNull(programmes, "programmes");
    unique(out, "programmes", "code", programmes);
    unique(out, "schools", "id", schools);
    unique(out, "teachers", "id", teachers);
    unique(out, "activities", "id", activities);
    unique(out, "drivers", "id", drivers);
    unique(out, "plans", "id", plans);
    Map<String, Object> schoolIndex = new HashMap<>();
    for (Object s : schools) {
      String id = id(s);
      if (id != null) {
        schoolIndex.putIfAbsent(id, s);
      }
    }
    new DatasetReferences(ids(programmes), ImmutableMap.copyOf(schoolIndex), ids(teachers),
        ids(activities), ids(drivers)).check(out, schools, teachers, activities, drivers, plans);
  }

  private static ImmutableSet<String> ids(List<?> values) {
    ImmutableSet.Builder<String> ids = ImmutableSet.builderWithExpectedSize(values.size());
    for (Object v : values) {
      String id = id(v);
      if (id != null) {
        ids.add(id);
      }
    }
    return ids.build();
  }

  /** The id (a programme's code) of an entry, built or as read; null if it has none. */
  private static String id(Object entry) {
    if (entry instanceof WireValues) {
      WireValues v = (WireValues) entry;
      return v.text(v.type().fields().get(0));
    } else if (entry instanceof Programme) {
      return ((Programme) entry).code();
    } else if (entry instanceof School) {
      return ((School) entry).id();
    } else if (entry instanceof Teacher) {
      return ((Teacher) entry).id();
    } else if (entry instanceof CpdActivity) {
      return ((CpdActivity) entry).id();
    } else if (entry instanceof Driver) {
      return ((Driver) entry).id();
    } else if (entry instanceof CpdPlan) {
      return ((CpdPlan) entry).id();
    }
    return null;
  }

  /**
   * Records a problem for each repeated id of a list; entries without an id are skipped.
   *
   * @param out where problems go
   * @param list the list's path, e.g. {@code teachers}
   * @param field the id field, e.g. {@code id}
   * @param values the entries
   */
  public static void unique(BiConsumer<String, String> out, String list, String field,
      List<?> values) {
    requireNonNull(out, "out");
    requireNonNull(list, "list");
    requireNonNull(field, "field");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      String key = id(values.get(i));
      if (key != null && !seen.add(key)) {
        out.accept(list + "[" + i + "]." + field, "duplicate " + field + " \"" + key + "\"");
      }
    }
  }

  /**
   * Records the problems of every reference in the lists.
   *
   * @param out where problems go
   * @param schoolList the schools
   * @param teacherList the teachers
   * @param activityList the activities
   * @param driverList the drivers
   * @param planList the plans
   */
  public void check(BiConsumer<String, String> out, List<?> schoolList, List<?> teacherList,
      List<?> activityList, List<?> driverList, List<?> planList) {
    requireNonNull(out, "out");
    requireNonNull(schoolList, "schoolList");
    requireNonNull(teacherList, "teacherList");
    requireNonNull(activityList, "activityList");
    requireNonNull(driverList, "driverList");
    requireNonNull(planList, "planList");
    // what the reader checked while it read, against these very lists, need not be checked again
    Prechecked pre = PRECHECKED.get();
    boolean teachersChecked = pre != null && pre.teachersChecked != null
        && same(pre.teachersChecked, teacherList) && same(pre.schools, schoolList)
        && programmes.equals(pre.programmes);
    boolean plansChecked = pre != null && pre.plansChecked != null
        && same(pre.plansChecked, planList) && same(pre.teachers, teacherList)
        && same(pre.activities, activityList) && same(pre.drivers, driverList);
    for (int i = 0; i < schoolList.size(); i++) {
      List<?> departments = departments(schoolList.get(i));
      for (int j = 0; j < departments.size(); j++) {
        Object d = departments.get(j);
        Collection<String> codes = d instanceof Department ? ((Department) d).programmes()
            : d instanceof WireValues ? ((WireValues) d).get(DatasetWire.DEPARTMENT_PROGRAMMES)
            : null;
        if (codes != null && !programmes.containsAll(codes)) {
          codes(out, "schools[" + i + "].departments[" + j + "].programmes", codes);
        }
      }
    }
    for (int i = 0; i < teacherList.size() && !teachersChecked; i++) {
      teacher(out, i, teacherList.get(i));
    }
    for (int i = 0; i < activityList.size(); i++) {
      Object a = activityList.get(i);
      Collection<String> codes = a instanceof CpdActivity ? ((CpdActivity) a).programmes()
          : a instanceof WireValues ? ((WireValues) a).get(DatasetWire.ACTIVITY_PROGRAMMES) : null;
      if (codes != null && !programmes.containsAll(codes)) {
        codes(out, "activities[" + i + "].programmes", codes);
      }
    }
    for (int i = 0; i < driverList.size(); i++) {
      Object d = driverList.get(i);
      Collection<String> codes = d instanceof Driver ? ((Driver) d).programmes()
          : d instanceof WireValues ? ((WireValues) d).get(DatasetWire.DRIVER_PROGRAMMES) : null;
      if (codes != null && !programmes.containsAll(codes)) {
        codes(out, "drivers[" + i + "].programmes", codes);
      }
    }
    for (int i = 0; i < planList.size() && !plansChecked; i++) {
      Object plan = planList.get(i);
      if (plan instanceof CpdPlan && resolves((CpdPlan) plan)) {
        continue;
      }
      if (plan != null) {
        plan(out, "plans[" + i + "]", plan);
      }
    }
  }

  private static List<?> departments(Object school) {
    if (school instanceof School) {
      return ((School) school).departments();
    }
    if (school instanceof WireValues) {
      List<?> l = ((WireValues) school).get(DatasetWire.SCHOOL_DEPARTMENTS);
      return l == null ? List.of() : l;
    }
    return List.of();
  }

  /** Whether every reference of a plan resolves; the common case, checked without paths. */
  boolean resolves(CpdPlan plan) {
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

  private void teacher(BiConsumer<String, String> out, int index, Object t) {
    String programme;
    String school;
    boolean schoolGiven;
    String department;
    if (t instanceof Teacher) {
      Teacher x = (Teacher) t;
      programme = x.programme();
      school = x.school().orElse(null);
      schoolGiven = school != null;
      department = x.department().orElse(null);
    } else if (t instanceof WireValues) {
      WireValues v = (WireValues) t;
      programme = v.text(DatasetWire.TEACHER_PROGRAMME);
      school = v.text(DatasetWire.TEACHER_SCHOOL);
      schoolGiven = v.present(DatasetWire.TEACHER_SCHOOL);
      department = v.text(DatasetWire.TEACHER_DEPARTMENT);
    } else {
      return;
    }
    Object known = school == null ? null : schools.get(school);
    // the path is built only for a problem: most teachers have none
    if (resolves(programme, school, known, schoolGiven, department)) {
      return;
    }
    String at = "teachers[" + index + "]";
    if (programme != null && !programmes.contains(programme)) {
      out.accept(at + ".programme", "unknown programme \"" + programme + "\"");
    }
    if (school != null) {
      if (known == null) {
        out.accept(at + ".school", "unknown school \"" + school + "\"");
      } else if (known instanceof School && department != null
          && ((School) known).department(department).isEmpty()) {
        out.accept(at + ".department", "unknown department \"" + department
            + "\" in school \"" + school + "\"");
      }
    } else if (!schoolGiven && department != null) {
      out.accept(at + ".department", "a department needs a school");
    }
  }

  /** Whether a teacher's references resolve; {@code known} is what {@code school} names. */
  private boolean resolves(String programme, String school, Object known, boolean schoolGiven,
      String department) {
    return (programme == null || programmes.contains(programme))
        && (school == null || known != null)
        && (department == null || !(known instanceof School)
            || ((School) known).department(department).isPresent())
        && (department == null || schoolGiven);
  }

  /** Whether every reference of a teacher that was built resolves. */
  boolean resolves(Teacher t) {
    String school = t.school().orElse(null);
    return resolves(t.programme(), school, school == null ? null : schools.get(school),
        school != null, t.department().orElse(null));
  }

  /**
   * Records the problems of a plan's references: its teacher, its items' activities, its drivers.
   *
   * @param out where problems go
   * @param at the plan's path; empty for a plan read on its own
   * @param plan the plan, built or as read
   */
  public void plan(BiConsumer<String, String> out, String at, Object plan) {
    requireNonNull(out, "out");
    requireNonNull(at, "at");
    requireNonNull(plan, "plan");
    String prefix = at.isEmpty() ? "" : at + ".";
    String teacher;
    List<?> items;
    Collection<String> planDrivers;
    if (plan instanceof CpdPlan) {
      CpdPlan x = (CpdPlan) plan;
      teacher = x.teacher();
      items = x.items();
      Optional<? extends Collection<String>> d = x.drivers();
      planDrivers = d.isPresent() ? d.get() : null;
    } else {
      WireValues v = (WireValues) plan;
      teacher = v.text(DatasetWire.PLAN_TEACHER);
      List<?> l = v.get(DatasetWire.PLAN_ITEMS);
      items = l == null ? List.of() : l;
      planDrivers = v.get(DatasetWire.PLAN_DRIVERS);
    }
    if (teacher != null && !teachers.contains(teacher)) {
      out.accept(prefix + "teacher", "unknown teacher \"" + teacher + "\"");
    }
    for (int j = 0; j < items.size(); j++) {
      Object item = items.get(j);
      String a = item instanceof PlanItem ? ((PlanItem) item).activity()
          : item instanceof WireValues ? ((WireValues) item).text(DatasetWire.ITEM_ACTIVITY)
          : null;
      if (a != null && !activities.contains(a)) {
        out.accept(prefix + "items[" + j + "].activity", "unknown activity \"" + a + "\"");
      }
    }
    if (planDrivers != null) {
      int j = 0;
      for (String d : planDrivers) {
        if (!drivers.contains(d)) {
          out.accept(prefix + "drivers[" + j + "]", "unknown driver \"" + d + "\"");
        }
        j++;
      }
    }
  }

  private void codes(BiConsumer<String, String> out, String at, Collection<String> codes) {
    int j = 0;
    for (String code : codes) {
      if (!programmes.contains(code)) {
        out.accept(at + "[" + j + "]", "unknown programme \"" + code + "\"");
      }
      j++;
    }
  }
}
