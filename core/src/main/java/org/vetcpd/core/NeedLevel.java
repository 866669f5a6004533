package org.vetcpd.core;

/** How much a teacher needs development in a competence area; values 0 to 3. */
public enum NeedLevel {
  /** No need (0). */
  NONE(0),
  /** A low need (1). */
  LOW(1),
  /** A moderate need (2). */
  MODERATE(2),
  /** A high need (3). */
  HIGH(3);

  private final int value;

  NeedLevel(int value) {
    this.value = value;
  }

  /**
   * Returns the level's numeric value, 0 for {@link #NONE} to 3 for {@link #HIGH}.
   *
   * @return the value, in [0, 3]
   */
  public int value() {
    return value;
  }
}
