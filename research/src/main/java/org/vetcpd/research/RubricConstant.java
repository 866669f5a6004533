package org.vetcpd.research;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.EnumMap;
import java.util.Map;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.rules.Rubric;

/**
 * A constant of the rubric that the uncertainty and Sobol analyses vary, with its plausible range:
 * the interval of values a careful reader of the research (seed 000 and its sources) could defend
 * as well as the standard value. {@code docs/rubric.md} ("Plausible ranges") gives the reason for
 * each range; a test holds that table equal to these constants.
 *
 * <p>Every constant that changes a score is here except the weights, which vary by their own
 * scheme, and the two ends of the contextualisation and leader ladders (0 and 1 anchor the scale).
 * {@code findingThreshold} changes findings, never a score, and is not varied.
 *
 * <p>A value is drawn uniformly on {@code [low, high]}; {@link #SUSTAINED_WEEKS}, an integer, is
 * drawn uniformly from {@code low, …, high}. The two ladder values are clamped to lie between
 * their neighbours of the rubric at hand, so that the drawn rubric is always valid.
 */
public enum RubricConstant {
  /** λ, the teacher's voice against the drivers' pull in the target; standard 0.6. */
  TEACHER_VOICE("teacherVoice", 0.4, 0.8),
  /** The least vocational share of {@code vocational-focus}; standard 0.40. */
  MIN_VOCATIONAL_SHARE("minVocationalShare", 0.3, 0.5),
  /** The industry-contact hours every teacher needs; standard 15. */
  INDUSTRY_HOURS_BASE("industryHoursBase", 10, 20),
  /** The industry-contact hours added per year since the last contact; standard 5. */
  INDUSTRY_HOURS_PER_YEAR("industryHoursPerYear", 3, 7),
  /** The most years since industry contact that count; standard 10. */
  INDUSTRY_YEAR_CAP("industryYearCap", 5, 15),
  /** The years assumed when a teacher's are unknown; standard 5. */
  UNKNOWN_YEARS("unknownYears", 3, 8),
  /** The collaborative share at which {@code collaboration} reaches 1; standard 0.35. */
  COLLABORATION_TARGET("collaborationTarget", 0.25, 0.45),
  /** How much a generic collaborative hour counts; standard 0.25. */
  GENERIC_COLLABORATION("genericCollaboration", 0.1, 0.4),
  /** The target share from which an area counts as needed; standard 0.15. */
  NEEDED_SHARE("neededShare", 0.1, 0.2),
  /** The fraction of its target a needed area must reach; standard 0.5. */
  COVERED_FRACTION("coveredFraction", 0.4, 0.6),
  /** How much a general driver counts against a vocation-specific one; standard 0.5. */
  GENERAL_DRIVER_FACTOR("generalDriverFactor", 0.25, 0.75),
  /** The weight of a facilitation component tied to a declared barrier; standard 2. */
  BARRIER_WEIGHT("barrierWeight", 1.5, 3),
  /** The span in weeks from which learning counts as sustained; standard 4. */
  SUSTAINED_WEEKS("sustainedWeeks", 3, 5),
  /** The value of an ADAPTED hour in {@code contextualisation}; standard 0.6. */
  ADAPTED_VALUE("contextualisation.ADAPTED", 0.4, 0.8),
  /** The value of DELEGATED leader involvement in {@code facilitation}; standard 0.5. */
  DELEGATED_VALUE("leader.DELEGATED", 0.3, 0.7),
  /** The least score of the band TAILORED; standard 70. */
  TAILORED_LIMIT("tailoredLimit", 65, 75),
  /** The least score of the band PARTLY_TAILORED; standard 45. */
  PARTLY_TAILORED_LIMIT("partlyTailoredLimit", 40, 50);

  private static final RubricConstant[] ALL = values();

  private final String path;
  private final double low;
  private final double high;

  RubricConstant(String path, double low, double high) {
    this.path = path;
    this.low = low;
    this.high = high;
  }

  /**
   * Returns the constant's path in the rubric's JSON, e.g. {@code teacherVoice} or {@code
   * contextualisation.ADAPTED}; the name under which results report it.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * Returns the lower end of the plausible range.
   *
   * @return the lower end
   */
  public double low() {
    return low;
  }

  /**
   * Returns the upper end of the plausible range.
   *
   * @return the upper end
   */
  public double high() {
    return high;
  }

