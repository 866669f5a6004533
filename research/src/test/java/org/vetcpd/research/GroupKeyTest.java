package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.Rubric;

/**
 * Groups are the tuples of their ids, never their keys joined into one string: rows of different
 * schools or departments are never summarised together, whatever their ids hold, and the keys
 * shown for two groups differ.
 */
class GroupKeyTest {
  private static CohortRow row(String plan, Optional<String> school, Optional<String> department,
      double score) {
    return Rows.row(plan, "t-" + plan, "s", score, score >= 70 ? Band.TAILORED : Band.GENERIC)
        .withSchool(school).withDepartment(department);
  }

  /** School "(none)" and no school; schools x/y, department z and x, department y/z. */
  private static final List<CohortRow> ROWS = List.of(
      row("p1", Optional.of("(none)"), Optional.empty(), 80),
      row("p2", Optional.of("(none)"), Optional.empty(), 90),
      row("p3", Optional.empty(), Optional.empty(), 10),
      row("p4", Optional.of("x/y"), Optional.of("z"), 20),
      row("p5", Optional.of("x"), Optional.of("y/z"), 75),
      row("p6", Optional.of("s-1"), Optional.of("d-rm"), 50));

  @Test
  void aSchoolNamedLikeTheMissingValueIsNotTheGroupOfTeachersWithoutASchool() {
    List<GroupSummary> bySchool = Aggregates.by(ROWS, Grouping.SCHOOL);
    assertThat(bySchool).extracting(GroupSummary::key)
        .containsExactly("\"(none)\"", "\"x/y\"", "(none)", "s-1", "x");
    assertThat(bySchool).extracting(GroupSummary::count).containsExactly(2, 1, 1, 1, 1);
    assertThat(bySchool.get(0).mean()).isEqualTo(85);
    assertThat(bySchool.get(2).mean()).isEqualTo(10);
  }

  @Test
  void departmentsWhoseIdsJoinToOneStringStayApart() {
    List<GroupSummary> byDepartment = Aggregates.by(ROWS, Grouping.DEPARTMENT);
    assertThat(byDepartment).extracting(GroupSummary::key).containsExactly(
        "\"(none)\"/(none)", "\"x/y\"/z", "(none)/(none)", "s-1/d-rm", "x/\"y/z\"");
    assertThat(byDepartment).extracting(GroupSummary::count).containsExactly(2, 1, 1, 1, 1);
  }

  @Test
  void bootstrapAndSensitivityGroupAndClusterByTheTuple() {
    List<GroupInterval> ci = Bootstrap.of(Grouping.DEPARTMENT).withResamples(100)
        .withCluster(Cluster.SCHOOL).run(ROWS);
    assertThat(ci).extracting(GroupInterval::key).containsExactly(
        "\"(none)\"/(none)", "\"x/y\"/z", "(none)/(none)", "s-1/d-rm", "x/\"y/z\"");
    assertThat(ci).extracting(GroupInterval::count).containsExactly(2, 1, 1, 1, 1);
    List<GroupInterval> bySchool = Bootstrap.of(Grouping.ALL).withResamples(100)
        .withCluster(Cluster.SCHOOL).run(ROWS);
    assertThat(bySchool.get(0).clusters()).isEqualTo(5);
    assertThat(Cluster.SCHOOL.keyOf(ROWS.get(0))).isNotEqualTo(Cluster.SCHOOL.keyOf(ROWS.get(2)));
    SensitivityResult s = Sensitivity.of(Rubric.standard()).withDraws(10)
        .withGrouping(Grouping.SCHOOL).run(ROWS);
    assertThat(s.groups().stream().map(GroupComparison::group).distinct()).hasSize(5);
  }

  @Test
  void ordinaryIdsAreShownAsTheyAre() {
    assertThat(Grouping.DEPARTMENT.keyOf(ROWS.get(5))).isEqualTo("s-1/d-rm");
    assertThat(Grouping.SCHOOL.keyOf(ROWS.get(2))).isEqualTo(Grouping.NONE);
    assertThat(Grouping.ALL.keyOf(ROWS.get(0))).isEqualTo("all");
    assertThat(GroupKey.show(Optional.of("a\"b\\c"))).isEqualTo("\"a\\\"b\\\\c\"");
  }

  @Provide
  Arbitrary<Optional<String>> parts() {
    Arbitrary<String> id = Arbitraries.oneOf(
        Arbitraries.of("x", "y", "z", "/", "\"", "\\", "(none)", "x/y", "y/z", "\"x/y\""),
        Arbitraries.strings().withChars("xy/\"\\(none)").ofMinLength(1).ofMaxLength(6));
    return id.optional(0.8);
  }

  /** Two rows share a key shown exactly when they share school and department. */
  @Property(tries = 500)
  void keysShownAreDistinctForDistinctTuples(@ForAll("parts") Optional<String> s1,
      @ForAll("parts") Optional<String> d1, @ForAll("parts") Optional<String> s2,
      @ForAll("parts") Optional<String> d2) {
    CohortRow a = row("a", s1, d1, 50);
    CohortRow b = row("b", s2, d2, 50);
    boolean same = s1.equals(s2) && d1.equals(d2);
    assertThat(Grouping.DEPARTMENT.keyOf(a).equals(Grouping.DEPARTMENT.keyOf(b)))
        .isEqualTo(same);
    assertThat(Grouping.SCHOOL.keyOf(a).equals(Grouping.SCHOOL.keyOf(b)))
        .isEqualTo(s1.equals(s2));
    List<CohortRow> both = new ArrayList<>(List.of(a, b));
    assertThat(Aggregates.by(both, Grouping.DEPARTMENT)).hasSize(same ? 1 : 2);
    assertThat(Aggregates.by(both, Grouping.DEPARTMENT).stream().map(GroupSummary::key)
        .collect(Collectors.toList())).isSorted();
  }
}
