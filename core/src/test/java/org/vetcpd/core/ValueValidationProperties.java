package org.vetcpd.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import org.vetcpd.core.testing.DomainArbitraries;

/**
 * Validation at construction, through the builders and {@code with...} copies: a bad value never
 * exists, and every problem of a value is listed with its path relative to the value. (The
 * properties over JSON documents, with full paths, are in {@code ValidationRuleProperties}.)
 */
@PropertyDefaults(tries = 50)
class ValueValidationProperties {

  @Provide
  Arbitrary<Double> nonFinite() {
    return Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
  }

  @Provide
  Arbitrary<PlanItem> items() {
    return DomainArbitraries.planItems();
  }

  @Provide
  Arbitrary<Driver> drivers() {
    return DomainArbitraries.drivers();
  }

  @Provide
  Arbitrary<Teacher> teachers() {
    return DomainArbitraries.teachers();
  }

  @Provide
  Arbitrary<CpdActivity> activities() {
    return DomainArbitraries.activities();
  }

  @Property
  void hoursMustBeFinite(@ForAll("items") PlanItem item, @ForAll("nonFinite") double hours) {
    assertRejected(() -> item.withHours(hours),
        "hours: must be a finite number, was " + hours);
  }

  @Property
  void hoursMustBePositive(@ForAll("items") PlanItem item, @ForAll("notPositive") double hours) {
    assertRejected(() -> item.withHours(hours), "hours: must be > 0, was " + Problems.format(hours));
    assertRejected(() -> PlanItem.of(item.activity(), hours),
        "hours: must be > 0, was " + Problems.format(hours));
  }

  @Provide
  Arbitrary<Double> notPositive() {
    return Arbitraries.oneOf(Arbitraries.of(0.0, -0.0, -Double.MIN_VALUE, -Double.MAX_VALUE),
        Arbitraries.doubles().between(-100, 0).ofScale(2));
  }

  @Property
  void strengthMustBeFiniteAndInTheUnitInterval(@ForAll("drivers") Driver d,
      @ForAll("nonFinite") double nonFinite) {
    assertRejected(() -> d.withStrength(nonFinite),
        "strength: must be a finite number, was " + nonFinite);
    assertRejected(() -> d.withStrength(Math.nextUp(1.0)),
        "strength: must be in [0, 1], was " + Math.nextUp(1.0));
    assertRejected(() -> d.withStrength(-Double.MIN_VALUE),
        "strength: must be in [0, 1], was " + -Double.MIN_VALUE);
    assertThat(d.withStrength(0).strength()).isZero();
    assertThat(d.withStrength(1).strength()).isEqualTo(1);
  }

  @Property
  void yearsMustBeFinite(@ForAll("teachers") Teacher t, @ForAll("nonFinite") double years) {
    assertRejected(() -> t.withYearsInIndustry(years),
        "yearsInIndustry: must be a finite number, was " + years);
    assertRejected(() -> t.withYearsTeaching(years),
        "yearsTeaching: must be a finite number, was " + years);
    assertRejected(() -> t.withYearsSinceIndustryContact(years),
        "yearsSinceIndustryContact: must be a finite number, was " + years);
  }

  @Property
  void costAndWeightsMustBeFinite(@ForAll("activities") CpdActivity a,
      @ForAll("nonFinite") double x, @ForAll CompetenceArea area) {
    assertRejected(() -> a.withCostPerHour(x), "costPerHour: must be a finite number, was " + x);
    assertRejected(() -> a.withAreas(ImmutableMap.of(area, x)),
        "areas." + area + ": must be a finite number, was " + x);
  }

  @Property
  void pullsMustBeFinite(@ForAll("drivers") Driver d, @ForAll("nonFinite") double x,
      @ForAll CompetenceArea area) {
    assertRejected(() -> d.withPulls(ImmutableMap.of(area, x)),
        "pulls." + area + ": must be a finite number, was " + x);
  }

  @Property
  void everyProblemOfAValueIsListed(@ForAll("teachers") Teacher t) {
    assertRejected(() -> Teacher.builder().from(t).id(" ").programme("").yearsInIndustry(-1)
            .yearsSinceIndustryContact(Double.NaN).build(),
        "id: must not be blank", "programme: must not be blank",
        "yearsInIndustry: must be >= 0, was -1",
        "yearsSinceIndustryContact: must be a finite number, was NaN");
  }

