package org.vetcpd.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.vetcpd.core.json.Sites.pick;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Problem;
import org.vetcpd.core.Problems;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.testing.DomainArbitraries;

/**
 * Each validation rule of DESIGN.md rejects what it must, with the path of the problem: one
 * property per rule. Each edits one place of a valid data set's JSON and expects exactly one
 * problem, at that place.
 */
@PropertyDefaults(tries = 40)
class ValidationRuleProperties {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Provide
  Arbitrary<Dataset> datasets() {
    return DomainArbitraries.datasetsWithEveryKind();
  }

  @Provide
  Arbitrary<String> blanks() {
    return DomainArbitraries.blankTexts();
  }

  /** Ids not in any generated data set: generated texts never hold {@code ?}. */
  @Provide
  Arbitrary<String> unknownIds() {
    return DomainArbitraries.codes().map(s -> "?" + s);
  }

  // --- texts -----------------------------------------------------------------------------------

  @Provide
  Arbitrary<String> textFields() {
    return Arbitraries.of(
        "programmes[].code", "programmes[].name", "programmes[].sector",
        "schools[].id", "schools[].name", "schools[].region",
        "schools[].departments[].id", "schools[].departments[].name",
        "teachers[].id", "teachers[].programme", "teachers[].school", "teachers[].department",
        "activities[].id", "activities[].title", "activities[].provider",
        "activities[].description",
        "drivers[].id", "drivers[].description",
        "plans[].id", "plans[].teacher", "plans[].period", "plans[].items[].activity");
  }

  @Property
  void blankIdsNamesAndTextsAreRejected(@ForAll("datasets") Dataset ds,
      @ForAll("textFields") String pattern, @ForAll("blanks") String blank, @ForAll int seed) {
    ObjectNode root = Sites.tree(ds);
    Sites.Site site = pick(Sites.find(root, pattern), seed);
    JsonNode old = site.value();
    site.owner().put(site.field(), blank);
    assertProblemsAndReferencesTo(root, old, new Problem(site.path(), "must not be blank"));
  }

  @Provide
  Arbitrary<String> textSets() {
    return Arbitraries.of("activities[].programmes", "drivers[].programmes",
        "schools[].departments[].programmes", "plans[].drivers");
  }

  @Property
  void blankEntriesOfTextSetsAreRejected(@ForAll("datasets") Dataset ds,
      @ForAll("textSets") String pattern, @ForAll("blanks") String blank, @ForAll int seed) {
    ObjectNode root = Sites.tree(ds);
    Sites.Site site = pick(Sites.find(root, pattern), seed);
    ArrayNode array = array(site);
    array.add(blank);
    assertProblems(root, new Problem(site.path() + "[" + (array.size() - 1) + "]",
        "must not be blank"));
  }

  // --- numbers ---------------------------------------------------------------------------------

  @Property
  void hoursMustBeGreaterThanZero(@ForAll("datasets") Dataset ds,
      @ForAll("notPositive") double hours, @ForAll int seed) {
    ObjectNode root = Sites.tree(ds);
    Sites.Site site = pick(Sites.find(root, "plans[].items[].hours"), seed);
    site.owner().put(site.field(), hours);
    assertProblems(root, new Problem(site.path(), "must be > 0, was " + Problems.format(hours)));
  }

  @Provide
  Arbitrary<Double> notPositive() {
    return Arbitraries.oneOf(Arbitraries.of(0.0, -0.0, -1.0, -1e300),
        Arbitraries.doubles().between(-1000, 0).ofScale(3));
  }

  @Property
  void strengthMustBeBetweenZeroAndOne(@ForAll("datasets") Dataset ds,
      @ForAll("outsideUnit") double strength, @ForAll int seed) {
    ObjectNode root = Sites.tree(ds);
    Sites.Site site = pick(Sites.find(root, "drivers[].strength"), seed);
    site.owner().put(site.field(), strength);
    assertProblems(root,
        new Problem(site.path(), "must be in [0, 1], was " + Problems.format(strength)));
  }

