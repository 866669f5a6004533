package org.vetcpd.planner;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Teacher;
import org.vetcpd.rules.testing.Cohorts;

/** Planning cases small enough to enumerate: up to 6 activities, up to 8 steps each. */
final class Cases {
  private Cases() {}

  /** A data set, one of its teachers and constraints. */
  record Case(Dataset ds, Teacher teacher, PlanConstraints constraints) {
    @Override
    public String toString() {
      return teacher.id() + " " + constraints + " activities " + ds.activities();
    }
  }

  static Arbitrary<Case> cases() {
    Arbitrary<Dataset> datasets = Cohorts.datasets()
        .filter(ds -> ds.activities().size() <= 6)
        .flatMap(ds -> Arbitraries.of(0.0, 0.0, 0.0, 5.0, 10.0, 20.0).list()
            .ofSize(ds.activities().size())
            .map(max -> withMaxHours(ds, max)));
    Arbitrary<double[]> numbers = Combinators.combine(
        Arbitraries.integers().between(0, 8),
        Arbitraries.of(1.0, 2.5, 5.0),
        Arbitraries.of(0.0, 0.5),
        Arbitraries.of(-1.0, -1.0, 0.0, 10.0, 40.0, 100.0, 150.0, 400.0),
        Arbitraries.of(0.0, 0.0, 30.0),
        Arbitraries.integers().between(-4, 5),
        Arbitraries.integers().between(0, 2))
        .as((n, s, extra, m, r, keep, keepSteps) ->
            new double[] {n, s, extra, m, r, keep, keepSteps});
    return Combinators.combine(datasets, numbers, Arbitraries.integers().between(0, 2))
        .as((ds, x, t) -> {
          Teacher teacher = ds.teachers().get(t % ds.teachers().size());
          double step = x[1];
          PlanConstraints.Builder b = PlanConstraints.builder()
              .hours((x[0] + x[2]) * step).step(step).substituteRate(x[4]);
          if (x[3] >= 0) {
            b.budget(x[3]);
          }
          int keep = (int) x[5];
          if (keep >= 0) {
            String id = ds.activities().get(keep % ds.activities().size()).id();
            if (x[6] == 0) {
              b.keep(id);
            } else {
              b.keep(id, x[6] * step - (x[6] == 2 ? step / 2 : 0));
            }
          }
          return new Case(ds, teacher, b.build());
        });
  }

  private static Dataset withMaxHours(Dataset ds, List<Double> max) {
    List<CpdActivity> acts = new ArrayList<>();
    for (int i = 0; i < ds.activities().size(); i++) {
      CpdActivity a = ds.activities().get(i);
      acts.add(max.get(i) > 0 ? a.withMaxHours(max.get(i)) : a);
    }
    return ds.withActivities(acts);
  }
}