  @Property
  void aFailedCopyLeavesTheOriginalUnchanged(@ForAll("items") PlanItem item) {
    PlanItem before = PlanItem.copyOf(item);
    assertThatThrownBy(() -> item.withHours(-1)).isInstanceOf(ValidationException.class);
    assertThat(item).isEqualTo(before);
  }

  @Property
  void datasetListsEveryUniquenessAndReferenceProblem(
      @ForAll("fullDatasets") Dataset ds) {
    Teacher t = ds.teachers().get(0);
    CpdPlan p = ds.plans().get(0);
    int n = ds.teachers().size();
    Function<Dataset.Builder, Dataset.Builder> edit = b -> b
        .addTeachers(t)
        .addPlans(p.withTeacher("?t").withDrivers(ImmutableSet.of("?k")));
    assertRejected(() -> edit.apply(Dataset.builder().from(ds)).build(),
        "teachers[" + n + "].id: duplicate id \"" + t.id() + "\"",
        "plans[" + ds.plans().size() + "].id: duplicate id \"" + p.id() + "\"",
        "plans[" + ds.plans().size() + "].teacher: unknown teacher \"?t\"",
        "plans[" + ds.plans().size() + "].drivers[0]: unknown driver \"?k\"");
  }

  @Provide
  Arbitrary<Dataset> fullDatasets() {
    return DomainArbitraries.datasetsWithEveryKind();
  }

  @Property
  void formatVersionOtherThanOneIsRejected(@ForAll("fullDatasets") Dataset ds,
      @ForAll int version) {
    net.jqwik.api.Assume.that(version != Dataset.FORMAT_VERSION);
    assertRejected(() -> ds.withFormatVersion(version), "formatVersion: unsupported format version "
        + version + "; this version of vetcpd reads formatVersion 1");
  }

  @Property
  void planProblemsAgainstACatalogueAreRelativeToThePlan(@ForAll("fullDatasets") Dataset ds) {
    CpdPlan p = ds.plans().get(0);
    assertThat(ds.problemsOf(p)).isEmpty();
    CpdPlan bad = p.withTeacher("?t")
        .withItems(PlanItem.of("?a", 1), PlanItem.of(ds.activities().get(0).id(), 2));
    assertThat(ds.problemsOf(bad)).containsExactly(
        new Problem("teacher", "unknown teacher \"?t\""),
        new Problem("items[0].activity", "unknown activity \"?a\""));
  }

  @Example
  void numbersInMessagesArePrintedPlainly() {
    assertThat(Problems.format(-2)).isEqualTo("-2");
    assertThat(Problems.format(0)).isEqualTo("0");
    assertThat(Problems.format(0.25)).isEqualTo("0.25");
    assertThat(Problems.format(-1.5)).isEqualTo("-1.5");
    assertThat(Problems.format(1e20)).isEqualTo("1.0E20");
    assertThat(Problems.format(Double.NaN)).isEqualTo("NaN");
    assertThat(Problems.format(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
  }

  @Example
  void aValidationExceptionNeedsAProblemAndPrintsThemAll() {
    assertThatThrownBy(() -> new ValidationException(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(ValidationException.class);
    ValidationException e = new ValidationException(
        List.of(new Problem("a[0].b", "bad"), new Problem("", "worse")));
    assertThat(e).hasMessage("2 problems:\n  a[0].b: bad\n  worse");
    assertThat(new Problem("hours", "x").under("items[0]"))
        .isEqualTo(new Problem("items[0].hours", "x"));
    assertThat(new Problem("[2]", "x").under("drivers")).isEqualTo(new Problem("drivers[2]", "x"));
    assertThat(new Problem("", "x").under("plans[1]")).isEqualTo(new Problem("plans[1]", "x"));
  }

  private static void assertRejected(Runnable build, String... problems) {
    assertThatThrownBy(build::run).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.problems()).map(Problem::toString).containsExactly(problems));
  }
}
