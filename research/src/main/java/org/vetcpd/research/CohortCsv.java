package org.vetcpd.research;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.LeaderRole;
import org.vetcpd.core.Problem;
import org.vetcpd.core.Problems;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.json.JsonOptions;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.RubricRef;

/**
 * Writes a cohort table as CSV that R ({@code read.csv}, {@code readr::read_csv}) and pandas
 * ({@code read_csv}) read without cleaning, and reads it back into equal rows.
 *
 * <p>The format: UTF-8 without a byte order mark; RFC 4180 (comma separator, CRLF line ends, a
 * field quoted only when it holds a comma, a quote or a line break, quotes doubled inside); one
 * header row; numbers with {@code .} as the decimal separator and never in exponent form, written
 * with as many digits as it takes to read back the same {@code double}; an <b>empty cell</b> for a
 * criterion that was not assessed and for a school, department, period or facilitator that is not
 * recorded (R and pandas read it as NA/NaN).
 *
 * <p>The columns, in this stable order ({@link #COLUMNS}):
 *
 * <ol>
 *   <li>{@code plan, teacher, programme, school, department, period} &mdash; ids and the period;
 *   <li>{@code score} (0&ndash;100), {@code band} ({@code TAILORED}, {@code PARTLY_TAILORED},
 *       {@code GENERIC});
 *   <li>one column per criterion in {@link Rubric#CRITERIA} order, its id with {@code _} for
 *       {@code -} ({@code needs_alignment}, ..., {@code sustained_learning}): the value in [0, 1];
 *   <li>{@code hours_vocational, hours_industry_cooperation, hours_pedagogical,
 *       hours_working_community} &mdash; hours by competence area ({@link CohortRow#areaHours()});
 *   <li>{@code hours_generic, hours_adapted, hours_programme_specific} &mdash; hours by
 *       contextualisation;
 *   <li>{@code hours_industry_contact, hours_mismatched, hours_total, items};
 *   <li>{@code leader_involvement} ({@code NONE}, {@code DELEGATED}, {@code ACTIVE}), {@code
 *       facilitator} (a leader role, or empty);
 *   <li>{@code content_score} (0&ndash;100): the score with the weight of {@code facilitation}
 *       set to 0 ({@link CohortRow#contentScore()}), to set beside the {@code facilitation}
 *       column;
 *   <li>{@code rubric_id, rubric_version, rubric_fingerprint} &mdash; the rubric the row was
 *       scored with ({@link CohortRow#rubric()}).
 * </ol>
 *
 * <p>Column names are snake case so that R's {@code read.csv} keeps them as they are. New columns
 * are only ever added at the end.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CohortCsv {
  /** The columns, in the order they are written. */
  public static final ImmutableList<String> COLUMNS = CohortColumns.ALL;

  /**
   * Jackson's CSV streaming factory, which is all writing needs: a command that only writes CSV
   * never builds a {@link CsvMapper} (and with it Jackson's data binding, its date formats and the
   * JDK's locale data: a good part of a short command's start-up).
   */
  private CohortCsv() {}

  /** The mapper of the CSV readers of this package, built when one first reads. */
  private static final class Reading {
    // a cell is held to a data set's limit on a string (JsonOptions.maxStringLength), checked
    // while the file is read, not once it is held
    static final CsvMapper MAPPER = CsvMapper.builder(CsvFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(JsonOptions.DEFAULT_MAX_STRING_LENGTH).build())
            .build())
        .enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .build();
  }

  /**
   * Writes rows as CSV, header first; the writer is flushed, not closed. Pass a stream's iterator
   * ({@code stream::iterator}) to write a cohort in constant memory.
   *
   * @param rows the rows
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Iterable<CohortRow> rows, Writer out) {
    write(rows, out, CsvCells.SAFE);
  }

  /**
   * Writes rows as CSV, header first, cells from data as {@code cells} says; the writer is
   * flushed, not closed.
   *
   * @param rows the rows
   * @param out where to write
   * @param cells {@link CsvCells#SAFE} for spreadsheets, {@link CsvCells#RAW} for exact values
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Iterable<CohortRow> rows, Writer out, CsvCells cells) {
    requireNonNull(rows, "rows");
    requireNonNull(out, "out");
    CsvTableWriter csv = CsvTableWriter.open(COLUMNS, out, cells);
    for (CohortRow r : rows) {
      csv.row(cells(r));
    }
    csv.flush();
  }

  /**
   * Writes rows as a UTF-8 CSV file, replacing it atomically (folders created), and its codebook
   * {@value DataPackage#FILE} beside it with vetcpd's version and commit as provenance.
   *
   * @param rows the rows
   * @param path the file
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Iterable<CohortRow> rows, Path path) {
    write(rows, path, Provenance.builder().build());
  }

  /**
   * Writes rows as a UTF-8 CSV file, replacing it atomically (folders created), and its codebook
   * {@value DataPackage#FILE} beside it recording the provenance (say the rubric the rows were
   * scored with); cells from data as the provenance's {@link Provenance#cells()} says.
   *
   * @param rows the rows
   * @param path the file
   * @param provenance what produced the rows
   * @throws UncheckedIOException if a file cannot be written
   */
  public static void write(Iterable<CohortRow> rows, Path path, Provenance provenance) {
    requireNonNull(rows, "rows");
    requireNonNull(path, "path");
    requireNonNull(provenance, "provenance");
    try (AtomicFile out = AtomicFile.create(path)) {
      write(rows, out.writer(), provenance.cells());
      DataPackage.commit(out, COLUMNS, provenance);
    }
  }

  /**
   * Writes rows as a CSV string.
   *
   * @param rows the rows
   * @return the CSV text, header first
   */
  public static String toCsv(Iterable<CohortRow> rows) {
    StringWriter s = new StringWriter();
    write(rows, s);
    return s.toString();
  }

  /**
   * Reads a cohort table written by {@link #write(Iterable, Path)} back into rows equal to those
   * written. The columns may come in any order; every column of {@link #COLUMNS} is required.
   *
   * @param path the UTF-8 CSV file
   * @return the rows, in file order
   * @throws ValidationException listing every problem, as {@code FILE:row N:COLUMN: message}
   *     (the header is row 1)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ImmutableList<CohortRow> read(Path path) {
    requireNonNull(path, "path");
    // a FIFO (process substitution) is opened once: the first bytes of a regular file only are
    // looked at again to place text that is not UTF-8; any file is held to the document limit
    boolean regular = Files.isRegularFile(path);
    try (Reader in = new java.io.InputStreamReader(CsvTable.limited(Files.newInputStream(path),
        org.vetcpd.core.json.JsonOptions.DEFAULT_MAX_DOCUMENT_LENGTH),
        StandardCharsets.UTF_8.newDecoder())) {
      return read(in, path.getFileName().toString(), regular ? path : null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a cohort table from CSV text; see {@link #read(Path)}.
   *
   * @param in the text; not closed
   * @param name the name problems are reported under, e.g. the file name
   * @return the rows, in order
   * @throws ValidationException listing every problem
   */
  public static ImmutableList<CohortRow> read(Reader in, String name) {
    requireNonNull(in, "in");
    requireNonNull(name, "name");
    return read(in, name, null);
  }

  /** Reads a cohort table; text that is not UTF-8 is placed in {@code source}, if not null. */
  private static ImmutableList<CohortRow> read(Reader in, String name, Path source) {
    Problems p = new Problems();
    CsvTable table = CsvTable.read(in, name, false, p, source);
    if (table == null) {
      p.throwIfAny();
    }
    Problems columns = new Problems();
    table.requireColumns(columns, COLUMNS, COLUMNS);
    if (!columns.isEmpty()) {
      p.addAll("", columns.list());
      p.throwIfAny();
    }
    List<CohortRow> rows = new ArrayList<>();
    for (CsvTable.Row r : table.rows()) {
      CohortRow row = parse(r, p);
      if (row != null) {
        rows.add(row);
      }
    }
    p.throwIfAny();
    return ImmutableList.copyOf(rows);
  }

  private static CohortRow parse(CsvTable.Row r, Problems p) {
    int before = p.size();
    CohortColumns.Reading read = new CohortColumns.Reading();
    CohortColumns.ROW.read(read, r, p);
    CohortRow.Builder b = read.row;
    if (p.size() > before) {
      return null;
    }
    try {
      b.rubric(new RubricRef(read.rubricId, read.rubricVersion,
          read.rubricFingerprint));
    } catch (IllegalArgumentException e) {
      p.add(r.where(rubricColumn(e.getMessage())), e.getMessage());
    }
    if (p.size() > before) {
      return null;
    }
    try {
      return b.build();
    } catch (ValidationException e) {
      for (Problem x : e.problems()) {
        p.add(r.where(column(x.path())), x.message());
      }
      return null;
    } catch (IllegalStateException | NullPointerException e) {
      p.add(r.where(""), String.valueOf(e.getMessage()));
      return null;
    }
  }

  private static final Map<String, String> FIELD_COLUMNS = Map.of(
      "industryContactHours", "hours_industry_contact",
      "mismatchedHours", "hours_mismatched",
      "totalHours", "hours_total",
      "leaderInvolvement", "leader_involvement",
      "contentScore", "content_score");

  /** Names the column a {@link RubricRef} complaint is about. */
  private static String rubricColumn(String message) {
    String m = String.valueOf(message);
    return m.startsWith("id ") ? "rubric_id"
        : m.startsWith("version ") ? "rubric_version" : "rubric_fingerprint";
  }

  /** Maps a path of {@link CohortRow}'s validation to its CSV column. */
  private static String column(String path) {
    String simple = FIELD_COLUMNS.get(path);
    if (simple != null) {
      return simple;
    }
    int dot = path.indexOf('.');
    if (dot > 0) {
      String head = path.substring(0, dot);
      String tail = path.substring(dot + 1);
      if (head.equals("criteria")) {
        return CohortColumns.criterion(tail);
      }
      if (head.equals("areaHours") || head.equals("contextualisationHours")) {
        return "hours_" + tail.toLowerCase(java.util.Locale.ROOT);
      }
    }
    return path;
  }

  /** Returns the cells of a row, in {@link #COLUMNS} order; null for an empty cell. */
  static String[] cells(CohortRow r) {
    return CohortColumns.ROW.cells(r);
  }

  /** Reads CSV text as arrays of cells, the header first; used by {@link CsvTable}. */
  static MappingIterator<String[]> arrays(Reader in) throws IOException {
    return Reading.MAPPER.readerFor(String[].class)
        .with(CsvSchema.emptySchema().withColumnSeparator(',').withQuoteChar('"')
            .withoutEscapeChar())
        .readValues(in);
  }
}
