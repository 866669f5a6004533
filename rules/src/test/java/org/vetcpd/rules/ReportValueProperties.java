package org.vetcpd.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.vetcpd.core.Dataset;
import org.vetcpd.rules.testing.Cohorts;

/**
 * {@link TailoringReport#value(String)}, the cheap path the CSV output takes, gives exactly the
 * values {@link TailoringReport#criteria()} explains, not-assessed alike, before and after the
 * criteria were built.
 */
class ReportValueProperties {
  @Property(tries = 200)
  void valueEqualsTheCriterionsValue(@ForAll("datasets") Dataset ds, @ForAll("rubrics") Rubric r) {
    for (TailoringReport report : TailoringScorer.of(r).scoreAll(ds)) {
      for (String id : Rubric.CRITERIA) {
        var cheap = report.value(id);
        Statistics.collect(cheap.isPresent() ? "assessed" : "not assessed");
        assertThat(cheap).as(report.plan() + " " + id).isEqualTo(report.criterion(id).value());
        assertThat(report.value(id)).isEqualTo(cheap);
      }
    }
  }

  @Example
  void unknownCriterionIsRefused() {
    TailoringReport report = TailoringScorer.standard().scoreAll(Seed000.DATASET).get(0);
    assertThatThrownBy(() -> report.value("needs_alignment"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown criterion \"needs_alignment\"");
  }

  @Provide
  Arbitrary<Dataset> datasets() {
    return Cohorts.datasets();
  }

  @Provide
  Arbitrary<Rubric> rubrics() {
    return Cohorts.rubrics();
  }
}
