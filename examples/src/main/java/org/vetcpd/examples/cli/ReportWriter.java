package org.vetcpd.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.research.CsvTableWriter;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.TailoringReport;

/**
 * Writes reports one at a time in a {@link Format}, so that a stream of plans (JSON Lines) is
 * scored in constant memory; the output is the same as for the whole list at once.
 */
abstract class ReportWriter {
  final PrintWriter out;
  private int count;

  private ReportWriter(PrintWriter out) {
    this.out = out;
  }

  static ReportWriter of(Format format, PrintWriter out) {
    switch (format) {
      case TEXT:
        return new Text(out);
      case JSON:
        return new Json(out);
      case CSV:
        return new Csv(out);
      default:
        throw new AssertionError(format);
    }
  }

  /** Writes what comes before the first report. */
  void begin() {}

  /** Writes one report. */
  final void write(TailoringReport report) {
    write(report, count++ == 0);
  }

  abstract void write(TailoringReport report, boolean first);

  /** Writes what comes after the last report, and flushes. */
  void end() {
    out.flush();
  }

  final int count() {
    return count;
  }

  /** Each report's {@link TailoringReport#toText()}, a blank line between two. */
  private static final class Text extends ReportWriter {
    Text(PrintWriter out) {
      super(out);
    }

    @Override
    void write(TailoringReport report, boolean first) {
      if (!first) {
        out.println();
      }
      out.println(report.toText().stripTrailing());
    }
  }

  /** A JSON array of reports, exactly as {@code VetcpdJson.write(List)} writes it. */
  private static final class Json extends ReportWriter {
    Json(PrintWriter out) {
      super(out);
    }

    @Override
    void write(TailoringReport report, boolean first) {
      out.print(first ? "[\n" : ",\n");
      out.print(VetcpdJson.write(report).replaceAll("(?m)^", "  "));
    }

    @Override
    void end() {
      out.println(count() == 0 ? "[ ]" : "\n]");
      super.end();
    }
  }

  /**
   * CSV as {@link CsvTableWriter} writes it: header {@code plan,teacher,score,band,<criterion
   * ids>}, then one row per report; a criterion's cell is its value, empty when not assessed.
   */
  private static final class Csv extends ReportWriter {
    private CsvTableWriter csv;

    Csv(PrintWriter out) {
      super(out);
    }

    @Override
    void begin() {
      List<String> header = new ArrayList<>(List.of("plan", "teacher", "score", "band"));
      header.addAll(Rubric.CRITERIA);
      csv = CsvTableWriter.open(header, out);
    }

    @Override
    void write(TailoringReport report, boolean first) {
      List<String> row = new ArrayList<>();
      row.add(report.plan());
      row.add(report.teacher());
      row.add(CsvTableWriter.number(report.score()));
      row.add(report.band().name());
      for (String id : Rubric.CRITERIA) {
        // the values only: building each criterion's evidence text would cost 25 scores
        OptionalDouble v = report.value(id);
        row.add(v.isPresent() ? CsvTableWriter.number(v.getAsDouble()) : null);
      }
      csv.row(row);
    }

    @Override
    void end() {
      csv.flush();
      super.end();
    }
  }
}
