package org.vetcpd.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * The result of one criterion for one plan: its value or why it was not assessed, its weight, its
 * contribution to the score, the evidence behind it and a finding in plain words when the value is
 * low.
 *
 * <p>The contributions of a report's criteria sum to its score: {@code contribution = 100 · w ·
 * value / Σ w} over the assessed criteria. In JSON ({@code {id, assessed, value, weight,
 * contribution, evidence, finding}}) {@code value} and {@code contribution} are null when the
 * criterion is not assessed, and {@code finding} then holds the reason.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({
  "id", "assessed", "value", "weight", "contribution", "evidence", "finding"
})
public final class CriterionResult {
  private final String id;
  private final double value;
  private final double weight;
  private final double contribution;
  /** Builds {@link #texts} on first use; null once built or when given. */
  private final Supplier<String[]> explain;
  /** The evidence and the finding (or reason), built once; see {@link #texts()}. */
  private volatile String[] texts;

  private CriterionResult(String id, double value, double weight, double contribution,
      String evidence, String finding) {
    this.id = id;
    this.value = value;
    this.weight = weight;
    this.contribution = contribution;
    this.explain = null;
    this.texts = new String[] {evidence, finding};
  }

  private CriterionResult(String id, double value, double weight, double contribution,
      Supplier<String[]> explain) {
    this.id = id;
    this.value = value;
    this.weight = weight;
    this.contribution = contribution;
    this.explain = explain;
  }

  /**
   * Returns the result of a scored criterion whose evidence and finding are put in words when first
   * asked for (by {@link #evidence()}, {@link #finding()}, equality or JSON): a table of values and
   * contributions pays nothing for the words. {@code explain} gives {@code {evidence, finding}},
   * the finding null when there is none (for a criterion not assessed, the reason); it is
   * deterministic, so two threads that both call it get equal words.
   */
  static CriterionResult explainedOnDemand(String id, double value, double weight,
      double contribution, Supplier<String[]> explain) {
    return new CriterionResult(id, value, weight, contribution, explain);
  }

  private String[] texts() {
    String[] t = texts;
    if (t == null) {
      t = explain.get();
      texts = t;
    }
    return t;
  }

  /**
   * Returns the result of an assessed criterion.
   *
   * @param id the criterion's id
   * @param value the value, in [0, 1]
   * @param weight the criterion's weight in the rubric
   * @param contribution its contribution to the score
   * @param evidence the evidence behind the value
   * @param finding the finding, if the value is low
   * @return the result
   */
  public static CriterionResult assessed(String id, double value, double weight,
      double contribution, String evidence, Optional<String> finding) {
    requireNonNull(id, "id");
    requireNonNull(evidence, "evidence");
    checkArgument(value >= 0 && value <= 1, "value must be in [0, 1], was %s", value);
    checkArgument(Double.isFinite(weight) && weight >= 0, "weight must be >= 0, was %s", weight);
    checkArgument(Double.isFinite(contribution) && contribution >= 0,
        "contribution must be >= 0, was %s", contribution);
    return new CriterionResult(id, value, weight, contribution, evidence, finding.orElse(null));
  }

  /**
   * Returns the result of a criterion that was not assessed.
   *
   * @param id the criterion's id
   * @param weight the criterion's weight in the rubric
   * @param evidence what the data showed
   * @param reason why it was not assessed
   * @return the result
   */
  public static CriterionResult notAssessed(String id, double weight, String evidence,
      String reason) {
    requireNonNull(id, "id");
    requireNonNull(evidence, "evidence");
    requireNonNull(reason, "reason");
    checkArgument(Double.isFinite(weight) && weight >= 0, "weight must be >= 0, was %s", weight);
    return new CriterionResult(id, Double.NaN, weight, Double.NaN, evidence, reason);
  }

  @JsonCreator
  static CriterionResult fromJson(
      @JsonProperty(value = "id", required = true) String id,
      @JsonProperty(value = "assessed", required = true) boolean assessed,
      @JsonProperty("value") Double value,
      @JsonProperty(value = "weight", required = true) double weight,
      @JsonProperty("contribution") Double contribution,
      @JsonProperty(value = "evidence", required = true) String evidence,
      @JsonProperty("finding") String finding) {
    if (assessed) {
      checkArgument(value != null && contribution != null,
          "an assessed criterion needs a value and a contribution");
      return assessed(id, value, weight, contribution, evidence, Optional.ofNullable(finding));
    }
    checkArgument(value == null && contribution == null,
        "a criterion that is not assessed has null value and contribution");
    checkArgument(finding != null, "a criterion that is not assessed needs its reason as finding");
    return notAssessed(id, weight, evidence, finding);
  }

  /**
   * Returns the criterion's id, one of {@link Rubric#CRITERIA}.
   *
   * @return the id
   */
  @JsonProperty("id")
  public String id() {
    return id;
  }

  /**
   * Returns whether the criterion was assessed; if not, it drops out of the weighted mean.
   *
   * @return true if assessed
   */
  @JsonProperty("assessed")
  public boolean assessed() {
    return !Double.isNaN(value);
  }

  /**
   * Returns the value, if assessed.
   *
   * @return the value in [0, 1], empty when not assessed
   */
  public OptionalDouble value() {
    return assessed() ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  /**
   * Returns the criterion's weight in the rubric.
   *
   * @return the weight
   */
  @JsonProperty("weight")
  public double weight() {
    return weight;
  }

  /**
   * Returns the points the criterion adds to the score: {@code 100 · w · value / Σ w} over the
   * assessed criteria; 0 when not assessed.
   *
   * @return the contribution, in [0, 100]
   */
  public double contribution() {
    return assessed() ? contribution : 0;
  }

  /**
   * Returns the evidence behind the value: which items, hours and drivers produced it.
   *
   * @return the evidence, in plain words
   */
  @JsonProperty("evidence")
  public String evidence() {
    return texts()[0];
  }

  /**
   * Returns the finding, in plain words, when the value is below the rubric's threshold (and, for
   * {@code needs-alignment}, whenever items do not fit the teacher's programme).
   *
   * @return the finding; empty when there is none or the criterion was not assessed
   */
  public Optional<String> finding() {
    return assessed() ? Optional.ofNullable(texts()[1]) : Optional.empty();
  }

  /**
   * Returns why the criterion was not assessed.
   *
   * @return the reason; empty when it was assessed
   */
  public Optional<String> notAssessedReason() {
    return assessed() ? Optional.empty() : Optional.ofNullable(texts()[1]);
  }

  @JsonProperty("value")
  Double jsonValue() {
    return assessed() ? value : null;
  }

  @JsonProperty("contribution")
  Double jsonContribution() {
    return assessed() ? contribution : null;
  }

  @JsonProperty("finding")
  String jsonFinding() {
    return texts()[1];
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CriterionResult)) {
      return false;
    }
    CriterionResult r = (CriterionResult) o;
    return id.equals(r.id)
        && Double.compare(value, r.value) == 0
        && Double.compare(weight, r.weight) == 0
        && Double.compare(contribution, r.contribution) == 0
        && evidence().equals(r.evidence())
        && Objects.equals(texts()[1], r.texts()[1]);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, value, weight, contribution, evidence(), texts()[1]);
  }

  @Override
  public String toString() {
    return id + "=" + (assessed() ? Text.num(value) : "not assessed (" + texts()[1] + ")");
  }
}
