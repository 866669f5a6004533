package org.vetcpd.research;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Arrays;

/**
 * Sobol's first-order and total sensitivity indices of one model output, one of each per factor,
 * with their bootstrap percentile intervals, as {@link Sobol#estimate} computes them.
 *
 * <p>Arrays returned are copies. In JSON an undefined index (a model of zero variance) is null.
 * This class is immutable and thread-safe.
 */
@JsonPropertyOrder({
  "samples", "evaluations", "mean", "variance", "resamples", "level", "firstOrder",
  "firstOrderLower", "firstOrderUpper", "total", "totalLower", "totalUpper"
})
public final class SobolIndices {
  private final int samples;
  private final double mean;
  private final double variance;
  private final double[] firstOrder;
  private final double[] firstOrderLower;
  private final double[] firstOrderUpper;
  private final double[] total;
  private final double[] totalLower;
  private final double[] totalUpper;
  private final int resamples;
  private final double level;

  SobolIndices(int samples, double mean, double variance, double[] firstOrder,
      double[] firstOrderLower, double[] firstOrderUpper, double[] total, double[] totalLower,
      double[] totalUpper, int resamples, double level) {
    this.samples = samples;
    this.mean = mean;
    this.variance = variance;
    this.firstOrder = firstOrder.clone();
    this.firstOrderLower = firstOrderLower.clone();
    this.firstOrderUpper = firstOrderUpper.clone();
    this.total = total.clone();
    this.totalLower = totalLower.clone();
    this.totalUpper = totalUpper.clone();
    this.resamples = resamples;
    this.level = level;
  }

  /**
   * Returns the number of factors.
   *
   * @return the number, at least 1
   */
  public int factors() {
    return firstOrder.length;
  }

  /**
   * Returns the base sample size {@code N}.
   *
   * @return N
   */
  @JsonProperty("samples")
  public int samples() {
    return samples;
  }

  /**
   * Returns the number of model evaluations, {@code N·(k + 2)}.
   *
   * @return the evaluations
   */
  @JsonProperty("evaluations")
  public int evaluations() {
    return samples * (factors() + 2);
  }

  /**
   * Returns the mean of the output over the base samples A and B.
   *
   * @return the mean
   */
  @JsonProperty("mean")
  public double mean() {
    return mean;
  }

  /**
   * Returns the variance of the output over the base samples A and B (divisor 2N), the
   * denominator of every index.
   *
   * @return the variance
   */
  @JsonProperty("variance")
  public double variance() {
    return variance;
  }

  /**
   * Returns the number of bootstrap resamples of the intervals.
   *
   * @return the resamples
   */
  @JsonProperty("resamples")
  public int resamples() {
    return resamples;
  }

  /**
   * Returns the level of the bootstrap intervals, e.g. 0.95.
   *
   * @return the level
   */
  @JsonProperty("level")
  public double level() {
    return level;
  }

  /**
   * Returns the first-order indices {@code Sᵢ} (Saltelli 2010), one per factor.
   *
   * @return a copy of the indices; NaN when the output does not vary
   */
  public double[] firstOrder() {
    return firstOrder.clone();
  }

  /**
   * Returns the lower ends of the first-order indices' bootstrap intervals.
   *
   * @return a copy of the lower ends
   */
  public double[] firstOrderLower() {
    return firstOrderLower.clone();
  }

  /**
   * Returns the upper ends of the first-order indices' bootstrap intervals.
   *
   * @return a copy of the upper ends
   */
  public double[] firstOrderUpper() {
    return firstOrderUpper.clone();
  }

  /**
   * Returns the total indices {@code STᵢ} (Jansen), one per factor.
   *
   * @return a copy of the indices; NaN when the output does not vary
   */
  public double[] total() {
    return total.clone();
  }

  /**
   * Returns the lower ends of the total indices' bootstrap intervals.
   *
   * @return a copy of the lower ends
   */
  public double[] totalLower() {
    return totalLower.clone();
  }

  /**
   * Returns the upper ends of the total indices' bootstrap intervals.
   *
   * @return a copy of the upper ends
   */
  public double[] totalUpper() {
    return totalUpper.clone();
  }

  @JsonProperty("firstOrder")
  Double[] jsonFirstOrder() {
    return json(firstOrder);
  }

  @JsonProperty("firstOrderLower")
  Double[] jsonFirstOrderLower() {
    return json(firstOrderLower);
  }

  @JsonProperty("firstOrderUpper")
  Double[] jsonFirstOrderUpper() {
    return json(firstOrderUpper);
  }

  @JsonProperty("total")
  Double[] jsonTotal() {
    return json(total);
  }

  @JsonProperty("totalLower")
  Double[] jsonTotalLower() {
    return json(totalLower);
  }

  @JsonProperty("totalUpper")
  Double[] jsonTotalUpper() {
    return json(totalUpper);
  }

  static Double[] json(double[] values) {
    Double[] out = new Double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Double.isFinite(values[i]) ? values[i] : null;
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SobolIndices)) {
      return false;
    }
    SobolIndices x = (SobolIndices) o;
    return samples == x.samples && resamples == x.resamples
        && Double.compare(level, x.level) == 0 && Double.compare(mean, x.mean) == 0
        && Double.compare(variance, x.variance) == 0 && Arrays.equals(firstOrder, x.firstOrder)
        && Arrays.equals(firstOrderLower, x.firstOrderLower)
        && Arrays.equals(firstOrderUpper, x.firstOrderUpper) && Arrays.equals(total, x.total)
        && Arrays.equals(totalLower, x.totalLower) && Arrays.equals(totalUpper, x.totalUpper);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(firstOrder) + Arrays.hashCode(total);
  }

  @Override
  public String toString() {
    return "SobolIndices[N " + samples + ", S " + Arrays.toString(firstOrder) + ", ST "
        + Arrays.toString(total) + "]";
  }
}
