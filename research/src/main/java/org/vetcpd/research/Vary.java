package org.vetcpd.research;

/**
 * What an uncertainty or Sobol analysis varies: the criterion weights, the rubric's other
 * constants ({@link RubricConstant}, each over its plausible range), or both.
 */
public enum Vary {
  /** Only the criterion weights. */
  WEIGHTS,
  /** Only the constants of {@link RubricConstant}; the weights stay the rubric's. */
  CONSTANTS,
  /** The weights and the constants. */
  ALL;

  /**
   * Returns whether the weights vary.
   *
   * @return true for {@link #WEIGHTS} and {@link #ALL}
   */
  public boolean weights() {
    return this != CONSTANTS;
  }

  /**
   * Returns whether the constants vary.
   *
   * @return true for {@link #CONSTANTS} and {@link #ALL}
   */
  public boolean constants() {
    return this != WEIGHTS;
  }
}
