package org.vetcpd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.research.CsvCells;
import org.vetcpd.research.CsvTableWriter;
import org.vetcpd.research.ReportCsv;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.TailoringReport;
import org.vetcpd.rules.TailoringScorer;

/**
 * {@code score --format csv} writes most rows itself, from the reports' values: byte for byte
 * what {@link ReportCsv} and {@link CsvTableWriter} (Jackson's CSV generator) write, for ids that
 * need no quoting and, through the fallback, for ids that need quoting or a spreadsheet guard;
 * onto standard output in UTF-8, the rows it writes itself go as bytes, in order with the others.
 */
class CsvRowsTest {
  private static final List<String> IDS = List.of("p-1", "-p", "=1+2", "@x", "a,b", "a b",
      "say \"hi\"", "é-ü", "+", "0.5", "-0.5", "#c", "x'y", "~z");

  private static String viaWriter(List<TailoringReport> reports, CsvCells cells) {
    StringWriter s = new StringWriter();
    ReportWriter w = ReportWriter.of(Format.CSV, new PrintWriter(s), cells);
    w.begin();
    reports.forEach(w::write);
    w.end();
    return s.toString();
  }

  /** As standard output gets it: rows of plain cells handed over as bytes. */
  private static String viaBytes(List<TailoringReport> reports, CsvCells cells) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(bytes, false, StandardCharsets.UTF_8);
    CheckedWriter checked = CheckedWriter.of(stream, "standard output", null, true);
    ReportWriter w = ReportWriter.of(Format.CSV, new CheckedWriter.Printer(checked), cells);
    w.begin();
    reports.forEach(w::write);
    w.end();
    return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
  }

  private static String viaTableWriter(List<TailoringReport> reports, CsvCells cells) {
    StringWriter s = new StringWriter();
    CsvTableWriter csv = ReportCsv.open(s, cells);
    reports.forEach(r -> csv.row(ReportCsv.cells(r)));
    csv.flush();
    return s.toString();
  }

  private static List<TailoringReport> reports(Dataset ds, TailoringScorer scorer, boolean odd) {
    List<TailoringReport> out = new ArrayList<>();
    int i = 0;
    for (CpdPlan p : ds.plans()) {
      out.add(scorer.score(ds, p));
      if (odd) {
        out.add(scorer.score(ds, p.withId(IDS.get(i++ % IDS.size()))));
      }
    }
    return out;
  }

  @Test
  void sameBytesAsTheTableWriterOnEverySample() {
    for (String name : List.of("sample", "health-care", "programmes-no", "erasmus-partners")) {
      Dataset ds = Samples.read(name);
      for (TailoringScorer scorer : List.of(TailoringScorer.standard(), TailoringScorer.of(
          Rubric.standard().withWeight("industry-contact", 0.3).withId("my rubric, v2")))) {
        for (boolean odd : new boolean[] {false, true}) {
          List<TailoringReport> reports = reports(ds, scorer, odd);
          for (CsvCells cells : CsvCells.values()) {
            String expected = viaTableWriter(reports, cells);
            assertThat(viaWriter(reports, cells))
                .as("%s, odd ids %s, %s", name, odd, cells)
                .isEqualTo(expected);
            assertThat(viaBytes(reports, cells))
                .as("as bytes: %s, odd ids %s, %s", name, odd, cells)
                .isEqualTo(expected);
          }
        }
      }
    }
  }

  @Test
  void manyRowsAsBytesComeInOrderWithTheOthers() {
    // more than the 64 KiB handed over at a time, a row needing quotes every few rows
    Dataset ds = Samples.read("sample");
    List<TailoringReport> reports = new ArrayList<>();
    for (int round = 0; round < 60; round++) {
      reports.addAll(reports(ds, TailoringScorer.standard(), true));
    }
    String expected = viaTableWriter(reports, CsvCells.SAFE);
    assertThat(expected.length()).isGreaterThan(3 << 16);
    assertThat(viaBytes(reports, CsvCells.SAFE)).isEqualTo(expected);
  }

  @Test
  void plainCellsAreThoseJacksonLeavesAsTheyAre() {
    assertThat(IDS.stream().filter(CsvRowsTest::plain))
        .containsExactly("p-1", "-p", "@x", "0.5", "-0.5", "~z");
    // a row: its separators are not cells' commas
    byte[] row = "p-1,t-2,0.5".getBytes(StandardCharsets.UTF_8);
    assertThat(ReportWriter.plainRow(row, row.length, 3)).isTrue();
    assertThat(ReportWriter.plainRow(row, row.length, 2)).as("a comma in a cell").isFalse();
    byte[] wide = "p-\u00e9,t".getBytes(StandardCharsets.UTF_8);
    assertThat(ReportWriter.plainRow(wide, wide.length, 2)).isFalse();
  }

  private static boolean plain(String cell) {
    byte[] bytes = cell.getBytes(StandardCharsets.UTF_8);
    return ReportWriter.plainRow(bytes, bytes.length, 1);
  }
}
