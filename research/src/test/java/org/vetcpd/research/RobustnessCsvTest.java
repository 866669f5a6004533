package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.RubricRef;
import org.vetcpd.rules.TailoringScorer;

/**
 * Every robustness table ends with the rubric it was computed with, on every row, and its JSON
 * names that rubric. A modified rubric is used so that the standard's name could not pass by
 * accident.
 */
class RobustnessCsvTest {
  private static final JsonMapper JSON = new JsonMapper();
  private static final Dataset COHORT = SyntheticCohort.generate(24, 3);
  private static final Rubric MINE = Rubric.standard().withWeight("industry-contact", 0.3);
  private static final List<CohortRow> ROWS = CohortTable.of(TailoringScorer.of(MINE), COHORT);
  private static final List<String> RUBRIC =
      List.of("rubric_id", "rubric_version", "rubric_fingerprint");

  @Test
  void theModifiedRubricIsNotTheStandard() {
    assertThat(MINE.ref()).isNotEqualTo(Rubric.standard().ref());
    assertThat(MINE.ref().id()).isNotEqualTo(Rubric.standard().ref().id());
  }

  @Test
  void existingColumnsKeepTheirOrderAndTheRubricComesLast() {
    assertThat(RobustnessCsv.SOBOL_COLUMNS).containsExactly("output", "factor", "low", "high",
        "base", "first_order", "first_order_lower", "first_order_upper", "total", "total_lower",
        "total_upper", "rubric_id", "rubric_version", "rubric_fingerprint");
    assertThat(RobustnessCsv.GROUP_COLUMNS).containsExactly("grouping", "group", "other",
        "base_mean", "other_base_mean", "probability", "mcse", "rubric_id", "rubric_version",
        "rubric_fingerprint");
    assertThat(RobustnessCsv.COMPARISON_COLUMNS).containsExactly("plan", "teacher", "score_a",
        "score_b", "score_change", "band_a", "band_b", "rank_a", "rank_b", "rank_shift",
        "rubric_a_id", "rubric_a_version", "rubric_a_fingerprint", "rubric_b_id",
        "rubric_b_version", "rubric_b_fingerprint");
    assertThat(RobustnessCsv.DIFFERENCE_COLUMNS).containsExactly("grouping", "group", "other",
        "difference", "lower", "upper", "rubric_id", "rubric_version", "rubric_fingerprint");
    List<String> criteria = RobustnessCsv.CRITERIA_COLUMNS;
    assertThat(criteria.subList(0, 4))
        .containsExactly("criterion", "not_assessed", "alpha", "alpha_if_deleted");
    assertThat(criteria).hasSize(4 + 2 * Rubric.CRITERIA.size() + 3);
    assertThat(criteria.subList(criteria.size() - 3, criteria.size())).isEqualTo(RUBRIC);
    List<String> intervals = RobustnessCsv.INTERVAL_COLUMNS;
    assertThat(intervals.subList(0, 10)).containsExactly("grouping", "key", "count", "clusters",
        "mean", "mean_lower", "mean_upper", "median", "median_lower", "median_upper");
    assertThat(intervals).hasSize(10 + 3 * Band.values().length + 3);
    assertThat(intervals.subList(intervals.size() - 3, intervals.size())).isEqualTo(RUBRIC);
  }

  @Test
  void sobolTableAndJsonNameTheRubric() throws Exception {
    SobolResult r = RubricSobol.of(MINE).withSamples(4).withResamples(2)
        .withVary(Vary.WEIGHTS).run(COHORT, done -> { });
    assertEveryRowEndsWith(RobustnessCsv.SOBOL_COLUMNS, out -> RobustnessCsv.writeSobol(r, out),
        MINE.ref());
    assertNames(JSON.readTree(VetcpdJson.write(r)).get("rubric"), MINE.ref());
  }

  @Test
  void groupTableAndJsonNameTheRubric() throws Exception {
    SensitivityResult r = Sensitivity.of(MINE).withDraws(20).withGrouping(Grouping.SCHOOL)
        .run(COHORT, done -> { });
    assertThat(r.groups()).isNotEmpty();
    assertEveryRowEndsWith(RobustnessCsv.GROUP_COLUMNS, out -> RobustnessCsv.writeGroups(r, out),
        MINE.ref());
    assertNames(JSON.readTree(VetcpdJson.write(r)).get("rubric"), MINE.ref());
  }

  @Test
  void comparisonTableAndJsonNameBothRubrics() throws Exception {
    RubricComparison c = RubricComparison.of(COHORT, Rubric.standard(), MINE);
    List<String[]> rows = write(RobustnessCsv.COMPARISON_COLUMNS,
        out -> RobustnessCsv.writeComparison(c, out));
    assertThat(rows).hasSize(ROWS.size());
    RubricRef a = Rubric.standard().ref();
    RubricRef b = MINE.ref();
    for (String[] row : rows) {
      assertThat(Arrays.asList(row).subList(row.length - 6, row.length)).containsExactly(
          a.id(), a.version(), a.fingerprint(), b.id(), b.version(), b.fingerprint());
    }
    JsonNode json = JSON.readTree(VetcpdJson.write(c));
    assertNames(json.get("rubricA"), a);
    assertNames(json.get("rubricB"), b);
  }

