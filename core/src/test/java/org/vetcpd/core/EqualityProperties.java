package org.vetcpd.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import org.vetcpd.core.testing.DomainArbitraries;

/**
 * Every value type is equal by value: the equals/hashCode contract (Guava's {@link EqualsTester})
 * holds between a value, its copies and values that differ in one field.
 */
@PropertyDefaults(tries = 50)
class EqualityProperties {

  @Provide
  Arbitrary<Dataset> datasets() {
    return DomainArbitraries.datasetsWithEveryKind();
  }

  @Property
  void programmes(@ForAll("datasets") Dataset ds) {
    Programme v = ds.programmes().get(0);
    new EqualsTester()
        .addEqualityGroup(v, Programme.copyOf(v), Programme.builder().from(v).build(),
            Programme.of(v.code(), v.name()).withSector(v.sector()))
        .addEqualityGroup(v.withCode(v.code() + "x"))
        .addEqualityGroup(v.withName(v.name() + "x"))
        .addEqualityGroup(v.withSector(v.sector().orElse("") + "x"))
        .testEquals();
  }

  @Property
  void schoolsAndDepartments(@ForAll("datasets") Dataset ds) {
    School s = ds.schools().get(0);
    Department d = s.departments().get(0);
    new EqualsTester()
        .addEqualityGroup(s, School.copyOf(s), School.builder().from(s).build())
        .addEqualityGroup(s.withId(s.id() + "x"))
        .addEqualityGroup(s.withName(s.name() + "x"))
        .addEqualityGroup(s.withRegion(s.region().orElse("") + "x"))
        .addEqualityGroup(s.withDepartments(s.departments().subList(1, s.departments().size())))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(d, Department.copyOf(d), Department.builder().from(d).build())
        .addEqualityGroup(d.withId(d.id() + "x"))
        .addEqualityGroup(d.withName(d.name() + "x"))
        .addEqualityGroup(d.withProgrammes("?"))
        .testEquals();
  }

  @Property
  void teachers(@ForAll("datasets") Dataset ds) {
    Teacher t = ds.teachers().get(0);
    new EqualsTester()
        .addEqualityGroup(t, Teacher.copyOf(t), Teacher.builder().from(t).build())
        .addEqualityGroup(t.withId(t.id() + "x"))
        .addEqualityGroup(t.withProgramme(t.programme() + "x"))
        .addEqualityGroup(t.withYearsSinceIndustryContact(
            t.yearsSinceIndustryContact().orElse(0) + 0.5))
        .addEqualityGroup(t.withBarriers(t.barriers().contains(Barrier.COST)
            ? Barrier.SCHEDULE_CONFLICT : Barrier.COST))
        .addEqualityGroup(t.withNeeds(java.util.Map.of(CompetenceArea.VOCATIONAL,
            t.need(CompetenceArea.VOCATIONAL) == NeedLevel.HIGH ? NeedLevel.LOW : NeedLevel.HIGH)))
        .testEquals();
  }

  @Property
  void activities(@ForAll("datasets") Dataset ds) {
    CpdActivity a = ds.activities().get(0);
    new EqualsTester()
        .addEqualityGroup(a, CpdActivity.copyOf(a), CpdActivity.builder().from(a).build())
        .addEqualityGroup(a.withId(a.id() + "x"))
        .addEqualityGroup(a.withTitle(a.title() + "x"))
        .addEqualityGroup(a.withSpanWeeks(a.spanWeeks() + 1))
        .addEqualityGroup(a.withCostPerHour(a.costPerHour() + 0.5))
        .addEqualityGroup(a.withContextualisation(
            a.contextualisation() == Contextualisation.GENERIC
                ? Contextualisation.ADAPTED : Contextualisation.GENERIC))
        .addEqualityGroup(a.withProgrammes("?"))
        .testEquals();
  }

  @Property
  void drivers(@ForAll("datasets") Dataset ds) {
    Driver d = ds.drivers().get(0);
    new EqualsTester()
        .addEqualityGroup(d, Driver.copyOf(d), Driver.builder().from(d).build())
        .addEqualityGroup(d.withId(d.id() + "x"))
        .addEqualityGroup(d.withStrength(d.strength() == 0.5 ? 0.25 : 0.5))
        .addEqualityGroup(d.withProgrammes("?"))
        .testEquals();
  }

  @Property
  void plansAndItems(@ForAll("datasets") Dataset ds) {
    CpdPlan p = ds.plans().stream().filter(x -> !x.items().isEmpty()).findFirst().orElseThrow();
    PlanItem i = p.items().get(0);
    new EqualsTester()
        .addEqualityGroup(p, CpdPlan.copyOf(p), CpdPlan.builder().from(p).build())
        .addEqualityGroup(p.withId(p.id() + "x"))
        .addEqualityGroup(p.withTeacher(p.teacher() + "x"))
        .addEqualityGroup(p.withItems(p.items().subList(1, p.items().size())))
        .addEqualityGroup(p.withDrivers(p.drivers().isPresent()
            ? java.util.Optional.empty()
            : java.util.Optional.of(com.google.common.collect.ImmutableSet.<String>of())))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(i, PlanItem.copyOf(i), PlanItem.of(i.activity(), i.hours())
            .withTimeAllocated(i.timeAllocated())
            .withSubstituteFunded(i.substituteFunded())
            .withCostFunded(i.costFunded()))
        .addEqualityGroup(i.withHours(i.hours() + 1))
        .addEqualityGroup(i.withActivity(i.activity() + "x"))
        .addEqualityGroup(i.withTimeAllocated(!i.timeAllocated()))
        .testEquals();
  }

  @Property
  void datasetsAreEqualByValue(@ForAll("datasets") Dataset ds) {
    new EqualsTester()
        .addEqualityGroup(ds, Dataset.copyOf(ds), Dataset.builder().from(ds).build())
        .addEqualityGroup(ds.withPlans(ds.plans().subList(1, ds.plans().size())))
        .testEquals();
    assertThat(ds.toString()).isNotBlank();
  }
}
