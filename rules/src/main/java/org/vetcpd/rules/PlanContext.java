package org.vetcpd.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Driver;
import org.vetcpd.core.PlanItem;
import org.vetcpd.core.Teacher;

/**
 * What every criterion reads about one plan, computed once: the items' activities, hours and fit,
 * the emphasis {@code E}, the need {@code n}, the drivers' pull {@code d}, the target {@code t} and
 * the applicable drivers (docs/rubric.md "Tailoring score").
 *
 * <p>Vectors are arrays indexed by {@link CompetenceArea#ordinal()}. Scoring itself runs on the
 * {@link Kernel}; a context is built for the criteria's explanations and for recommendations.
 * Instances are immutable after construction (arrays may be shared with the kernel, never
 * written) and never leave the package except inside a report.
 */
final class PlanContext {
  static final CompetenceArea[] AREAS = CompetenceArea.values();
  static final int VOC = CompetenceArea.VOCATIONAL.ordinal();
  static final int IND = CompetenceArea.INDUSTRY_COOPERATION.ordinal();

  final Rubric rubric;
  final Dataset catalogue;
  final Teacher teacher;
  final CpdPlan plan;
  final ImmutableList<PlanItem> items;
  final CpdActivity[] activities;
  final boolean[] fits;
  final double totalHours;
  final double[] emphasis;
  final double[] need;
  final double[] pull;
  final double[] target;
  final Driver[] drivers;
  /** True when {@code d = n}: no driver applies, or every applicable one has strength 0. */
  final boolean pullIsNeed;

  /** The kernel's resolution of the plan, when the context was built from it; else null. */
  final Kernel.Scored scored;

  /** Builds the context of a plan the kernel resolved, sharing its arrays: no second pass. */
  PlanContext(Kernel.Scored s) {
    Kernel k = s.kernel;
    this.rubric = k.rubric;
    this.catalogue = k.catalogue;
    this.teacher = s.who.teacher;
    this.plan = s.plan;
    this.items = plan.items();
    int size = s.act.length;
    activities = new CpdActivity[size];
    fits = new boolean[size];
    boolean[] programmeFits = s.who.programme.fits;
    for (int i = 0; i < size; i++) {
      activities[i] = k.activities[s.act[i]];
      fits[i] = programmeFits[s.act[i]];
    }
    totalHours = s.sums[Kernel.TOTAL];
    emphasis = s.emphasis;
    need = s.who.need;
    pull = s.drivers.pull;
    target = s.drivers.target;
    drivers = s.drivers.drivers;
    pullIsNeed = s.drivers.pullIsNeed;
    scored = s;
  }

  /**
   * Builds the context of a plan from the domain objects: the reference definition, which the
   * kernel ({@link Kernel}) reproduces bit for bit; the tests compare the two.
   */
  PlanContext(Rubric rubric, Dataset catalogue, Teacher teacher, CpdPlan plan) {
    this.scored = null;
    this.rubric = rubric;
    this.catalogue = catalogue;
    this.teacher = teacher;
    this.plan = plan;
    this.items = plan.items();
    int size = items.size();
    String programme = teacher.programme();
    ImmutableMap<String, CpdActivity> index = catalogue.activityIndex();
    activities = new CpdActivity[size];
    fits = new boolean[size];
    emphasis = new double[AREAS.length];
    double total = 0;
    for (int i = 0; i < size; i++) {
      PlanItem item = items.get(i);
      CpdActivity a = index.get(item.activity());
      if (a == null) {
        throw new IllegalStateException("unresolved activity " + item.activity());
      }
      activities[i] = a;
      double h = item.hours();
      total += h;
      if (a.fits(programme)) {
        fits[i] = true;
        ImmutableMap<CompetenceArea, Double> profile = a.areaProfile();
        for (CompetenceArea area : AREAS) {
          emphasis[area.ordinal()] += h * profile.get(area);
        }
      }
    }
    totalHours = total;
    if (total > 0) {
      for (int k = 0; k < emphasis.length; k++) {
        emphasis[k] /= total;
      }
    }
    need = need(teacher);
    drivers = applicableDrivers(catalogue.drivers(), plan.drivers(), programme);
    pull = new double[AREAS.length];
    double strength = 0;
    for (Driver d : drivers) {
      double s = d.strength();
      if (s > 0) {
        strength += s;
        ImmutableMap<CompetenceArea, Double> p = d.pullProfile();
        for (CompetenceArea area : AREAS) {
          pull[area.ordinal()] += s * p.get(area);
        }
      }
    }
    double pullSum = 0;
    for (double v : pull) {
      pullSum += v;
    }
    pullIsNeed = !(strength > 0 && pullSum > 0);
    double lambda = rubric.teacherVoice();
    target = new double[AREAS.length];
    for (int k = 0; k < AREAS.length; k++) {
      pull[k] = pullIsNeed ? need[k] : pull[k] / pullSum;
      target[k] = lambda * need[k] + (1 - lambda) * pull[k];
    }
  }

  boolean isEmpty() {
    return items.isEmpty();
  }

  int size() {
    return activities.length;
  }

  double hours(int i) {
    return items.get(i).hours();
  }

  /** Returns the hours of the items that do not fit the teacher's programme. */
  double mismatchedHours() {
    double sum = 0;
    for (int i = 0; i < fits.length; i++) {
      if (!fits[i]) {
        sum += hours(i);
      }
    }
    return sum;
  }

  static ImmutableMap<CompetenceArea, Double> toMap(double[] vector) {
    EnumMap<CompetenceArea, Double> m = new EnumMap<>(CompetenceArea.class);
    for (CompetenceArea a : AREAS) {
      m.put(a, vector[a.ordinal()]);
    }
    return Maps.immutableEnumMap(m);
  }

  /** The teacher's need levels normalised to sum 1; all NONE gives the uniform need. */
  private static double[] need(Teacher teacher) {
    double[] n = new double[AREAS.length];
    double sum = 0;
    for (CompetenceArea a : AREAS) {
      int v = teacher.need(a).value();
      n[a.ordinal()] = v;
      sum += v;
    }
    for (int k = 0; k < n.length; k++) {
      n[k] = sum > 0 ? n[k] / sum : 1.0 / n.length;
    }
    return n;
  }

  /**
   * A driver applies when it concerns the teacher's programme and, if the plan lists drivers, it is
   * listed: a plan's list only narrows, and {@code drivers: []} considers none. Data set order.
   */
  private static Driver[] applicableDrivers(
      List<Driver> all, Optional<ImmutableSet<String>> listed, String programme) {
    ImmutableSet<String> only = listed.orElse(null);
    int count = 0;
    Driver[] out = new Driver[all.size()];
    for (int k = 0; k < all.size(); k++) {
      Driver d = all.get(k);
      if (d.concerns(programme) && (only == null || only.contains(d.id()))) {
        out[count++] = d;
      }
    }
    if (count == out.length) {
      return out;
    }
    Driver[] trimmed = new Driver[count];
    System.arraycopy(out, 0, trimmed, 0, count);
    return trimmed;
  }
}
