package org.vetcpd.research;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.vetcpd.core.Dataset;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.RubricRef;
import org.vetcpd.rules.TailoringScorer;

/**
 * How two rubrics A and B order and band the same cohort: Kendall's τ-b and Spearman's ρ of the
 * plans' scores, Cohen's weighted κ of their bands with quadratic weights, the band-transition
 * matrix (rows A, columns B) and the plans that move most.
 *
 * <p><b>Statistics.</b> τ-b: see {@link KendallTau}. ρ: Pearson's correlation of the two sets of
 * ranks, tied scores sharing their mean rank (so ρ is defined with ties). κ (Cohen, 1968): bands
 * as ordered categories {@code GENERIC < PARTLY_TAILORED < TAILORED}, disagreement weight {@code
 * (i − j)²/(k − 1)²}, {@code κ = 1 − Σ wᵢⱼ·Oᵢⱼ / Σ wᵢⱼ·Eᵢⱼ} with {@code O} the observed shares and
 * {@code E} the product of the margins; 1 for perfect agreement, 0 for chance agreement. Each is
 * undefined (NaN, null in JSON) when its denominator is 0: fewer than two plans, all scores tied,
 * or both rubrics putting every plan in the same band. Movers: the plans ordered by {@code |rank
 * shift|}, then {@code |score change|}, both largest first, then plan order.
 *
 * <pre>{@code
 * RubricComparison c = RubricComparison.of(dataset, Rubric.standard(), mine);
 * c.kendallTauB(); c.weightedKappa(); c.transitions().get(Band.TAILORED).get(Band.GENERIC);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({
  "rubricA", "rubricB", "plans", "plansExcluded", "kendallTauB", "spearman", "weightedKappa",
  "transitions", "movers"
})
public abstract class AbstractRubricComparison {
  /** The default number of movers. */
  public static final int DEFAULT_MOVERS = 10;

  AbstractRubricComparison() {}

  /**
   * Scores a data set under two rubrics and compares them, keeping {@value #DEFAULT_MOVERS}
   * movers.
   *
   * @param dataset the data set
   * @param a rubric A
   * @param b rubric B
   * @return the comparison
   */
  public static RubricComparison of(Dataset dataset, Rubric a, Rubric b) {
    requireNonNull(dataset, "dataset");
    return of(a.ref(), CohortTable.of(TailoringScorer.of(requireNonNull(a, "a")), dataset),
        b.ref(), CohortTable.of(TailoringScorer.of(requireNonNull(b, "b")), dataset),
        DEFAULT_MOVERS);
  }

  /**
   * Compares two cohort tables of the same plans, in the same order, scored under two rubrics.
   *
   * @param a the rubric of the first table
   * @param rowsA the rows under A
   * @param b the rubric of the second table
   * @param rowsB the rows under B, plan for plan
   * @param movers how many movers to keep, at least 0
   * @return the comparison
   * @throws IllegalArgumentException if the tables do not hold the same plans in the same order
   */
  public static RubricComparison of(RubricRef a, List<CohortRow> rowsA, RubricRef b,
      List<CohortRow> rowsB, int movers) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    requireNonNull(rowsA, "rowsA");
    requireNonNull(rowsB, "rowsB");
    checkArgument(movers >= 0, "movers must be >= 0, was %s", movers);
    checkArgument(rowsA.size() == rowsB.size(), "%s rows under A but %s under B", rowsA.size(),
        rowsB.size());
    int n = rowsA.size();
    double[] sa = new double[n];
    double[] sb = new double[n];
    int[] ba = new int[n];
    int[] bb = new int[n];
    for (int p = 0; p < n; p++) {
      CohortRow x = rowsA.get(p);
      CohortRow y = rowsB.get(p);
      checkArgument(x.plan().equals(y.plan()), "row %s is plan %s under A but %s under B", p,
          x.plan(), y.plan());
      sa[p] = x.score();
      sb[p] = y.score();
      ba[p] = order(x.band());
      bb[p] = order(y.band());
    }
    double[] ra = Ranks.descending(sa);
    double[] rb = Ranks.descending(sb);
    List<Mover> all = new ArrayList<>(n);
    Map<Band, Map<Band, Integer>> counts = new EnumMap<>(Band.class);
    for (Band x : Band.values()) {
      Map<Band, Integer> row = new EnumMap<>(Band.class);
      for (Band y : Band.values()) {
        row.put(y, 0);
      }
      counts.put(x, row);
    }
    for (int p = 0; p < n; p++) {
      CohortRow x = rowsA.get(p);
      CohortRow y = rowsB.get(p);
      all.add(Mover.builder().plan(x.plan()).teacher(x.teacher()).scoreA(sa[p]).scoreB(sb[p])
          .bandA(x.band()).bandB(y.band()).rankA(ra[p]).rankB(rb[p]).build());
      counts.get(x.band()).merge(y.band(), 1, Integer::sum);
    }
    ImmutableMap.Builder<Band, ImmutableMap<Band, Integer>> transitions = ImmutableMap.builder();
    counts.forEach((x, row) -> transitions.put(x, Maps.immutableEnumMap(row)));
    List<Mover> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparingDouble((Mover m) -> -Math.abs(m.rankShift()))
        .thenComparingDouble(m -> -Math.abs(m.scoreChange())));
    return RubricComparison.builder()
        .rubricA(a)
        .rubricB(b)
        .plans(n)
        .kendallTauB(n < 2 ? Double.NaN : KendallTau.tauB(sa, sb))
        .spearman(n < 2 ? Double.NaN : Ranks.pearson(ra, rb))
        .weightedKappa(weightedKappa(ba, bb, Band.values().length))
        .transitions(transitions.buildOrThrow())
        .movers(sorted.subList(0, Math.min(movers, n)))
        .changes(all)
        .build();
  }

  /** GENERIC 0, PARTLY_TAILORED 1, TAILORED 2: the bands as ordered categories. */
  static int order(Band band) {
    return Band.values().length - 1 - band.ordinal();
  }

  /**
   * Cohen's weighted κ with quadratic disagreement weights of two ratings in {@code 0 … k − 1};
   * NaN when the expected disagreement is 0.
   */
  static double weightedKappa(int[] a, int[] b, int k) {
    int n = a.length;
    if (n == 0) {
      return Double.NaN;
    }
    double[][] observed = new double[k][k];
    double[] rowMargin = new double[k];
    double[] colMargin = new double[k];
    for (int i = 0; i < n; i++) {
      observed[a[i]][b[i]] += 1.0 / n;
      rowMargin[a[i]] += 1.0 / n;
      colMargin[b[i]] += 1.0 / n;
    }
    double o = 0;
    double e = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double w = (double) (i - j) * (i - j) / ((k - 1) * (k - 1));
        o += w * observed[i][j];
        e += w * rowMargin[i] * colMargin[j];
      }
    }
    return e > 0 ? 1 - o / e : Double.NaN;
  }

  /**
   * Returns rubric A's id and version.
   *
   * @return the reference
   */
  @JsonProperty("rubricA")
  public abstract RubricRef rubricA();

  /**
   * Returns rubric B's id and version.
   *
   * @return the reference
   */
  @JsonProperty("rubricB")
  public abstract RubricRef rubricB();

  /**
   * Returns the number of plans compared.
   *
   * @return the number
   */
  @JsonProperty("plans")
  public abstract int plans();

  /**
   * Returns the number of plans left out as empty, when the caller left them out; 0 otherwise.
   *
   * @return the number
   */
  @JsonProperty("plansExcluded")
  @Value.Default
  public int plansExcluded() {
    return 0;
  }

  /**
   * Returns Kendall's τ-b of the scores under A and under B.
   *
   * @return τ-b; NaN when undefined (null in JSON)
   */
  @JsonIgnore
  public abstract double kendallTauB();

  /**
   * Returns Spearman's ρ of the scores (Pearson's r of the mean ranks).
   *
   * @return ρ; NaN when undefined (null in JSON)
   */
  @JsonIgnore
  public abstract double spearman();

  /**
   * Returns Cohen's κ of the bands with quadratic weights.
   *
   * @return κ; NaN when undefined (null in JSON)
   */
  @JsonIgnore
  public abstract double weightedKappa();

  /**
   * Returns the band-transition matrix: band under A → band under B → number of plans; every
   * band present in both keys.
   *
   * @return the counts
   */
  @JsonProperty("transitions")
  public abstract ImmutableMap<Band, ImmutableMap<Band, Integer>> transitions();

  /**
   * Returns the plans that move most, largest rank shift first.
   *
   * @return the movers
   */
  @JsonProperty("movers")
  public abstract ImmutableList<Mover> movers();

  /**
   * Returns every plan under both rubrics, in plan order (the CSV table of {@code compare}).
   *
   * @return one entry per plan
   */
  @JsonIgnore
  public abstract ImmutableList<Mover> changes();

  @JsonProperty("kendallTauB")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  Double jsonKendallTauB() {
    return Double.isNaN(kendallTauB()) ? null : kendallTauB();
  }

  @JsonProperty("spearman")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  Double jsonSpearman() {
    return Double.isNaN(spearman()) ? null : spearman();
  }

  @JsonProperty("weightedKappa")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  Double jsonWeightedKappa() {
    return Double.isNaN(weightedKappa()) ? null : weightedKappa();
  }
}
