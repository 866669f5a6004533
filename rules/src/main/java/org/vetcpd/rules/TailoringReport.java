package org.vetcpd.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.json.JsonOptions;

/**
 * The explained tailoring score of one CPD plan: the score and its band, the target and emphasis
 * vectors, each criterion's value, weight, contribution, evidence and finding, and
 * recommendations &mdash; concrete edits of the plan ranked by the score the edited plan gets.
 *
 * <p>The report <em>is</em> the sum of its parts: the criteria's contributions add up to the score
 * (to floating-point tolerance). A report from {@link TailoringScorer} builds its criteria when
 * {@link #criteria()} is first called, each criterion's evidence and finding in words when they are
 * first read, and its recommendations when {@link #recommendations()} is first called, so that
 * plain scoring, or a table of values and contributions, pays for no words; all are then kept.
 * Equality compares every field, criteria and recommendations included (and so computes them).
 *
 * <p>JSON ({@code VetcpdJson.write(report)}): {@code plan}, {@code teacher}, {@code rubric}
 * ({@code {id, version, fingerprint}}), {@code score}, {@code band}, {@code target}, {@code emphasis},
 * {@code criteria}, {@code recommendations}. {@link #toText()} is a block for people to read.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({
  "plan", "teacher", "rubric", "score", "band", "target", "emphasis", "criteria",
  "recommendations"
})
public final class TailoringReport {
  private final String plan;
  private final String teacher;
  /** As read; null when scored here, where the scorer's rubric gives it on request. */
  private final RubricRef rubric;
  private final double score;
  private final Band band;
  private final double[] target;
  private final double[] emphasis;

  /** What the criteria and recommendations are computed from, on request; null when read. */
  private final TailoringScorer scorer;
  private final Kernel.Scored scored;
  private volatile PlanContext context;
  private final double[] values;

  private volatile ImmutableList<CriterionResult> criteria;
  private volatile ImmutableList<Recommendation> recommendations;
  /** Sets {@link #recommendations} once, without a lock. */
  private static final VarHandle RECOMMENDATIONS;

  static {
    try {
      RECOMMENDATIONS = MethodHandles.lookup().findVarHandle(TailoringReport.class,
          "recommendations", ImmutableList.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** A report of the kernel: its criteria's context is built from the resolved plan on demand. */
  TailoringReport(TailoringScorer scorer, Kernel.Scored scored, double[] values, double score,
      Band band) {
    this.plan = scored.plan.id();
    this.teacher = scored.who.teacher.id();
    this.rubric = null; // the scorer's, on request
    this.score = score;
    this.band = band;
    this.target = scored.drivers.target;
    this.emphasis = scored.emphasis;
    this.scorer = scorer;
    this.scored = scored;
    this.values = values;
  }

  /** A report of a context scored otherwise, e.g. by the tests' reference path. */
  TailoringReport(TailoringScorer scorer, PlanContext context, double[] values, double score,
      Band band) {
    this.plan = context.plan.id();
    this.teacher = context.teacher.id();
    this.rubric = null; // the scorer's, on request
    this.score = score;
    this.band = band;
    this.target = context.target;
    this.emphasis = context.emphasis;
    this.scorer = scorer;
    this.scored = null;
    this.context = context;
    this.values = values;
  }

  /** Returns the plan's context, built once on demand; null for a report read from JSON. */
  PlanContext context() {
    PlanContext c = context;
    if (c == null && scored != null) {
      c = scored.context();
      context = c; // a benign race: equal contexts
    }
    return c;
  }

  private TailoringReport(String plan, String teacher, RubricRef rubric, double score, Band band,
      double[] target, double[] emphasis, ImmutableList<CriterionResult> criteria,
      ImmutableList<Recommendation> recommendations) {
    this.plan = plan;
    this.teacher = teacher;
    this.rubric = rubric;
    this.score = score;
    this.band = band;
    this.target = target;
    this.emphasis = emphasis;
    this.scorer = null;
    this.scored = null;
    this.context = null;
    this.values = null;
    this.criteria = criteria;
    this.recommendations = recommendations;
  }

  /**
   * Returns a report from its parts, e.g. as read from JSON.
   *
   * @param plan the plan's id
   * @param teacher the teacher's id
   * @param rubric the rubric's id, version and fingerprint
   * @param score the score, in [0, 100]
   * @param band the band
   * @param target the target, every area present
   * @param emphasis the emphasis, every area present
   * @param criteria the criteria's results, one per criterion in {@link Rubric#CRITERIA} order
   * @param recommendations the recommendations, best first
   * @return the report
   * @throws IllegalArgumentException if a part is out of range or criteria are missing
   */
  @JsonCreator
  public static TailoringReport of(
      @JsonProperty(value = "plan", required = true) String plan,
      @JsonProperty(value = "teacher", required = true) String teacher,
      @JsonProperty(value = "rubric", required = true) RubricRef rubric,
      @JsonProperty(value = "score", required = true) double score,
      @JsonProperty(value = "band", required = true) Band band,
      @JsonProperty(value = "target", required = true) Map<CompetenceArea, Double> target,
      @JsonProperty(value = "emphasis", required = true) Map<CompetenceArea, Double> emphasis,
      @JsonProperty(value = "criteria", required = true) List<CriterionResult> criteria,
      @JsonProperty(value = "recommendations", required = true)
          List<Recommendation> recommendations) {
    requireNonNull(plan, "plan");
    requireNonNull(teacher, "teacher");
    requireNonNull(rubric, "rubric");
    requireNonNull(band, "band");
    requireNonNull(target, "target");
    requireNonNull(emphasis, "emphasis");
    requireNonNull(criteria, "criteria");
    requireNonNull(recommendations, "recommendations");
    checkArgument(score >= 0 && score <= 100, "score must be in [0, 100], was %s", score);
    ImmutableList<CriterionResult> c = ImmutableList.copyOf(criteria);
    checkArgument(c.size() == Rubric.CRITERIA.size(), "criteria must hold the %s criteria %s",
        Rubric.CRITERIA.size(), Rubric.CRITERIA);
    for (int k = 0; k < c.size(); k++) {
      checkArgument(c.get(k).id().equals(Rubric.CRITERIA.get(k)),
          "criteria[%s] must be %s, was %s", k, Rubric.CRITERIA.get(k), c.get(k).id());
    }
    return new TailoringReport(plan, teacher, rubric, score, band, vector("target", target),
        vector("emphasis", emphasis), c, ImmutableList.copyOf(recommendations));
  }

  /**
   * Reads a report back from the JSON that {@code VetcpdJson.write(report)} writes, strictly, and
   * checks that it is the sum of its parts, listing every problem with its path: ids not blank,
   * numbers in range, target summing to 1 and emphasis to at most 1, {@code needs-alignment} equal
   * to the overlap of the two, each contribution equal to {@code 100 · w · value / Σ w} over the
   * assessed criteria, the score equal to their sum (to within 1e-9), known recommendation actions
   * that raise the score, best first. A report that names the standard rubric's fingerprint is
   * also checked against its weights and band limits; for another rubric use {@link
   * #parse(String, Rubric)}.
   *
   * @param json the JSON text
   * @return the report, equal to the one written
   * @throws org.vetcpd.core.ValidationException if the text is not a valid report
   */
  public static TailoringReport parse(String json) {
    return ReportReader.parse(requireNonNull(json, "json"), null, JsonOptions.strict());
  }

  /**
   * Reads a report back as {@link #parse(String)} does, with the given limits: at most {@link
   * JsonOptions#maxProblems()} problems are listed, then one line {@code … and N more problems}
   * with the exact count of the others.
   *
   * @param json the JSON text
   * @param options the reading options (limits and problem cap)
   * @return the report, equal to the one written
   * @throws org.vetcpd.core.ValidationException if the text is not a valid report
   */
  public static TailoringReport parse(String json, JsonOptions options) {
    return ReportReader.parse(requireNonNull(json, "json"), null,
        requireNonNull(options, "options"));
  }

  /**
   * Reads a report back as {@link #parse(String)} does, and also checks that it was scored with
   * this rubric: its fingerprint, its weights and the band its limits give the score.
   *
   * @param json the JSON text
   * @param rubric the rubric the report must have been scored with
   * @return the report, equal to the one written
   * @throws org.vetcpd.core.ValidationException listing every problem, each with its path
   */
  public static TailoringReport parse(String json, Rubric rubric) {
    return parse(json, rubric, JsonOptions.strict());
  }

  /**
   * Reads a report back as {@link #parse(String, Rubric)} does, with the given limits; see {@link
   * #parse(String, JsonOptions)}.
   *
   * @param json the JSON text
   * @param rubric the rubric the report must have been scored with
   * @param options the reading options (limits and problem cap)
   * @return the report, equal to the one written
   * @throws org.vetcpd.core.ValidationException listing the problems, each with its path
   */
  public static TailoringReport parse(String json, Rubric rubric, JsonOptions options) {
    requireNonNull(rubric, "rubric");
    return ReportReader.parse(requireNonNull(json, "json"), rubric,
        requireNonNull(options, "options"));
  }

  private static double[] vector(String name, Map<CompetenceArea, Double> map) {
    double[] v = new double[PlanContext.AREAS.length];
    for (CompetenceArea a : PlanContext.AREAS) {
      Double x = map.get(a);
      checkArgument(x != null && x >= 0 && x <= 1 + Tolerance.EPSILON,
          "%s.%s must be a share in [0, 1], was %s", name, a, x);
      v[a.ordinal()] = x;
    }
    return v;
  }

  /** The kernel that scored the plan (for the tests: which one a scorer used). */
  Kernel kernel() {
    return scored.kernel;
  }

  /**
   * Returns the id of the plan scored.
   *
   * @return the plan id
   */
  @JsonProperty("plan")
  public String plan() {
    return plan;
  }

  /**
   * Returns the id of the plan's teacher.
   *
   * @return the teacher id
   */
  @JsonProperty("teacher")
  public String teacher() {
    return teacher;
  }

  /**
   * Returns the id, version and fingerprint of the rubric the plan was scored with.
   *
   * @return the rubric reference
   */
  @JsonProperty("rubric")
  public RubricRef rubric() {
    return rubric != null ? rubric : scorer.ref();
  }

  /**
   * Returns the score: {@code 100 · Σ w·value / Σ w} over the assessed criteria, 0 for a plan
   * without items.
   *
   * @return the score, in [0, 100]
   */
  @JsonProperty("score")
  public double score() {
    return score;
  }

  /**
   * Returns the band of the score.
   *
   * @return the band
   */
  @JsonProperty("band")
  public Band band() {
    return band;
  }

  /**
   * Returns the target {@code t = λ·n + (1 − λ)·d}: the teacher's need blended with the drivers'
   * pull.
   *
   * @return the share of each area, every area present, summing to 1
   */
  @JsonProperty("target")
  public ImmutableMap<CompetenceArea, Double> target() {
    return PlanContext.toMap(target);
  }

  /**
   * Returns the plan's emphasis {@code E}: the share of the plan's hours in each area, counting only
   * items that fit the teacher's programme (so it sums to less than 1 when some do not).
   *
   * @return the share of each area, every area present
   */
  @JsonProperty("emphasis")
  public ImmutableMap<CompetenceArea, Double> emphasis() {
    return PlanContext.toMap(emphasis);
  }

  /**
   * Returns the result of each criterion, in {@link Rubric#CRITERIA} order.
   *
   * @return the ten results
   */
  @JsonProperty("criteria")
  public ImmutableList<CriterionResult> criteria() {
    ImmutableList<CriterionResult> c = criteria;
    if (c == null) {
      synchronized (this) {
        c = criteria;
        if (c == null) {
          c = explain();
          criteria = c;
        }
      }
    }
    return c;
  }

  /**
   * Returns the result of one criterion.
   *
   * @param id a criterion id, one of {@link Rubric#CRITERIA}
   * @return the result
   * @throws IllegalArgumentException if the id is not a criterion's
   */
  public CriterionResult criterion(String id) {
    int k = Criteria.index(requireNonNull(id, "id"));
    checkArgument(k >= 0, "unknown criterion \"%s\"; expected one of %s", id, Rubric.CRITERIA);
    return criteria().get(k);
  }

  /**
   * Returns one criterion's value, without building the criteria's evidence and findings: the
   * cheap way to a table of values ({@link #criteria()} explains each value in words, which costs
   * far more than scoring did).
   *
   * @param id a criterion id, one of {@link Rubric#CRITERIA}
   * @return the value in [0, 1], empty when the criterion was not assessed
   * @throws IllegalArgumentException if the id is not a criterion's
   */
  public OptionalDouble value(String id) {
    int k = Criteria.index(requireNonNull(id, "id"));
    checkArgument(k >= 0, "unknown criterion \"%s\"; expected one of %s", id, Rubric.CRITERIA);
    if (values == null) {
      return criteria().get(k).value();
    }
    double v = values[k];
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * Returns the findings of the criteria that have one, in criterion order.
   *
   * @return the findings, as {@code criterion id → finding}
   */
  public ImmutableMap<String, String> findings() {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    for (CriterionResult r : criteria()) {
      r.finding().ifPresent(f -> b.put(r.id(), f));
    }
    return b.buildOrThrow();
  }

  /**
   * Returns concrete edits of the plan that raise its score, each with the score the edited plan
   * gets, best first (ties in the action order of {@link Recommendation}). Computed on the first
   * call, by applying each candidate edit to the plan's running sums, and then kept; each
   * recommendation's description is put in words when it is first read.
   *
   * @return the recommendations, possibly empty
   */
  @JsonProperty("recommendations")
  public ImmutableList<Recommendation> recommendations() {
    ImmutableList<Recommendation> r = recommendations;
    if (r == null) {
      // No lock: two threads that both compute them build equal lists, and the first one set is
      // the one every caller gets.
      r = scored != null
          ? new Recommender(scored, values, this, score).recommend()
          : new Recommender(scorer, context(), score).recommend();
      if (!RECOMMENDATIONS.compareAndSet(this, null, r)) {
        r = recommendations;
      }
    }
    return r;
  }

  /**
   * Returns the report as a block of text for a school leader: score and band, a line per
   * criterion with a bar, value and contribution, the findings, and the top three
   * recommendations with their scores. For people, not for parsing.
   *
   * @return the text, lines ending in {@code \n}
   */
  public String toText() {
    return ReportText.render(this);
  }

  private ImmutableList<CriterionResult> explain() {
    Rubric r = scorer.rubric();
    double total = scorer.assessedWeight(values);
    ImmutableList.Builder<CriterionResult> b = ImmutableList.builderWithExpectedSize(values.length);
    for (int k = 0; k < values.length; k++) {
      Criterion criterion = TailoringScorer.criterion(k);
      double w = scorer.weight(k); // scaled, as the score uses it
      double shown = r.weight(criterion.id()); // as the rubric states it
      double v = values[k];
      // The evidence and findings are put in words when first read (CriterionResult).
      if (Double.isNaN(v)) {
        b.add(CriterionResult.explainedOnDemand(criterion.id(), v, shown, Double.NaN, () -> {
          PlanContext c = context();
          boolean empty = c.isEmpty();
          return new String[] {
            empty ? "no items" : criterion.evidence(c, v),
            empty ? "the plan has no items" : criterion.notAssessedReason(c)
          };
        }));
      } else {
        checkArgument(v >= 0 && v <= 1, "value must be in [0, 1], was %s", v);
        // w·v/Σw ≤ 1 in floating point too, so a contribution never exceeds 100.
        double contribution = total > 0 ? Math.min(100, 100 * (w * v / total)) : 0;
        double threshold = r.findingThreshold();
        b.add(CriterionResult.explainedOnDemand(criterion.id(), v, shown, contribution, () -> {
          PlanContext c = context();
          return new String[] {
            criterion.evidence(c, v),
            criterion.hasFinding(c, v, threshold) ? criterion.finding(c, v) : null
          };
        }));
      }
    }
    return b.build();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TailoringReport)) {
      return false;
    }
    TailoringReport r = (TailoringReport) o;
    return plan.equals(r.plan)
        && teacher.equals(r.teacher)
        && rubric().equals(r.rubric())
        && Double.compare(score, r.score) == 0
        && band == r.band
        && Arrays.equals(target, r.target)
        && Arrays.equals(emphasis, r.emphasis)
        && criteria().equals(r.criteria())
        && recommendations().equals(r.recommendations());
  }

  @Override
  public int hashCode() {
    return Objects.hash(plan, teacher, rubric(), score, band, Arrays.hashCode(target),
        Arrays.hashCode(emphasis));
  }

  @Override
  public String toString() {
    return "TailoringReport[plan=" + plan + ", teacher=" + teacher + ", score=" + Text.num(score)
        + ", band=" + band + "]";
  }
}