  @Test
  void criteriaTableAndJsonNameTheRubric() throws Exception {
    CriterionStructure s = CriterionStructure.of(MINE.ref(), ROWS);
    assertThat(s.rubric()).isEqualTo(MINE.ref());
    assertThat(write(RobustnessCsv.CRITERIA_COLUMNS, out -> RobustnessCsv.writeCriteria(s, out)))
        .hasSize(Rubric.CRITERIA.size());
    assertEveryRowEndsWith(RobustnessCsv.CRITERIA_COLUMNS,
        out -> RobustnessCsv.writeCriteria(s, out), MINE.ref());
    assertNames(JSON.readTree(VetcpdJson.write(s)).get("rubric"), MINE.ref());
    // Without plans the table still has its ten rows, each naming the rubric.
    CriterionStructure empty = CriterionStructure.of(MINE.ref(), List.of());
    assertEveryRowEndsWith(RobustnessCsv.CRITERIA_COLUMNS,
        out -> RobustnessCsv.writeCriteria(empty, out), MINE.ref());
    assertThat(empty).isNotEqualTo(CriterionStructure.of(Rubric.standard().ref(), List.of()));
    assertThat(s.withPlansExcluded(2).rubric()).isEqualTo(MINE.ref());
  }

  @Test
  void criteriaRefuseRowsOfAnotherRubric() {
    assertThatThrownBy(() -> CriterionStructure.of(Rubric.standard().ref(), ROWS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(MINE.ref().fingerprint())
        .hasMessageContaining(Rubric.standard().ref().fingerprint());
  }

  @Test
  void intervalAndDifferenceTablesAndJsonNameTheRubric() throws Exception {
    Bootstrap bootstrap = Bootstrap.of(Grouping.SCHOOL).withResamples(20);
    List<GroupInterval> intervals = bootstrap.run(ROWS);
    List<GroupDifference> differences = bootstrap.differences(ROWS);
    assertThat(differences).isNotEmpty();
    assertEveryRowEndsWith(RobustnessCsv.INTERVAL_COLUMNS,
        out -> RobustnessCsv.writeIntervals(intervals, out), MINE.ref());
    assertEveryRowEndsWith(RobustnessCsv.DIFFERENCE_COLUMNS,
        out -> RobustnessCsv.writeDifferences(differences, out), MINE.ref());
    for (GroupInterval g : intervals) {
      assertNames(JSON.readTree(VetcpdJson.write(g)).get("rubric"), MINE.ref());
    }
    for (GroupDifference d : differences) {
      assertNames(JSON.readTree(VetcpdJson.write(d)).get("rubric"), MINE.ref());
    }
  }

  @Test
  void cellsFromDataAreSafeByDefaultAndExactWhenRaw() {
    List<CohortRow> hostile = ROWS.stream()
        .map(r -> CohortRow.builder().from(r).school("=SUM(1+1)").build()).toList();
    List<GroupInterval> intervals = Bootstrap.of(Grouping.SCHOOL).withResamples(5).run(hostile);
    StringWriter safe = new StringWriter();
    RobustnessCsv.writeIntervals(intervals, safe);
    assertThat(safe.toString()).contains(",'=SUM(1+1),").doesNotContain(",=SUM(1+1),");
    StringWriter raw = new StringWriter();
    RobustnessCsv.writeIntervals(intervals, raw, CsvCells.RAW);
    assertThat(raw.toString()).contains(",=SUM(1+1),").doesNotContain("'=SUM");
  }

  @Test
  void bootstrapRefusesRowsOfDifferentRubrics() {
    List<CohortRow> mixed = new ArrayList<>(ROWS);
    mixed.add(Rows.row("other", "t", "s", 50, Band.PARTLY_TAILORED));
    assertThatThrownBy(() -> Bootstrap.of(Grouping.SCHOOL).run(mixed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different rubrics")
        .hasMessageContaining(Rubric.standard().ref().fingerprint());
  }

  /** Writes a table and checks its header, then that every row ends with the rubric. */
  private static void assertEveryRowEndsWith(List<String> columns, Consumer<StringWriter> writer,
      RubricRef rubric) throws Exception {
    List<String[]> rows = write(columns, writer);
    assertThat(rows).isNotEmpty();
    for (String[] row : rows) {
      assertThat(Arrays.asList(row).subList(row.length - 3, row.length))
          .containsExactly(rubric.id(), rubric.version(), rubric.fingerprint());
    }
  }

  /** Writes a table, checks its header is {@code columns} and returns its data rows. */
  private static List<String[]> write(List<String> columns, Consumer<StringWriter> writer)
      throws Exception {
    StringWriter out = new StringWriter();
    writer.accept(out);
    List<String[]> records = new ArrayList<>();
    try (var it = CohortCsv.arrays(new StringReader(out.toString()))) {
      while (it.hasNextValue()) {
        records.add(it.nextValue());
      }
    }
    assertThat(records.get(0)).containsExactlyElementsOf(columns);
    for (String[] r : records) {
      assertThat(r).hasSameSizeAs(columns);
    }
    return records.subList(1, records.size());
  }

  private static void assertNames(JsonNode rubric, RubricRef expected) {
    assertThat(rubric).as("rubric in JSON").isNotNull();
    assertThat(rubric.get("id").asText()).isEqualTo(expected.id());
    assertThat(rubric.get("version").asText()).isEqualTo(expected.version());
    assertThat(rubric.get("fingerprint").asText()).isEqualTo(expected.fingerprint());
  }
}