  /**
   * Returns the constant's value in a rubric.
   *
   * @param rubric the rubric
   * @return its value
   */
  public double valueIn(Rubric rubric) {
    requireNonNull(rubric, "rubric");
    switch (this) {
      case TEACHER_VOICE: return rubric.teacherVoice();
      case MIN_VOCATIONAL_SHARE: return rubric.minVocationalShare();
      case INDUSTRY_HOURS_BASE: return rubric.industryHoursBase();
      case INDUSTRY_HOURS_PER_YEAR: return rubric.industryHoursPerYear();
      case INDUSTRY_YEAR_CAP: return rubric.industryYearCap();
      case UNKNOWN_YEARS: return rubric.unknownYears();
      case COLLABORATION_TARGET: return rubric.collaborationTarget();
      case GENERIC_COLLABORATION: return rubric.genericCollaboration();
      case NEEDED_SHARE: return rubric.neededShare();
      case COVERED_FRACTION: return rubric.coveredFraction();
      case GENERAL_DRIVER_FACTOR: return rubric.generalDriverFactor();
      case BARRIER_WEIGHT: return rubric.barrierWeight();
      case SUSTAINED_WEEKS: return rubric.sustainedWeeks();
      case ADAPTED_VALUE: return rubric.contextualisation().get(Contextualisation.ADAPTED);
      case DELEGATED_VALUE: return rubric.leader().get(LeaderInvolvement.DELEGATED);
      case TAILORED_LIMIT: return rubric.tailoredLimit();
      case PARTLY_TAILORED_LIMIT: return rubric.partlyTailoredLimit();
      default: throw new AssertionError(this);
    }
  }

  /**
   * Returns the value at a point {@code u} of the unit interval: {@code low + u·(high − low)}, or
   * for the integer {@link #SUSTAINED_WEEKS} the integer of that share of {@code low … high}.
   *
   * @param u a number in [0, 1]
   * @return the value in the range
   */
  public double at(double u) {
    checkArgument(u >= 0 && u <= 1, "u must be in [0, 1], was %s", u);
    if (this == SUSTAINED_WEEKS) {
      return Math.min(high, Math.floor(low + u * (high - low + 1)));
    }
    return low + u * (high - low);
  }

  /** All constants, in declaration order (the order of results). */
  static ImmutableList<RubricConstant> all() {
    return ImmutableList.copyOf(ALL);
  }

  /**
   * Returns a copy of a rubric with the given weights and, when {@code constants} is not null,
   * every constant set to {@code constants[c.ordinal()]}. The ladder values are clamped between
   * their neighbours and a band limit order that would invert is impossible (the ranges do not
   * overlap), so the copy is valid.
   */
  static Rubric apply(Rubric rubric, double[] weights, double[] constants) {
    Map<String, Double> w = new java.util.LinkedHashMap<>();
    for (int k = 0; k < weights.length; k++) {
      w.put(Rubric.CRITERIA.get(k), weights[k]);
    }
    // A drawn rubric is not the rubric it was drawn from: it gets an id of its own (a rubric that
    // reuses the standard's id and version with other content is refused).
    Rubric.Builder b = Rubric.builder().from(rubric).id(rubric.id() + "-draw").weights(w);
    if (constants != null) {
      b.teacherVoice(constants[TEACHER_VOICE.ordinal()])
          .minVocationalShare(constants[MIN_VOCATIONAL_SHARE.ordinal()])
          .industryHoursBase(constants[INDUSTRY_HOURS_BASE.ordinal()])
          .industryHoursPerYear(constants[INDUSTRY_HOURS_PER_YEAR.ordinal()])
          .industryYearCap(constants[INDUSTRY_YEAR_CAP.ordinal()])
          .unknownYears(constants[UNKNOWN_YEARS.ordinal()])
          .collaborationTarget(constants[COLLABORATION_TARGET.ordinal()])
          .genericCollaboration(constants[GENERIC_COLLABORATION.ordinal()])
          .neededShare(constants[NEEDED_SHARE.ordinal()])
          .coveredFraction(constants[COVERED_FRACTION.ordinal()])
          .generalDriverFactor(constants[GENERAL_DRIVER_FACTOR.ordinal()])
          .barrierWeight(constants[BARRIER_WEIGHT.ordinal()])
          .sustainedWeeks((int) constants[SUSTAINED_WEEKS.ordinal()])
          .tailoredLimit(Math.max(constants[TAILORED_LIMIT.ordinal()],
              constants[PARTLY_TAILORED_LIMIT.ordinal()]))
          .partlyTailoredLimit(constants[PARTLY_TAILORED_LIMIT.ordinal()]);
      Map<Contextualisation, Double> context = new EnumMap<>(rubric.contextualisation());
      context.put(Contextualisation.ADAPTED, clamp(constants[ADAPTED_VALUE.ordinal()],
          context.get(Contextualisation.GENERIC), context.get(Contextualisation.PROGRAMME_SPECIFIC)));
      Map<LeaderInvolvement, Double> leader = new EnumMap<>(rubric.leader());
      leader.put(LeaderInvolvement.DELEGATED, clamp(constants[DELEGATED_VALUE.ordinal()],
          leader.get(LeaderInvolvement.NONE), leader.get(LeaderInvolvement.ACTIVE)));
      b.contextualisation(context).leader(leader);
    }
    return b.build();
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