  @Provide
  Arbitrary<Double> outsideUnit() {
    return Arbitraries.oneOf(
        Arbitraries.of(-1e-9, 1.0000001, 2.0, -1.0, 1e300),
        Arbitraries.doubles().between(-100, false, 0, false).ofScale(4),
        Arbitraries.doubles().between(1, false, 100, true).ofScale(4));
  }

  @Provide
  Arbitrary<String> weightMaps() {
    return Arbitraries.of("activities[].areas", "drivers[].pulls");
  }

  @Property
  void negativeWeightsAreRejected(@ForAll("datasets") Dataset ds,
      @ForAll("weightMaps") String pattern, @ForAll("negative") double weight,
      @ForAll CompetenceArea area, @ForAll int seed) {
    ObjectNode root = Sites.tree(ds);
    Sites.Site site = pick(Sites.find(root, pattern), seed);
    ObjectNode weights = site.owner().putObject(site.field());
    for (CompetenceArea a : CompetenceArea.values()) {
      weights.put(a.name(), a == area ? weight : 1.0);
    }
    assertProblems(root, new Problem(site.path() + "." + area.name(),
        "must be >= 0, was " + Problems.format(weight)));
  }

  @Provide
  Arbitrary<Double> negative() {
    return Arbitraries.oneOf(Arbitraries.of(-1.0, -1e-300, -1e300),
        Arbitraries.doubles().between(-1000, false, 0, false).ofScale(3));
  }

  @Property
  void weightsWithoutAPositiveOneAreRejected(@ForAll("datasets") Dataset ds,
      @ForAll("weightMaps") String pattern,
      @ForAll("areaSubsets") List<CompetenceArea> zeroAreas, @ForAll int seed) {
    ObjectNode root = Sites.tree(ds);
    Sites.Site site = pick(Sites.find(root, pattern), seed);
    ObjectNode weights = site.owner().putObject(site.field());
    zeroAreas.forEach(a -> weights.put(a.name(), 0.0));
    assertProblems(root, new Problem(site.path(), "must have at least one positive weight"));
  }

  @Provide
  Arbitrary<List<CompetenceArea>> areaSubsets() {
    return Arbitraries.of(CompetenceArea.class).list().uniqueElements().ofMaxSize(4);
  }

  @Property
  void spanWeeksMustBeAtLeastOne(@ForAll("datasets") Dataset ds,
      @ForAll @IntRange(min = -1000, max = 0) int weeks, @ForAll int seed) {
    ObjectNode root = Sites.tree(ds);
    Sites.Site site = pick(Sites.find(root, "activities[].spanWeeks"), seed);
    site.owner().put(site.field(), weeks);
    assertProblems(root, new Problem(site.path(), "must be >= 1, was " + weeks));
  }

  @Property
  void costPerHourMustNotBeNegative(@ForAll("datasets") Dataset ds,
      @ForAll("negative") double cost, @ForAll int seed) {
    ObjectNode root = Sites.tree(ds);
    Sites.Site site = pick(Sites.find(root, "activities[].costPerHour"), seed);
    site.owner().put(site.field(), cost);
    assertProblems(root, new Problem(site.path(), "must be >= 0, was " + Problems.format(cost)));
  }

  @Provide
  Arbitrary<String> yearFields() {
    return Arbitraries.of("teachers[].yearsInIndustry", "teachers[].yearsTeaching",
        "teachers[].yearsSinceIndustryContact");
  }

  @Property
  void yearsMustNotBeNegative(@ForAll("datasets") Dataset ds, @ForAll("yearFields") String pattern,
      @ForAll("negative") double years, @ForAll int seed) {
    ObjectNode root = Sites.tree(ds);
    Sites.Site site = pick(Sites.find(root, pattern), seed);
    site.owner().put(site.field(), years);
    assertProblems(root, new Problem(site.path(), "must be >= 0, was " + Problems.format(years)));
  }

  @Property
  void formatVersionMustBeOne(@ForAll("datasets") Dataset ds, @ForAll int version) {
    net.jqwik.api.Assume.that(version != 1);
    ObjectNode root = Sites.tree(ds);
    root.put("formatVersion", version);
    assertProblems(root, new Problem("formatVersion", "unsupported format version " + version
        + "; this version of vetcpd reads formatVersion 1"));
  }

