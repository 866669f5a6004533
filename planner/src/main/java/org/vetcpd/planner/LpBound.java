package org.vetcpd.planner;

import java.util.ArrayList;
import java.util.List;

/**
 * A proven upper bound on the best score of the plans with exactly {@code n} steps, {@code T = n·S}
 * hours, from a linear relaxation (docs/planner.md, "The bound").
 *
 * <p>With {@code T} fixed every criterion is a concave function of the hour shares {@code xᵢ =
 * hᵢ/T}: needs-alignment and driver-response are sums of {@code min(linear, constant)},
 * vocational-focus, industry-contact ({@code H_ind = T·Σ xᵢ·indᵢ}) and collaboration are {@code
 * min(1, linear)}, the hour shares are linear, facilitation is a constant of the teacher. Coverage,
 * a step function, is replaced by the concave {@code min(1, Eₐ / (coveredFraction·tₐ))} above it.
 * Each {@code min} becomes an auxiliary variable under both arguments, which gives a linear
 * program whose maximum bounds every plan of {@code n} steps; {@code Σ xᵢ ≤ 1} instead of {@code =
 * 1} only enlarges the feasible set. Whether knowledge-integration is assessed changes the mean's
 * denominator, so both cases are bounded separately: assessed (every candidate allowed, its weight
 * in the denominator) and not assessed (only candidates naming no knowledge category).
 */
final class LpBound {
  /** Added to every bound: the tableau's rounding, far above its size, far below a score step. */
  static final double MARGIN = 1e-7;

  private LpBound() {}

  /** The bound of one level and the relaxation's hours per candidate (for rounding). */
  static final class Level {
    final int n;
    final double bound;
    final double[] hours;

    Level(int n, double bound, double[] hours) {
      this.n = n;
      this.bound = bound;
      this.hours = hours;
    }
  }

  /** Bounds level {@code n}; {@code bound} is −∞ when no plan of {@code n} steps is feasible. */
  static Level level(Model m, int n) {
    Level a = solve(m, n, true);
    Level b = solve(m, n, false);
    return a.bound >= b.bound ? a : b;
  }

