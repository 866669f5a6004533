package org.vetcpd.rules;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.Map;
import org.vetcpd.core.ActivityType;
import org.vetcpd.core.CpdActivity;

/**
 * The most hours of one activity that make sense in one plan, which recommendations never exceed:
 * the activity's own {@code maxHours} when the data gives it, otherwise a realistic amount for its
 * {@link ActivityType} in a plan that covers one school year (docs/rubric.md, "Realistic hours").
 *
 * <p>The amounts turn a shortfall into something a school can timetable: a teacher placement of
 * two working weeks, not of two months; a monthly two-hour meeting with industry, not sixty hours
 * of meetings (seed 000: placements are rarely used because substitutes must be hired, so a
 * recommendation must ask for what a school can really arrange).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RealisticHours {
  private static final Map<ActivityType, Double> PER_TYPE = new EnumMap<>(ActivityType.class);

  static {
    // One school year. A working week is 37.5 h; a working day 7.5 h.
    PER_TYPE.put(ActivityType.STUDENT_PLACEMENT_FOLLOW_UP, 40.0); // ten visits of 4 h
    PER_TYPE.put(ActivityType.INDUSTRY_MEETING, 20.0); // 2 h a month over ten months
    PER_TYPE.put(ActivityType.TEACHER_PLACEMENT, 75.0); // two working weeks
    PER_TYPE.put(ActivityType.INDUSTRY_TRAINING, 37.5); // one working week
    PER_TYPE.put(ActivityType.JOB_SHADOWING, 15.0); // two days
    PER_TYPE.put(ActivityType.SCHOOL_DEVELOPMENT_PROJECT, 40.0); // 1 h a week
    PER_TYPE.put(ActivityType.SUBJECT_NETWORK, 20.0); // a gathering each term
    PER_TYPE.put(ActivityType.GENERAL_NETWORK, 20.0);
    PER_TYPE.put(ActivityType.DEPARTMENT_MEETING, 40.0); // 1 h a week
    PER_TYPE.put(ActivityType.COURSE, 37.5); // one working week
    PER_TYPE.put(ActivityType.FORMAL_QUALIFICATION, 200.0); // part-time study
    PER_TYPE.put(ActivityType.PEER_OBSERVATION, 15.0);
    PER_TYPE.put(ActivityType.SELF_DIRECTED_STUDY, 30.0);
    PER_TYPE.put(ActivityType.CONFERENCE, 15.0); // two days
    PER_TYPE.put(ActivityType.OTHER, 20.0);
  }

  private RealisticHours() {}

  /**
   * Returns the realistic hours of one activity of this type in a plan covering one school year.
   *
   * @param type the activity type
   * @return the hours, greater than 0
   */
  public static double forType(ActivityType type) {
    return PER_TYPE.get(requireNonNull(type, "type"));
  }

  /**
   * Returns the most hours of this activity that make sense in one plan: its {@code maxHours} when
   * given, otherwise {@link #forType} of its type.
   *
   * @param activity the activity
   * @return the hours, greater than 0
   */
  public static double of(CpdActivity activity) {
    requireNonNull(activity, "activity");
    return activity.maxHours().orElse(forType(activity.type()));
  }
}
