package org.vetcpd.rules;

import static org.vetcpd.core.wire.WireKind.BOOLEAN;
import static org.vetcpd.core.wire.WireKind.ENUM;
import static org.vetcpd.core.wire.WireKind.ENUM_NUMBER_MAP;
import static org.vetcpd.core.wire.WireKind.NUMBER;
import static org.vetcpd.core.wire.WireKind.OBJECT;
import static org.vetcpd.core.wire.WireKind.OBJECT_LIST;
import static org.vetcpd.core.wire.WireKind.STRING;

import java.util.List;
import java.util.function.Supplier;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Problem;
import org.vetcpd.core.Problems;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.json.JsonOptions;
import org.vetcpd.core.wire.ProblemCollector;
import org.vetcpd.core.wire.WireField;
import org.vetcpd.core.wire.WireJson;
import org.vetcpd.core.wire.WireType;

/**
 * The wire format of a {@link TailoringReport}, declared once, and its reading back, strictly,
 * with the one reader: unknown fields, nulls where a value is due, numbers for enums, strings for
 * numbers are all problems, each at its path.
 */
final class ReportReader {
  private ReportReader() {}

  static final WireField RUBRIC_ID = WireField.of("id", STRING).required()
      .doc("text", "—", "the rubric's id");
  static final WireField RUBRIC_VERSION = WireField.of("version", STRING).required()
      .doc("text", "—", "the rubric's version");
  static final WireField RUBRIC_FINGERPRINT = WireField.of("fingerprint", STRING).required()
      .doc("text", "—", "`sha256:` and the hex SHA-256 of the rubric's canonical JSON");
  /** The rubric a report was scored with. */
  static final WireType<RubricRef> RUBRIC_REF = WireType.of("RubricRef",
      "The rubric a report was scored with.",
      v -> checked(() -> new RubricRef(v.text(RUBRIC_ID), v.text(RUBRIC_VERSION),
          v.text(RUBRIC_FINGERPRINT))),
      RUBRIC_ID, RUBRIC_VERSION, RUBRIC_FINGERPRINT);

  static final WireField CRITERION_ID = WireField.of("id", STRING).required()
      .doc("text", "—", "the criterion's id");
  static final WireField CRITERION_ASSESSED = WireField.of("assessed", BOOLEAN).required()
      .doc("boolean", "—", "whether the criterion was assessed");
  static final WireField CRITERION_VALUE = WireField.of("value", NUMBER).required().nullable()
      .range(0.0, false, 1.0).doc("number or null", "—", "in [0, 1]; null when not assessed");
  static final WireField CRITERION_WEIGHT = WireField.of("weight", NUMBER).required()
      .range(0.0, false, null).doc("number", "—", "the criterion's weight in the rubric");
  static final WireField CRITERION_CONTRIBUTION = WireField.of("contribution", NUMBER).required()
      .nullable().doc("number or null", "—",
          "points the criterion adds to the score; null when not assessed");
  static final WireField CRITERION_EVIDENCE = WireField.of("evidence", STRING).required()
      .doc("text", "—", "what produced the value");
  static final WireField CRITERION_FINDING = WireField.of("finding", STRING).nullable()
      .doc("text or null", "absent", "a finding in plain words, or why it was not assessed");
  /** One criterion of a report. */
  static final WireType<CriterionResult> CRITERION = WireType.of("CriterionResult",
      "One criterion of a report: its value, weight, contribution and evidence.",
      v -> checked(() -> CriterionResult.fromJson(v.text(CRITERION_ID),
          v.<Boolean>get(CRITERION_ASSESSED), v.get(CRITERION_VALUE), v.number(CRITERION_WEIGHT),
          v.get(CRITERION_CONTRIBUTION), v.text(CRITERION_EVIDENCE), v.text(CRITERION_FINDING))),
      CRITERION_ID, CRITERION_ASSESSED, CRITERION_VALUE, CRITERION_WEIGHT, CRITERION_CONTRIBUTION,
      CRITERION_EVIDENCE, CRITERION_FINDING);

