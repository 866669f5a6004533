package org.vetcpd.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Department;
import org.vetcpd.core.School;
import org.vetcpd.core.Teacher;
import org.vetcpd.rules.testing.Cohorts;

/** The department planner's guarantees on random departments (docs/planner.md, "Department"). */
class DepartmentProperties {
  private static final PlanOptimizer PLANNER = PlanOptimizer.standard();

  record Ask(Dataset ds, PlanConstraints constraints) {}

  @Provide
  Arbitrary<Ask> asks() {
    Arbitrary<Dataset> departments = Cohorts.datasets()
        .filter(ds -> ds.activities().size() <= 5 && ds.teachers().size() >= 2)
        .map(ds -> {
          List<Teacher> teachers = new ArrayList<>();
          for (Teacher t : ds.teachers()) {
            teachers.add(t.withSchool("s").withDepartment("d"));
          }
          return Dataset.builder().from(ds).teachers(teachers).schools(List.of(
              School.builder().id("s").name("S").addDepartments(Department.builder().id("d")
                  .name("D").addAllProgrammes(Cohorts.PROGRAMMES).build()).build())).build();
        });
    return Combinators.combine(departments, Arbitraries.integers().between(1, 6),
        Arbitraries.of(0.0, 50.0, 200.0, 600.0), Arbitraries.of(0.0, 30.0))
        .as((ds, steps, budget, rate) -> new Ask(ds, PlanConstraints.builder()
            .hours(steps * 5.0).budget(budget).substituteRate(rate).build()));
  }

  @Property(tries = 25)
  void theMoneyIsNeverOverspentAndTheResultIsNoWorseThanAnEqualSplit(@ForAll("asks") Ask ask) {
    DepartmentResult d = PLANNER.department(ask.ds(), "d", ask.constraints());
    double budget = ask.constraints().budget().getAsDouble();
    assertThat(d.after().cost()).isLessThanOrEqualTo(budget * (1 + 1e-9) + 1e-9);
    assertThat(d.plans()).hasSize(ask.ds().teachers().size());
    assertThat(d.plans()).allMatch(r -> r.plan().totalHours() <= ask.constraints().hours());
    double[] after = d.plans().stream().mapToDouble(r -> r.report().score()).sorted().toArray();
    double share = budget / ask.ds().teachers().size();
    double[] equal = ask.ds().teachers().stream()
        .mapToDouble(t -> PLANNER.optimize(ask.ds(), t.id(),
            ask.constraints().withBudget(OptionalDouble.of(share))).report().score())
        .sorted().toArray();
    assertThat(leximinAtLeast(after, equal)).as("%s vs equal split %s",
        Arrays.toString(after), Arrays.toString(equal)).isTrue();
    Statistics.label("allocation").collect(d.allocation());
    Statistics.label("teachers").collect(ask.ds().teachers().size());
  }

  private static boolean leximinAtLeast(double[] a, double[] b) {
    for (int i = 0; i < a.length; i++) {
      if (Math.abs(a[i] - b[i]) > 1e-6) {
        return a[i] > b[i];
      }
    }
    return true;
  }
}
