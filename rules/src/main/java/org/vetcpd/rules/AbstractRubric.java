package org.vetcpd.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.immutables.value.Value;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.Problems;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.json.JsonOptions;
import org.vetcpd.core.json.VetcpdJson;

/**
 * A tailoring rubric: every constant of the ten criteria's formulas, the criterion weights and the
 * band limits, with an id and a version so that a report names exactly what was scored.
 *
 * <p>{@link #standard()} is the rubric of docs/rubric.md, which encodes seed 000 (Ballangrud and
 * Nilsen): the teacher's voice weighs more than the external drivers' pull, and
 * contact with industry is what renews vocational knowledge. A researcher varies it with {@code
 * Rubric.standard().withWeight("industry-contact", 0.3)}, the generated {@code with...} methods, or
 * {@code Rubric.builder().from(Rubric.standard())}. It is written with {@code
 * VetcpdJson.write(rubric)} and read back, strictly, with {@link #fromJson(String)} or {@link
 * #read(Path)}; a rubric file states every field.
 *
 * <p>A rubric is validated when built: every weight finite and at least 0 and not all 0, the
 * weights keyed by exactly the ten {@linkplain #CRITERIA criterion ids}, every constant in its
 * range, and the contextualisation and leader values non-decreasing (a more tailored or better
 * facilitated plan never scores less). A {@link org.vetcpd.core.ValidationException} lists every
 * problem with its path, e.g. {@code weights.coverage}.
 *
 * <p>Build with {@code Rubric.builder()} or start from {@code Rubric.standard()}. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({
  "id", "version", "weights", "teacherVoice", "minVocationalShare", "industryHoursBase",
  "industryHoursPerYear", "industryYearCap", "unknownYears", "collaborationTarget",
  "genericCollaboration", "neededShare", "coveredFraction", "generalDriverFactor",
  "barrierWeight", "sustainedWeeks", "contextualisation", "leader", "findingThreshold",
  "tailoredLimit", "partlyTailoredLimit"
})
public abstract class AbstractRubric {
  /** The ids of the ten criteria, in the stable order of reports (docs/rubric.md's table). */
  public static final ImmutableList<String> CRITERIA = ImmutableList.of(
      "needs-alignment", "vocational-focus", "contextualisation", "industry-contact",
      "driver-response", "collaboration", "facilitation", "coverage", "knowledge-integration",
      "sustained-learning");

  private static final ImmutableSet<String> CRITERION_SET = ImmutableSet.copyOf(CRITERIA);

  AbstractRubric() {}

  /**
   * Returns the standard rubric of docs/rubric.md, id {@code vetcpd-standard}, version {@code 1.0}.
   *
   * @return the standard rubric
   */
  public static Rubric standard() {
    return Standard.RUBRIC;
  }

  /**
   * Reads a rubric from JSON text, strictly: every field is required, unknown fields and bad values
   * are problems.
   *
   * @param json the JSON text, as {@code VetcpdJson.write(rubric)} writes it
   * @return the rubric
   * @throws ValidationException listing every problem with its path, e.g. {@code weights.coverage}
   */
  public static Rubric fromJson(String json) {
    requireNonNull(json, "json");
    return RubricReader.read(VetcpdJson.parseTree(json, JsonOptions.strict()), JsonOptions.strict());
  }

  /**
   * Reads a rubric from a UTF-8 JSON file, strictly; see {@link #fromJson(String)}.
   *
   * @param path the file
   * @return the rubric
   * @throws ValidationException listing every problem with its path
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static Rubric read(Path path) {
    requireNonNull(path, "path");
    return RubricReader.read(VetcpdJson.parseTree(path, JsonOptions.strict()), JsonOptions.strict());
  }

  /**
   * Returns the rubric's id, e.g. {@code vetcpd-standard}.
   *
   * @return the id, not blank
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * Returns the rubric's version, e.g. {@code 1.0}.
   *
   * @return the version, not blank
   */
  @JsonProperty("version")
  public abstract String version();

  /**
   * Returns the weight of each criterion, keyed by the ten {@linkplain #CRITERIA criterion ids} in
   * their stable order.
   *
   * @return the weights: finite, at least 0, not all 0
   */
  @JsonProperty("weights")
  public abstract ImmutableMap<String, Double> weights();

  /**
   * Returns λ, how much the teacher's own need weighs in the target against the drivers' pull:
   * {@code t = λ·n + (1 − λ)·d}; standard 0.6.
   *
   * @return λ, in [0, 1]
   */
  @Value.Default
  @JsonProperty("teacherVoice")
  public double teacherVoice() {
    return 0.6;
  }

  /**
   * Returns the least vocational share (VOCATIONAL plus INDUSTRY_COOPERATION) a VET teacher's
   * plan is held to in {@code vocational-focus}, whatever the target; standard 0.40.
   *
   * @return the share, in (0, 1]
   */
  @Value.Default
  @JsonProperty("minVocationalShare")
  public double minVocationalShare() {
    return 0.40;
  }

  /**
   * Returns the industry-contact hours every teacher needs in a plan, before the years since the
   * last industry contact are counted; standard 15.
   *
   * @return the hours, finite and greater than 0
   */
  @Value.Default
  @JsonProperty("industryHoursBase")
  public double industryHoursBase() {
    return 15;
  }

  /**
   * Returns the industry-contact hours added per year since the teacher's last industry contact;
   * standard 5.
   *
   * @return the hours, finite and at least 0
   */
  @Value.Default
  @JsonProperty("industryHoursPerYear")
  public double industryHoursPerYear() {
    return 5;
  }

  /**
   * Returns the most years since industry contact that are counted; standard 10.
   *
   * @return the years, finite and at least 0
   */
  @Value.Default
  @JsonProperty("industryYearCap")
  public double industryYearCap() {
    return 10;
  }

  /**
   * Returns the years since industry contact assumed when a teacher's are unknown; standard 5.
   *
   * @return the years, finite and at least 0
   */
  @Value.Default
  @JsonProperty("unknownYears")
  public double unknownYears() {
    return 5;
  }

  /**
   * Returns the share of collaborative, contextualised hours at which {@code collaboration}
   * reaches 1; standard 0.35.
   *
   * @return the share, in (0, 1]
   */
  @Value.Default
  @JsonProperty("collaborationTarget")
  public double collaborationTarget() {
    return 0.35;
  }

  /**
   * Returns how much an hour of a GENERIC collaborative activity without industry contact counts
   * in {@code collaboration}; standard 0.25.
   *
   * @return the factor, in [0, 1]
   */
  @Value.Default
  @JsonProperty("genericCollaboration")
  public double genericCollaboration() {
    return 0.25;
  }

  /**
   * Returns the target share from which an area counts as needed in {@code coverage}; standard
   * 0.15.
   *
   * @return the share, in [0, 1]
   */
  @Value.Default
  @JsonProperty("neededShare")
  public double neededShare() {
    return 0.15;
  }

  /**
   * Returns the fraction of its target share a needed area must reach to count as covered;
   * standard 0.5.
   *
   * @return the fraction, in [0, 1]
   */
  @Value.Default
  @JsonProperty("coveredFraction")
  public double coveredFraction() {
    return 0.5;
  }

  /**
   * Returns how much a GENERAL driver's strength counts in {@code driver-response} against a
   * VOCATION_SPECIFIC one's; standard 0.5.
   *
   * @return the factor, in [0, 1]
   */
  @Value.Default
  @JsonProperty("generalDriverFactor")
  public double generalDriverFactor() {
    return 0.5;
  }

  /**
   * Returns the weight, in {@code facilitation}, of a component tied to a barrier the teacher
   * declares (other components weigh 1); standard 2.
   *
   * @return the weight, finite and greater than 0
   */
  @Value.Default
  @JsonProperty("barrierWeight")
  public double barrierWeight() {
    return 2;
  }

  /**
   * Returns the span in weeks from which an activity counts as sustained learning; standard 4.
   *
   * @return the weeks, at least 1
   */
  @Value.Default
  @JsonProperty("sustainedWeeks")
  public int sustainedWeeks() {
    return 4;
  }

  /**
   * Returns the value of an hour of each contextualisation in {@code contextualisation}; standard
   * GENERIC 0, ADAPTED 0.6, PROGRAMME_SPECIFIC 1.
   *
   * @return a value in [0, 1] for every contextualisation, non-decreasing in declaration order
   */
  @JsonProperty("contextualisation")
  public abstract ImmutableMap<Contextualisation, Double> contextualisation();

  /**
   * Returns the value of each leader involvement in {@code facilitation}; standard NONE 0,
   * DELEGATED 0.5, ACTIVE 1.
   *
   * @return a value in [0, 1] for every involvement, non-decreasing in declaration order
   */
  @JsonProperty("leader")
  public abstract ImmutableMap<LeaderInvolvement, Double> leader();

  /**
   * Returns the value below which a report states a finding for a criterion; standard 0.6.
   *
   * @return the threshold, in [0, 1]
   */
  @Value.Default
  @JsonProperty("findingThreshold")
  public double findingThreshold() {
    return 0.6;
  }

  /**
   * Returns the least score of the band {@link Band#TAILORED}; standard 70.
   *
   * @return the limit, in [0, 100], at least {@link #partlyTailoredLimit()}
   */
  @Value.Default
  @JsonProperty("tailoredLimit")
  public double tailoredLimit() {
    return 70;
  }

  /**
   * Returns the least score of the band {@link Band#PARTLY_TAILORED}; standard 45.
   *
   * @return the limit, in [0, 100]
   */
  @Value.Default
  @JsonProperty("partlyTailoredLimit")
  public double partlyTailoredLimit() {
    return 45;
  }

  /**
   * Returns the weight of one criterion.
   *
   * @param criterion a criterion id, one of {@link #CRITERIA}
   * @return the weight
   * @throws IllegalArgumentException if the id is not a criterion's
   */
  public double weight(String criterion) {
    Double w = weights().get(requireNonNull(criterion, "criterion"));
    checkArgument(w != null, "unknown criterion \"%s\"; expected one of %s", criterion, CRITERIA);
    return w;
  }

  /**
   * Returns a copy of this rubric with one criterion's weight changed.
   *
   * @param criterion a criterion id, one of {@link #CRITERIA}
   * @param weight the new weight
   * @return the new rubric
   * @throws IllegalArgumentException if the id is not a criterion's
   * @throws ValidationException if the weight makes the rubric invalid
   */
  public Rubric withWeight(String criterion, double weight) {
    checkArgument(CRITERION_SET.contains(requireNonNull(criterion, "criterion")),
        "unknown criterion \"%s\"; expected one of %s", criterion, CRITERIA);
    Map<String, Double> w = new LinkedHashMap<>(weights());
    w.put(criterion, weight);
    return Rubric.copyOf(this).withWeights(w);
  }

  /**
   * Returns the band of a score under this rubric's limits; a score within 1e-9 below a limit
   * reaches it (docs/rubric.md: the order of floating-point operations never flips a band).
   *
   * @param score a score
   * @return the band
   */
  public Band band(double score) {
    if (Tolerance.reaches(score, tailoredLimit())) {
      return Band.TAILORED;
    }
    if (Tolerance.reaches(score, partlyTailoredLimit())) {
      return Band.PARTLY_TAILORED;
    }
    return Band.GENERIC;
  }

  /**
   * Returns the rubric's id and version, as a report names them.
   *
   * @return the reference
   */
  public RubricRef ref() {
    return new RubricRef(id(), version());
  }

  @Value.Check
  final AbstractRubric check() {
    Problems p = new Problems();
    p.nonBlank("id", id()).nonBlank("version", version());
    checkWeights(p);
    p.inRange("teacherVoice", teacherVoice(), 0, 1);
    p.inRange("minVocationalShare", minVocationalShare(), 0, 1);
    if (minVocationalShare() == 0) {
      p.add("minVocationalShare", "must be > 0, was 0");
    }
    p.greaterThan("industryHoursBase", industryHoursBase(), 0);
    p.atLeast("industryHoursPerYear", industryHoursPerYear(), 0);
    p.atLeast("industryYearCap", industryYearCap(), 0);
    p.atLeast("unknownYears", unknownYears(), 0);
    p.inRange("collaborationTarget", collaborationTarget(), 0, 1);
    if (collaborationTarget() == 0) {
      p.add("collaborationTarget", "must be > 0, was 0");
    }
    p.inRange("genericCollaboration", genericCollaboration(), 0, 1);
    p.inRange("neededShare", neededShare(), 0, 1);
    p.inRange("coveredFraction", coveredFraction(), 0, 1);
    p.inRange("generalDriverFactor", generalDriverFactor(), 0, 1);
    p.greaterThan("barrierWeight", barrierWeight(), 0);
    if (sustainedWeeks() < 1) {
      p.add("sustainedWeeks", "must be >= 1, was " + sustainedWeeks());
    }
    checkLadder(p, "contextualisation", contextualisation(), Contextualisation.values());
    checkLadder(p, "leader", leader(), LeaderInvolvement.values());
    p.inRange("findingThreshold", findingThreshold(), 0, 1);
    p.inRange("tailoredLimit", tailoredLimit(), 0, 100);
    p.inRange("partlyTailoredLimit", partlyTailoredLimit(), 0, 100);
    if (tailoredLimit() < partlyTailoredLimit()) {
      p.add("tailoredLimit", "must be >= partlyTailoredLimit ("
          + Problems.format(partlyTailoredLimit()) + "), was " + Problems.format(tailoredLimit()));
    }
    p.throwIfAny();
    return canonicalOrder();
  }

  private void checkWeights(Problems p) {
    double sum = 0;
    boolean bad = false;
    for (Map.Entry<String, Double> e : weights().entrySet()) {
      String at = "weights." + e.getKey();
      double w = e.getValue();
      if (!CRITERION_SET.contains(e.getKey())) {
        p.add(at, "unknown criterion \"" + e.getKey() + "\"; expected one of " + CRITERIA);
        bad = true;
      } else if (!Double.isFinite(w)) {
        p.add(at, "must be a finite number, was " + Problems.format(w));
        bad = true;
      } else if (w < 0) {
        p.add(at, "must be >= 0, was " + Problems.format(w));
        bad = true;
      } else {
        sum += w;
      }
    }
    for (String id : CRITERIA) {
      if (!weights().containsKey(id)) {
        p.add("weights." + id, "missing; every criterion needs a weight (0 to leave it out)");
        bad = true;
      }
    }
    if (!bad && !(sum > 0 && Double.isFinite(sum))) {
      p.add("weights", "must have at least one positive weight and a finite sum");
    }
  }

  private static <E extends Enum<E>> void checkLadder(
      Problems p, String path, Map<E, Double> values, E[] order) {
    double previous = Double.NEGATIVE_INFINITY;
    E previousKey = null;
    for (E key : order) {
      Double v = values.get(key);
      String at = path + "." + key.name();
      if (v == null) {
        p.add(at, "missing; every " + path + " level needs a value");
        continue;
      }
      p.inRange(at, v, 0, 1);
      if (Double.isFinite(v) && v < previous) {
        p.add(at, "must be >= the value of " + previousKey + " (" + Problems.format(previous)
            + "), was " + Problems.format(v) + "; a more tailored or facilitated plan must never"
            + " score less");
      }
      if (Double.isFinite(v)) {
        previous = v;
        previousKey = key;
      }
    }
  }

  private AbstractRubric canonicalOrder() {
    if (weights().keySet().asList().equals(CRITERIA)) {
      return this;
    }
    ImmutableMap.Builder<String, Double> w = ImmutableMap.builderWithExpectedSize(CRITERIA.size());
    for (String id : CRITERIA) {
      w.put(id, weights().get(id));
    }
    return Rubric.copyOf(this).withWeights(w.buildOrThrow());
  }

  /** Holds the standard rubric, built once. */
  private static final class Standard {
    static final Rubric RUBRIC = Rubric.builder()
        .id("vetcpd-standard")
        .version("1.0")
        .weights(standardWeights())
        .contextualisation(enumMap(Contextualisation.class, Contextualisation.values(),
            0.0, 0.6, 1.0))
        .leader(enumMap(LeaderInvolvement.class, LeaderInvolvement.values(), 0.0, 0.5, 1.0))
        .build();

    private static ImmutableMap<String, Double> standardWeights() {
      double[] w = {0.20, 0.15, 0.15, 0.15, 0.09, 0.06, 0.12, 0.04, 0.02, 0.02};
      ImmutableMap.Builder<String, Double> b = ImmutableMap.builder();
      for (int i = 0; i < w.length; i++) {
        b.put(CRITERIA.get(i), w[i]);
      }
      return b.buildOrThrow();
    }

    private static <E extends Enum<E>> ImmutableMap<E, Double> enumMap(
        Class<E> type, E[] keys, double... values) {
      EnumMap<E, Double> m = new EnumMap<>(type);
      for (int i = 0; i < keys.length; i++) {
        m.put(keys[i], values[i]);
      }
      return Maps.immutableEnumMap(m);
    }
  }
}