  private static Level solve(Model m, int n, boolean knowledgeAssessed) {
    int size = m.size();
    double total = n * m.step;
    double[] low = new double[size];
    double[] range = new double[size];
    double keptShare = 0;
    double keptCost = 0;
    for (int i = 0; i < size; i++) {
      boolean allowed = knowledgeAssessed || m.perHour[i][Model.NAMED] == 0;
      double lo = m.minSteps[i] * m.step;
      if (!allowed && lo > 0) {
        return new Level(n, Double.NEGATIVE_INFINITY, null);
      }
      low[i] = lo / total;
      double hi = allowed ? Math.min(m.maxSteps[i], n) * m.step : 0;
      range[i] = Math.max(0, (hi - lo) / total);
      keptShare += low[i];
      keptCost += lo * m.price[i];
    }
    if (keptShare > 1 + Model.EPS || !m.affordable(keptCost)) {
      return new Level(n, Double.NEGATIVE_INFINITY, null);
    }
    if (!knowledgeAssessed && n > 0) {
      boolean any = false;
      for (int i = 0; i < size; i++) {
        any |= range[i] > 0 || low[i] > 0;
      }
      if (!any) {
        return new Level(n, Double.NEGATIVE_INFINITY, null);
      }
    }
    double[] w = m.weights;
    double denominator = w[0] + w[1] + w[2] + w[3] + w[5] + w[6] + w[7] + w[9]
        + (m.driversAssessed ? w[4] : 0) + (knowledgeAssessed ? w[8] : 0);
    if (!(denominator > 0)) {
      return new Level(n, 0, new double[size]);
    }
    // Columns: the candidates' shares, then the auxiliary variables.
    List<double[]> rowsA = new ArrayList<>();
    List<Double> rhs = new ArrayList<>();
    List<Double> cost = new ArrayList<>();
    List<Double> upper = new ArrayList<>();
    double constant = w[6] * m.facilitation;
    for (int i = 0; i < size; i++) {
      double[] p = m.perHour[i];
      double linear = w[2] * p[Model.CTX] + w[9] * p[Model.SUSTAINED]
          + (knowledgeAssessed ? w[8] * p[Model.INTEGRATES] : 0);
      cost.add(linear);
      upper.add(range[i]);
      constant += linear * low[i];
    }
    // Σ x ≤ 1 − kept share
    addRow(rowsA, rhs, size, -1, 0, coefficients(m, size, i -> 1.0), 1 - keptShare);
    if (Double.isFinite(m.budget())) {
      addRow(rowsA, rhs, size, -1, 0,
          coefficients(m, size, i -> m.price[i] * total), m.budgetWithTolerance() - keptCost);
    }
    for (int k = 0; k < Model.AREAS; k++) {
      final int area = k;
      addAux(m, rowsA, rhs, cost, upper, size, w[0], m.target[k], i -> m.perHour[i][area], low);
    }
    double asked = m.askedVocational;
    addAux(m, rowsA, rhs, cost, upper, size, w[1], 1,
        i -> (m.perHour[i][Model.VOC] + m.perHour[i][Model.IND]) / asked, low);
    addAux(m, rowsA, rhs, cost, upper, size, w[3], 1,
        i -> m.perHour[i][Model.INDUSTRY] * total / m.required, low);
    if (m.driversAssessed) {
      for (int j = 0; j < m.pulls.length; j++) {
        if (m.pullWeights[j] <= 0) {
          continue;
        }
        for (int k = 0; k < Model.AREAS; k++) {
          final int area = k;
          addAux(m, rowsA, rhs, cost, upper, size, w[4] * m.pullWeights[j] / m.pullWeightSum,
              m.pulls[j][k], i -> m.perHour[i][area], low);
        }
      }
    }
    addAux(m, rowsA, rhs, cost, upper, size, w[5], 1,
        i -> m.perHour[i][Model.COLLAB] / m.rubric.collaborationTarget(), low);
    if (m.neededCount == 0) {
      constant += w[7];
    } else {
      for (int k = 0; k < Model.AREAS; k++) {
        if (!m.needed[k]) {
          continue;
        }
        double limit = m.rubric.coveredFraction() * m.target[k] - Model.EPS;
        if (limit <= 0) {
          constant += w[7] / m.neededCount;
          continue;
        }
        final int area = k;
        addAux(m, rowsA, rhs, cost, upper, size, w[7] / m.neededCount, 1,
            i -> m.perHour[i][area] / limit, low);
      }
    }
    int cols = cost.size();
    double[][] a = new double[rowsA.size()][];
    for (int r = 0; r < a.length; r++) {
      a[r] = java.util.Arrays.copyOf(rowsA.get(r), cols);
    }
    double[] b = new double[rhs.size()];
    for (int r = 0; r < b.length; r++) {
      b[r] = Math.max(0, rhs.get(r));
    }
    double[] c = new double[cols];
    double[] u = new double[cols];
    for (int j = 0; j < cols; j++) {
      c[j] = cost.get(j);
      u[j] = upper.get(j);
    }
    Simplex simplex = new Simplex(a, b, c, u);
    double lp = simplex.solve(20_000);
    double bound = Double.isFinite(lp) ? Math.min(100, 100 * (constant + lp) / denominator) : 100;
    double[] hours = new double[size];
    for (int i = 0; i < size; i++) {
      hours[i] = (low[i] + simplex.x[i]) * total;
    }
    return new Level(n, bound + MARGIN, hours);
  }

  private interface Coefficient {
    double of(int i);
  }

  private static double[] coefficients(Model m, int size, Coefficient f) {
    double[] row = new double[size];
    for (int i = 0; i < size; i++) {
      row[i] = f.of(i);
    }
    return row;
  }

  private static void addRow(List<double[]> rows, List<Double> rhs, int size, int auxColumn,
      double auxCoefficient, double[] structural, double b) {
    double[] row = java.util.Arrays.copyOf(structural, Math.max(size, auxColumn + 1));
    if (auxColumn >= 0) {
      row[auxColumn] = auxCoefficient;
    }
    rows.add(row);
    rhs.add(b);
  }

  /**
   * Adds {@code v ∈ [0, cap]} with objective weight {@code weight} and the row {@code v − Σ xᵢ·fᵢ
   * ≤ Σ lowᵢ·fᵢ}: {@code v ≤ min(cap, Σ (lowᵢ + xᵢ)·fᵢ)}.
   */
  private static void addAux(Model m, List<double[]> rows, List<Double> rhs, List<Double> cost,
      List<Double> upper, int size, double weight, double cap, Coefficient f, double[] low) {
    if (weight <= 0 || cap <= 0) {
      return;
    }
    int column = cost.size();
    cost.add(weight);
    upper.add(cap);
    double[] row = new double[size];
    double b = 0;
    for (int i = 0; i < size; i++) {
      double fi = f.of(i);
      row[i] = -fi;
      b += low[i] * fi;
    }
    addRow(rows, rhs, size, column, 1, row, b);
  }
}