  static final WireField ACTION = WireField.of("action", STRING).required()
      .doc("text", "—", "the kind of edit");
  static final WireField DESCRIPTION = WireField.of("description", STRING).required()
      .doc("text", "—", "the edit in plain words");
  static final WireField RECOMMENDATION_SCORE = WireField.of("score", NUMBER).required()
      .range(0.0, false, 100.0).doc("number", "—", "the score of the edited plan");
  /** One recommendation of a report. */
  static final WireType<Recommendation> RECOMMENDATION = WireType.of("Recommendation",
      "A concrete edit to the plan, with the score the edited plan gets.",
      v -> checked(() -> new Recommendation(v.text(ACTION), v.text(DESCRIPTION),
          v.number(RECOMMENDATION_SCORE))),
      ACTION, DESCRIPTION, RECOMMENDATION_SCORE);

  static final WireField PLAN = WireField.of("plan", STRING).required()
      .doc("text", "—", "the plan's id");
  static final WireField TEACHER = WireField.of("teacher", STRING).required()
      .doc("text", "—", "the teacher's id");
  static final WireField RUBRIC = WireField.of("rubric", OBJECT).required()
      .element(() -> RUBRIC_REF).doc("RubricRef", "—", "the rubric scored with");
  static final WireField SCORE = WireField.of("score", NUMBER).required()
      .range(0.0, false, 100.0).doc("number", "—", "the tailoring score, in [0, 100]");
  static final WireField BAND = WireField.of("band", ENUM).required().enumOf(Band.class)
      .doc("`Band`", "—", "the score's band");
  static final WireField TARGET = WireField.of("target", ENUM_NUMBER_MAP).required()
      .enumOf(CompetenceArea.class).range(0.0, false, 1.0)
      .doc("area map → number", "—", "the target share of each area");
  static final WireField EMPHASIS = WireField.of("emphasis", ENUM_NUMBER_MAP).required()
      .enumOf(CompetenceArea.class).range(0.0, false, 1.0)
      .doc("area map → number", "—", "the plan's share of each area");
  static final WireField CRITERIA = WireField.of("criteria", OBJECT_LIST).required()
      .element(() -> CRITERION).doc("list of CriterionResult", "—", "every criterion, in order");
  static final WireField RECOMMENDATIONS = WireField.of("recommendations", OBJECT_LIST)
      .required().element(() -> RECOMMENDATION)
      .doc("list of Recommendation", "—", "edits that raise the score, best first");
  /** A report: the explained score of one plan. */
  static final WireType<TailoringReport> REPORT = WireType.of("TailoringReport",
      "The explained tailoring score of one plan.",
      v -> checked(() -> TailoringReport.of(v.text(PLAN), v.text(TEACHER), v.get(RUBRIC),
          v.number(SCORE), v.get(BAND), v.map(TARGET), v.map(EMPHASIS), v.list(CRITERIA),
          v.list(RECOMMENDATIONS))),
      PLAN, TEACHER, RUBRIC, SCORE, BAND, TARGET, EMPHASIS, CRITERIA, RECOMMENDATIONS);

  /**
   * Builds a value whose constructor states a broken rule as an {@link IllegalArgumentException}
   * (Guava's {@code checkArgument}); the rule becomes a problem of the object read.
   */
  private static <T> T checked(Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      if (e instanceof ValidationException) {
        throw e;
      }
      throw new ValidationException(List.of(new Problem("", String.valueOf(e.getMessage()))));
    }
  }

  /**
   * Reads a report and checks it against {@code rubric} (null: only the standard rubric's
   * fingerprint is checked): the problems of the reading and of the checks, at most {@code
   * options.maxProblems()} of them, then one line with the exact count of the others.
   */
  static TailoringReport parse(String json, Rubric rubric, JsonOptions options) {
    TailoringReport r = WireJson.parse(json, REPORT, options, null);
    Problems found = ReportCheck.check(r, rubric);
    if (!found.isEmpty()) {
      ProblemCollector capped = new ProblemCollector(options.maxProblems());
      for (Problem p : found.list()) {
        capped.addAtEnd(p.path(), p.message());
      }
      capped.throwIfAny();
    }
    return r;
  }
}
