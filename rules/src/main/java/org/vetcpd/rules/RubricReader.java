package org.vetcpd.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.Problems;
import org.vetcpd.core.json.JsonFields;
import org.vetcpd.core.json.JsonOptions;

/**
 * Reads a {@link Rubric} from a JSON tree, strictly: every field is required (a published rubric
 * states every constant it scored with), unknown fields are problems, and every problem of the
 * document and of the rubric's validation is reported at once with its path.
 */
final class RubricReader {
  static final String[] FIELDS = {
    "id", "version", "weights", "teacherVoice", "minVocationalShare", "industryHoursBase",
    "industryHoursPerYear", "industryYearCap", "unknownYears", "collaborationTarget",
    "genericCollaboration", "neededShare", "coveredFraction", "generalDriverFactor",
    "barrierWeight", "sustainedWeeks", "contextualisation", "leader", "findingThreshold",
    "tailoredLimit", "partlyTailoredLimit"
  };

  private RubricReader() {}

  static Rubric read(JsonNode root, JsonOptions options) {
    Problems p = new Problems();
    JsonFields f = JsonFields.of(root, "", p, options, FIELDS);
    String id = f.text("id");
    String version = f.text("version");
    if (root.isObject() && !f.has("weights")) {
      p.add("weights", "is required");
    }
    ImmutableMap<String, Double> weights = f.numberMap("weights");
    Double teacherVoice = f.number("teacherVoice");
    Double minVocationalShare = f.number("minVocationalShare");
    Double industryHoursBase = f.number("industryHoursBase");
    Double industryHoursPerYear = f.number("industryHoursPerYear");
    Double industryYearCap = f.number("industryYearCap");
    Double unknownYears = f.number("unknownYears");
    Double collaborationTarget = f.number("collaborationTarget");
    Double genericCollaboration = f.number("genericCollaboration");
    Double neededShare = f.number("neededShare");
    Double coveredFraction = f.number("coveredFraction");
    Double generalDriverFactor = f.number("generalDriverFactor");
    Double barrierWeight = f.number("barrierWeight");
    Integer sustainedWeeks = f.integer("sustainedWeeks");
    ImmutableMap<Contextualisation, Double> contextualisation =
        required(f, p, root, "contextualisation",
            f.optionalEnumNumberMap("contextualisation", Contextualisation.class));
    ImmutableMap<LeaderInvolvement, Double> leader =
        required(f, p, root, "leader", f.optionalEnumNumberMap("leader", LeaderInvolvement.class));
    Double findingThreshold = f.number("findingThreshold");
    Double tailoredLimit = f.number("tailoredLimit");
    Double partlyTailoredLimit = f.number("partlyTailoredLimit");
    Rubric rubric = f.build(() -> Rubric.builder()
        .id(id)
        .version(version)
        .weights(weights)
        .teacherVoice(teacherVoice)
        .minVocationalShare(minVocationalShare)
        .industryHoursBase(industryHoursBase)
        .industryHoursPerYear(industryHoursPerYear)
        .industryYearCap(industryYearCap)
        .unknownYears(unknownYears)
        .collaborationTarget(collaborationTarget)
        .genericCollaboration(genericCollaboration)
        .neededShare(neededShare)
        .coveredFraction(coveredFraction)
        .generalDriverFactor(generalDriverFactor)
        .barrierWeight(barrierWeight)
        .sustainedWeeks(sustainedWeeks)
        .contextualisation(contextualisation)
        .leader(leader)
        .findingThreshold(findingThreshold)
        .tailoredLimit(tailoredLimit)
        .partlyTailoredLimit(partlyTailoredLimit)
        .build());
    p.throwIfAny();
    return rubric;
  }

  private static <E extends Enum<E>> ImmutableMap<E, Double> required(
      JsonFields f, Problems p, JsonNode root, String name,
      Optional<ImmutableMap<E, Double>> map) {
    if (root.isObject() && !f.has(name)) {
      p.add(f.path(name), "is required");
    }
    return map.orElse(ImmutableMap.of());
  }
}
