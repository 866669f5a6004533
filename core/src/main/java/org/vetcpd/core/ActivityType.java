package org.vetcpd.core;

import static org.vetcpd.core.CompetenceArea.INDUSTRY_COOPERATION;
import static org.vetcpd.core.CompetenceArea.PEDAGOGICAL;
import static org.vetcpd.core.CompetenceArea.VOCATIONAL;
import static org.vetcpd.core.CompetenceArea.WORKING_COMMUNITY;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.EnumMap;

/**
 * A kind of CPD activity, with the defaults an activity of that kind takes when its data does not
 * say otherwise: its area profile, whether it brings contact with industry, whether the teacher's
 * classes need a substitute, and its scope.
 *
 * <p>The defaults encode seed 000. Vocational knowledge is renewed through contact with industry:
 * following up students in placement, meetings with kitchen managers, teacher placements and
 * training at firms. The school's collective development projects (Assessment for Learning,
 * Pedagogical Walk, ICF) involve every teacher and develop the teacher role and the working
 * community, not the trade. Activities that take the teacher out of school while classes run
 * (placements, training at a firm, shadowing, courses) need a substitute, which seed 000 names as a
 * barrier the leader must remove.
 *
 * <table>
 *   <caption>Defaults (area profile as VOCATIONAL / INDUSTRY_COOPERATION / PEDAGOGICAL /
 *   WORKING_COMMUNITY)</caption>
 *   <tr><th>type</th><th>profile</th><th>industry contact</th><th>substitute</th><th>scope</th></tr>
 *   <tr><td>STUDENT_PLACEMENT_FOLLOW_UP</td><td>.4/.5/.1/0</td><td>yes</td><td>no</td><td>INDIVIDUAL</td></tr>
 *   <tr><td>INDUSTRY_MEETING</td><td>.4/.6/0/0</td><td>yes</td><td>no</td><td>TEAM</td></tr>
 *   <tr><td>TEACHER_PLACEMENT</td><td>.7/.3/0/0</td><td>yes</td><td>yes</td><td>INDIVIDUAL</td></tr>
 *   <tr><td>INDUSTRY_TRAINING</td><td>.8/.2/0/0</td><td>yes</td><td>yes</td><td>INDIVIDUAL</td></tr>
 *   <tr><td>JOB_SHADOWING</td><td>.4/0/.4/.2</td><td>no</td><td>yes</td><td>INDIVIDUAL</td></tr>
 *   <tr><td>SCHOOL_DEVELOPMENT_PROJECT</td><td>0/0/.6/.4</td><td>no</td><td>no</td><td>WHOLE_SCHOOL</td></tr>
 *   <tr><td>SUBJECT_NETWORK</td><td>.5/.1/.3/.1</td><td>no</td><td>no</td><td>NETWORK</td></tr>
 *   <tr><td>GENERAL_NETWORK</td><td>0/0/.5/.5</td><td>no</td><td>no</td><td>NETWORK</td></tr>
 *   <tr><td>DEPARTMENT_MEETING</td><td>.2/0/.3/.5</td><td>no</td><td>no</td><td>TEAM</td></tr>
 *   <tr><td>COURSE</td><td>.3/0/.5/.2</td><td>no</td><td>yes</td><td>INDIVIDUAL</td></tr>
 *   <tr><td>FORMAL_QUALIFICATION</td><td>.3/0/.6/.1</td><td>no</td><td>yes</td><td>INDIVIDUAL</td></tr>
 *   <tr><td>PEER_OBSERVATION</td><td>0/0/.8/.2</td><td>no</td><td>no</td><td>TEAM</td></tr>
 *   <tr><td>SELF_DIRECTED_STUDY</td><td>.7/0/.3/0</td><td>no</td><td>no</td><td>INDIVIDUAL</td></tr>
 *   <tr><td>CONFERENCE</td><td>.3/.2/.3/.2</td><td>no</td><td>yes</td><td>NETWORK</td></tr>
 *   <tr><td>OTHER</td><td>.25/.25/.25/.25</td><td>no</td><td>no</td><td>INDIVIDUAL</td></tr>
 * </table>
 *
 * <p>This class is immutable and thread-safe.
 */
