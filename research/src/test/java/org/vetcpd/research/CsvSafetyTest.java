package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.rules.Band;

/** CSV cells from data never run as formulas in a spreadsheet, unless RAW asks for exact cells. */
class CsvSafetyTest {
  @TempDir Path dir;

  /** OWASP's examples, one per risky first character, in every text column of a cohort row. */
  static final Map<String, String> HOSTILE = Map.of(
      "plan", "=HYPERLINK(\"http://evil.example\",\"click\")",
      "teacher", "+1+cmd|' /C calc'!A0",
      "programme", "-2+3",
      "school", "@SUM(1+1)*cmd|' /C calc'!A0",
      "department", "\t=1+1",
      "period", "\r=1+1");

  static CohortRow hostileRow() {
    CohortRow.Builder b = CohortRow.builder().plan(HOSTILE.get("plan"))
        .teacher(HOSTILE.get("teacher")).programme(HOSTILE.get("programme"))
        .school(HOSTILE.get("school")).department(HOSTILE.get("department"))
        .period(HOSTILE.get("period")).score(0.5).contentScore(0.5).band(Band.GENERIC)
        .putCriteria("needs-alignment", 0.25).industryContactHours(0).mismatchedHours(0)
        .totalHours(10).items(1).leaderInvolvement(LeaderInvolvement.NONE)
            .rubric(org.vetcpd.rules.Rubric.standard().ref());
    for (CompetenceArea a : CompetenceArea.values()) {
      b.putAreaHours(a, a == CompetenceArea.VOCATIONAL ? 10.0 : 0.0);
    }
    for (Contextualisation c : Contextualisation.values()) {
      b.putContextualisationHours(c, c == Contextualisation.GENERIC ? 10.0 : 0.0);
    }
    return b.build();
  }

  @Test
  void neutralisesRiskyFirstCharactersButNeverNumbers() {
    for (String risky : List.of("=1", "+1", "-x", "@x", "\tx", "\rx", "-2+3", "-", "+")) {
      assertThat(CsvTableWriter.neutralise(risky)).isEqualTo("'" + risky);
    }
    for (String fine : List.of("-0.5", "-12", "12", "0.00001", "p-1", "a=b", "", "'=x")) {
      assertThat(CsvTableWriter.neutralise(fine)).isEqualTo(fine);
    }
    assertThat(CsvTableWriter.neutralise(null)).isNull();
    assertThat(CsvCells.RAW.apply("=1")).isEqualTo("=1");
    assertThat(CsvCells.SAFE.apply("=1")).isEqualTo("'=1");
  }

  @Test
  void aHostileCohortOpensSafelyByDefaultAndReadsBackExactlyWhenRaw() throws Exception {
    CohortRow row = hostileRow();
    Path safe = dir.resolve("safe/cohort.csv");
    CohortCsv.write(List.of(row), safe);
    // Every cell as a spreadsheet sees it: none begins with a formula character.
    CohortRow read = CohortCsv.read(safe).get(0);
    for (String cell : List.of(read.plan(), read.teacher(), read.programme(),
        read.school().orElseThrow(), read.department().orElseThrow(),
        read.period().orElseThrow())) {
      assertThat(cell).startsWith("'");
    }
    assertThat(read.plan()).isEqualTo("'" + HOSTILE.get("plan"));
    assertThat(read.score()).isEqualTo(0.5);
    assertThat(Files.readString(safe.resolveSibling(DataPackage.FILE)))
        .contains("\"csvCells\" : \"safe\"");

    Path raw = dir.resolve("raw/cohort.csv");
    CohortCsv.write(List.of(row), raw, Provenance.builder().cells(CsvCells.RAW).build());
    assertThat(CohortCsv.read(raw)).containsExactly(row);
    assertThat(Files.readString(raw.resolveSibling(DataPackage.FILE)))
        .contains("\"csvCells\" : \"raw\"");
  }

  @Test
  void everyCsvWriterNeutralisesByDefault() {
    StringWriter out = new StringWriter();
    CohortCsv.write(List.of(hostileRow()), out);
    String text = out.toString();
    assertThat(CohortCsv.read(new StringReader(text), "mem").get(0).teacher())
        .isEqualTo("'" + HOSTILE.get("teacher"));
    StringWriter aggregate = new StringWriter();
    Aggregates.writeCsv(Aggregates.by(List.of(hostileRow()), Grouping.PROGRAMME), aggregate);
    assertThat(aggregate.toString()).contains(",'-2+3,");
    StringWriter rawAggregate = new StringWriter();
    Aggregates.writeCsv(Aggregates.by(List.of(hostileRow()), Grouping.PROGRAMME), rawAggregate,
        CsvCells.RAW);
    assertThat(rawAggregate.toString()).contains(",-2+3,").doesNotContain("'-");
    // The school id holds a '/': its key is shown in quotes (Grouping), a cell that begins
    // with '"' and so is text to a spreadsheet, with or without the prefix.
    StringWriter school = new StringWriter();
    Aggregates.writeCsv(Aggregates.by(List.of(hostileRow()), Grouping.SCHOOL), school);
    assertThat(school.toString()).contains(",\"\"\"@SUM(1+1)");
  }
}
