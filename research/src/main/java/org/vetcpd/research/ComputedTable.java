package org.vetcpd.research;

import com.google.common.collect.ImmutableList;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.vetcpd.rules.RubricRef;

/**
 * A CSV table vetcpd computes, declared once: its columns in order, each with its codebook entry
 * (name, Table Schema type, description, unit, allowed values, range) and the cell it writes for
 * a row. The header, the rows, the table's schema in {@code datapackage.json} ({@link Codebook})
 * and its table in {@code docs/csv-tables.md} ({@link Codebook#docs()}) all derive from it: adding
 * a column is one {@link Builder#add} here plus the value's accessor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> what one row is written from
 */
final class ComputedTable<T> {
  /** One column: its codebook entry and the cell of a row (null for an empty cell). */
  record Column<T>(Codebook.Field field, Function<? super T, String> cell) {
    String name() {
      return field.name();
    }
  }

  private final String title;
  private final ImmutableList<Column<T>> columns;
  private final ImmutableList<String> names;

  private ComputedTable(String title, List<Column<T>> columns) {
    this.title = title;
    this.columns = ImmutableList.copyOf(columns);
    this.names = this.columns.stream().map(Column::name)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Starts declaring a table.
   *
   * @param title what writes it, as {@code docs/csv-tables.md} heads its table
   */
  static <T> Builder<T> builder(String title) {
    return new Builder<>(title);
  }

  /** What writes the table, e.g. {@code `score --format csv` (`ReportCsv`)}. */
  String title() {
    return title;
  }

  /** The column names, in order: the header. */
  ImmutableList<String> names() {
    return names;
  }

  /** The codebook entries of the columns, in order. */
  ImmutableList<Codebook.Field> fields() {
    return columns.stream().map(Column::field).collect(ImmutableList.toImmutableList());
  }

  /** The table as the codebook knows it. */
  Codebook.Table codebook() {
    return new Codebook.Table(title, fields());
  }

  /** The cells of a row, in column order; null for an empty cell. */
  String[] cells(T row) {
    String[] out = new String[columns.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = columns.get(i).cell().apply(row);
    }
    return out;
  }

  /** Writes the header and a row per value as {@code cells} says; flushed, not closed. */
  void write(Iterable<? extends T> rows, Writer out, CsvCells cells) {
    CsvTableWriter csv = CsvTableWriter.open(names, out, cells);
    for (T row : rows) {
      csv.row(cells(row));
    }
    csv.flush();
  }

  /** Collects the columns of a table as they are declared. */
  static final class Builder<T> {
    private final String title;
    private final List<Column<T>> columns = new ArrayList<>();

    private Builder(String title) {
      this.title = title;
    }

    /** Adds a column: its codebook entry and how its cell is computed from a row. */
    Builder<T> add(Codebook.Field field, Function<? super T, String> cell) {
      columns.add(new Column<>(field, cell));
      return this;
    }

    /** Adds {@code rubric_id, rubric_version, rubric_fingerprint}: the rubric of the row. */
    Builder<T> rubric(Function<? super T, RubricRef> rubric) {
      return add(Codebook.RUBRIC_ID, r -> rubric.apply(r).id())
          .add(Codebook.RUBRIC_VERSION, r -> rubric.apply(r).version())
          .add(Codebook.RUBRIC_FINGERPRINT, r -> rubric.apply(r).fingerprint());
    }

    ComputedTable<T> build() {
      return new ComputedTable<>(title, columns);
    }
  }
}
