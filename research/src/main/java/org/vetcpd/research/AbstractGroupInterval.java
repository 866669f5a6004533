package org.vetcpd.research;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableMap;
import org.immutables.value.Value;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.RubricRef;

/**
 * One group's mean score, median score and band shares with their bootstrap percentile intervals
 * (see {@link Bootstrap}): how precisely the cohort's plans measure the group, as sampling
 * uncertainty.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({
  "grouping", "key", "count", "clusters", "mean", "meanLower", "meanUpper", "median",
  "medianLower", "medianUpper", "bandShares", "bandSharesLower", "bandSharesUpper", "rubric"
})
public abstract class AbstractGroupInterval {
  AbstractGroupInterval() {}

  /**
   * Returns how the rows were grouped.
   *
   * @return the grouping
   */
  @JsonProperty("grouping")
  public abstract Grouping grouping();

  /**
   * Returns the group's key.
   *
   * @return the key
   */
  @JsonProperty("key")
  public abstract String key();

  /**
   * Returns the number of plans in the group.
   *
   * @return the count
   */
  @JsonProperty("count")
  public abstract int count();

  /**
   * Returns the number of clusters resampled in the group (its plans without clustering).
   *
   * @return the number
   */
  @JsonProperty("clusters")
  public abstract int clusters();

  /**
   * Returns the mean score.
   *
   * @return the mean
   */
  @JsonProperty("mean")
  public abstract double mean();

  /**
   * Returns the lower end of the mean's interval.
   *
   * @return the lower end
   */
  @JsonProperty("meanLower")
  public abstract double meanLower();

  /**
   * Returns the upper end of the mean's interval.
   *
   * @return the upper end
   */
  @JsonProperty("meanUpper")
  public abstract double meanUpper();

  /**
   * Returns the median score (type 7).
   *
   * @return the median
   */
  @JsonProperty("median")
  public abstract double median();

  /**
   * Returns the lower end of the median's interval.
   *
   * @return the lower end
   */
  @JsonProperty("medianLower")
  public abstract double medianLower();

  /**
   * Returns the upper end of the median's interval.
   *
   * @return the upper end
   */
  @JsonProperty("medianUpper")
  public abstract double medianUpper();

  /**
   * Returns the share of the group's plans in each band.
   *
   * @return the shares; every band present
   */
  @JsonProperty("bandShares")
  public abstract ImmutableMap<Band, Double> bandShares();

  /**
   * Returns the lower ends of the band shares' intervals.
   *
   * @return the lower ends; every band present
   */
  @JsonProperty("bandSharesLower")
  public abstract ImmutableMap<Band, Double> bandSharesLower();

  /**
   * Returns the upper ends of the band shares' intervals.
   *
   * @return the upper ends; every band present
   */
  @JsonProperty("bandSharesUpper")
  public abstract ImmutableMap<Band, Double> bandSharesUpper();

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
