// 40 hours and 2 000 NOK: what should Kari do? Plans the best CPD the school can afford for
// teacher t-rm-01 ("Kari") of the bundled sample, and explains it (docs/planner.md).
//
//   jshell --class-path examples/target/vetcpd.jar examples/jshell/startup.jsh examples/jshell/plan-teacher.jsh
//
// Adapt: another teacher or data set; other hours, money, step or substitute rate; keep a
// mandated project with .keep("a-afl", 10); a whole department sharing the money with
// PlanOptimizer.standard().department(ds, "s-2", "d-rm", c); or lift an existing plan into a
// band with PlanOptimizer.standard().improve(ds, plan, c, Band.TAILORED).

import org.vetcpd.planner.*;

Dataset ds = sample();
PlanConstraints c = PlanConstraints.builder().hours(40).budget(2000).build();
PlanResult r = PlanOptimizer.standard().optimize(ds, "t-rm-01", c);

System.out.printf(Locale.ROOT, "t-rm-01: score %.1f %s, %s%n", r.report().score(),
    r.report().band(), r.optimal() ? "proven optimal"
        : String.format(Locale.ROOT, "at most %.2f below the optimum", r.gap()));
for (Marginal.Item i : r.marginal().items()) {
    System.out.printf(Locale.ROOT, "  %-26s %3.0f h  cost %5.0f  %+5.1f points without it%n",
        i.activity(), i.hours(), i.cost(), -i.score());
}
System.out.println("binding: " + (r.binding().isEmpty() ? "none" : String.join(", ", r.binding())));
System.out.printf(Locale.ROOT, "one more step of %.0f h: %+.2f points%n",
    r.marginal().hours().step(), r.marginal().hours().score());
r.marginal().money().ifPresent(m -> System.out.printf(Locale.ROOT,
    "%.0f more NOK: %+.2f points%n", m.unit(), m.score()));
/exit
