package org.vetcpd.research;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.Rubric;

/**
 * The meaning of every column vetcpd writes to CSV: its Table Schema type, description, unit,
 * allowed values and range. Each computed table declares its own columns once ({@link
 * ComputedTable}, {@link CohortColumns}); the columns that several tables share are declared here,
 * once, so that a name means the same in every table. The codebook is the union of the tables'
 * declarations ({@link #field}), checked to give each name one meaning; {@link DataPackage} derives
 * each table's schema from it and {@link #docs()} the column tables of {@code
 * docs/csv-tables.md}.
 */
final class Codebook {
  /** One column: Table Schema {@code type} is string, number, integer or boolean. */
  record Field(String name, String type, String description, String unit,
      ImmutableList<String> allowed, Double minimum, Double maximum) {}

  /** A computed table as the codebook knows it: what writes it, and its columns in order. */
  record Table(String title, ImmutableList<Field> fields) {}

  static final String POINTS = "points";
  static final String HOURS = "hours";
  static final String SHARE = "share";
  static final String COUNT_UNIT = "count";

  // --- the columns several tables share ------------------------------------------------------

  /** {@code plan}. */
  static final Field PLAN = text("plan", "The plan's id.");
  /** {@code teacher}. */
  static final Field TEACHER = text("teacher", "The teacher's id (may be a pseudonym).");
  /** {@code score}. */
  static final Field SCORE = number("score", POINTS, 0, 100, "The tailoring score: 100 × Σ weight"
      + " × value / Σ weight over the assessed criteria (0 for a plan without items).");
  /** {@code band}. */
  static final Field BAND = category("band", "The band of the score under the rubric's limits.",
      Band.values());
  /** A criterion's value, by criterion id, in {@link Rubric#CRITERIA} order. */
  static final ImmutableMap<String, Field> CRITERIA = criteria();
  /** {@code hours_total}. */
  static final Field HOURS_TOTAL = number("hours_total", HOURS, 0, null, "Hours of all items.");
  /** {@code mean}. */
  static final Field MEAN = number("mean", POINTS, 0, 100, "The mean score (over the weight"
      + " draws, or the group's plans).");
  /** {@code median}. */
  static final Field MEDIAN = number("median", POINTS, 0, 100, "The median score (over the"
      + " weight draws, or the group's plans; quantile type 7).");
  /** {@code band_tailored}, …: the share of a group's plans in a band. */
  static final ImmutableMap<Band, Field> BAND_SHARES = bandShares();
  /** {@code grouping}. */
  static final Field GROUPING = category("grouping", "What the plans were grouped by.",
      Grouping.values());
  /** {@code key}. */
  static final Field KEY = text("key", "The group: a school, school/department, programme or"
      + " leader role id; (none) for plans without one. An id that contains / or \" or is"
      + " (none) is shown in double quotes, with \\ and \" in it escaped by a \\ (\"x/y\"/z"
      + " is school x/y, department z; x/\"y/z\" is school x, department y/z; \"(none)\" is a"
      + " school whose id is (none)), so that two groups never share a key.");
  /** {@code count}. */
  static final Field COUNT = integer("count", COUNT_UNIT, "The number of plans in the group.");
  /** {@code criterion}. */
  static final Field CRITERION = category("criterion", "The criterion the row is about (in a"
      + " sweeps table: the one whose weight was changed).", Rubric.CRITERIA);
  /**
   * {@code factor}: one name, two tables of different cells, so Table Schema type {@code any}
   * (a number in the sweeps table, a name in the Sobol table).
   */
  static final Field FACTOR = new Field("factor", "any", "In a sweeps table: what the"
      + " criterion's weight was multiplied by, a number >= 0. In a Sobol table: the rubric weight"
      + " or constant varied, e.g. weights.needs-alignment.", null, ImmutableList.of(), null,
      null);
  /** {@code group}. */
  static final Field GROUP = text("group", "A group of plans (a school, school/department,"
      + " programme or leader role), keyed as in an aggregate table's key.");
  /** {@code other}. */
  static final Field OTHER = text("other", "The group it is compared with.");
  /** {@code rubric_id}. */
  static final Field RUBRIC_ID = text("rubric_id", "The id of the rubric the plan was scored with"
      + " (in an analysis: the rubric analysed).");
  /** {@code rubric_version}. */
  static final Field RUBRIC_VERSION = text("rubric_version", "The version of the rubric the plan"
      + " was scored with (in an analysis: the rubric analysed).");
  /** {@code rubric_fingerprint}. */
  static final Field RUBRIC_FINGERPRINT = text("rubric_fingerprint", "sha256: and the SHA-256 of"
      + " the rubric's canonical JSON; two rubrics share it only when they are equal.");

