package org.vetcpd.core;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.NullPointerTester;
import com.google.common.testing.NullPointerTester.Visibility;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.wire.DatasetReferences;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vetcpd.core.testing.DomainArbitraries;

/** Every public method and constructor of the domain rejects null (Guava's NullPointerTester). */
class NullHostilityTest {
  private static final Dataset DATASET =
      DomainArbitraries.datasetsWithEveryKind().sample();

  private static NullPointerTester tester() {
    CpdPlan plan = DATASET.plans().get(0);
    return new NullPointerTester()
        .setDefault(Dataset.class, DATASET)
        .setDefault(CpdPlan.class, plan)
        .setDefault(String.class, "x");
  }

  static List<Object> builders() {
    return List.of(Programme.builder(), School.builder(), Department.builder(), Teacher.builder(),
        CpdActivity.builder(), Driver.builder(), CpdPlan.builder(), PlanItem.builder(),
        Dataset.builder());
  }

  @ParameterizedTest
  @MethodSource("builders")
  void builderSettersRejectNull(Object builder) {
    tester().testAllPublicInstanceMethods(builder);
  }

  static List<Object> values() {
    CpdPlan plan = DATASET.plans().get(0);
    return List.of(DATASET.programmes().get(0), DATASET.schools().get(0),
        DATASET.schools().get(0).departments().get(0), DATASET.teachers().get(0),
        DATASET.activities().get(0), DATASET.drivers().get(0), plan,
        DATASET.plans().stream().flatMap(p -> p.items().stream()).findFirst().orElseThrow(),
        DATASET);
  }

  @ParameterizedTest
  @MethodSource("values")
  void valueMethodsRejectNull(Object value) {
    tester().testAllPublicInstanceMethods(value);
  }

  @ParameterizedTest
  @MethodSource("values")
  void factoriesRejectNull(Object value) {
    tester().testStaticMethods(value.getClass(), Visibility.PUBLIC);
  }

  @Test
  void problemsRejectNull() {
    tester().testAllPublicInstanceMethods(new Problems());
    tester().testAllPublicStaticMethods(Problems.class);
    tester().testAllPublicConstructors(Problem.class);
    tester().testAllPublicInstanceMethods(new Problem("a", "b"));
    tester().testAllPublicConstructors(ValidationException.class);
    tester().testAllPublicInstanceMethods(
        new ValidationException(ImmutableList.of(new Problem("a", "b"))));
  }

  @Test
  void datasetReferencesRejectNull() {
    tester().testAllPublicStaticMethods(DatasetReferences.class);
    tester().testAllPublicConstructors(DatasetReferences.class);
    tester().testAllPublicInstanceMethods(new DatasetReferences(
        com.google.common.collect.ImmutableSet.of(), com.google.common.collect.ImmutableMap.of(),
        com.google.common.collect.ImmutableSet.of(), com.google.common.collect.ImmutableSet.of(),
        com.google.common.collect.ImmutableSet.of()));
    // DatasetReferences is internal (org.vetcpd.core.wire, exported only to vetcpd's modules)
  }

  @Test
  void enumsRejectNull() {
    tester().testAllPublicStaticMethods(CompetenceArea.class);
  }
}
