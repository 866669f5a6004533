package org.vetcpd.core;

import static org.vetcpd.core.ActivityType.profile;

import com.google.common.collect.ImmutableMap;

/**
 * A kind of driver of CPD: a force, mostly external to the teacher, that pulls the school's CPD
 * toward some competence areas (seed 000; seed 001 for the municipalities' demand).
 *
 * <p>Seed 000 finds that governance targets (completion and throughput) and market competition for
 * students pull CPD toward collective, generic projects, while industry demand asks for renewed
 * vocational knowledge. Seed 001 adds demographic change (an ageing population), reforms and
 * technology (welfare technology) as drivers of the competence municipalities need.
 *
 * <table>
 *   <caption>Defaults (pull as VOCATIONAL / INDUSTRY_COOPERATION / PEDAGOGICAL /
 *   WORKING_COMMUNITY)</caption>
 *   <tr><th>kind</th><th>scope</th><th>pull</th></tr>
 *   <tr><td>GOVERNANCE_TARGETS</td><td>GENERAL</td><td>0/0/.6/.4</td></tr>
 *   <tr><td>MARKET_COMPETITION</td><td>GENERAL</td><td>0/.2/.4/.4</td></tr>
 *   <tr><td>INDUSTRY_DEMAND</td><td>VOCATION_SPECIFIC</td><td>.5/.5/0/0</td></tr>
 *   <tr><td>TECHNOLOGY_CHANGE</td><td>VOCATION_SPECIFIC</td><td>.8/.2/0/0</td></tr>
 *   <tr><td>POLICY_REFORM</td><td>GENERAL</td><td>.2/0/.5/.3</td></tr>
 *   <tr><td>DEMOGRAPHIC_CHANGE</td><td>GENERAL</td><td>.5/.3/0/.2</td></tr>
 *   <tr><td>REGIONAL_LABOUR_NEED</td><td>VOCATION_SPECIFIC</td><td>.4/.6/0/0</td></tr>
 *   <tr><td>TEACHER_INITIATIVE</td><td>VOCATION_SPECIFIC</td><td>.6/.2/.2/0</td></tr>
 * </table>
 *
 * <p>This class is immutable and thread-safe.
 */
public enum DriverKind {
  /** Completion and throughput targets set by the authority; pull toward the teacher role. */
  GOVERNANCE_TARGETS(DriverScope.GENERAL, profile(0, 0, .6, .4)),
  /** Competition between schools for students; pulls toward the school's profile and community. */
  MARKET_COMPETITION(DriverScope.GENERAL, profile(0, .2, .4, .4)),
  /** What the trade's firms ask of new workers; pulls toward vocational knowledge. */
  INDUSTRY_DEMAND(DriverScope.VOCATION_SPECIFIC, profile(.5, .5, 0, 0)),
  /** New equipment and methods in the trade (e.g. welfare technology, seed 001). */
  TECHNOLOGY_CHANGE(DriverScope.VOCATION_SPECIFIC, profile(.8, .2, 0, 0)),
  /** A reform of the curriculum or of a sector (e.g. the health care interaction reform). */
  POLICY_REFORM(DriverScope.GENERAL, profile(.2, 0, .5, .3)),
  /** Demographic change, such as an ageing population (seed 001). */
  DEMOGRAPHIC_CHANGE(DriverScope.GENERAL, profile(.5, .3, 0, .2)),
  /** The region's need for skilled workers of a trade. */
  REGIONAL_LABOUR_NEED(DriverScope.VOCATION_SPECIFIC, profile(.4, .6, 0, 0)),
  /** The teacher's own initiative: the only internal driver. */
  TEACHER_INITIATIVE(DriverScope.VOCATION_SPECIFIC, profile(.6, .2, .2, 0));

  private final DriverScope defaultScope;
  private final ImmutableMap<CompetenceArea, Double> defaultPulls;

  DriverKind(DriverScope defaultScope, ImmutableMap<CompetenceArea, Double> defaultPulls) {
    this.defaultScope = defaultScope;
    this.defaultPulls = defaultPulls;
  }

  /**
   * Returns the scope a driver of this kind has when none is given.
   *
   * @return the default scope
   */
  public DriverScope defaultScope() {
    return defaultScope;
  }

  /**
   * Returns the pull a driver of this kind has when none is given; it sums to 1.
   *
   * @return the default pull, areas with weight 0 omitted
   */
  public ImmutableMap<CompetenceArea, Double> defaultPulls() {
    return defaultPulls;
  }

  /**
   * Returns whether this driver is internal to the teacher; only {@link #TEACHER_INITIATIVE} is.
   *
   * @return true for {@link #TEACHER_INITIATIVE}
   */
  public boolean isInternal() {
    return this == TEACHER_INITIATIVE;
  }
}
