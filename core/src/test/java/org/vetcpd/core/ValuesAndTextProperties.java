package org.vetcpd.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.core.testing.DomainArbitraries;

/**
 * Values stay finite and meaningful, ids and texts are well-formed (docs/data-format.md, "Values
 * and text"): the hostile inputs of issue 10, each with its exact problem, and properties that a
 * value outside a range is rejected with its path while every generated valid value passes.
 */
@PropertyDefaults(tries = 60)
class ValuesAndTextProperties {

  // --- hostile documents of issue 10 -----------------------------------------------------------

  private static String template() {
    try (InputStream in = ValuesAndTextProperties.class.getResourceAsStream("/values/template.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> problemsOf(String json) {
    try {
      VetcpdJson.parseDataset(json);
    } catch (ValidationException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    return List.of();
  }

  private static String withItems(String items) {
    String t = template();
    String old = "[{\"activity\": \"a1\", \"hours\": 30},\n"
        + "                                             {\"activity\": \"a2\", \"hours\": 12.5}]";
    assertThat(t).contains(old);
    return t.replace(old, items);
  }

  @Example
  void theTemplateIsValid() {
    assertThat(problemsOf(template())).isEmpty();
  }

  @Example
  void twoItemsOf1e308HoursAreRejectedEachAtItsPath() {
    assertThat(problemsOf(withItems(
        "[{\"activity\": \"a1\", \"hours\": 1e308}, {\"activity\": \"a2\", \"hours\": 1e308}]")))
        .containsExactly("plans[0].items[0].hours: must be <= 8760, was 1.0E308",
            "plans[0].items[1].hours: must be <= 8760, was 1.0E308");
    assertThat(problemsOf(withItems(
        "[{\"activity\": \"a1\", \"hours\": 1e300}, {\"activity\": \"a2\", \"hours\": 1e300}]")))
        .containsExactly("plans[0].items[0].hours: must be <= 8760, was 1.0E300",
            "plans[0].items[1].hours: must be <= 8760, was 1.0E300");
  }

  @Example
  void aPlanOfMoreThanAYearOfHoursIsRejected() {
    assertThat(problemsOf(withItems(
        "[{\"activity\": \"a1\", \"hours\": 8760}, {\"activity\": \"a2\", \"hours\": 0.5}]")))
        .containsExactly(
            "plans[0].items: the plan's total hours must be <= 8760 (a year), was 8760.5");
    assertThat(problemsOf(withItems(
        "[{\"activity\": \"a1\", \"hours\": 8000}, {\"activity\": \"a2\", \"hours\": 760}]")))
        .isEmpty();
  }

  @Example
  void subnormalAndTinyHoursAreRejected() {
    assertThat(problemsOf(withItems(
        "[{\"activity\": \"a1\", \"hours\": 4.9e-324}, {\"activity\": \"a2\", \"hours\": 1e-320},"
            + " {\"activity\": \"a2\", \"hours\": 0.0009}, {\"activity\": \"a2\", \"hours\": 0.001}]")))
        .containsExactly(
            "plans[0].items[0].hours: must be >= 0.001 (3.6 seconds), was 4.9E-324",
            "plans[0].items[1].hours: must be >= 0.001 (3.6 seconds), was 1.0E-320",
            "plans[0].items[2].hours: must be >= 0.001 (3.6 seconds), was 9.0E-4");
  }

  @Example
  void loneSurrogatesInIdsAreRejected() {
    String doc = template().replace("\"id\": \"p1\"", "\"id\": \"p-\\ud800\"")
        .replace("\"id\": \"k1\"", "\"id\": \"k-\\udc01x\"");
    assertThat(problemsOf(doc)).containsExactly(
        "drivers[0].id: must be well-formed Unicode, has a lone surrogate U+DC01",
        "plans[0].id: must be well-formed Unicode, has a lone surrogate U+D800");
  }

  @Example
  void controlCharactersAndBidiControlsInIdsAreRejected() {
    String doc = template()
        .replace("\"id\": \"p1\"", "\"id\": \"p\\u001b[31m1\"")
        .replace("\"teacher\": \"t1\"", "\"teacher\": \"t1\\n\"")
        .replace("\"id\": \"a1\"", "\"id\": \"a\\u202e1\"")
        .replace("\"code\": \"RM\"", "\"code\": \"R\\u0085M\"")
        .replace("\"id\": \"s1\"", "\"id\": \"s\\u20661\"")
        .replace("\"id\": \"k1\"", "\"id\": \"k\\u007f\"");
    assertThat(problemsOf(doc)).contains(
        "programmes[0].code: must not contain control character U+0085",
        "schools[0].id: must not contain bidirectional control U+2066",
        "activities[0].id: must not contain bidirectional control U+202E",
        "drivers[0].id: must not contain control character U+007F",
        "plans[0].id: must not contain control character U+001B",
        "plans[0].teacher: must not contain control character U+000A");
  }

  @Example
  void titlesRejectControlCharactersDescriptionsAllowTabAndLineBreaks() {
    assertThat(problemsOf(template())).isEmpty(); // its description has TAB, CR and LF
    assertThat(problemsOf(template().replace("\"Teacher placement\"", "\"Teacher\\nplacement\"")
        .replace("Two weeks", "Two\\u0007 weeks")
        .replace("\"Fjord VGS\"", "\"Fjord\\tVGS\"")))
        .containsExactly(
            "schools[0].name: must not contain control character U+0009",
            "activities[0].title: must not contain control character U+000A",
            "activities[0].description: must not contain control character U+0007");
    // right-to-left text needs bidirectional marks; a name may hold them, an id may not
    assertThat(problemsOf(template().replace("\"Fjord VGS\"", "\"\\u05d0\\u200f VGS\"")))
        .isEmpty();
  }

  @Example
  void yearsCostsAndWeightsHaveAMaximum() {
    assertThat(problemsOf(template()
        .replace("\"yearsSinceIndustryContact\": 6.5", "\"yearsSinceIndustryContact\": 1e308,"
            + " \"yearsTeaching\": 80, \"yearsInIndustry\": 80.5")
        .replace("\"programmes\": [\"RM\"], \"description\"",
            "\"programmes\": [\"RM\"], \"costPerHour\": 1e7, \"areas\": {\"VOCATIONAL\": 1e308},"
                + " \"description\"")
        .replace("\"strength\": 0.8,", "\"strength\": 0.8, \"pulls\": {\"PEDAGOGICAL\": 1000001},")))
        .containsExactly(
            "teachers[0].yearsInIndustry: must be <= 80, was 80.5",
            "teachers[0].yearsSinceIndustryContact: must be <= 80, was 1.0E308",
            "activities[0].areas.VOCATIONAL: must be <= 1000000, was 1.0E308",
            "activities[0].costPerHour: must be <= 1000000, was 10000000",
            "drivers[0].pulls.PEDAGOGICAL: must be <= 1000000, was 1000001");
  }

  // --- properties ------------------------------------------------------------------------------

  @Provide
  Arbitrary<PlanItem> items() {
    return DomainArbitraries.planItems();
  }

  @Provide
  Arbitrary<Teacher> teachers() {
    return DomainArbitraries.teachers();
  }

  @Provide
  Arbitrary<CpdActivity> activities() {
    return DomainArbitraries.activities();
  }

  @Provide
  Arbitrary<Dataset> datasets() {
    return DomainArbitraries.datasetsWithEveryKind();
  }

  @Provide
  Arbitrary<Double> tooManyHours() {
    return Arbitraries.oneOf(Arbitraries.of(Math.nextUp(PlanItem.MAX_HOURS), 1e300,
        Double.MAX_VALUE), Arbitraries.doubles().between(8760.01, 1e9).ofScale(2));
  }

  @Provide
  Arbitrary<Double> tooFewHours() {
    return Arbitraries.oneOf(Arbitraries.of(Double.MIN_VALUE, 1e-320, Double.MIN_NORMAL,
        Math.nextDown(PlanItem.MIN_HOURS)), Arbitraries.doubles().between(1e-9, 0.000999).ofScale(12));
  }

  @Property
  void hoursAboveTheMaximumAreRejected(@ForAll("items") PlanItem item,
      @ForAll("tooManyHours") double hours) {
    assertRejected(() -> item.withHours(hours),
        "hours: must be <= 8760, was " + Problems.format(hours));
  }

  @Property
  void hoursBelowTheMinimumAreRejected(@ForAll("items") PlanItem item,
      @ForAll("tooFewHours") double hours) {
    assertRejected(() -> item.withHours(hours),
        "hours: must be >= 0.001 (3.6 seconds), was " + Problems.format(hours));
  }

  @Property
  void hoursAtTheLimitsAreValid(@ForAll("items") PlanItem item) {
    assertThat(item.withHours(PlanItem.MIN_HOURS).hours()).isEqualTo(0.001);
    assertThat(item.withHours(PlanItem.MAX_HOURS).hours()).isEqualTo(8760);
  }

  @Property
  void yearsAboveTheMaximumAreRejected(@ForAll("teachers") Teacher t,
      @ForAll("tooManyYears") double years) {
    assertRejected(() -> t.withYearsTeaching(years),
        "yearsTeaching: must be <= 80, was " + Problems.format(years));
    assertRejected(() -> t.withYearsInIndustry(years),
        "yearsInIndustry: must be <= 80, was " + Problems.format(years));
    assertRejected(() -> t.withYearsSinceIndustryContact(years),
        "yearsSinceIndustryContact: must be <= 80, was " + Problems.format(years));
  }

  @Provide
  Arbitrary<Double> tooManyYears() {
    return Arbitraries.oneOf(Arbitraries.of(Math.nextUp(80.0), 1e308),
        Arbitraries.doubles().between(80.01, 1e6).ofScale(2));
  }

  @Property
  void costAboveTheMaximumIsRejected(@ForAll("activities") CpdActivity a) {
    assertRejected(() -> a.withCostPerHour(1e6 + 1),
        "costPerHour: must be <= 1000000, was 1000001");
    assertThat(a.withCostPerHour(CpdActivity.MAX_COST_PER_HOUR).costPerHour()).isEqualTo(1e6);
  }

  @Property
  void aPlanOverAYearIsRejectedAtItsItems(@ForAll("datasets") Dataset ds,
      @ForAll @IntRange(min = 2, max = 5) int n) {
    CpdPlan p = ds.plans().get(0);
    String a = ds.activities().get(0).id();
    PlanItem[] items = new PlanItem[n];
    for (int i = 0; i < n; i++) {
      items[i] = PlanItem.of(a, PlanItem.MAX_HOURS / n + 1);
    }
    assertThatThrownBy(() -> p.withItems(items)).isInstanceOfSatisfying(
        ValidationException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(q -> {
              assertThat(q.path()).isEqualTo("items");
              assertThat(q.message()).startsWith("the plan's total hours must be <= 8760 (a year)");
            }));
  }

  /** Every id field, by what sets it on a valid value of a data set. */
  private static List<Function<String, Object>> idSetters(Dataset ds) {
    Teacher t = ds.teachers().get(0);
    CpdActivity a = ds.activities().get(0);
    Driver d = ds.drivers().get(0);
    CpdPlan p = ds.plans().get(0);
    Programme g = ds.programmes().get(0);
    return List.of(
        t::withId, t::withProgramme, t::withSchool, t::withDepartment,
        a::withId, id -> a.withProgrammes(ImmutableSet.of(id)),
        d::withId, id -> d.withProgrammes(ImmutableSet.of(id)),
        p::withId, p::withTeacher, id -> p.withDrivers(ImmutableSet.of(id)),
        id -> PlanItem.of(id, 1), g::withCode,
        id -> School.builder().id(id).name("n").build(),
        id -> Department.builder().id(id).name("n").build(),
        id -> Department.builder().id("d").name("n").addProgrammes(id).build());
  }

  @Provide
  Arbitrary<Character> forbiddenInIds() {
    return Arbitraries.oneOf(
        Arbitraries.chars().range('\u0000', '\u001f'), Arbitraries.chars().range('\u007f', '\u009f'),
        Arbitraries.of('\u061c', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d',
            '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'));
  }

  @Property
  void anIdWithAControlOrBidiCharacterIsRejectedWhereverItIs(@ForAll("datasets") Dataset ds,
      @ForAll("forbiddenInIds") char c, @ForAll @IntRange(min = 0, max = 3) int at) {
    String id = "id-".substring(0, at) + c + "ok";
    String kind = TextRules.isBidiControl(c) ? "bidirectional control" : "control character";
    Statistics.label("kind").collect(kind);
    Statistics.label("kind").coverage(k -> {
      k.check("bidirectional control").percentage(p -> p > 10);
      k.check("control character").percentage(p -> p > 10);
    });
    for (Function<String, Object> set : idSetters(ds)) {
      String bad = id;
      assertThatThrownBy(() -> set.apply(bad)).isInstanceOfSatisfying(ValidationException.class,
          e -> assertThat(e.problems()).singleElement().satisfies(q -> assertThat(q.message())
              .isEqualTo("must not contain " + kind + " " + TextRules.codePoint(c))));
    }
  }

  @Property
  void anIdWithALoneSurrogateIsRejected(@ForAll("datasets") Dataset ds,
      @ForAll("surrogates") char c) {
    for (Function<String, Object> set : idSetters(ds)) {
      assertThatThrownBy(() -> set.apply("p-" + c)).isInstanceOfSatisfying(
          ValidationException.class, e -> assertThat(e.problems()).singleElement()
              .satisfies(q -> assertThat(q.message()).isEqualTo(
                  "must be well-formed Unicode, has a lone surrogate " + TextRules.codePoint(c))));
    }
    // a pair is a character, and well-formed
    assertThat(ds.teachers().get(0).withId("t-\ud83d\ude00").id()).isEqualTo("t-\ud83d\ude00");
  }

  @Provide
  Arbitrary<Character> surrogates() {
    return Arbitraries.chars().range('\ud800', '\udfff');
  }

  @Property
  void textsRejectControlCharactersButDescriptionsKeepTabAndLineBreaks(
      @ForAll("activities") CpdActivity a, @ForAll("forbiddenInIds") char c) {
    boolean control = TextRules.isControl(c);
    Statistics.label("control").collect(control);
    Statistics.label("control").coverage(k -> {
      k.check(true).percentage(p -> p > 10);
      k.check(false).percentage(p -> p > 10);
    });
    if (control) {
      assertRejected(() -> a.withTitle("t" + c), "title: must not contain control character "
          + TextRules.codePoint(c));
    } else {
      assertThat(a.withTitle("t" + c).title()).isEqualTo("t" + c);
    }
    boolean allowed = !control || c == '\t' || c == '\n' || c == '\r';
    if (allowed) {
      assertThat(a.withDescription("d" + c).description()).hasValue("d" + c);
    } else {
      assertRejected(() -> a.withDescription("d" + c),
          "description: must not contain control character " + TextRules.codePoint(c));
    }
  }

  @Property
  void everyGeneratedValidValuePassesTheNewRules(@ForAll("datasets") Dataset ds) {
    // rebuilding runs every check again, on every entity
    assertThat(Dataset.builder().from(ds).build()).isEqualTo(ds);
    for (CpdPlan p : ds.plans()) {
      assertThat(p.totalHours()).isLessThanOrEqualTo(CpdPlan.MAX_TOTAL_HOURS);
      Statistics.label("plan hours").collect(p.totalHours() == 0 ? "0"
          : p.totalHours() < 1 ? "< 1" : p.totalHours() < 100 ? "< 100" : ">= 100");
    }
  }

  @Example
  void weightsAboveTheMaximumAreRejected() {
    CpdActivity.Builder a = CpdActivity.builder().id("a").title("t").type(ActivityType.COURSE)
        .contextualisation(Contextualisation.GENERIC)
        .areas(ImmutableMap.of(CompetenceArea.VOCATIONAL, Math.nextUp(CompetenceArea.MAX_WEIGHT)));
    assertThatThrownBy(a::build).isInstanceOf(ValidationException.class)
        .hasMessageContaining("areas.VOCATIONAL: must be <= 1000000, was 1000000.0000000001");
  }

  private static void assertRejected(Runnable build, String... problems) {
    assertThatThrownBy(build::run).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.problems()).map(Problem::toString).containsExactly(problems));
  }
}