  private Codebook() {}

  private static ImmutableMap<String, Field> criteria() {
    ImmutableMap.Builder<String, Field> m = ImmutableMap.builder();
    for (String id : Rubric.CRITERIA) {
      String name = column(id);
      m.put(id, id.equals("industry-contact")
          // One name, two tables: the criterion's column and the aggregate table's share of hours.
          ? number(name, SHARE, 0, 1, "In a score or cohort table: the value of criterion"
              + " industry-contact in [0, 1], empty when it was not assessed. In an aggregate"
              + " table: the share of the group's hours in fitting items with contact with"
              + " industry.")
          : number(name, SHARE, 0, 1, "The value of criterion " + id + " in [0, 1]; empty when"
              + " it was not assessed (see the report for why)."));
    }
    return m.build();
  }

  private static ImmutableMap<Band, Field> bandShares() {
    Map<Band, Field> m = new EnumMap<>(Band.class);
    for (Band b : Band.values()) {
      m.put(b, number("band_" + lower(b), SHARE, 0, 1, "Share of the group's plans in band "
          + b.name() + "."));
    }
    return ImmutableMap.copyOf(m);
  }

  // --- the codebook: every table's columns ----------------------------------------------------

  /** Derived when first asked for: the tables' declarations use this class's fields. */
  private static final class Derived {
    static final ImmutableList<Table> TABLES = ImmutableList.of(
        ReportCsv.TABLE.codebook(),
        new Table("`table --format csv` (`CohortCsv`)", CohortColumns.ROW.all().stream()
            .map(CsvFormat.Column::field).collect(ImmutableList.toImmutableList())),
        Aggregates.TABLE.codebook(),
        RobustnessCsv.INTERVALS.codebook(),
        RobustnessCsv.DIFFERENCES.codebook(),
        SensitivityCsv.PLANS.codebook(),
        SensitivityCsv.SWEEPS.codebook(),
        RobustnessCsv.GROUPS.codebook(),
        RobustnessCsv.SOBOL.codebook(),
        RobustnessCsv.COMPARISON.codebook(),
        RobustnessCsv.CRITERIA.codebook());
    static final ImmutableMap<String, Field> FIELDS = fields(TABLES);
  }

  private static ImmutableMap<String, Field> fields(List<Table> tables) {
    Map<String, Field> m = new LinkedHashMap<>();
    for (Table t : tables) {
      for (Field f : t.fields()) {
        Field old = m.put(f.name(), f);
        if (old != null && !old.equals(f)) {
          throw new AssertionError("column " + f.name() + " means two things: " + old + " and "
              + f);
        }
      }
    }
    return ImmutableMap.copyOf(m);
  }

  /** Every computed table, in the order of {@code docs/csv-tables.md}. */
  static ImmutableList<Table> tables() {
    return Derived.TABLES;
  }

  /**
   * Returns the field of a column of a table vetcpd computes; a column not declared here is a
   * string "not described".
   */
  static Field field(String column) {
    return orUndescribed(column, Derived.FIELDS.get(column));
  }

  /**
   * Returns the field of a column of the CSV data format ({@link CsvImport}); its names follow
   * the JSON data format, where {@code contextualisation} is an activity's, not a criterion's.
   */
  static Field dataFormatField(String column) {
    Field f = CsvFormat.field(column);
    return orUndescribed(column, f != null ? f : Derived.FIELDS.get(column));
  }

