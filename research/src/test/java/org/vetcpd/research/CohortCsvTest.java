package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.LeaderRole;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.Rubric;

class CohortCsvTest {
  @TempDir Path dir;

  private static CohortRow.Builder row(String plan) {
    CohortRow.Builder b = CohortRow.builder().plan(plan).teacher("t, \"1\"").programme("RM")
        .score(63.5).contentScore(60).band(Band.PARTLY_TAILORED).putCriteria("needs-alignment", 0.25)
        .putCriteria("sustained-learning", 0.00001).industryContactHours(4)
        .mismatchedHours(0).totalHours(10).items(2).leaderInvolvement(LeaderInvolvement.NONE)
        .rubric(Rubric.standard().ref());
    for (CompetenceArea a : CompetenceArea.values()) {
      b.putAreaHours(a, a == CompetenceArea.VOCATIONAL ? 10.0 : 0.0);
    }
    for (Contextualisation c : Contextualisation.values()) {
      b.putContextualisationHours(c, c == Contextualisation.GENERIC ? 10.0 : 0.0);
    }
    return b;
  }

  @Test
  void writtenThenReadGivesTheSameRows() {
    List<CohortRow> rows = List.of(
        row("p-1").school("s-1").department("d-rm").period("2026/27")
            .facilitator(LeaderRole.VET_MOTIVATOR).build(),
        row("p-2\nsecond line").score(100).band(Band.TAILORED).build(),
        CohortTable.of(SyntheticCohort.generate(1, 0, 3)).get(0));
    Path csv = dir.resolve("cohort.csv");
    CohortCsv.write(rows, csv);
    assertThat(CohortCsv.read(csv)).isEqualTo(rows);
  }

  /**
   * A cohort table given as a FIFO (a shell's process substitution, {@code <(…)}) is read once:
   * nothing else opens it to look at its first bytes, which would take them from the table.
   */
  @Test
  void aFifoIsReadOnce() throws Exception {
    List<CohortRow> rows = CohortTable.of(SyntheticCohort.generate(3, 0, 2));
    Path fifo = dir.resolve("cohort.csv");
    org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString())
        .start().waitFor() == 0, "mkfifo");
    Thread writer = new Thread(() -> {
      try {
        Files.writeString(fifo, CohortCsv.toCsv(rows), StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    writer.setDaemon(true);
    writer.start();
    try {
      // (a second opening of the pipe would wait for a writer that has gone: time out, not hang)
      assertThat(org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
          java.time.Duration.ofSeconds(20), () -> CohortCsv.read(fifo))).isEqualTo(rows);
    } finally {
      writer.join(10_000);
    }
  }

  @Test
  void headerRfc4180QuotingPlainDecimalsAndEmptyCellsForNotAssessed() throws Exception {
    Path csv = dir.resolve("cohort.csv");
    CohortCsv.write(List.of(row("p-1").build()), csv);
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    String[] lines = text.split("\r\n", -1);
    assertThat(lines).hasSize(3);
    assertThat(lines[2]).isEmpty();
    assertThat(lines[0]).isEqualTo(String.join(",", CohortCsv.COLUMNS));
    assertThat(lines[1])
        .startsWith("p-1,\"t, \"\"1\"\"\",RM,,,,63.5,PARTLY_TAILORED,0.25,,,,,,,,,0.00001,10.0,")
        .endsWith(",4.0,0.0,10.0,2,NONE,,60.0,vetcpd-standard,"
            + Rubric.standard().ref().version() + "," + Rubric.standard().fingerprint());
    assertThat(text).doesNotContain("E-").doesNotContain("\uFEFF");
  }

  @Test
  void columnOrderIsStable() {
    assertThat(CohortCsv.COLUMNS).startsWith("plan", "teacher", "programme", "school",
        "department", "period", "score", "band", "needs_alignment", "vocational_focus");
    assertThat(CohortCsv.COLUMNS).endsWith("hours_generic", "hours_adapted",
        "hours_programme_specific", "hours_industry_contact", "hours_mismatched", "hours_total",
        "items", "leader_involvement", "facilitator", "content_score", "rubric_id",
        "rubric_version", "rubric_fingerprint");
    assertThat(CohortCsv.COLUMNS).doesNotHaveDuplicates().hasSize(35);
  }

  @Test
  void readingNamesRowAndColumnOfEveryProblem() {
    String header = String.join(",", CohortCsv.COLUMNS);
    String good = CohortCsv.toCsv(List.of(row("p-1").build())).split("\r\n")[1];
    String badScore = good.replace(",63.5,", ",63,5,");
    String badBand = good.replace("PARTLY_TAILORED", "PARTLY");
    String csv = header + "\r\n" + good + "\r\n" + badBand + "\r\n" + badScore + "\r\n";
    assertThatThrownBy(() -> CohortCsv.read(new StringReader(csv), "x.csv"))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(
            Problem::toString).containsExactlyInAnyOrder(
                "x.csv:row 3:band: unknown value \"PARTLY\"; expected one of TAILORED,"
                    + " PARTLY_TAILORED, GENERIC",
                "x.csv:row 4: has 36 cells, the header 35"));
  }

  @Test
  void readingNamesMissingColumnsAndOutOfRangeValues() {
    String csv = "plan,teacher\r\np,t\r\n";
    assertThatThrownBy(() -> CohortCsv.read(new StringReader(csv), "x.csv"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("x.csv:row 1: missing column score");
    String header = String.join(",", CohortCsv.COLUMNS);
    String line = CohortCsv.toCsv(List.of(row("p-1").build())).split("\r\n")[1]
        .replace(",63.5,", ",163.5,");
    assertThatThrownBy(() -> CohortCsv.read(new StringReader(header + "\n" + line), "y.csv"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("y.csv:row 2:score: must be in [0, 100], was 163.5");
    String forged = CohortCsv.toCsv(List.of(row("p-1").build())).split("\r\n")[1]
        .replace(Rubric.standard().fingerprint(), "sha256:00");
    assertThatThrownBy(() -> CohortCsv.read(new StringReader(header + "\n" + forged), "z.csv"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("z.csv:row 2:rubric_fingerprint: fingerprint must be sha256:");
  }

  @Test
  void rowsNameTheirRubricAndReadItBack() {
    CohortRow r = row("p-1").build();
    assertThat(CohortCsv.read(new StringReader(CohortCsv.toCsv(List.of(r))), "m.csv"))
        .singleElement().extracting(CohortRow::rubric).isEqualTo(Rubric.standard().ref());
    CohortRow other = CohortRow.copyOf(r).withRubric(
        Rubric.standard().withWeight("industry-contact", 0.30).ref());
    assertThat(CohortCsv.read(new StringReader(CohortCsv.toCsv(List.of(other))), "m.csv"))
        .containsExactly(other);
  }
}
