package org.vetcpd.rules;

import static org.vetcpd.core.wire.WireKind.ENUM_NUMBER_MAP;
import static org.vetcpd.core.wire.WireKind.INTEGER;
import static org.vetcpd.core.wire.WireKind.NUMBER;
import static org.vetcpd.core.wire.WireKind.STRING;
import static org.vetcpd.core.wire.WireKind.STRING_NUMBER_MAP;

import java.io.InputStream;
import java.nio.file.Path;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.Teacher;
import org.vetcpd.core.json.JsonOptions;
import org.vetcpd.core.wire.WireField;
import org.vetcpd.core.wire.WireJson;
import org.vetcpd.core.wire.WireType;

/**
 * The wire format of a {@link Rubric}, declared once, and its reading, strictly: every field is
 * required (a published rubric states every constant it scored with), unknown fields are problems,
 * and every problem of the document and of the rubric's validation is reported at once with its
 * path.
 */
final class RubricReader {
  private RubricReader() {}

  /**
   * A required number, with the range the rubric's own checks hold it to ({@code AbstractRubric}):
   * the JSON Schema says what building the rubric says. {@code minExclusive} for a bound that
   * must be passed ({@code > 0}).
   */
  private static WireField number(String name, double min, boolean minExclusive, double max,
      String description) {
    return WireField.of(name, NUMBER).required().range(min, minExclusive, max)
        .doc("number", "—", description);
  }

  /** A required number in [0, 1]. */
  private static WireField share(String name, String description) {
    return number(name, 0, false, 1, description);
  }

  static final WireField ID = WireField.of("id", STRING).required()
      .doc("text", "—", "the rubric's id, e.g. `vetcpd-standard`");
  static final WireField VERSION = WireField.of("version", STRING).required()
      .doc("text", "—", "the rubric's version, e.g. `1.0`");
  static final WireField WEIGHTS = WireField.of("weights", STRING_NUMBER_MAP).required()
      .keys(Rubric.CRITERIA).range(0.0, false, AbstractRubric.MAX_WEIGHT)
      .doc("criterion id → number", "—", "each criterion's weight, ≥ 0 (not all 0)");
  static final WireField TEACHER_VOICE = share("teacherVoice", "λ, the teacher's share of the"
      + " target");
  static final WireField MIN_VOCATIONAL_SHARE = number("minVocationalShare", 0, true, 1,
      "the least vocational share of the target in `vocational-focus`");
  static final WireField INDUSTRY_HOURS_BASE = number("industryHoursBase", 0, true,
      AbstractRubric.MAX_INDUSTRY_HOURS,
      "industry-contact hours wanted at 0 years since contact");
  static final WireField INDUSTRY_HOURS_PER_YEAR = number("industryHoursPerYear", 0, false,
      AbstractRubric.MAX_INDUSTRY_HOURS,
      "industry-contact hours wanted per year since contact");
  static final WireField INDUSTRY_YEAR_CAP = number("industryYearCap", 0, false, Teacher.MAX_YEARS,
      "the most years since contact counted");
  static final WireField UNKNOWN_YEARS = number("unknownYears", 0, false, Teacher.MAX_YEARS,
      "years since contact assumed when unknown");
  static final WireField COLLABORATION_TARGET = number("collaborationTarget", 0, true, 1,
      "the collaborative hour share that scores 1");
  static final WireField GENERIC_COLLABORATION = share("genericCollaboration",
      "the factor of generic collaboration without industry contact");
  static final WireField NEEDED_SHARE = share("neededShare",
      "the target share from which an area counts as needed");
  static final WireField COVERED_FRACTION = share("coveredFraction",
      "the fraction of a needed area's target that covers it");
  static final WireField GENERAL_DRIVER_FACTOR = share("generalDriverFactor",
      "the factor of a `GENERAL` driver in `driver-response`");
  static final WireField BARRIER_WEIGHT = number("barrierWeight",
      AbstractRubric.MIN_BARRIER_WEIGHT, false, AbstractRubric.MAX_BARRIER_WEIGHT,
      "the weight of a facilitation component tied to a declared barrier");
  static final WireField SUSTAINED_WEEKS = WireField.of("sustainedWeeks", INTEGER).required()
      .range(1.0, false, (double) AbstractRubric.MAX_SUSTAINED_WEEKS)
      .doc("whole number", "—", "the weeks from which an activity counts as sustained");
  static final WireField CONTEXTUALISATION = WireField.of("contextualisation", ENUM_NUMBER_MAP)
      .required().enumOf(Contextualisation.class).range(0.0, false, 1.0)
      .doc("`Contextualisation` map → number", "—", "the value of each contextualisation");
  static final WireField LEADER = WireField.of("leader", ENUM_NUMBER_MAP).required()
      .enumOf(LeaderInvolvement.class).range(0.0, false, 1.0)
      .doc("`LeaderInvolvement` map → number", "—", "the value of each leader involvement");
  static final WireField FINDING_THRESHOLD = share("findingThreshold",
      "the value below which a criterion gets a finding");
  static final WireField TAILORED_LIMIT = number("tailoredLimit", 0, false, 100,
      "the least score of band `TAILORED`");
  static final WireField PARTLY_TAILORED_LIMIT = number("partlyTailoredLimit", 0, false, 100,
      "the least score of band `PARTLY_TAILORED`");

