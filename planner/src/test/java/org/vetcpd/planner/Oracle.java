package org.vetcpd.planner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.PlanItem;
import org.vetcpd.core.Teacher;
import org.vetcpd.rules.TailoringScorer;

/**
 * The contract of docs/planner.md by brute force, independent of the planner's model: every
 * vector of hours over every activity of the data set (no pre-filter), each plan built as the
 * contract says and scored by {@link TailoringScorer}, the tie rule applied to all plans within
 * 1e-9 of the best score.
 */
final class Oracle {
  final List<CpdActivity> acts;
  final double hours;
  final double step;
  final double budget;
  final double rate;
  final Map<String, Double> keep;
  final Teacher teacher;
  final Dataset ds;
  final TailoringScorer scorer;
  double bestScore = Double.NEGATIVE_INFINITY;
  final List<double[]> plans = new ArrayList<>();
  final List<Double> scores = new ArrayList<>();
  int feasible;

  Oracle(TailoringScorer scorer, Dataset ds, Teacher teacher, PlanConstraints c) {
    this.scorer = scorer;
    this.ds = ds;
    this.teacher = teacher;
    this.hours = c.hours();
    this.step = c.step();
    this.budget = c.budget().orElse(Double.POSITIVE_INFINITY);
    this.rate = c.substituteRate();
    this.keep = c.keep();
    acts = new ArrayList<>(ds.activities());
    acts.sort(Comparator.comparing(CpdActivity::id));
  }

  /** The result: the chosen hours per activity (in id order), or null when nothing is feasible. */
  double[] solve() {
    visit(0, new double[acts.size()], 0, 0);
    double[] pick = null;
    double[] pickKey = null;
    for (int i = 0; i < plans.size(); i++) {
      if (scores.get(i) < bestScore - 1e-9) {
        continue;
      }
      double[] h = plans.get(i);
      double[] key = {total(h), cost(h)};
      if (pick == null || better(h, key, pick, pickKey)) {
        pick = h;
        pickKey = key;
      }
    }
    return pick;
  }

  private boolean better(double[] h, double[] key, double[] other, double[] otherKey) {
    if (Math.abs(key[0] - otherKey[0]) > 1e-9) {
      return key[0] < otherKey[0];
    }
    if (Math.abs(key[1] - otherKey[1]) > 1e-9 * Math.max(1, Math.abs(key[1]))) {
      return key[1] < otherKey[1];
    }
    // lexicographic over the lists of (id, hours), items in id order
    List<Object[]> a = list(h);
    List<Object[]> b = list(other);
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = ((String) a.get(i)[0]).compareTo((String) b.get(i)[0]);
      if (c != 0) {
        return c < 0;
      }
      c = Double.compare((Double) a.get(i)[1], (Double) b.get(i)[1]);
      if (c != 0) {
        return c < 0;
      }
    }
    return a.size() < b.size();
  }

  private List<Object[]> list(double[] h) {
    List<Object[]> out = new ArrayList<>();
    for (int i = 0; i < h.length; i++) {
      if (h[i] > 0) {
        out.add(new Object[] {acts.get(i).id(), h[i]});
      }
    }
    return out;
  }

  double total(double[] h) {
    double s = 0;
    for (double x : h) {
      s += x;
    }
    return s;
  }

  double cost(double[] h) {
    double s = 0;
    for (int i = 0; i < h.length; i++) {
      CpdActivity a = acts.get(i);
      s += h[i] * (a.costPerHour() + (a.needsSubstituteCover() ? rate : 0));
    }
    return s;
  }

  private void visit(int i, double[] h, int used, double cost) {
    if (cost > budget + 1e-9 * Math.max(1, budget)) {
      return;
    }
    if (i == acts.size()) {
      for (Map.Entry<String, Double> k : keep.entrySet()) {
        int at = indexOf(k.getKey());
        if (h[at] < k.getValue() - 1e-9) {
          return;
        }
      }
      feasible++;
      double s = scorer.score(ds, plan(h)).score();
      bestScore = Math.max(bestScore, s);
      if (s >= bestScore - 1e-9) {
        plans.add(h.clone());
        scores.add(s);
      }
      return;
    }
    CpdActivity a = acts.get(i);
    int most = (int) Math.floor(Math.min(a.maxHours().orElse(hours), hours) / step + 1e-9);
    int all = (int) Math.floor(hours / step + 1e-9);
    double price = a.costPerHour() + (a.needsSubstituteCover() ? rate : 0);
    for (int k = 0; k <= most && used + k <= all; k++) {
      h[i] = k * step;
      visit(i + 1, h, used + k, cost + h[i] * price);
    }
    h[i] = 0;
  }

  private int indexOf(String id) {
    for (int i = 0; i < acts.size(); i++) {
      if (acts.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException(id);
  }

  /** The plan the contract builds for a vector of hours. */
  CpdPlan plan(double[] h) {
    Optional<CpdPlan> existing = ds.plans().stream()
        .filter(p -> p.teacher().equals(teacher.id())).findFirst();
    List<PlanItem> items = new ArrayList<>();
    for (int i = 0; i < h.length; i++) {
      if (h[i] > 0) {
        CpdActivity a = acts.get(i);
        items.add(PlanItem.builder().activity(a.id()).hours(h[i]).timeAllocated(true)
            .substituteFunded(a.needsSubstituteCover()).costFunded(a.costPerHour() > 0).build());
      }
    }
    CpdPlan.Builder b = CpdPlan.builder().id("oracle").teacher(teacher.id()).items(items)
        .leaderInvolvement(existing.map(CpdPlan::leaderInvolvement)
            .orElse(LeaderInvolvement.ACTIVE));
    existing.flatMap(CpdPlan::facilitator).ifPresent(b::facilitator);
    return b.build();
  }

  /** The (activity, hours) list of a vector, items in id order. */
  List<String> items(double[] h) {
    List<String> out = new ArrayList<>();
    for (Object[] x : list(h)) {
      out.add(x[0] + " " + x[1]);
    }
    return out;
  }
}