public enum ActivityType {
  /**
   * Following up students in work placement; seed 000 calls placement "a little bit of training
   * for the teachers", who are brought up to date through the workplaces.
   */
  STUDENT_PLACEMENT_FOLLOW_UP(profile(.4, .5, .1, 0), true, false, Scope.INDIVIDUAL),
  /** Meetings with industry, such as the kitchen managers seed 000's schools invited. */
  INDUSTRY_MEETING(profile(.4, .6, 0, 0), true, false, Scope.TEAM),
  /** A placement of the teacher in a firm of the trade: voluntary and rarely used (seed 000). */
  TEACHER_PLACEMENT(profile(.7, .3, 0, 0), true, true, Scope.INDIVIDUAL),
  /** Training at a firm or supplier, e.g. on new equipment. */
  INDUSTRY_TRAINING(profile(.8, .2, 0, 0), true, true, Scope.INDIVIDUAL),
  /** Shadowing a teacher of the trade in another school or county (seed 000). */
  JOB_SHADOWING(profile(.4, 0, .4, .2), false, true, Scope.INDIVIDUAL),
  /** A whole-school development project such as AfL, Pedagogical Walk or ICF (seed 000). */
  SCHOOL_DEVELOPMENT_PROJECT(profile(0, 0, .6, .4), false, false, Scope.WHOLE_SCHOOL),
  /** A network of VET teachers of the same trade across schools. */
  SUBJECT_NETWORK(profile(.5, .1, .3, .1), false, false, Scope.NETWORK),
  /** A network or county course open to teachers of every subject. */
  GENERAL_NETWORK(profile(0, 0, .5, .5), false, false, Scope.NETWORK),
  /** A meeting of the department's teachers. */
  DEPARTMENT_MEETING(profile(.2, 0, .3, .5), false, false, Scope.TEAM),
  /** A course outside the school. */
  COURSE(profile(.3, 0, .5, .2), false, true, Scope.INDIVIDUAL),
  /** Study toward a formal qualification (e.g. teacher education). */
  FORMAL_QUALIFICATION(profile(.3, 0, .6, .1), false, true, Scope.INDIVIDUAL),
  /** Colleagues observing each other's teaching. */
  PEER_OBSERVATION(profile(0, 0, .8, .2), false, false, Scope.TEAM),
  /** The teacher's own study, e.g. of trade literature. */
  SELF_DIRECTED_STUDY(profile(.7, 0, .3, 0), false, false, Scope.INDIVIDUAL),
  /** A conference or fair. */
  CONFERENCE(profile(.3, .2, .3, .2), false, true, Scope.NETWORK),
  /** Anything else; its profile is spread evenly. */
  OTHER(profile(.25, .25, .25, .25), false, false, Scope.INDIVIDUAL);

  private final ImmutableMap<CompetenceArea, Double> defaultAreas;
  private final boolean defaultIndustryContact;
  private final boolean defaultRequiresSubstitute;
  private final Scope defaultScope;

  ActivityType(
      ImmutableMap<CompetenceArea, Double> defaultAreas,
      boolean defaultIndustryContact,
      boolean defaultRequiresSubstitute,
      Scope defaultScope) {
    this.defaultAreas = defaultAreas;
    this.defaultIndustryContact = defaultIndustryContact;
    this.defaultRequiresSubstitute = defaultRequiresSubstitute;
    this.defaultScope = defaultScope;
  }

  /**
   * Returns the area profile an activity of this type takes when none is given; it sums to 1.
   *
   * @return the default profile, areas with weight 0 omitted
   */
  public ImmutableMap<CompetenceArea, Double> defaultAreas() {
    return defaultAreas;
  }

  /**
   * Returns whether an activity of this type brings contact with industry by default.
   *
   * @return the default
   */
  public boolean defaultIndustryContact() {
    return defaultIndustryContact;
  }

  /**
   * Returns whether an activity of this type needs a substitute for the teacher's classes by
   * default.
   *
   * @return the default
   */
  public boolean defaultRequiresSubstitute() {
    return defaultRequiresSubstitute;
  }

  /**
   * Returns the scope an activity of this type has by default.
   *
   * @return the default scope
   */
  public Scope defaultScope() {
    return defaultScope;
  }

  static ImmutableMap<CompetenceArea, Double> profile(
      double vocational, double industry, double pedagogical, double community) {
    EnumMap<CompetenceArea, Double> map = new EnumMap<>(CompetenceArea.class);
    put(map, VOCATIONAL, vocational);
    put(map, INDUSTRY_COOPERATION, industry);
    put(map, PEDAGOGICAL, pedagogical);
    put(map, WORKING_COMMUNITY, community);
    return Maps.immutableEnumMap(map);
  }

  private static void put(EnumMap<CompetenceArea, Double> map, CompetenceArea area, double w) {
    if (w > 0) {
      map.put(area, w);
    }
  }
}
