package org.vetcpd.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.PlanItem;
import org.vetcpd.core.School;
import org.vetcpd.core.Teacher;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.TailoringReport;

/**
 * Plans a department's teachers under a shared budget (docs/planner.md, "Department"). Each
 * teacher has the constraints' hours (a teacher's time cannot be given to a colleague); the money
 * (fees and substitute cover) is the department's. A greedy leximin allocation over the teachers'
 * optimum curves in money: repeatedly, the teacher with the lowest score (then the smallest id)
 * that more money can raise gets the least extra money, in units of one step of the cheapest paid
 * activity (or the whole remainder), that raises their optimum; a teacher that the whole remainder
 * cannot raise is done. The result is compared with an equal split of the money and the better by
 * leximin (lowest score first, then the next, then the sum) is returned.
 */
final class DepartmentPlanner {
  private static final int MAX_ROUNDS = 10_000;

  private final PlanOptimizer optimizer;
  private final Dataset dataset;
  private final String school;
  private final String department;
  private final PlanConstraints constraints;
  private final List<Teacher> teachers;

  DepartmentPlanner(PlanOptimizer optimizer, Dataset dataset, Optional<String> schoolId,
      String departmentId, PlanConstraints constraints) {
    this.optimizer = optimizer;
    this.dataset = dataset;
    this.department = departmentId;
    this.constraints = constraints;
    Set<String> schools = new TreeSet<>();
    for (School s : dataset.schools()) {
      if (s.department(departmentId).isPresent()
          && (schoolId.isEmpty() || schoolId.get().equals(s.id()))) {
        schools.add(s.id());
      }
    }
    if (schoolId.isPresent() && dataset.school(schoolId.get()).isEmpty()) {
      throw new IllegalArgumentException("unknown school \"" + schoolId.get() + "\"");
    }
    if (schools.isEmpty()) {
      throw new IllegalArgumentException("unknown department \"" + departmentId + "\""
          + schoolId.map(s -> " in school " + s).orElse(""));
    }
    if (schools.size() > 1) {
      throw new IllegalArgumentException("department \"" + departmentId + "\" is in schools "
          + String.join(", ", schools) + "; name one with --school");
    }
    this.school = schools.iterator().next();
    this.teachers = dataset.teachers().stream()
        .filter(t -> t.department().equals(Optional.of(departmentId))
            && t.school().equals(Optional.of(school)))
        .collect(Collectors.toList());
    if (teachers.isEmpty()) {
      throw new IllegalArgumentException("department \"" + departmentId + "\" of school " + school
          + " has no teachers");
    }
  }

  /** A teacher's current plan in the allocation. */
  private static final class Share {
    final Teacher teacher;
    Solution solution;
    Model model;
    double cost;
    boolean done;

    Share(Teacher teacher) {
      this.teacher = teacher;
    }
  }

  DepartmentResult run() {
    List<Share> chosen;
    String rule;
    if (constraints.budget().isEmpty()) {
      chosen = solveEach(OptionalDouble.empty());
      rule = "independent";
    } else {
      List<Share> greedy = greedy();
      List<Share> equal = solveEach(OptionalDouble.of(constraints.budget().getAsDouble()
          / teachers.size()));
      boolean equalWins = equal != null && (greedy == null || leximin(equal, greedy) > 0);
      chosen = equalWins ? equal : greedy;
      rule = equalWins ? "equal-split" : "leximin-greedy";
      if (chosen == null) {
        throw new IllegalArgumentException("no plans satisfy the constraints: the kept activities"
            + " cost the department more than the budget of "
            + PlanResult.num(constraints.budget().getAsDouble()));
      }
    }
    List<PlanResult> results = new ArrayList<>();
    List<Double> afterScores = new ArrayList<>();
    List<Band> afterBands = new ArrayList<>();
    double afterHours = 0;
    double afterCost = 0;
    for (Share s : chosen) {
      // Each teacher's explanation is under the money allocated to them.
      PlanConstraints own = constraints.budget().isPresent()
          ? constraints.withBudget(OptionalDouble.of(s.cost)) : constraints;
      Model m = new Model(optimizer.scorer(), dataset, s.teacher, own);
      Solution sol = Search.solve(m, PlanOptimizer.mapSteps(s.model, s.solution.steps, m));
      PlanResult r = optimizer.explain(m, sol);
      results.add(r);
      afterScores.add(r.report().score());
      afterBands.add(r.report().band());
      afterHours += r.plan().totalHours();
      afterCost += r.cost();
    }
    return new DepartmentResult(school, department, rule, before(),
        DepartmentSummary.of(afterScores, afterBands, 0, afterHours, afterCost), results);
  }

  private DepartmentSummary before() {
    List<Double> scores = new ArrayList<>();
    List<Band> bands = new ArrayList<>();
    int without = 0;
    double hours = 0;
    double cost = 0;
    for (Teacher t : teachers) {
      Optional<CpdPlan> p = dataset.plans().stream()
          .filter(x -> x.teacher().equals(t.id())).findFirst();
      if (p.isEmpty()) {
        without++;
        scores.add(0.0);
        bands.add(Band.GENERIC);
        continue;
      }
      TailoringReport r = optimizer.scorer().score(dataset, p.get());
      scores.add(r.score());
      bands.add(r.band());
      hours += p.get().totalHours();
      for (PlanItem i : p.get().items()) {
        CpdActivity a = dataset.activityIndex().get(i.activity());
        cost += i.hours() * ((i.costFunded() ? a.costPerHour() : 0)
            + (i.substituteFunded() && a.needsSubstituteCover() ? constraints.substituteRate()
                : 0));
      }
    }
    return DepartmentSummary.of(scores, bands, without, hours, cost);
  }

