package org.vetcpd.planner;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.PlanItem;
import org.vetcpd.core.Teacher;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.TailoringReport;
import org.vetcpd.rules.TailoringScorer;

/**
 * Plans CPD a school can afford: the best plan for a teacher under hours and money ({@link
 * #optimize}), the smallest set of edits that lifts a plan into a band ({@link #improve}), and the
 * plans of a department's teachers under a shared budget ({@link #department}). The model, the
 * algorithms and what they guarantee are in {@code docs/planner.md}.
 *
 * <pre>{@code
 * PlanOptimizer planner = PlanOptimizer.standard();
 * PlanResult r = planner.optimize(dataset, "t-rm-01",
 *     PlanConstraints.builder().hours(40).budget(2000).build());
 * r.plan(); r.report().score(); r.optimal(); r.gap(); r.binding(); r.marginal();
 * }</pre>
 *
 * <p>Deterministic: the same data set and constraints give the same plan. This class is immutable
 * and thread-safe.
 */
public final class PlanOptimizer {
  private static final PlanOptimizer STANDARD = new PlanOptimizer(TailoringScorer.standard());

  private final TailoringScorer scorer;

  private PlanOptimizer(TailoringScorer scorer) {
    this.scorer = scorer;
  }

  /**
   * Returns the optimizer that scores with the standard rubric.
   *
   * @return the optimizer
   */
  public static PlanOptimizer standard() {
    return STANDARD;
  }

  /**
   * Returns an optimizer that scores with the given scorer's rubric.
   *
   * @param scorer the scorer
   * @return the optimizer
   */
  public static PlanOptimizer of(TailoringScorer scorer) {
    requireNonNull(scorer, "scorer");
    return new PlanOptimizer(scorer);
  }

  /**
   * Returns the scorer plans are scored with.
   *
   * @return the scorer
   */
  public TailoringScorer scorer() {
    return scorer;
  }

  /**
   * Returns the best plan for a teacher under the constraints, with its explanation.
   *
   * @param dataset the data set: the teacher, the catalogue of activities, the drivers
   * @param teacherId the teacher's id
   * @param constraints hours, money, substitute rate, step, kept activities
   * @return the plan, its report, whether it is optimal, the binding constraints, the marginals
   * @throws IllegalArgumentException if the teacher or a kept activity is unknown, or no plan
   *     satisfies the constraints (the message names the constraint)
   */
  public PlanResult optimize(Dataset dataset, String teacherId, PlanConstraints constraints) {
    requireNonNull(dataset, "dataset");
    requireNonNull(teacherId, "teacherId");
    requireNonNull(constraints, "constraints");
    Teacher teacher = teacher(dataset, teacherId);
    Model m = new Model(scorer, dataset, teacher, constraints);
    Solution s = solveOrExplain(m);
    return explain(m, s);
  }

  static Teacher teacher(Dataset dataset, String teacherId) {
    Teacher t = dataset.teacherIndex().get(teacherId);
    if (t == null) {
      throw new IllegalArgumentException("unknown teacher \"" + teacherId + "\"");
    }
    return t;
  }

  /** Solves, or says which constraint leaves no feasible plan. */
  static Solution solveOrExplain(Model m) {
    Solution s = Search.solve(m, null);
    if (s != null) {
      return s;
    }
    int steps = 0;
    double cost = 0;
    for (int i = 0; i < m.size(); i++) {
      steps += m.minSteps[i];
      cost += m.minSteps[i] * m.step * m.price[i];
    }
    if (steps > m.maxTotal) {
      throw new IllegalArgumentException("no plan satisfies the constraints: the kept activities"
          + " need " + PlanResult.num(steps * m.step) + " h, more than the "
          + PlanResult.num(m.constraints.hours()) + " h available");
    }
    throw new IllegalArgumentException("no plan satisfies the constraints: the kept activities"
        + " cost " + PlanResult.num(cost) + ", more than the budget of "
        + PlanResult.num(m.budget()));
  }

  /** Builds the result: the plan, its report, the marginals and the binding constraints. */
  PlanResult explain(Model m, Solution s) {
    CpdPlan plan = m.plan(m.planId(), s.steps);
    TailoringReport report = scorer.score(m.catalogue, plan);
    double score = report.score();
    double gap = s.exhaustive ? 0 : Math.max(0, s.bound - score);
    boolean optimal = s.exhaustive || gap <= 1e-6;
    if (optimal) {
      gap = 0;
    }
    PlanConstraints c = m.constraints;
    List<String> binding = new ArrayList<>();
    double hoursGain = 0;
    double moreHours = c.hours() + c.step();
    if (moreHours <= PlanItem.MAX_HOURS) {
      // one step more than the caller's hours: H / S may then pass MAX_STEPS by one, which the
      // local search from the plan found does not mind; capped, 40 h in steps of 0.004 h failed
      hoursGain = gain(m, c.withHoursUncapped(moreHours), s);
    }
    if (hoursGain > Model.EPS) {
      binding.add("hours");
    }
    Optional<Marginal.Money> money = Optional.empty();
    double unit = moneyUnit(m);
    if (c.budget().isPresent() && unit > 0) {
      double gain = gain(m, c.withBudget(java.util.OptionalDouble.of(
          c.budget().getAsDouble() + unit)), s);
      money = Optional.of(new Marginal.Money(unit, gain));
      if (gain > Model.EPS) {
        binding.add("budget");
      }
    }
    for (int i = 0; i < m.size(); i++) {
      String id = m.acts[i].id();
      if (m.minSteps[i] > 0 && s.steps[i] == m.minSteps[i]
          && gain(m, c.withoutKeep(id), s) > Model.EPS) {
        binding.add("keep:" + id);
      }
    }
    List<Marginal.Item> items = new ArrayList<>();
    for (int i = 0; i < m.size(); i++) {
      if (s.steps[i] == 0) {
        continue;
      }
      int[] without = s.steps.clone();
      without[i] = 0;
      double lost = score - scorer.score(m.catalogue, m.plan(m.planId(), without)).score();
      double hours = s.steps[i] * m.step;
      items.add(new Marginal.Item(m.acts[i].id(), hours, hours * m.price[i], lost));
    }
    Marginal marginal = new Marginal(new Marginal.Hours(c.step(), hoursGain), money, items);
    return new PlanResult(plan, report, optimal, gap, binding, marginal, s.sums[Model.COST], c,
        m.filtered);
  }

