package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.rules.CriterionResult;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.TailoringReport;
import org.vetcpd.rules.TailoringScorer;

class CohortTableTest {
  private static final Dataset COHORT = SyntheticCohort.generate(80, 7);

  @TempDir Path dir;

  @Test
  void oneRowPerPlanWithTheReportsScoreBandAndCriterionValues() {
    List<CohortRow> rows = CohortTable.of(COHORT);
    List<TailoringReport> reports = TailoringScorer.standard().scoreAll(COHORT);
    assertThat(rows).hasSize(COHORT.plans().size());
    for (int i = 0; i < rows.size(); i++) {
      CohortRow row = rows.get(i);
      TailoringReport r = reports.get(i);
      assertThat(row.plan()).isEqualTo(r.plan());
      assertThat(row.teacher()).isEqualTo(r.teacher());
      assertThat(row.score()).isEqualTo(r.score());
      assertThat(row.band()).isEqualTo(r.band());
      for (CriterionResult c : r.criteria()) {
        assertThat(row.criterion(c.id())).isEqualTo(c.value());
      }
      assertThat(row.criteria().keySet()).isSubsetOf(Rubric.CRITERIA);
    }
  }

  @Test
  void hoursByAreaAndByContextualisationSumToTheTotal() {
    for (CohortRow row : CohortTable.of(COHORT)) {
      double areas = 0;
      for (CompetenceArea a : CompetenceArea.values()) {
        areas += row.hours(a);
      }
      double contexts = 0;
      for (Contextualisation c : Contextualisation.values()) {
        contexts += row.hours(c);
      }
      double total = COHORT.plan(row.plan()).orElseThrow().totalHours();
      assertThat(row.totalHours()).isCloseTo(total, within(1e-9));
      assertThat(areas).isCloseTo(total, within(1e-9));
      assertThat(contexts).isCloseTo(total, within(1e-9));
      assertThat(row.industryContactHours()).isBetween(0.0, total + 1e-9);
      assertThat(row.mismatchedHours()).isBetween(0.0, total + 1e-9);
    }
  }

  @Test
  void aStreamOfPlansGivesTheSameRowsAsTheDataSet() throws Exception {
    Path plans = dir.resolve("plans.jsonl");
    try (Writer w = Files.newBufferedWriter(plans, StandardCharsets.UTF_8)) {
      VetcpdJson.writeJsonLines(COHORT.plans(), w);
    }
    Dataset catalogue = Dataset.copyOf(COHORT).withPlans(List.of());
    List<CohortRow> streamed;
    try (Stream<CohortRow> s =
        CohortTable.stream(TailoringScorer.standard(), catalogue, plans)) {
      streamed = s.collect(Collectors.toList());
    }
    assertThat(streamed).isEqualTo(CohortTable.of(COHORT));
  }

  @Test
  void aRubricChangesScoresButNotHours() {
    Rubric mine = Rubric.standard().withWeight("industry-contact", 0.5);
    List<CohortRow> standard = CohortTable.of(COHORT);
    List<CohortRow> varied = CohortTable.of(TailoringScorer.of(mine), COHORT);
    for (int i = 0; i < standard.size(); i++) {
      assertThat(varied.get(i).areaHours()).isEqualTo(standard.get(i).areaHours());
      assertThat(varied.get(i).score())
          .isEqualTo(TailoringScorer.of(mine).score(COHORT, standard.get(i).plan()).score());
    }
  }
}
