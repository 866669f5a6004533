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
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.Problem;
import org.vetcpd.core.Problems;
import org.vetcpd.core.Teacher;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.json.JsonOptions;

/**
 * A tailoring rubric: every constant of the ten criteria's formulas, the criterion weights and the
 * band limits, with an id and a version so that a report names exactly what was scored.
 *
 * <p>{@link #standard()} is the rubric of docs/rubric.md, which encodes seed 000 (Ballangrud and
 * Nilsen): the teacher's voice weighs more than the external drivers' pull, and
 * contact with industry is what renews vocational knowledge. A researcher varies it with {@code
 * Rubric.standard().withWeight("industry-contact", 0.3)}, the generated {@code with...} methods, or
 * {@code Rubric.builder().from(Rubric.standard())}. It is written with {@code
 * VetcpdJson.write(rubric)} and read back, strictly, with {@link #parse(String)} or {@link
 * #read(Path)}; a rubric file states every field.
 *
 * <p>A rubric is validated when built: every weight in [0, {@link #MAX_WEIGHT}] and not all 0,
 * the weights keyed by exactly the ten {@linkplain #CRITERIA criterion ids}, every constant in
 * its finite range (docs/rubric.md, "Valid ranges"), and the contextualisation and leader values
 * non-decreasing (a more tailored or better facilitated plan never scores less). A {@link org.vetcpd.core.ValidationException} lists every
 * problem with its path, e.g. {@code weights.coverage}.
 *
 * <p><b>Identity.</b> A rubric is named by its {@link #id()} and {@link #version()} and told apart
 * from every other by its {@link #fingerprint()}, the SHA-256 of its canonical JSON; every report,
 * table and codebook names all three ({@link #ref()}). The standard's id and version name the
 * standard's content only: a rubric built with them but other content &mdash; {@code
 * Rubric.standard().withWeight(...)}, any generated {@code with...} copy, a builder started {@code
 * from(Rubric.standard())} &mdash; gets the derived id {@value #MODIFIED_STANDARD_ID} (same
 * version), and reading a rubric file that claims the standard's id and version with other content
 * is an error naming both fingerprints. A copy of any other rubric keeps its id and version unless
 * given new ones ({@code withId}, {@code withVersion}); its fingerprint differs.
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

  /**
   * The greatest weight of a criterion. Weights are relative (the score divides by their sum), so
   * every rubric can be written within it; there is no least positive weight, as the scorer
   * normalises the weights once, exactly, when it is built.
   */
  public static final double MAX_WEIGHT = 1_000_000;

  /** The greatest {@link #industryHoursBase()} and {@link #industryHoursPerYear()}: a year. */
  public static final double MAX_INDUSTRY_HOURS = 8760;

  /** The least {@link #barrierWeight()}. */
  public static final double MIN_BARRIER_WEIGHT = 0.001;

  /** The greatest {@link #barrierWeight()}. */
  public static final double MAX_BARRIER_WEIGHT = 1000;

  /** The greatest {@link #sustainedWeeks()}: ten years of weeks. */
  public static final int MAX_SUSTAINED_WEEKS = 520;

  /** The id of the {@linkplain #standard() standard rubric}. */
  public static final String STANDARD_ID = "vetcpd-standard";

  /** The version of the {@linkplain #standard() standard rubric}. */
  public static final String STANDARD_VERSION = "1.0";

  /**
   * The id a rubric gets when it is built with the standard's id and version but other content,
   * e.g. by {@code Rubric.standard().withWeight("industry-contact", 0.3)}: such a rubric is never
   * labelled as the standard.
   */
  public static final String MODIFIED_STANDARD_ID = "vetcpd-standard-modified";

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
   * @throws ValidationException listing every problem with its path, e.g. {@code weights.coverage},
   *     and when the text claims the standard's id and version with other content
   */
  public static Rubric parse(String json) {
    return parse(json, JsonOptions.strict());
  }

  /**
   * Reads a rubric from JSON text, strictly, with the given limits: at most {@link
   * JsonOptions#maxProblems()} problems are listed, then one line {@code … and N more problems}
   * with the exact count of the others.
   *
   * @param json the JSON text
   * @param options the reading options (limits and problem cap)
   * @return the rubric
   * @throws ValidationException listing the problems with their paths
   */
  public static Rubric parse(String json, JsonOptions options) {
    requireNonNull(json, "json");
    requireNonNull(options, "options");
    return RubricReader.parse(json, options);
  }

  /**
   * Reads a rubric from a UTF-8 JSON file, strictly; see {@link #parse(String)}.
   *
   * @param path the file
   * @return the rubric
   * @throws ValidationException listing every problem with its path
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static Rubric read(Path path) {
    return read(path, JsonOptions.strict());
  }

  /**
   * Reads a rubric from a UTF-8 JSON file, strictly, with the given limits; see {@link
   * #parse(String, JsonOptions)}.
   *
   * @param path the file
   * @param options the reading options (limits and problem cap)
   * @return the rubric
   * @throws ValidationException listing the problems with their paths
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static Rubric read(Path path, JsonOptions options) {
    requireNonNull(path, "path");
    requireNonNull(options, "options");
    return RubricReader.read(path, options);
  }

  /**
   * Returns the rubric's id, e.g. {@code vetcpd-standard}.
   *
   * @return the id, an identifier (see {@link org.vetcpd.core.Problems#identifier})
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * Returns the rubric's version, e.g. {@code 1.0}.
   *
   * @return the version, an identifier (see {@link org.vetcpd.core.Problems#identifier})
   */
  @JsonProperty("version")
  public abstract String version();

  /**
   * Returns the weight of each criterion, keyed by the ten {@linkplain #CRITERIA criterion ids} in
   * their stable order.
   *
   * @return the weights: each in [0, {@link #MAX_WEIGHT}], not all 0
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
   * @return the hours, in (0, {@link #MAX_INDUSTRY_HOURS}]
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
   * @return the hours, in [0, {@link #MAX_INDUSTRY_HOURS}]
   */
  @Value.Default
  @JsonProperty("industryHoursPerYear")
  public double industryHoursPerYear() {
    return 5;
  }

  /**
   * Returns the most years since industry contact that are counted; standard 10.
   *
   * @return the years, in [0, {@link org.vetcpd.core.Teacher#MAX_YEARS}]
   */
  @Value.Default
  @JsonProperty("industryYearCap")
  public double industryYearCap() {
    return 10;
  }

  /**
   * Returns the years since industry contact assumed when a teacher's are unknown; standard 5.
   *
   * @return the years, in [0, {@link org.vetcpd.core.Teacher#MAX_YEARS}]
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
   * @return the weight, in [{@link #MIN_BARRIER_WEIGHT}, {@link #MAX_BARRIER_WEIGHT}]
   */
  @Value.Default
  @JsonProperty("barrierWeight")
  public double barrierWeight() {
    return 2;
  }

  /**
   * Returns the span in weeks from which an activity counts as sustained learning; standard 4.
   *
   * @return the weeks, in [1, {@link #MAX_SUSTAINED_WEEKS}]
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
   * Returns the rubric's content fingerprint: {@code sha256:} and the hex SHA-256 of its canonical
   * JSON (the JSON {@code VetcpdJson.write(rubric)} writes, id and version included, with the keys
   * of every object sorted, no white space, and numbers in Java's shortest round-trip form). Two
   * rubrics have the same fingerprint exactly when they are equal.
   *
   * @return the fingerprint, e.g. {@code sha256:3f1a...}, 71 characters
   */
  @Value.Lazy
  public String fingerprint() {
    // The standard rubric's content is fixed in this class, so its fingerprint is known; taking it
    // as known spares every command that scores with the standard Jackson's object mapper, whose
    // set-up costs a short run more than the scoring. RubricIdentityTest computes it again.
    return this == Standard.RUBRIC ? Standard.FINGERPRINT : RubricFingerprint.of(this);
  }

  /**
   * Returns the rubric's id, version and fingerprint, as reports, tables and codebooks name them.
   *
   * @return the reference
   */
  @Value.Lazy
  public RubricRef ref() {
    return new RubricRef(id(), version(), fingerprint());
  }

  @Value.Check
  final AbstractRubric check() {
    Problems p = new Problems();
    p.identifier("id", id()).identifier("version", version());
    checkWeights(p);
    p.inRange("teacherVoice", teacherVoice(), 0, 1);
    p.inRange("minVocationalShare", minVocationalShare(), 0, 1);
    if (minVocationalShare() == 0) {
      p.add("minVocationalShare", "must be > 0, was 0");
    }
    // The industry-contact requirement R = base + perYear * min(years, cap) stays within
    // 8 760 + 8 760 * 80 hours: finite, and a recommendation's hours with it.
    p.greaterThan("industryHoursBase", industryHoursBase(), 0)
        .atMost("industryHoursBase", industryHoursBase(), MAX_INDUSTRY_HOURS);
    p.atLeast("industryHoursPerYear", industryHoursPerYear(), 0)
        .atMost("industryHoursPerYear", industryHoursPerYear(), MAX_INDUSTRY_HOURS);
    p.atLeast("industryYearCap", industryYearCap(), 0)
        .atMost("industryYearCap", industryYearCap(), Teacher.MAX_YEARS);
    p.atLeast("unknownYears", unknownYears(), 0)
        .atMost("unknownYears", unknownYears(), Teacher.MAX_YEARS);
    p.inRange("collaborationTarget", collaborationTarget(), 0, 1);
    if (collaborationTarget() == 0) {
      p.add("collaborationTarget", "must be > 0, was 0");
    }
    p.inRange("genericCollaboration", genericCollaboration(), 0, 1);
    p.inRange("neededShare", neededShare(), 0, 1);
    p.inRange("coveredFraction", coveredFraction(), 0, 1);
    p.inRange("generalDriverFactor", generalDriverFactor(), 0, 1);
    // facilitation divides by the sum of four component weights: keep it finite and away from 0.
    p.atLeast("barrierWeight", barrierWeight(), MIN_BARRIER_WEIGHT)
        .atMost("barrierWeight", barrierWeight(), MAX_BARRIER_WEIGHT);
    if (sustainedWeeks() < 1) {
      p.add("sustainedWeeks", "must be >= 1, was " + sustainedWeeks());
    } else if (sustainedWeeks() > MAX_SUSTAINED_WEEKS) {
      p.add("sustainedWeeks", "must be <= " + MAX_SUSTAINED_WEEKS + ", was " + sustainedWeeks());
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
    return withoutStandardClaim(canonicalOrder());
  }

  /**
   * The standard's id and version name the standard's content only: other content built under
   * them gets {@link #MODIFIED_STANDARD_ID}. (While the standard itself is built, {@code
   * Standard.RUBRIC} is still null.) Equal content is equal fingerprints (RubricIdentityTest holds
   * the two equal), and comparing values is far cheaper than hashing the canonical JSON: a
   * sensitivity analysis builds thousands of such rubrics from the standard.
   */
  private static AbstractRubric withoutStandardClaim(AbstractRubric r) {
    Rubric standard = Standard.RUBRIC;
    if (standard == null || !r.claimsStandard() || r.equals(standard)) {
      return r;
    }
    return Rubric.copyOf(r).withId(MODIFIED_STANDARD_ID);
  }

  private boolean claimsStandard() {
    return looksLikeStandard(id(), version());
  }

  /**
   * Whether an id and version show as the standard's: equal to them once white space and
   * invisible (format) characters are left out, so that {@code "vetcpd-standard "} or {@code
   * "vetcpd-standard\u200b"} cannot pass for the standard in a report's footer.
   */
  static boolean looksLikeStandard(String id, String version) {
    return shown(id).equals(STANDARD_ID) && shown(version).equals(STANDARD_VERSION);
  }

  /** The text as it shows: without white space and format characters (zero-width, bidi). */
  private static String shown(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
        && Character.getType(c) != Character.FORMAT).forEach(b::appendCodePoint);
    return b.toString();
  }

  /**
   * Reading refuses what building renames: a rubric file whose id and version are the standard's
   * but whose content is not.
   */
  /**
   * Refuses a rubric read from a document that claims the standard's id and version (the {@code
   * id} and {@code version} given) while its content is not the standard's.
   */
  static Rubric refuseForgedStandard(String claimedId, String claimedVersion, Rubric read) {
    if (read.id().equals(MODIFIED_STANDARD_ID) && claimedId != null && claimedVersion != null
        && looksLikeStandard(claimedId, claimedVersion)) {
      if (!STANDARD_ID.equals(claimedId) || !STANDARD_VERSION.equals(claimedVersion)) {
        throw new ValidationException(List.of(new Problem("id", "\"" + claimedId + "\" version \""
            + claimedVersion + "\" shows as the standard rubric's id and version (\"" + STANDARD_ID
            + "\" \"" + STANDARD_VERSION + "\") but is not them: write them exactly for the"
            + " standard rubric, or give a changed rubric an id of its own")));
      }
      throw new ValidationException(List.of(new Problem("id", "\"" + STANDARD_ID + "\" version \""
          + STANDARD_VERSION + "\" names the standard rubric, " + standard().fingerprint()
          + ", but this rubric's content is " + RubricFingerprint.of(read, STANDARD_ID,
          STANDARD_VERSION) + "; give a changed rubric an id of its own")));
    }
    return read;
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
      } else if (w > MAX_WEIGHT) {
        p.add(at, "must be <= " + Problems.format(MAX_WEIGHT) + ", was " + Problems.format(w));
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
    /** {@link #RUBRIC}'s fingerprint, as {@link RubricFingerprint#of} computes it. */
    static final String FINGERPRINT =
        "sha256:ff1599e2779acf087f07f8f340d42cd3d185c6b010bd7ef7efea8d0d8ac9a4bc";

    static final Rubric RUBRIC = Rubric.builder()
        .id(STANDARD_ID)
        .version(STANDARD_VERSION)
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