  /**
   * The optimum's gain under relaxed constraints; the current plan stays feasible there, so it
   * starts the search and the gain is never negative.
   */
  private double gain(Model m, PlanConstraints relaxed, Solution s) {
    Model r = new Model(scorer, m.catalogue, m.teacher, relaxed);
    int[] warm = mapSteps(m, s.steps, r);
    Solution t = Search.solveFrom(r, warm);
    if (t == null) {
      return 0;
    }
    return Math.max(0, t.score - s.score);
  }

  /** Carries a vector of steps over to another model of the same teacher (candidates may differ). */
  static int[] mapSteps(Model from, int[] steps, Model to) {
    int[] out = new int[to.size()];
    for (int i = 0; i < from.size(); i++) {
      if (steps[i] == 0) {
        continue;
      }
      boolean placed = false;
      for (int j = 0; j < to.size(); j++) {
        if (to.acts[j].id().equals(from.acts[i].id())) {
          out[j] = steps[i];
          placed = true;
        }
      }
      if (!placed) {
        return null;
      }
    }
    return out;
  }

  /**
   * One unit of money: the price of one step of the cheapest candidate that costs money, {@code S
   * × min price > 0}; 0 when none costs money.
   */
  static double moneyUnit(Model m) {
    double min = Double.POSITIVE_INFINITY;
    for (double p : m.price) {
      if (p > 0) {
        min = Math.min(min, p);
      }
    }
    return Double.isInfinite(min) ? 0 : min * m.step;
  }

  /**
   * Returns the smallest set of edits, of the recommender's kinds, that lifts a plan into a band
   * under the constraints, or says which constraint stops it (docs/planner.md, "Improve").
   *
   * @param dataset the data set the plan's references resolve in
   * @param plan the plan (one of the data set's, or not)
   * @param constraints hours and money the edited plan must respect, the step of added hours and
   *     the kept activities it must keep
   * @param target the band to reach
   * @return the edits and the edited plan, or why the band cannot be reached
   * @throws org.vetcpd.core.ValidationException if a reference of the plan does not resolve
   */
  public Improvement improve(Dataset dataset, CpdPlan plan, PlanConstraints constraints,
      Band target) {
    requireNonNull(dataset, "dataset");
    requireNonNull(plan, "plan");
    requireNonNull(constraints, "constraints");
    requireNonNull(target, "target");
    return new Improver(scorer, dataset, plan, constraints, target).run();
  }

  /**
   * Plans every teacher of a department at once: each teacher has the constraints' hours, and the
   * money is the department's, shared; allocation is leximin (docs/planner.md, "Department").
   *
   * @param dataset the data set
   * @param departmentId the department's id; it must name one department in the data set's schools
   * @param constraints each teacher's hours, the department's money, substitute rate, step, kept
   *     activities (kept for every teacher)
   * @return every teacher's plan and the department's summary before and after
   * @throws IllegalArgumentException if the department is unknown, in several schools, or has no
   *     teachers
   */
  public DepartmentResult department(Dataset dataset, String departmentId,
      PlanConstraints constraints) {
    requireNonNull(dataset, "dataset");
    requireNonNull(departmentId, "departmentId");
    requireNonNull(constraints, "constraints");
    return new DepartmentPlanner(this, dataset, Optional.empty(), departmentId, constraints).run();
  }

  /**
   * Plans every teacher of one school's department at once; see {@link #department(Dataset,
   * String, PlanConstraints)}.
   *
   * @param dataset the data set
   * @param schoolId the school's id
   * @param departmentId the department's id in that school
   * @param constraints each teacher's hours, the department's money, substitute rate, step, kept
   *     activities
   * @return every teacher's plan and the department's summary before and after
   * @throws IllegalArgumentException if the school or department is unknown or has no teachers
   */
  public DepartmentResult department(Dataset dataset, String schoolId, String departmentId,
      PlanConstraints constraints) {
    requireNonNull(dataset, "dataset");
    requireNonNull(schoolId, "schoolId");
    requireNonNull(departmentId, "departmentId");
    requireNonNull(constraints, "constraints");
    return new DepartmentPlanner(this, dataset, Optional.of(schoolId), departmentId, constraints)
        .run();
  }

  @Override
  public String toString() {
    return "PlanOptimizer[" + scorer.rubric().ref() + "]";
  }
}
