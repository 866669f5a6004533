package org.vetcpd.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;
import org.vetcpd.core.testing.DomainArbitraries;

/** Normalised area and pull profiles hold every area, sum to 1 and do not depend on scale. */
@PropertyDefaults(tries = 200)
class ProfileProperties {
  private static final double EPS = 1e-12;

  @Provide
  Arbitrary<CpdActivity> activities() {
    return DomainArbitraries.activities();
  }

  @Provide
  Arbitrary<Driver> drivers() {
    return DomainArbitraries.drivers();
  }

  @Provide
  Arbitrary<Double> scales() {
    return Arbitraries.oneOf(
        // generated weights are at most 100: scaled, they stay within CompetenceArea.MAX_WEIGHT
        Arbitraries.doubles().between(-6, 3.9).map(e -> Math.pow(10, e)),
        Arbitraries.of(0.5, 2.0, 1e-3, 1e3, 0.1, 10.0));
  }

  @Property
  void areaProfileSumsToOne(@ForAll("activities") CpdActivity a) {
    assertIsProfile(a.areaProfile());
    assertProportional(a.areaProfile(), a.areas().orElse(a.type().defaultAreas()));
  }

  @Property
  void pullProfileSumsToOne(@ForAll("drivers") Driver d) {
    assertIsProfile(d.pullProfile());
    assertProportional(d.pullProfile(), d.pulls().orElse(d.kind().defaultPulls()));
  }

  @Property
  void areaProfileIsScaleInvariant(@ForAll("activities") CpdActivity a, @ForAll("scales") double k) {
    Map<CompetenceArea, Double> raw = a.areas().orElse(a.type().defaultAreas());
    CpdActivity scaled = a.withAreas(scale(raw, k));
    assertClose(scaled.areaProfile(), a.areaProfile());
  }

  @Property
  void pullProfileIsScaleInvariant(@ForAll("drivers") Driver d, @ForAll("scales") double k) {
    Map<CompetenceArea, Double> raw = d.pulls().orElse(d.kind().defaultPulls());
    Driver scaled = d.withPulls(scale(raw, k));
    assertClose(scaled.pullProfile(), d.pullProfile());
  }

  @Property
  void areaShareReadsTheProfile(@ForAll("activities") CpdActivity a, @ForAll CompetenceArea area) {
    assertThat(a.areaShare(area)).isEqualTo(a.areaProfile().get(area));
  }

  @Example
  void everyTypeAndKindHasADefaultProfile() {
    for (ActivityType t : ActivityType.values()) {
      assertIsProfile(CompetenceArea.normalise(t.defaultAreas()));
    }
    for (DriverKind k : DriverKind.values()) {
      assertIsProfile(CompetenceArea.normalise(k.defaultPulls()));
    }
  }

  /**
   * Weights near the top of the double range are no longer valid in an activity or a driver
   * (above {@link CompetenceArea#MAX_WEIGHT}), but {@link CompetenceArea#normalise} still gives
   * their profile.
   */
  @Example
  void hugeWeightsStillNormalise() {
    ImmutableMap<CompetenceArea, Double> huge =
        ImmutableMap.of(CompetenceArea.VOCATIONAL, 1e308, CompetenceArea.PEDAGOGICAL, 1e308);
    assertIsProfile(CompetenceArea.normalise(huge));
    assertThat(CompetenceArea.normalise(huge).get(CompetenceArea.VOCATIONAL))
        .isCloseTo(0.5, within(EPS));
    ImmutableMap<CompetenceArea, Double> max = ImmutableMap.of(CompetenceArea.VOCATIONAL,
        Double.MAX_VALUE, CompetenceArea.INDUSTRY_COOPERATION, Double.MAX_VALUE / 3);
    assertThat(CompetenceArea.normalise(max).get(CompetenceArea.VOCATIONAL))
        .isCloseTo(0.75, within(EPS));
    CpdActivity.Builder a = CpdActivity.builder().id("a").title("t").type(ActivityType.COURSE)
        .contextualisation(Contextualisation.GENERIC).areas(huge);
    assertThatThrownBy(a::build).isInstanceOf(ValidationException.class)
        .hasMessageContaining("areas.VOCATIONAL: must be <= 1000000, was 1.0E308");
    Driver d = Driver.builder().id("d").kind(DriverKind.POLICY_REFORM).strength(1)
        .pulls(ImmutableMap.of(CompetenceArea.VOCATIONAL, CompetenceArea.MAX_WEIGHT,
            CompetenceArea.INDUSTRY_COOPERATION, CompetenceArea.MAX_WEIGHT / 3))
        .build();
    assertIsProfile(d.pullProfile());
    assertThat(d.pullProfile().get(CompetenceArea.VOCATIONAL)).isCloseTo(0.75, within(EPS));
  }

  @Example
  void tinyWeightsNormalise() {
    Driver d = Driver.builder().id("d").kind(DriverKind.POLICY_REFORM).strength(1)
        .pulls(ImmutableMap.of(CompetenceArea.VOCATIONAL, Double.MIN_VALUE))
        .build();
    assertThat(d.pullProfile().get(CompetenceArea.VOCATIONAL)).isEqualTo(1.0);
  }

  private static ImmutableMap<CompetenceArea, Double> scale(Map<CompetenceArea, Double> m, double k) {
    ImmutableMap.Builder<CompetenceArea, Double> b = ImmutableMap.builder();
    m.forEach((area, w) -> b.put(area, w * k));
    return b.buildOrThrow();
  }

  private static void assertIsProfile(Map<CompetenceArea, Double> profile) {
    assertThat(profile).containsOnlyKeys(CompetenceArea.values());
    double sum = 0;
    for (double share : profile.values()) {
      assertThat(share).isBetween(0.0, 1.0);
      sum += share;
    }
    assertThat(sum).isCloseTo(1.0, within(EPS));
  }

  private static void assertProportional(
      Map<CompetenceArea, Double> profile, Map<CompetenceArea, Double> raw) {
    double total = raw.values().stream().mapToDouble(Double::doubleValue).sum();
    for (CompetenceArea area : CompetenceArea.values()) {
      double expected = raw.getOrDefault(area, 0.0) / total;
      assertThat(profile.get(area)).isCloseTo(expected, within(EPS));
    }
  }

  private static void assertClose(Map<CompetenceArea, Double> actual, Map<CompetenceArea, Double> expected) {
    for (CompetenceArea area : CompetenceArea.values()) {
      assertThat(actual.get(area)).as(area.name()).isCloseTo(expected.get(area), within(EPS));
    }
  }
}