  // --- unique ids ------------------------------------------------------------------------------

  @Provide
  Arbitrary<String> idLists() {
    return Arbitraries.of("programmes:code", "schools:id", "teachers:id", "activities:id",
        "drivers:id", "plans:id", "schools[].departments:id");
  }

  /** Inserts a copy of an element elsewhere in its list: the later of the two is the duplicate. */
  @Property
  void idsMustBeUniqueInTheirList(@ForAll("datasets") Dataset ds, @ForAll("idLists") String list,
      @ForAll int seed, @ForAll @IntRange(min = 0, max = 100) int at) {
    String pattern = list.substring(0, list.indexOf(':'));
    String idField = list.substring(list.indexOf(':') + 1);
    ObjectNode root = Sites.tree(ds);
    Sites.Site site = pick(Sites.find(root, pattern), seed);
    ArrayNode array = array(site);
    int original = Math.floorMod(seed, array.size());
    int copy = at % (array.size() + 1);
    array.insert(copy, array.get(original).deepCopy());
    int later = Math.max(copy, copy <= original ? original + 1 : original);
    String id = array.get(later).get(idField).textValue();
    assertProblems(root, new Problem(site.path() + "[" + later + "]." + idField,
        "duplicate " + idField + " \"" + id + "\""));
  }

  // --- references ------------------------------------------------------------------------------

  @Property
  void planTeacherMustExist(@ForAll("datasets") Dataset ds, @ForAll("unknownIds") String id,
      @ForAll int seed) {
    assertUnknownReference(ds, "plans[].teacher", id, seed, "unknown teacher \"" + id + "\"");
  }

  @Property
  void itemActivityMustExist(@ForAll("datasets") Dataset ds, @ForAll("unknownIds") String id,
      @ForAll int seed) {
    assertUnknownReference(ds, "plans[].items[].activity", id, seed,
        "unknown activity \"" + id + "\"");
  }

  @Property
  void teacherProgrammeMustExist(@ForAll("datasets") Dataset ds, @ForAll("unknownIds") String id,
      @ForAll int seed) {
    assertUnknownReference(ds, "teachers[].programme", id, seed,
        "unknown programme \"" + id + "\"");
  }

  @Property
  void teacherSchoolMustExist(@ForAll("datasets") Dataset ds, @ForAll("unknownIds") String id,
      @ForAll int seed) {
    assertUnknownReference(ds, "teachers[].school", id, seed, "unknown school \"" + id + "\"");
  }

  @Property
  void teacherDepartmentMustExistInTheTeachersSchool(@ForAll("datasets") Dataset ds,
      @ForAll("unknownIds") String id, @ForAll int seed) {
    ObjectNode root = Sites.tree(ds);
    Sites.Site site = pick(Sites.find(root, "teachers[].department"), seed);
    String school = pick(ds.schools(), seed).id();
    site.owner().put("school", school);
    site.owner().put(site.field(), id);
    assertProblems(root, new Problem(site.path(),
        "unknown department \"" + id + "\" in school \"" + school + "\""));
  }

  @Property
  void aDepartmentNeedsASchool(@ForAll("datasets") Dataset ds, @ForAll int seed) {
    ObjectNode root = Sites.tree(ds);
    Sites.Site site = pick(Sites.find(root, "teachers[].department"), seed);
    site.owner().remove("school");
    site.owner().put(site.field(), ds.schools().get(0).departments().get(0).id());
    assertProblems(root, new Problem(site.path(), "a department needs a school"));
  }

  @Provide
  Arbitrary<String> programmeSets() {
    return Arbitraries.of("activities[].programmes", "drivers[].programmes",
        "schools[].departments[].programmes");
  }

  @Property
  void programmeCodesInSetsMustExist(@ForAll("datasets") Dataset ds,
      @ForAll("programmeSets") String pattern, @ForAll("unknownIds") String code,
      @ForAll int seed) {
    ObjectNode root = Sites.tree(ds);
    Sites.Site site = pick(Sites.find(root, pattern), seed);
    ArrayNode array = array(site);
    array.add(code);
    assertProblems(root, new Problem(site.path() + "[" + (array.size() - 1) + "]",
        "unknown programme \"" + code + "\""));
  }

