package org.vetcpd.rules;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vetcpd.core.ActivityType;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Driver;
import org.vetcpd.core.DriverKind;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.NeedLevel;
import org.vetcpd.core.PlanItem;
import org.vetcpd.core.Teacher;

/** A one-plan data set for a restaurant (RM) teacher, built step by step for example tests. */
final class Scenario {
  private Teacher.Builder teacher = Teacher.builder().id("t").programme("RM");
  private final List<CpdActivity> activities = new ArrayList<>();
  private final List<Driver> drivers = new ArrayList<>();
  private final List<PlanItem> items = new ArrayList<>();
  private ImmutableSet<String> listed;
  private LeaderInvolvement leader = LeaderInvolvement.NONE;

  static Scenario create() {
    return new Scenario();
  }

  Scenario teacher(java.util.function.UnaryOperator<Teacher.Builder> edit) {
    teacher = edit.apply(teacher);
    return this;
  }

  Scenario needs(Map<CompetenceArea, NeedLevel> needs) {
    teacher.needs(needs);
    return this;
  }

  Scenario activity(CpdActivity a) {
    activities.add(a);
    return this;
  }

  Scenario activity(String id, ActivityType type, Contextualisation c, String... programmes) {
    return activity(Fixtures.activity(id, type, c, programmes).build());
  }

  Scenario driver(String id, DriverKind kind, double strength, String... programmes) {
    drivers.add(Driver.builder().id(id).kind(kind).strength(strength).addProgrammes(programmes)
        .build());
    return this;
  }

  Scenario driver(Driver d) {
    drivers.add(d);
    return this;
  }

  Scenario item(String activity, double hours) {
    items.add(PlanItem.of(activity, hours));
    return this;
  }

  Scenario item(PlanItem item) {
    items.add(item);
    return this;
  }

  Scenario listDrivers(String... ids) {
    listed = ImmutableSet.copyOf(ids);
    return this;
  }

  Scenario leader(LeaderInvolvement l) {
    leader = l;
    return this;
  }

  Dataset dataset() {
    CpdPlan.Builder plan = CpdPlan.builder().id("p").teacher("t").items(items)
        .leaderInvolvement(leader);
    if (listed != null) {
      plan.drivers(listed);
    }
    return Dataset.builder()
        .addProgrammes(Fixtures.RM, Fixtures.TP)
        .addTeachers(teacher.build())
        .addAllActivities(activities)
        .addAllDrivers(drivers)
        .addPlans(plan.build())
        .build();
  }

  TailoringReport score() {
    return TailoringScorer.standard().score(dataset(), "p");
  }

  TailoringReport score(Rubric rubric) {
    return TailoringScorer.of(rubric).score(dataset(), "p");
  }

  static double value(TailoringReport r, String criterion) {
    return r.criterion(criterion).value().orElseThrow();
  }
}