  /** Every teacher's optimum under the same money each (or unlimited); null if one is infeasible. */
  private List<Share> solveEach(OptionalDouble budget) {
    List<Share> out = new ArrayList<>();
    for (Teacher t : teachers) {
      Share s = new Share(t);
      s.model = new Model(optimizer.scorer(), dataset, t, constraints.withBudget(budget));
      s.solution = Search.solve(s.model, null);
      if (s.solution == null) {
        if (budget.isEmpty()) {
          PlanOptimizer.solveOrExplain(s.model); // throws, naming the constraint
        }
        return null;
      }
      s.cost = budget.isPresent() ? budget.getAsDouble() : s.solution.sums[Model.COST];
      out.add(s);
    }
    return out;
  }

  private List<Share> greedy() {
    double pool = constraints.budget().getAsDouble();
    List<Share> shares = new ArrayList<>();
    double unit = Double.POSITIVE_INFINITY;
    double spent = 0;
    for (Teacher t : teachers) {
      Share s = new Share(t);
      Model free = new Model(optimizer.scorer(), dataset, t,
          constraints.withBudget(OptionalDouble.empty()));
      double kept = 0;
      for (int i = 0; i < free.size(); i++) {
        kept += free.minSteps[i] * free.step * free.price[i];
      }
      double u = PlanOptimizer.moneyUnit(free);
      if (u > 0) {
        unit = Math.min(unit, u);
      }
      if (!solveAt(s, kept)) {
        PlanOptimizer.solveOrExplain(s.model);
        return null;
      }
      spent += s.cost;
      shares.add(s);
    }
    if (spent > pool * (1 + Model.EPS) + Model.EPS) {
      return null;
    }
    double remaining = pool - spent;
    for (int round = 0; round < MAX_ROUNDS && Double.isFinite(unit); round++) {
      Share low = null;
      for (Share s : shares) {
        if (!s.done && (low == null || s.solution.score < low.solution.score - Model.EPS
            || (Math.abs(s.solution.score - low.solution.score) <= Model.EPS
                && s.teacher.id().compareTo(low.teacher.id()) < 0))) {
          low = s;
        }
      }
      if (low == null) {
        break;
      }
      double before = low.solution.score;
      Share all = copy(low);
      if (!solveAt(all, low.cost + remaining) || all.solution.score <= before + Model.EPS) {
        low.done = true;
        continue;
      }
      // The least money, in units (the last level being the whole remainder), that raises it.
      int levels = (int) Math.ceil(remaining / unit - Model.EPS);
      int lo = 1;
      int hi = levels;
      Share pick = all;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        Share trial = copy(low);
        if (solveAt(trial, low.cost + Math.min(remaining, mid * unit))
            && trial.solution.score > before + Model.EPS) {
          pick = trial;
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      if (lo < levels && pick == all) {
        Share trial = copy(low);
        if (solveAt(trial, low.cost + Math.min(remaining, lo * unit))
            && trial.solution.score > before + Model.EPS) {
          pick = trial;
        }
      }
      remaining -= pick.cost - low.cost;
      low.solution = pick.solution;
      low.model = pick.model;
      low.cost = pick.cost;
    }
    return shares;
  }

  private static Share copy(Share s) {
    Share c = new Share(s.teacher);
    c.solution = s.solution;
    c.model = s.model;
    c.cost = s.cost;
    return c;
  }

  /** Solves the teacher's optimum with the given money; its cost is what the plan uses. */
  private boolean solveAt(Share s, double budget) {
    Model m = new Model(optimizer.scorer(), dataset, s.teacher,
        constraints.withBudget(OptionalDouble.of(Math.max(0, budget))));
    int[] warm = s.solution == null ? null : PlanOptimizer.mapSteps(s.model, s.solution.steps, m);
    Solution sol = Search.solve(m, warm);
    if (sol == null) {
      s.model = m;
      return false;
    }
    s.model = m;
    s.solution = sol;
    s.cost = sol.sums[Model.COST];
    return true;
  }

  /** Compares by leximin: sorted scores, lowest first; then the sum. Positive when a is better. */
  private static int leximin(List<Share> a, List<Share> b) {
    double[] x = a.stream().mapToDouble(s -> s.solution.score).sorted().toArray();
    double[] y = b.stream().mapToDouble(s -> s.solution.score).sorted().toArray();
    for (int i = 0; i < x.length; i++) {
      if (Math.abs(x[i] - y[i]) > Model.EPS) {
        return x[i] > y[i] ? 1 : -1;
      }
    }
    double sx = 0;
    double sy = 0;
    for (int i = 0; i < x.length; i++) {
      sx += x[i];
      sy += y[i];
    }
    return Math.abs(sx - sy) > Model.EPS ? Double.compare(sx, sy) : 0;
  }
}