  @Property
  void planDriversMustExist(@ForAll("datasets") Dataset ds, @ForAll("unknownIds") String id,
      @ForAll int seed) {
    ObjectNode root = Sites.tree(ds);
    Sites.Site site = pick(Sites.find(root, "plans[].drivers"), seed);
    ArrayNode array = array(site);
    array.add(id);
    assertProblems(root, new Problem(site.path() + "[" + (array.size() - 1) + "]",
        "unknown driver \"" + id + "\""));
  }

  // --- JSON shape ------------------------------------------------------------------------------

  @Provide
  Arbitrary<String> sets() {
    return Arbitraries.of("teachers[].barriers", "activities[].knowledge",
        "activities[].programmes", "drivers[].programmes", "plans[].drivers",
        "schools[].departments[].programmes");
  }

  @Property
  void repeatedSetEntriesAreRejected(@ForAll("datasets") Dataset ds, @ForAll("sets") String pattern,
      @ForAll int seed) {
    ObjectNode root = Sites.tree(ds);
    List<Sites.Site> sites = Sites.find(root, pattern).stream()
        .filter(s -> s.value() != null && s.value().size() > 0).toList();
    net.jqwik.api.Assume.that(!sites.isEmpty());
    Sites.Site site = pick(sites, seed);
    ArrayNode array = (ArrayNode) site.value();
    String entry = array.get(Math.floorMod(seed, array.size())).textValue();
    array.add(entry);
    assertProblems(root, new Problem(site.path() + "[" + (array.size() - 1) + "]",
        "duplicate value \"" + entry + "\""));
  }

  private static final List<String> REQUIRED = List.of(
      "formatVersion", "programmes[].code", "programmes[].name", "schools[].id", "schools[].name",
      "schools[].departments[].id", "schools[].departments[].name", "teachers[].id",
      "teachers[].programme", "activities[].id", "activities[].title", "activities[].type",
      "activities[].contextualisation", "drivers[].id", "drivers[].kind", "drivers[].strength",
      "plans[].id", "plans[].teacher", "plans[].leaderInvolvement", "plans[].items[].activity",
      "plans[].items[].hours");

  @Provide
  Arbitrary<String> requiredFields() {
    return Arbitraries.of(REQUIRED);
  }

  @Property
  void requiredFieldsMustBePresent(@ForAll("datasets") Dataset ds,
      @ForAll("requiredFields") String pattern, @ForAll int seed) {
    ObjectNode root = Sites.tree(ds);
    Sites.Site site = pick(Sites.find(root, pattern), seed);
    JsonNode old = site.owner().remove(site.field());
    assertProblemsAndReferencesTo(root, old, new Problem(site.path(), "is required"));
  }

  @Property
  void nullIsNeverAValue(@ForAll("datasets") Dataset ds, @ForAll int seed) {
    ObjectNode root = Sites.tree(ds);
    Sites.Site site = pick(Sites.allFields(root), seed);
    boolean required = REQUIRED.stream()
        .anyMatch(p -> Sites.find(root, p).stream().anyMatch(s -> s.path().equals(site.path())));
    boolean mapValue = site.path().matches(".*\\.(needs|areas|pulls)\\.[A-Z_]+");
    JsonNode old = site.value();
    site.owner().putNull(site.field());
    String message = required || mapValue
        ? "must not be null"
        : "must not be null; leave the field out instead";
    assertProblemsAndReferencesTo(root, old, new Problem(site.path(), message));
  }

  /** Any field given a value of another JSON type is reported at its path, and only there. */
  @Property(tries = 80)
  void aValueOfTheWrongTypeIsReportedAtItsPath(@ForAll("datasets") Dataset ds, @ForAll int seed,
      @ForAll @IntRange(min = 0, max = 3) int kind) {
    ObjectNode root = Sites.tree(ds);
    Sites.Site site = pick(Sites.allFields(root), seed);
    JsonNode old = site.value();
    JsonNode replacement = wrongType(old, kind);
    site.owner().set(site.field(), replacement);
    List<Problem> problems = problemsOf(root);
    assertThat(problems).as(site.path() + " = " + replacement).isNotEmpty();
    assertThat(problems.get(0).path()).isEqualTo(site.path());
    assertThat(problems.get(0).message()).startsWith("expected ");
    assertOnlyReferencesTo(old, problems.subList(1, problems.size()));
  }

