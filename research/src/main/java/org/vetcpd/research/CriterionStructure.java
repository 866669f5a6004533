package org.vetcpd.research;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.RubricRef;

/**
 * The structure of the ten criteria over a cohort: how they correlate, how consistently they
 * measure one thing, and how often each cannot be assessed &mdash; the internal-consistency check
 * the OECD/JRC <i>Handbook on Constructing Composite Indicators</i> (2008) asks of an indicator's
 * components.
 *
 * <ul>
 *   <li><b>Correlations</b>: Pearson's r of each pair of criteria over the plans where both are
 *       assessed (pairwise-complete), with that number of plans; NaN (null in JSON) when fewer
 *       than two plans have both or either criterion does not vary over them.
 *   <li><b>Cronbach's α</b> (1951) over the plans where all ten criteria are assessed
 *       (listwise-complete, {@link #completePlans()}): {@code α = k/(k − 1)·(1 − Σ sᵢ²/s_T²)},
 *       sample variances with divisor {@code n − 1}, {@code s_T²} the variance of the plans' sums.
 *       α-if-deleted: the same with one criterion left out, on the same plans. NaN when there are
 *       fewer than two complete plans or the sums do not vary.
 *   <li><b>Not assessed</b>: the share of plans where each criterion is not assessed.
 * </ul>
 *
 * <p>A criterion value is used as it is, unweighted: α asks whether the criteria measure one
 * thing, not how the rubric weighs them. The values do depend on the rubric's constants, so the
 * structure names the rubric the rows were scored with ({@link #rubric()}).
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonPropertyOrder({
  "rubric", "criteria", "plans", "completePlans", "plansExcluded", "notAssessed", "correlations", "pairs",
  "alpha", "alphaIfDeleted"
})
public final class CriterionStructure {
  private static final int K = Rubric.CRITERIA.size();

  private final RubricRef rubric;
  private final int plans;
  private final int completePlans;
  private final int plansExcluded;
  private final double[] notAssessed;
  private final double[][] correlations;
  private final int[][] pairs;
  private final double alpha;
  private final double[] alphaIfDeleted;

  private CriterionStructure(RubricRef rubric, int plans, int completePlans, int plansExcluded,
      double[] notAssessed, double[][] correlations, int[][] pairs, double alpha,
      double[] alphaIfDeleted) {
    this.rubric = rubric;
    this.plans = plans;
    this.completePlans = completePlans;
    this.plansExcluded = plansExcluded;
    this.notAssessed = notAssessed;
    this.correlations = correlations;
    this.pairs = pairs;
    this.alpha = alpha;
    this.alphaIfDeleted = alphaIfDeleted;
  }

  /**
   * Analyses the criteria of a cohort table scored with a rubric.
   *
   * @param rubric the rubric every row was scored with (named even when there are no rows)
   * @param rows the rows
   * @return the structure
   * @throws IllegalArgumentException if a row was scored with another rubric
   */
  public static CriterionStructure of(RubricRef rubric, List<CohortRow> rows) {
    requireNonNull(rubric, "rubric");
    requireNonNull(rows, "rows");
    for (CohortRow r : rows) {
      if (!rubric.equals(requireNonNull(r, "row").rubric())) {
        throw new IllegalArgumentException("plan " + r.plan() + " was scored with rubric "
            + r.rubric() + ", not " + rubric);
      }
    }
    return of(rubric, Sensitivity.criterionValues(rows), 0);
  }

  /** Analyses criterion values, one row per plan, NaN when not assessed. */
  static CriterionStructure of(RubricRef rubric, double[][] values, int excluded) {
    int n = values.length;
    int k = n == 0 ? K : values[0].length;
    double[] missing = new double[k];
    for (double[] row : values) {
      for (int i = 0; i < k; i++) {
        if (Double.isNaN(row[i])) {
          missing[i]++;
        }
      }
    }
    for (int i = 0; i < k; i++) {
      missing[i] = n == 0 ? Double.NaN : missing[i] / n;
    }
    double[][] r = new double[k][k];
    int[][] m = new int[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double[][] xy = complete(values, i, j);
        m[i][j] = xy[0].length;
        r[i][j] = xy[0].length < 2 ? Double.NaN : Ranks.pearson(xy[0], xy[1]);
      }
    }
    double[][] complete = Arrays.stream(values).filter(row -> {
      for (double v : row) {
        if (Double.isNaN(v)) {
          return false;
        }
      }
      return true;
    }).toArray(double[][]::new);
    boolean[] all = new boolean[k];
    Arrays.fill(all, true);
    double a = alpha(complete, all);
    double[] deleted = new double[k];
    for (int i = 0; i < k; i++) {
      all[i] = false;
      deleted[i] = alpha(complete, all);
      all[i] = true;
    }
    return new CriterionStructure(rubric, n, complete.length, excluded, missing, r, m, a, deleted);
  }

  private static double[][] complete(double[][] values, int i, int j) {
    int c = 0;
    for (double[] row : values) {
      if (!Double.isNaN(row[i]) && !Double.isNaN(row[j])) {
        c++;
      }
    }
    double[] x = new double[c];
    double[] y = new double[c];
    c = 0;
    for (double[] row : values) {
      if (!Double.isNaN(row[i]) && !Double.isNaN(row[j])) {
        x[c] = row[i];
        y[c] = row[j];
        c++;
      }
    }
    return new double[][] {x, y};
  }

  /** Cronbach's α of the items kept, over complete rows; NaN if undefined. */
  static double alpha(double[][] rows, boolean[] keep) {
    int n = rows.length;
    int items = 0;
    for (boolean b : keep) {
      items += b ? 1 : 0;
    }
    if (n < 2 || items < 2) {
      return Double.NaN;
    }
    double itemVariances = 0;
    double[] sums = new double[n];
    for (int i = 0; i < keep.length; i++) {
      if (!keep[i]) {
        continue;
      }
      double[] column = new double[n];
      for (int p = 0; p < n; p++) {
        column[p] = rows[p][i];
        sums[p] += rows[p][i];
      }
      itemVariances += variance(column);
    }
    double total = variance(sums);
    return total > 0 ? (double) items / (items - 1) * (1 - itemVariances / total) : Double.NaN;
  }

  private static double variance(double[] x) {
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= x.length;
    double ss = 0;
    for (double v : x) {
      ss += (v - mean) * (v - mean);
    }
    return ss / (x.length - 1);
  }

  /**
   * Returns a copy that records how many empty plans the caller left out.
   *
   * @param excluded the number, at least 0
   * @return the copy
   */
  public CriterionStructure withPlansExcluded(int excluded) {
    return new CriterionStructure(rubric, plans, completePlans, excluded, notAssessed,
        correlations, pairs, alpha, alphaIfDeleted);
  }

  /**
   * Returns the rubric the rows were scored with: its id, version and fingerprint (JSON {@code
   * "rubric": {"id", "version", "fingerprint"}}; CSV columns {@code rubric_id, rubric_version,
   * rubric_fingerprint}).
   *
   * @return the rubric's reference
   */
  @JsonProperty("rubric")
  public RubricRef rubric() {
    return rubric;
  }

  /**
   * Returns the criterion ids, in the order of every matrix and list here.
   *
   * @return the ids
   */
  @JsonProperty("criteria")
  public ImmutableList<String> criteria() {
    return Rubric.CRITERIA;
  }

  /**
   * Returns the number of plans.
   *
   * @return the number
   */
  @JsonProperty("plans")
  public int plans() {
    return plans;
  }

  /**
   * Returns the number of plans where every criterion is assessed: α's plans.
   *
   * @return the number
   */
  @JsonProperty("completePlans")
  public int completePlans() {
    return completePlans;
  }

  /**
   * Returns the number of empty plans the caller left out; 0 when none were.
   *
   * @return the number
   */
  @JsonProperty("plansExcluded")
  public int plansExcluded() {
    return plansExcluded;
  }

  /**
   * Returns the share of plans where a criterion is not assessed.
   *
   * @param criterion the criterion id
   * @return the share; NaN without plans
   */
  public double notAssessed(String criterion) {
    return notAssessed[index(criterion)];
  }

  /**
   * Returns the pairwise-complete correlation of two criteria.
   *
   * @param a a criterion id
   * @param b a criterion id
   * @return Pearson's r; NaN when undefined
   */
  public double correlation(String a, String b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    return correlations[index(a)][index(b)];
  }

  /**
   * Returns the number of plans where both criteria are assessed.
   *
   * @param a a criterion id
   * @param b a criterion id
   * @return the number
   */
  public int pairs(String a, String b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    return pairs[index(a)][index(b)];
  }

  /**
   * Returns Cronbach's α of the ten criteria.
   *
   * @return α; NaN when undefined
   */
  public double alpha() {
    return alpha;
  }

  /**
   * Returns Cronbach's α of the other nine criteria when one is left out.
   *
   * @param criterion the criterion left out
   * @return α; NaN when undefined
   */
  public double alphaIfDeleted(String criterion) {
    return alphaIfDeleted[index(criterion)];
  }

  private static int index(String criterion) {
    CohortColumns.checkCriterion(criterion);
    return Rubric.CRITERIA.indexOf(criterion);
  }

  @JsonProperty("notAssessed")
  Map<String, Double> jsonNotAssessed() {
    return byCriterion(notAssessed);
  }

  @JsonProperty("correlations")
  Map<String, Map<String, Double>> jsonCorrelations() {
    Map<String, Map<String, Double>> m = new LinkedHashMap<>();
    for (int i = 0; i < K; i++) {
      m.put(Rubric.CRITERIA.get(i), byCriterion(correlations[i]));
    }
    return m;
  }

  @JsonProperty("pairs")
  Map<String, Map<String, Integer>> jsonPairs() {
    Map<String, Map<String, Integer>> m = new LinkedHashMap<>();
    for (int i = 0; i < K; i++) {
      Map<String, Integer> row = new LinkedHashMap<>();
      for (int j = 0; j < K; j++) {
        row.put(Rubric.CRITERIA.get(j), pairs[i][j]);
      }
      m.put(Rubric.CRITERIA.get(i), row);
    }
    return m;
  }

  @JsonProperty("alpha")
  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
  Double jsonAlpha() {
    return Double.isFinite(alpha) ? alpha : null;
  }

  @JsonProperty("alphaIfDeleted")
  Map<String, Double> jsonAlphaIfDeleted() {
    return byCriterion(alphaIfDeleted);
  }

  private static Map<String, Double> byCriterion(double[] values) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < K; i++) {
      m.put(Rubric.CRITERIA.get(i), Double.isFinite(values[i]) ? values[i] : null);
    }
    return m;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CriterionStructure)) {
      return false;
    }
    CriterionStructure x = (CriterionStructure) o;
    return rubric.equals(x.rubric) && plans == x.plans && completePlans == x.completePlans
        && plansExcluded == x.plansExcluded && Double.compare(alpha, x.alpha) == 0
        && Arrays.equals(notAssessed, x.notAssessed)
        && Arrays.deepEquals(correlations, x.correlations) && Arrays.deepEquals(pairs, x.pairs)
        && Arrays.equals(alphaIfDeleted, x.alphaIfDeleted);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(correlations) * 31 + Double.hashCode(alpha);
  }

  @Override
  public String toString() {
    return "CriterionStructure[" + rubric + ", plans " + plans + ", complete " + completePlans + ", alpha "
        + alpha + "]";
  }
}
