package org.vetcpd.research;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.vetcpd.rules.RubricRef;

/**
 * The difference of two groups' mean scores with its bootstrap percentile interval (see {@link
 * Bootstrap}): whether the cohort's plans are enough to tell the two groups apart.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"grouping", "group", "other", "difference", "lower", "upper",
  "rubric"})
public abstract class AbstractGroupDifference {
  AbstractGroupDifference() {}

  /**
   * Returns how the rows were grouped.
   *
   * @return the grouping
   */
  @JsonProperty("grouping")
  public abstract Grouping grouping();

  /**
   * Returns the key of the first group.
   *
   * @return the key
   */
  @JsonProperty("group")
  public abstract String group();

  /**
   * Returns the key of the second group.
   *
   * @return the key
   */
  @JsonProperty("other")
  public abstract String other();

  /**
   * Returns the first group's mean score minus the second's.
   *
   * @return the difference, in score points
   */
  @JsonProperty("difference")
  public abstract double difference();

  /**
   * Returns the lower end of the difference's interval.
   *
   * @return the lower end
   */
  @JsonProperty("lower")
  public abstract double lower();

  /**
   * Returns the upper end of the difference's interval.
   *
   * @return the upper end
   */
  @JsonProperty("upper")
  public abstract double upper();

  /**
   * Returns the rubric the rows were scored with: its id, version and fingerprint (JSON {@code
   * "rubric": {"id", "version", "fingerprint"}}; CSV columns {@code rubric_id, rubric_version,
   * rubric_fingerprint}).
   *
   * @return the rubric's reference
   */
  @JsonProperty("rubric")
  public abstract RubricRef rubric();
}
