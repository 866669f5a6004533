package org.vetcpd.research;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Department;
import org.vetcpd.core.Driver;
import org.vetcpd.core.PlanItem;
import org.vetcpd.core.Problem;
import org.vetcpd.core.Problems;
import org.vetcpd.core.Programme;
import org.vetcpd.core.School;
import org.vetcpd.core.Teacher;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.internal.QuietChecks;
import org.vetcpd.core.json.JsonOptions;

/**
 * Reads a data set kept in spreadsheets: teachers, activities, drivers and plan items as CSV files
 * in one folder. Reading never half-succeeds: every problem of every file is listed in one {@link
 * ValidationException}, each as {@code FILE:row N:COLUMN: message} (the header is row 1, as a
 * spreadsheet numbers rows), e.g. {@code teachers.csv:row 4:years_teaching: must be >= 0, was -1}.
 *
 * <p><b>Files</b> (UTF-8, a byte order mark allowed, a header row, comma-separated, RFC 4180
 * quoting; the columns are the JSON field names of docs/data-format.md in snake case, as every
 * CSV of vetcpd ({@code yearsInIndustry} is {@code years_in_industry}), in any order; the
 * required ones must be in the header, the others may be left out of it or left empty):
 *
 * <ul>
 *   <li>{@value #TEACHERS}: one row per teacher;
 *   <li>{@value #ACTIVITIES}: one row per activity;
 *   <li>{@value #DRIVERS} (may be absent: no drivers): one row per driver;
 *   <li>{@value #PLAN_ITEMS}: one row per plan item, the plan's own columns repeated on each of
 *       its rows (they must agree). A row with empty {@code activity} and {@code hours} stands
 *       for a plan without items. Plans keep the order of their first rows, items the order of
 *       their rows.
 * </ul>
 *
 * <p>Each file's columns, their types and which are required are listed in docs/data-format.md,
 * section "CSV files", generated from their one declaration ({@code CsvFormat}), which drives this
 * import and {@link CsvExport} alike. A row's problems are listed in the order of its columns.
 *
 * <p><b>Cells.</b> Enum constants by name ({@code SCHOOL_DEVELOPMENT_PROJECT}); numbers with
 * {@code .} as the decimal separator; booleans {@code true}/{@code false}; sets separated by
 * {@code ;} ({@code barriers}: {@code COST;SCHEDULE_CONFLICT}, {@code programmes}: {@code RM;TP});
 * maps as {@code KEY=VALUE} pairs separated by {@code ;} ({@code needs}: {@code
 * VOCATIONAL=HIGH;PEDAGOGICAL=LOW}, {@code areas} and {@code pulls}: {@code
 * VOCATIONAL=0.7;INDUSTRY_COOPERATION=0.3}). In {@value #PLAN_ITEMS}, {@code drivers} empty means
 * every driver that applies, and {@code []} means none.
 *
 * <p><b>Programmes and schools</b> come from a catalogue data set when one is given ({@link
 * #read(Path, Dataset)}): its programmes and schools are used, and its activities and drivers are
 * added to those of the files (then {@value #ACTIVITIES} may be absent too), so a misspelt
 * programme code or school id is a problem. Without a catalogue ({@link #read(Path)}) they are
 * <em>inferred</em>: a programme for every code the files name (its name is its code), a school
 * for every school id of {@value #TEACHERS} (its name is its id), with a department for every
 * department id its teachers name, holding their programmes. A catalogue's teachers and plans
 * are not used.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvImport {
  /** The teachers' file name. */
  public static final String TEACHERS = "teachers.csv";
  /** The activities' file name. */
  public static final String ACTIVITIES = "activities.csv";
  /** The drivers' file name. */
  public static final String DRIVERS = "drivers.csv";
  /** The plan items' file name. */
  public static final String PLAN_ITEMS = "plan-items.csv";
  /** The four tables' file names, in this order: a folder of CSV files is read for these only. */
  public static final ImmutableList<String> TABLES =
      ImmutableList.of(TEACHERS, ACTIVITIES, DRIVERS, PLAN_ITEMS);

  static final ImmutableList<String> TEACHER_COLUMNS = CsvFormat.TEACHER_COLUMNS;
  static final ImmutableList<String> ACTIVITY_COLUMNS = CsvFormat.ACTIVITY_COLUMNS;
  static final ImmutableList<String> DRIVER_COLUMNS = CsvFormat.DRIVER_COLUMNS;
  static final ImmutableList<String> PLAN_COLUMNS = CsvFormat.PLAN_COLUMNS;
  /** The plan's columns that must agree on all its rows: all but {@code plan}. */
  private static final ImmutableList<String> PLAN_LEVEL =
      CsvFormat.PLAN.names().subList(1, CsvFormat.PLAN.names().size());

  private static final Pattern PATH = Pattern.compile(
      "^(teachers|activities|drivers|plans)\\[(\\d+)\\](?:\\.items\\[(\\d+)\\])?(?:\\.(.*))?$");

  private CsvImport() {}

  /**
   * Reads the CSV files of a folder into a data set, inferring its programmes and schools.
   *
   * @param directory the folder holding {@value #TEACHERS}, {@value #ACTIVITIES}, {@value
   *     #PLAN_ITEMS} and, optionally, {@value #DRIVERS}
   * @return the data set
   * @throws ValidationException listing every problem of every file
   * @throws UncheckedIOException if a file cannot be read
   */
  public static Dataset read(Path directory) {
    return read(directory, null, true);
  }

  /**
   * Reads the CSV files of a folder into a data set whose programmes and schools, and some of its
   * activities and drivers, come from a catalogue.
   *
   * @param directory the folder holding {@value #TEACHERS} and {@value #PLAN_ITEMS} and,
   *     optionally, {@value #ACTIVITIES} and {@value #DRIVERS}
   * @param catalogue the data set whose programmes, schools, activities and drivers are used
   * @return the data set
   * @throws ValidationException listing every problem of every file
   * @throws UncheckedIOException if a file cannot be read
   */
  public static Dataset read(Path directory, Dataset catalogue) {
    return read(directory, requireNonNull(catalogue, "catalogue"), false);
  }

  private static Dataset read(Path directory, Dataset catalogue, boolean activitiesRequired) {
    requireNonNull(directory, "directory");
    Problems p = new Problems();
    CsvTable teachers = table(directory, TEACHERS, true, p);
    CsvTable activities = table(directory, ACTIVITIES, activitiesRequired, p);
    CsvTable drivers = table(directory, DRIVERS, false, p);
    CsvTable items = table(directory, PLAN_ITEMS, true, p);
    if (teachers == null || items == null || (activitiesRequired && activities == null)) {
      p.throwIfAny();
    }
    // Cells are read only when every file has the columns it needs.
    Problems columns = new Problems();
    check(teachers, CsvFormat.TEACHER.required(), TEACHER_COLUMNS, columns);
    check(activities, CsvFormat.ACTIVITY.required(), ACTIVITY_COLUMNS, columns);
    check(drivers, CsvFormat.DRIVER.required(), DRIVER_COLUMNS, columns);
    check(items, ImmutableList.<String>builder().addAll(CsvFormat.PLAN.required())
        .addAll(CsvFormat.ITEM.required()).build(), PLAN_COLUMNS, columns);
    if (!columns.isEmpty()) {
      p.addAll("", columns.list());
      p.throwIfAny();
    }

    Rows<Teacher> t = new Rows<>();
    Rows<CpdActivity> a = new Rows<>();
    Rows<Driver> d = new Rows<>();
    List<List<CsvTable.Row>> planRows = new ArrayList<>();
    Rows<CpdPlan> built = new Rows<>();
    // A row's failed checks become problems: their exceptions need no stack trace (a broken
    // export may have a problem in every row). The exception the caller gets is made after.
    int[] quiet = QuietChecks.begin();
    try {
      for (CsvTable.Row r : teachers.rows()) {
        t.add(r, teacher(r, p));
      }
      if (catalogue != null) {
        catalogue.activities().forEach(x -> a.add(null, x));
      }
      if (activities != null) {
        for (CsvTable.Row r : activities.rows()) {
          a.add(r, activity(r, p));
        }
      }
      if (catalogue != null) {
        catalogue.drivers().forEach(x -> d.add(null, x));
      }
      if (drivers != null) {
        for (CsvTable.Row r : drivers.rows()) {
          d.add(r, driver(r, p));
        }
      }
      Map<String, List<CsvTable.Row>> plans = plans(items, p);
      for (List<CsvTable.Row> rows : plans.values()) {
        built.add(rows.get(0), plan(rows, p));
        planRows.add(rows);
      }
    } finally {
      QuietChecks.end(quiet);
    }
    p.throwIfAny();

    Dataset.Builder b = Dataset.builder();
    if (catalogue != null) {
      b.addAllProgrammes(catalogue.programmes()).addAllSchools(catalogue.schools());
    } else {
      b.addAllProgrammes(inferProgrammes(t.values, a.values, d.values));
      b.addAllSchools(inferSchools(t.values));
    }
    b.addAllTeachers(t.values).addAllActivities(a.values).addAllDrivers(d.values)
        .addAllPlans(built.values);
    try {
      return b.build();
    } catch (ValidationException e) {
      for (Problem x : e.problems()) {
        locate(x, t, a, d, planRows, p);
      }
      p.throwIfAny();
      throw e;
    }
  }

  /** The values read from a file, with the row each came from (null: from the catalogue). */
  private static final class Rows<T> {
    final List<T> values = new ArrayList<>();
    final List<CsvTable.Row> rows = new ArrayList<>();

    void add(CsvTable.Row row, T value) {
      if (value != null) {
        values.add(value);
        rows.add(row);
      }
    }
  }

  private static CsvTable table(Path dir, String name, boolean required, Problems p) {
    Path file = dir.resolve(name);
    if (Files.isDirectory(file)) {
      p.add(name, "is a folder, not a file");
      return null;
    }
    if (!Files.exists(file)) {
      if (required) {
        p.add(name, "missing: no such file in " + dir);
      }
      return null;
    }
    boolean regular = Files.isRegularFile(file);
    try {
      long size = regular ? Files.size(file) : 0;
      if (size > JsonOptions.DEFAULT_MAX_DOCUMENT_LENGTH) {
        p.add(name, CsvTable.tooLong(size));
        return null;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    // a file that is no regular file (a FIFO) is held to the limit while it is read
    try (Reader in = new java.io.InputStreamReader(CsvTable.limited(Files.newInputStream(file),
        JsonOptions.DEFAULT_MAX_DOCUMENT_LENGTH), StandardCharsets.UTF_8.newDecoder())) {
      // (text that is not UTF-8 is the table's problem, placed in the file when it is a regular
      // one: a FIFO is read once, by this reader, as a second opening would take its bytes)
      return CsvTable.read(in, name, true, p, regular ? file : null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static void check(CsvTable t, List<String> required, List<String> known, Problems p) {
    if (t != null) {
      t.requireColumns(p, required, known);
    }
  }

  private static Teacher teacher(CsvTable.Row r, Problems p) {
    return read(CsvFormat.TEACHER, Teacher::builder, Teacher.Builder::build, r, p);
  }

  private static CpdActivity activity(CsvTable.Row r, Problems p) {
    return read(CsvFormat.ACTIVITY, CpdActivity::builder, CpdActivity.Builder::build, r, p);
  }

  private static Driver driver(CsvTable.Row r, Problems p) {
    return read(CsvFormat.DRIVER, Driver::builder, Driver.Builder::build, r, p);
  }

  /** Reads one value from its row, or records its problems (see {@link #checkTheRest}). */
  private static <T, B> T read(CsvFormat.Columns<T, B> columns, Supplier<B> builder,
      Function<B, T> build, CsvTable.Row r, Problems p) {
    int before = p.size();
    B b = builder.get();
    Set<String> failed = columns.read(b, r, p);
    if (p.size() > before) {
      checkTheRest(columns, builder, build, r, failed, none -> { }, p);
      return null;
    }
    return build(() -> build.apply(b), r, p, before);
  }

  /**
   * A cell that cannot be read hides no problem of the row's other cells: the value is built once
   * more from the row with each failed cell replaced ({@link CsvFormat.Columns#standIn}), and its
   * own rules' problems of the other columns are recorded. As for a data set in JSON.
   */
  private static <T, B> void checkTheRest(CsvFormat.Columns<T, B> columns, Supplier<B> builder,
      Function<B, T> build, CsvTable.Row r, Set<String> failed, Consumer<B> more,
      Problems p) {
    B probe = builder.get();
    Problems standIns = new Problems();
    columns.read(probe, columns.standIn(r, failed), standIns);
    if (!standIns.isEmpty()) {
      return; // a stand-in was refused: nothing more can be checked
    }
    more.accept(probe); // what the row alone does not give, e.g. a plan's items
    try {
      build.apply(probe);
    } catch (ValidationException e) {
      for (Problem x : e.problems()) {
        String column = column(CsvTable.head(x.path()));
        if (!failed.contains(column)) {
          p.add(r.where(column), x.message());
        }
      }
    } catch (IllegalStateException e) {
      // a required field left unset: its cell's problem is recorded already
    }
  }

  /** Groups the item rows by plan id, in the order of each plan's first row. */
  private static Map<String, List<CsvTable.Row>> plans(CsvTable items, Problems p) {
    Map<String, List<CsvTable.Row>> plans = new LinkedHashMap<>();
    for (CsvTable.Row r : items.rows()) {
      String id = r.text("plan", p);
      if (!id.isEmpty()) {
        plans.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
      }
    }
    return plans;
  }

  private static CpdPlan plan(List<CsvTable.Row> rows, Problems p) {
    int before = p.size();
    CsvTable.Row first = rows.get(0);
    for (CsvTable.Row r : rows.subList(1, rows.size())) {
      for (String c : PLAN_LEVEL) {
        String a = Objects.toString(first.optionalText(c), "");
        String b = Objects.toString(r.optionalText(c), "");
        if (!a.equals(b)) {
          p.add(r.where(c), "\"" + b + "\" differs from row " + first.number()
              + " of the same plan (\"" + a + "\"); a plan's columns must agree on all its rows");
        }
      }
    }
    CpdPlan.Builder b = CpdPlan.builder();
    Set<String> failed = CsvFormat.PLAN.read(b, first, p);
    List<PlanItem> items = new ArrayList<>();
    for (CsvTable.Row r : rows) {
      if (r.isEmpty("activity") && r.isEmpty("hours")) {
        continue; // a plan without items
      }
      PlanItem built = read(CsvFormat.ITEM, PlanItem::builder, PlanItem.Builder::build, r, p);
      if (built != null) {
        items.add(built);
      }
    }
    b.addAllItems(items);
    if (p.size() > before) {
      // the plan's own rules on the columns that could be read, with the items that could be
      checkTheRest(CsvFormat.PLAN, CpdPlan::builder, CpdPlan.Builder::build, first, failed,
          x -> x.addAllItems(items), p);
      return null;
    }
    return build(() -> b.build(), first, p, before);
  }

  /** Builds a value unless its cells had problems; its own problems are put under the row. */
  private static <T> T build(java.util.function.Supplier<T> build, CsvTable.Row r, Problems p,
      int before) {
    if (p.size() > before) {
      return null;
    }
    try {
      return build.get();
    } catch (ValidationException e) {
      for (Problem x : e.problems()) {
        p.add(r.where(column(CsvTable.head(x.path()))), x.message());
      }
      return null;
    } catch (IllegalStateException e) {
      // A required field left unset: the cell problems above cover it.
      p.add(r.where(""), String.valueOf(e.getMessage()));
      return null;
    }
  }

  /** Puts a problem of the data set under the file, row and column it comes from. */
  private static void locate(Problem x, Rows<Teacher> t, Rows<CpdActivity> a, Rows<Driver> d,
      List<List<CsvTable.Row>> plans, Problems p) {
    Matcher m = PATH.matcher(x.path());
    if (m.matches()) {
      int i = Integer.parseInt(m.group(2));
      String rest = m.group(4) == null ? "" : column(CsvTable.head(m.group(4)));
      CsvTable.Row row = null;
      switch (m.group(1)) {
        case "teachers":
          row = i < t.rows.size() ? t.rows.get(i) : null;
          break;
        case "activities":
          row = i < a.rows.size() ? a.rows.get(i) : null;
          break;
        case "drivers":
          row = i < d.rows.size() ? d.rows.get(i) : null;
          break;
        default:
          if (i < plans.size()) {
            List<CsvTable.Row> rows = plans.get(i);
            if (m.group(3) != null) {
              int j = Integer.parseInt(m.group(3));
              List<CsvTable.Row> itemRows = new ArrayList<>();
              for (CsvTable.Row r : rows) {
                if (!(r.isEmpty("activity") && r.isEmpty("hours"))) {
                  itemRows.add(r);
                }
              }
              row = j < itemRows.size() ? itemRows.get(j) : null;
              rest = rest.isEmpty() ? "activity" : rest;
            } else {
              row = rows.get(0);
              rest = rest.equals("id") ? "plan" : rest;
            }
          }
      }
      if (row != null) {
        p.add(row.where(rest), x.message());
        return;
      }
    }
    p.add(x.path(), x.message());
  }

  /** The column of a JSON field name: {@code yearsTeaching} → {@code years_teaching}. */
  static String column(String field) {
    StringBuilder b = new StringBuilder(field.length() + 4);
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        b.append('_').append((char) (c - 'A' + 'a'));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static List<Programme> inferProgrammes(
      List<Teacher> teachers, List<CpdActivity> activities, List<Driver> drivers) {
    Set<String> codes = new TreeSet<>();
    teachers.forEach(t -> codes.add(t.programme()));
    activities.forEach(a -> codes.addAll(a.programmes()));
    drivers.forEach(d -> codes.addAll(d.programmes()));
    List<Programme> out = new ArrayList<>();
    codes.forEach(c -> out.add(Programme.of(c, c)));
    return out;
  }

  private static List<School> inferSchools(List<Teacher> teachers) {
    Map<String, Map<String, Set<String>>> schools = new LinkedHashMap<>();
    for (Teacher t : teachers) {
      if (t.school().isPresent()) {
        Map<String, Set<String>> departments =
            schools.computeIfAbsent(t.school().get(), k -> new LinkedHashMap<>());
        t.department().ifPresent(d ->
            departments.computeIfAbsent(d, k -> new TreeSet<>()).add(t.programme()));
      }
    }
    List<School> out = new ArrayList<>();
    schools.forEach((id, departments) -> {
      School.Builder s = School.builder().id(id).name(id);
      departments.forEach((dep, programmes) -> s.addDepartments(
          Department.builder().id(dep).name(dep).addAllProgrammes(programmes).build()));
      out.add(s.build());
    });
    return out;
  }

}