  private static JsonNode wrongType(JsonNode old, int kind) {
    List<JsonNode> candidates = List.of(
        TextNode.valueOf("5"), IntNode.valueOf(5), NODES.booleanNode(true), NODES.arrayNode(),
        NODES.objectNode(), DoubleNode.valueOf(2.5));
    List<JsonNode> other = candidates.stream()
        .filter(c -> c.getNodeType() != old.getNodeType())
        .filter(c -> !(old.isContainerNode() && c.isContainerNode() && c.size() == 0
            && old.isArray() == c.isArray()))
        .toList();
    return other.get(kind % other.size());
  }

  @Property
  void unknownFieldsAreRejected(@ForAll("datasets") Dataset ds, @ForAll int seed,
      @ForAll("unknownIds") String name) {
    ObjectNode root = Sites.tree(ds);
    List<Map.Entry<ObjectNode, String>> objects = Sites.allObjects(root).stream()
        .filter(e -> !e.getValue().matches(".*\\.(needs|areas|pulls)"))
        .toList();
    Map.Entry<ObjectNode, String> target = pick(objects, seed);
    target.getKey().put(name, 1);
    List<Problem> problems = problemsOf(root);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).path()).isEqualTo(Sites.child(target.getValue(), name));
    assertThat(problems.get(0).message()).startsWith("unknown field; expected one of ");
    JsonOptions lenient = JsonOptions.builder().allowUnknownFields(true).build();
    assertThat(VetcpdJson.parseDataset(root.toString(), lenient)).isEqualTo(ds);
  }

  // ---------------------------------------------------------------------------------------------

  private void assertUnknownReference(
      Dataset ds, String pattern, String id, int seed, String message) {
    ObjectNode root = Sites.tree(ds);
    Sites.Site site = pick(Sites.find(root, pattern), seed);
    site.owner().put(site.field(), id);
    assertProblems(root, new Problem(site.path(), message));
  }

  private static ArrayNode array(Sites.Site site) {
    JsonNode v = site.value();
    if (v == null) {
      return site.owner().putArray(site.field());
    }
    return (ArrayNode) v;
  }

  /**
   * When an id (or a whole list of entities) is made unreadable, the references to what it held
   * dangle: the problem at the edited place comes first, then only those references.
   */
  private static void assertProblemsAndReferencesTo(
      JsonNode root, JsonNode old, Problem expected) {
    List<Problem> problems = problemsOf(root);
    assertThat(problems).isNotEmpty();
    assertThat(problems.get(0)).isEqualTo(expected);
    assertOnlyReferencesTo(old, problems.subList(1, problems.size()));
  }

  private static void assertOnlyReferencesTo(JsonNode old, List<Problem> others) {
    List<String> ids = new java.util.ArrayList<>();
    collectTexts(old, ids);
    assertThat(others).allSatisfy(p -> assertThat(p.message()).startsWith("unknown ")
        .satisfies(m -> assertThat(ids).anyMatch(id -> m.contains("\"" + id + "\""))));
  }

  /** The texts a node holds: an id, or the ids of a list of entities. */
  private static void collectTexts(JsonNode node, List<String> out) {
    if (node == null) {
      return;
    }
    if (node.isTextual()) {
      out.add(node.textValue());
    }
    node.forEach(child -> collectTexts(child, out));
  }

  private static void assertProblems(JsonNode root, Problem... expected) {
    assertThat(problemsOf(root)).containsExactly(expected);
  }

  static List<Problem> problemsOf(JsonNode root) {
    String json = root.toString();
    ValidationException e =
        catchThrowableOfType(ValidationException.class, () -> VetcpdJson.parseDataset(json));
    assertThat(e).as("no problem found in %s", json).isNotNull();
    return e.problems();
  }
}
