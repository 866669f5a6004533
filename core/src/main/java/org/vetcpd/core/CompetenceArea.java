package org.vetcpd.core;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.Map;

/**
 * One of the four areas of a VET teacher's competence, after Paaso and Korento (2010), as used
 * in seed 000 (Ballangrud and Nilsen).
 *
 * <p>A CPD activity's <em>area profile</em> distributes its hours over these areas; a teacher's
 * needs and a driver's pull are expressed over the same areas, so that the three can be compared.
 */
public enum CompetenceArea {
  /** Knowledge and skills of the trade (the vocation the teacher teaches). */
  VOCATIONAL,
  /** Cooperation between VET and industry; working-life skills. */
  INDUSTRY_COOPERATION,
  /** The teacher role: pedagogy and didactics, generic across subjects. */
  PEDAGOGICAL,
  /** The working community: colleagues, teams, the wider organisation and the region. */
  WORKING_COMMUNITY;

  /**
   * The greatest weight of an area in an activity's {@code areas} or a driver's {@code pulls}:
   * weights are relative, so any profile can be written within it, and the sum of four stays
   * finite.
   */
  public static final double MAX_WEIGHT = 1_000_000;

  /**
   * Normalises a map of non-negative weights over the areas to shares that sum to 1; an area the
   * map omits gets share 0.
   *
   * @param weights finite, non-negative weights with a positive sum
   * @return a map holding every area, in declaration order, with its share
   * @throws IllegalArgumentException if a weight is negative or not finite, or none is positive
   */
  public static ImmutableMap<CompetenceArea, Double> normalise(
      Map<CompetenceArea, ? extends Number> weights) {
    double sum = 0;
    double max = 0;
    for (Map.Entry<CompetenceArea, ? extends Number> e : weights.entrySet()) {
      double w = e.getValue().doubleValue();
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException(
            "weight of " + e.getKey() + " must be finite and >= 0, was " + w);
      }
      sum += w;
      max = Math.max(max, w);
    }
    // Finite weights near Double.MAX_VALUE are valid but their sum overflows: scale them down
    // first. Other weights are divided by 1, which leaves every share exactly as it was.
    double scale = Double.isInfinite(sum) ? max : 1;
    if (scale != 1) {
      sum = 0;
      for (Number w : weights.values()) {
        sum += w.doubleValue() / scale;
      }
    }
    if (!(sum > 0) || Double.isInfinite(sum)) {
      throw new IllegalArgumentException("weights must have a positive, finite sum, was " + sum);
    }
    EnumMap<CompetenceArea, Double> shares = new EnumMap<>(CompetenceArea.class);
    for (CompetenceArea area : values()) {
      Number w = weights.get(area);
      shares.put(area, w == null ? 0.0 : w.doubleValue() / scale / sum);
    }
    return Maps.immutableEnumMap(shares);
  }
}