  /** A rubric: every constant of the tailoring score, with an id and a version. */
  static final WireType<Rubric> RUBRIC = WireType.of("Rubric",
      "A vetcpd rubric: every constant of the tailoring score, with an id and a version.",
      v -> Rubric.refuseForgedStandard(v.text(ID), v.text(VERSION), Rubric.builder()
          .id(v.text(ID))
          .version(v.text(VERSION))
          .weights(v.<String, Double>map(WEIGHTS))
          .teacherVoice(v.number(TEACHER_VOICE))
          .minVocationalShare(v.number(MIN_VOCATIONAL_SHARE))
          .industryHoursBase(v.number(INDUSTRY_HOURS_BASE))
          .industryHoursPerYear(v.number(INDUSTRY_HOURS_PER_YEAR))
          .industryYearCap(v.number(INDUSTRY_YEAR_CAP))
          .unknownYears(v.number(UNKNOWN_YEARS))
          .collaborationTarget(v.number(COLLABORATION_TARGET))
          .genericCollaboration(v.number(GENERIC_COLLABORATION))
          .neededShare(v.number(NEEDED_SHARE))
          .coveredFraction(v.number(COVERED_FRACTION))
          .generalDriverFactor(v.number(GENERAL_DRIVER_FACTOR))
          .barrierWeight(v.number(BARRIER_WEIGHT))
          .sustainedWeeks(v.integer(SUSTAINED_WEEKS))
          .contextualisation(v.<Contextualisation, Double>map(CONTEXTUALISATION))
          .leader(v.<LeaderInvolvement, Double>map(LEADER))
          .findingThreshold(v.number(FINDING_THRESHOLD))
          .tailoredLimit(v.number(TAILORED_LIMIT))
          .partlyTailoredLimit(v.number(PARTLY_TAILORED_LIMIT))
          .build()),
      ID, VERSION, WEIGHTS, TEACHER_VOICE, MIN_VOCATIONAL_SHARE, INDUSTRY_HOURS_BASE,
      INDUSTRY_HOURS_PER_YEAR, INDUSTRY_YEAR_CAP, UNKNOWN_YEARS, COLLABORATION_TARGET,
      GENERIC_COLLABORATION, NEEDED_SHARE, COVERED_FRACTION, GENERAL_DRIVER_FACTOR,
      BARRIER_WEIGHT, SUSTAINED_WEEKS, CONTEXTUALISATION, LEADER, FINDING_THRESHOLD,
      TAILORED_LIMIT, PARTLY_TAILORED_LIMIT);

  static Rubric parse(String json, JsonOptions options) {
    return WireJson.parse(json, RUBRIC, options, null);
  }

  static Rubric read(Path path, JsonOptions options) {
    return WireJson.read(path, RUBRIC, options, null);
  }

  static Rubric read(InputStream in, JsonOptions options) {
    return WireJson.read(in, RUBRIC, options, null);
  }
}
