package org.vetcpd.core;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The data set's cross-field rules: unique ids and references that resolve. */
final class ReferenceCheck {
  private ReferenceCheck() {}

  static <T> void unique(
      Problems p, String list, String field, List<T> values, Function<T, String> id) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      String key = id.apply(values.get(i));
      if (!seen.add(key)) {
        p.add(list + "[" + i + "]." + field, "duplicate " + field + " \"" + key + "\"");
      }
    }
  }

  static void dataset(Problems p, AbstractDataset ds) {
    Set<String> programmes =
        ds.programmes().stream().map(Programme::code).collect(Collectors.toSet());
    for (int i = 0; i < ds.schools().size(); i++) {
      School s = ds.schools().get(i);
      for (int j = 0; j < s.departments().size(); j++) {
        codes(p, "schools[" + i + "].departments[" + j + "].programmes",
            s.departments().get(j).programmes(), programmes);
      }
    }
    for (int i = 0; i < ds.teachers().size(); i++) {
      Teacher t = ds.teachers().get(i);
      String at = "teachers[" + i + "]";
      if (!programmes.contains(t.programme())) {
        p.add(at + ".programme", "unknown programme \"" + t.programme() + "\"");
      }
      if (t.school().isPresent()) {
        String sid = t.school().get();
        var school = ds.school(sid);
        if (school.isEmpty()) {
          p.add(at + ".school", "unknown school \"" + sid + "\"");
        } else if (t.department().isPresent()
            && school.get().department(t.department().get()).isEmpty()) {
          p.add(at + ".department", "unknown department \"" + t.department().get()
              + "\" in school \"" + sid + "\"");
        }
      } else if (t.department().isPresent()) {
        p.add(at + ".department", "a department needs a school");
      }
    }
    for (int i = 0; i < ds.activities().size(); i++) {
      codes(p, "activities[" + i + "].programmes", ds.activities().get(i).programmes(),
          programmes);
    }
    for (int i = 0; i < ds.drivers().size(); i++) {
      codes(p, "drivers[" + i + "].programmes", ds.drivers().get(i).programmes(), programmes);
    }
    Set<String> teachers = ds.teacherIndex().keySet();
    Set<String> activities = ds.activityIndex().keySet();
    Set<String> drivers = ds.driverIndex().keySet();
    for (int i = 0; i < ds.plans().size(); i++) {
      plan(p, "plans[" + i + "]", ds.plans().get(i), teachers, activities, drivers);
    }
  }

  static void plan(Problems p, String at, CpdPlan plan, Set<String> teachers,
      Set<String> activities, Set<String> drivers) {
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

  private static void codes(Problems p, String at, Set<String> codes, Set<String> programmes) {
    int j = 0;
    for (String code : codes) {
      if (!programmes.contains(code)) {
        p.add(at + "[" + j + "]", "unknown programme \"" + code + "\"");
      }
      j++;
    }
  }
}
