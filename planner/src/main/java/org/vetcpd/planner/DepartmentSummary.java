package org.vetcpd.planner;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import org.vetcpd.rules.Band;

/**
 * A department's plans in a few numbers: how many teachers, how many have no plan (they count as
 * an empty plan: 0, GENERIC), the mean, lowest and highest score, the teachers per band, the hours
 * and the money.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param teachers the number of teachers
 * @param withoutPlan the teachers without a plan
 * @param mean the mean score over the teachers
 * @param min the lowest score
 * @param max the highest score
 * @param bands teachers per band, every band present
 * @param hours the hours of all plans
 * @param cost the money of all plans
 */
@JsonPropertyOrder({"teachers", "withoutPlan", "mean", "min", "max", "bands", "hours", "cost"})
public record DepartmentSummary(
    @JsonProperty("teachers") int teachers,
    @JsonProperty("withoutPlan") int withoutPlan,
    @JsonProperty("mean") double mean,
    @JsonProperty("min") double min,
    @JsonProperty("max") double max,
    @JsonProperty("bands") ImmutableMap<Band, Integer> bands,
    @JsonProperty("hours") double hours,
    @JsonProperty("cost") double cost) {

  static DepartmentSummary of(List<Double> scores, List<Band> bands, int withoutPlan,
      double hours, double cost) {
    EnumMap<Band, Integer> count = new EnumMap<>(Band.class);
    for (Band b : Band.values()) {
      count.put(b, 0);
    }
    bands.forEach(b -> count.merge(b, 1, Integer::sum));
    double sum = 0;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double s : scores) {
      sum += s;
      lo = Math.min(lo, s);
      hi = Math.max(hi, s);
    }
    int n = scores.size();
    return new DepartmentSummary(n, withoutPlan, n == 0 ? 0 : sum / n, n == 0 ? 0 : lo,
        n == 0 ? 0 : hi, ImmutableMap.copyOf(count), hours, cost);
  }

  /**
   * Returns the summary on one line, for people.
   *
   * @return the text
   */
  public String toText() {
    return String.format(Locale.ROOT, "%d teachers%s: mean %.1f, lowest %.1f, highest %.1f;"
        + " %d TAILORED, %d PARTLY_TAILORED, %d GENERIC; %s h, cost %s", teachers,
        withoutPlan > 0 ? " (" + withoutPlan + " without a plan)" : "", mean, min, max,
        bands.get(Band.TAILORED), bands.get(Band.PARTLY_TAILORED), bands.get(Band.GENERIC),
        PlanResult.num(hours), PlanResult.num(cost));
  }
}