  private static Field orUndescribed(String column, Field f) {
    return f != null ? f
        : new Field(column, "string", "(not described in vetcpd's codebook)", null,
            ImmutableList.of(), null, null);
  }

  /** Returns whether the codebook declares a column of a computed table. */
  static boolean declares(String column) {
    return Derived.FIELDS.containsKey(column);
  }

  /** Returns whether the codebook declares a column of the CSV data format. */
  static boolean declaresDataFormat(String column) {
    return CsvFormat.field(column) != null || Derived.FIELDS.containsKey(column);
  }

  // --- docs/csv-tables.md ---------------------------------------------------------------------

  /**
   * Returns {@code docs/csv-tables.md}: per computed table, its columns in order with their type,
   * unit, range or allowed values and meaning.
   */
  static String docs() {
    StringBuilder b = new StringBuilder()
        .append("# The CSV tables vetcpd computes\n\n")
        .append("<!-- Generated from the tables' declarations in vetcpd-research (ComputedTable,"
            + " Codebook,\n     CohortColumns); CodebookTest holds this file equal to them."
            + " -->\n\n")
        .append("Every CSV table a command writes with `--format csv` (and its Java writer), in"
            + " the style of\n[output.md](output.md#csv-one-style-one-writer): one row per plan,"
            + " group or criterion, the\ncolumns in this order, an empty cell for \"not"
            + " assessed\", \"not recorded\" or \"undefined\". A\nname means the same in every"
            + " table; the `datapackage.json` written beside a CSV file\n([output.md]"
            + "(output.md#the-codebook-datapackagejson)) describes each column as here.\n");
    for (Table t : tables()) {
      b.append("\n## ").append(t.title()).append("\n\n")
          .append("| column | type | unit | range or values | meaning |\n")
          .append("|---|---|---|---|---|\n");
      for (Field f : t.fields()) {
        b.append("| `").append(f.name()).append("` | ").append(f.type()).append(" | ")
            .append(f.unit() == null ? "" : f.unit()).append(" | ").append(range(f))
            .append(" | ").append(f.description().replace("|", "\\|")).append(" |\n");
      }
    }
    return b.toString();
  }

  private static String range(Field f) {
    if (!f.allowed().isEmpty()) {
      return f.allowed().stream().map(v -> "`" + v + "`").collect(Collectors.joining(", "));
    }
    if (f.minimum() != null && f.maximum() != null) {
      return "[" + plain(f.minimum()) + ", " + plain(f.maximum()) + "]";
    }
    if (f.minimum() != null) {
      return "≥ " + plain(f.minimum());
    }
    return f.maximum() != null ? "≤ " + plain(f.maximum()) : "";
  }

  private static String plain(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  // --- declaring fields ----------------------------------------------------------------------

  /** {@code needs-alignment} → {@code needs_alignment}: R's read.csv would rewrite a hyphen. */
  static String column(String criterion) {
    return criterion.replace('-', '_');
  }

  /** {@code TAILORED} → {@code tailored}, as column names spell constants. */
  static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  /** A string column. */
  static Field text(String name, String description) {
    return new Field(name, "string", description, null, ImmutableList.of(), null, null);
  }

  /** A string column of one of the given values. */
  static Field category(String name, String description, List<String> allowed) {
    return new Field(name, "string", description, null, ImmutableList.copyOf(allowed), null,
        null);
  }

  /** A string column of one of the given constants' names. */
  static Field category(String name, String description, Enum<?>[] values) {
    return category(name, description,
        Arrays.stream(values).map(Enum::name).collect(ImmutableList.toImmutableList()));
  }

  /** A number column; {@code min}, {@code max} null when unbounded. */
  static Field number(String name, String unit, Number min, Number max, String description) {
    return new Field(name, "number", description, unit, ImmutableList.of(),
        min == null ? null : min.doubleValue(), max == null ? null : max.doubleValue());
  }

  /** An integer column, at least 0. */
  static Field integer(String name, String unit, String description) {
    return new Field(name, "integer", description, unit, ImmutableList.of(), 0.0, null);
  }
}
