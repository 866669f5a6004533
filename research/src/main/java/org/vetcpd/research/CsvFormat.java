package org.vetcpd.research;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import org.vetcpd.core.ActivityType;
import org.vetcpd.core.Barrier;
import org.vetcpd.core.CareerStyle;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Driver;
import org.vetcpd.core.DriverKind;
import org.vetcpd.core.DriverScope;
import org.vetcpd.core.Formality;
import org.vetcpd.core.Initiator;
import org.vetcpd.core.KnowledgeCategory;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.LeaderRole;
import org.vetcpd.core.NeedLevel;
import org.vetcpd.core.PlanItem;
import org.vetcpd.core.Problems;
import org.vetcpd.core.Scope;
import org.vetcpd.core.Teacher;
import org.vetcpd.core.wire.DatasetWire;
import org.vetcpd.core.wire.WireField;

/**
 * The CSV data format ({@link CsvImport}, {@link CsvExport}) declared once: per file, its columns
 * in order, each with its name, Table Schema type, whether the header must have it, its codebook
 * description, the cell {@link CsvExport} writes for a value and what {@link CsvImport} reads from
 * the cell into a value's builder. The column lists, the codebook of {@code datapackage.json} and
 * the CSV tables of {@code docs/data-format.md} ({@link #docTable}) derive from it: adding a column
 * is one declaration here plus its domain accessor.
 *
 * <p>Columns are named as the JSON fields of docs/data-format.md in snake case ({@code
 * yearsInIndustry} is {@code years_in_industry}); a plan's id is {@code plan}. This class is
 * immutable and thread-safe.
 */
final class CsvFormat {
  private CsvFormat() {}

  /** Reads a column's cell of a row into a builder, recording problems. */
  @FunctionalInterface
  interface Read<B> {
    void into(B builder, CsvTable.Row row, Problems p);
  }

  /**
   * One column: {@code field} is its codebook entry, or null when it means what the column of
   * the same name in vetcpd's computed tables means ({@code plan}, {@code teacher}, …).
   */
  record Column<T, B>(String name, String type, boolean required, Codebook.Field field,
      Function<T, String> cell, Read<B> read) {}

  /** The columns of one value type, in order. */
  static final class Columns<T, B> {
    private final ImmutableList<Column<T, B>> columns;

    Columns(List<Column<T, B>> columns) {
      this.columns = ImmutableList.copyOf(columns);
    }

    ImmutableList<Column<T, B>> all() {
      return columns;
    }

    ImmutableList<String> names() {
      return columns.stream().map(Column::name).collect(ImmutableList.toImmutableList());
    }

    ImmutableList<String> required() {
      return columns.stream().filter(Column::required).map(Column::name)
          .collect(ImmutableList.toImmutableList());
    }

    /** The cells of a value, in column order; null for an empty cell. */
    String[] cells(T value) {
      String[] out = new String[columns.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = columns.get(i).cell().apply(value);
      }
      return out;
    }

    /**
     * Reads every column of a row into the builder, in column order.
     *
     * @return the columns whose cells had a problem; empty if none did
     */
    Set<String> read(B builder, CsvTable.Row row, Problems p) {
      Set<String> failed = Set.of();
      for (Column<T, B> c : columns) {
        int before = p.size();
        c.read().into(builder, row, p);
        if (p.size() > before) {
          if (failed.isEmpty()) {
            failed = new HashSet<>();
          }
          failed.add(c.name());
        }
      }
      return failed;
    }

    /**
     * The row with each failed column's cell replaced: a required column's by a value that its
     * type's rules accept (the first allowed value, a number in the column's range, {@code x}), an
     * optional column's emptied, which leaves the field out.
     */
    CsvTable.Row standIn(CsvTable.Row row, Set<String> failed) {
      Map<String, String> cells = new HashMap<>();
      for (Column<T, B> c : columns) {
        if (failed.contains(c.name())) {
          cells.put(c.name(), c.required() ? standIn(c) : "");
        }
      }
      return row.replacing(cells);
    }

    private static String standIn(Column<?, ?> c) {
      Codebook.Field f = c.field();
      if (f != null && !f.allowed().isEmpty()) {
        return f.allowed().get(0);
      }
      switch (c.type()) {
        case NUMBER:
        case INTEGER:
          double v = f != null && f.minimum() != null && f.minimum() > 1 ? f.minimum()
              : f != null && f.maximum() != null && f.maximum() < 1 ? f.maximum() : 1;
          return c.type().equals(INTEGER) ? Long.toString((long) Math.ceil(v))
              : CsvTableWriter.number(v);
        case BOOLEAN:
          return "false";
        default:
          return "x";
      }
    }
  }

  /** Collects the columns of one type as they are declared. */
  private static final class Declare<T, B> {
    private final List<Column<T, B>> columns = new ArrayList<>();

    Declare<T, B> add(String name, String type, boolean required, Codebook.Field field,
        Function<T, String> cell, Read<B> read) {
      columns.add(new Column<>(name, type, required, field, cell, read));
      return this;
    }

    Columns<T, B> done() {
      return new Columns<>(columns);
    }
  }

  private static final String SEE = " See docs/data-format.md.";
  private static final String STRING = "string";
  private static final String NUMBER = "number";
  private static final String INTEGER = "integer";
  private static final String BOOLEAN = "boolean";
  private static final boolean REQUIRED = true;
  private static final boolean OPTIONAL = false;

  // codebook entries of columns that two files share (one name, one meaning)
  private static final Codebook.Field ID = text("id", "The teacher's, activity's or driver's id."
      + SEE);
  private static final Codebook.Field PROGRAMMES = text("programmes", "The programme codes it is"
      + " designed for or applies to, ;-separated; empty: any.");
  private static final Codebook.Field SCOPE = text("scope", "The activity's scope (INDIVIDUAL,"
      + " TEAM, NETWORK, WHOLE_SCHOOL) or the driver's (GENERAL, VOCATION_SPECIFIC); empty: the"
      + " default." + SEE);
  private static final Codebook.Field DESCRIPTION = text("description",
      "The activity's or driver's description.");

  /** {@value CsvImport#TEACHERS}: one row per teacher. */
  static final Columns<Teacher, Teacher.Builder> TEACHER = new Declare<Teacher, Teacher.Builder>()
      .add("id", STRING, REQUIRED, ID, Teacher::id, (b, r, p) -> b.id(r.text("id", p)))
      .add("programme", STRING, REQUIRED, null, Teacher::programme,
          (b, r, p) -> b.programme(r.text("programme", p)))
      .add("school", STRING, OPTIONAL, null, t -> t.school().orElse(null),
          (b, r, p) -> b.school(r.optional("school")))
      .add("department", STRING, OPTIONAL, null, t -> t.department().orElse(null),
          (b, r, p) -> b.department(r.optional("department")))
      .add("years_in_industry", NUMBER, OPTIONAL,
          number("years_in_industry", "years", DatasetWire.TEACHER_YEARS_IN_INDUSTRY,
              "Years the teacher worked in the trade."),
          t -> number(t.yearsInIndustry()),
          (b, r, p) -> ifPresent(r.optionalNumber("years_in_industry", p), b::yearsInIndustry))
      .add("years_teaching", NUMBER, OPTIONAL,
          number("years_teaching", "years", DatasetWire.TEACHER_YEARS_TEACHING,
              "Years the teacher has taught."),
          t -> number(t.yearsTeaching()),
          (b, r, p) -> ifPresent(r.optionalNumber("years_teaching", p), b::yearsTeaching))
      .add("years_since_industry_contact", NUMBER, OPTIONAL,
          number("years_since_industry_contact", "years", DatasetWire.TEACHER_YEARS_SINCE_CONTACT,
              "Years since the teacher's last substantive update in the trade."),
          t -> number(t.yearsSinceIndustryContact()),
          (b, r, p) -> ifPresent(r.optionalNumber("years_since_industry_contact", p),
              b::yearsSinceIndustryContact))
      .add("needs", STRING, OPTIONAL,
          text("needs", "The teacher's need per competence area, AREA=LEVEL;..." + SEE),
          t -> t.needs().isEmpty() ? null : map(t.needs(), Enum::name),
          (b, r, p) -> ifPresent(r.map("needs", CompetenceArea.class,
              (s, where) -> CsvTable.Row.parseEnum(s, NeedLevel.class, where, p), p), b::needs))
      .add("barriers", STRING, OPTIONAL,
          text("barriers", "The barriers the teacher declares, ;-separated." + SEE),
          t -> names(t.barriers()),
          (b, r, p) -> b.addAllBarriers(r.enumList("barriers", Barrier.class, p)))
      .add("career_style", STRING, OPTIONAL,
          category("career_style", "The teacher's career style.", CareerStyle.values()),
          t -> name(t.careerStyle()),
          (b, r, p) -> b.careerStyle(Optional.ofNullable(
              r.optionalEnum("career_style", CareerStyle.class, p))))
      .done();

  /** {@value CsvImport#ACTIVITIES}: one row per activity. */
  static final Columns<CpdActivity, CpdActivity.Builder> ACTIVITY =
      new Declare<CpdActivity, CpdActivity.Builder>()
      .add("id", STRING, REQUIRED, ID, CpdActivity::id, (b, r, p) -> b.id(r.text("id", p)))
      .add("title", STRING, REQUIRED, text("title", "The activity's title."), CpdActivity::title,
          (b, r, p) -> b.title(r.text("title", p)))
      .add("type", STRING, REQUIRED,
          category("type", "The activity's type.", ActivityType.values()),
          a -> a.type().name(), (b, r, p) -> b.type(r.enumValue("type", ActivityType.class, p)))
      .add("areas", STRING, OPTIONAL,
          text("areas", "The activity's area profile, AREA=WEIGHT;...; empty: its type's"
              + " default." + SEE),
          a -> a.areas().map(m -> map(m, CsvTableWriter::number)).orElse(null),
          (b, r, p) -> ifPresent(r.map("areas", CompetenceArea.class,
              (s, where) -> CsvTable.Row.parseNumber(s, where, p), p),
              m -> b.areas(ImmutableMap.copyOf(m))))
      .add("knowledge", STRING, OPTIONAL,
          text("knowledge", "The knowledge categories the activity names, ;-separated." + SEE),
          a -> names(a.knowledge()),
          (b, r, p) -> b.addAllKnowledge(r.enumList("knowledge", KnowledgeCategory.class, p)))
      .add("contextualisation", STRING, REQUIRED,
          category("contextualisation", "How far the activity is contextualised to a"
              + " programme.", Contextualisation.values()),
          a -> a.contextualisation().name(),
          (b, r, p) -> b.contextualisation(
              r.enumValue("contextualisation", Contextualisation.class, p)))
      .add("programmes", STRING, OPTIONAL, PROGRAMMES, a -> join(a.programmes()),
          (b, r, p) -> b.addAllProgrammes(r.list("programmes", p)))
      .add("scope", STRING, OPTIONAL, SCOPE, a -> name(a.scope()),
          (b, r, p) -> b.scope(Optional.ofNullable(r.optionalEnum("scope", Scope.class, p))))
      .add("initiator", STRING, OPTIONAL,
          category("initiator", "Who initiated the activity.", Initiator.values()),
          a -> name(a.initiator()), (b, r, p) -> b.initiator(Optional.ofNullable(
              r.optionalEnum("initiator", Initiator.class, p))))
      .add("formality", STRING, OPTIONAL,
          category("formality", "The activity's formality.", Formality.values()),
          a -> name(a.formality()), (b, r, p) -> b.formality(Optional.ofNullable(
              r.optionalEnum("formality", Formality.class, p))))
      .add("industry_contact", BOOLEAN, OPTIONAL,
          bool("industry_contact", "Whether the activity has contact with industry; empty:"
              + " default."),
          a -> a.industryContact().map(String::valueOf).orElse(null),
          (b, r, p) -> b.industryContact(Optional.ofNullable(
              r.optionalBoolean("industry_contact", p))))
      .add("requires_substitute", BOOLEAN, OPTIONAL,
          bool("requires_substitute", "Whether the activity needs substitute cover; empty:"
              + " default."),
          a -> a.requiresSubstitute().map(String::valueOf).orElse(null),
          (b, r, p) -> b.requiresSubstitute(Optional.ofNullable(
              r.optionalBoolean("requires_substitute", p))))
      .add("span_weeks", INTEGER, OPTIONAL,
          integer("span_weeks", "weeks", DatasetWire.ACTIVITY_SPAN_WEEKS,
              "The weeks the activity spans."),
          a -> Integer.toString(a.spanWeeks()),
          (b, r, p) -> ifPresent(r.optionalInteger("span_weeks", p), b::spanWeeks))
      .add("cost_per_hour", NUMBER, OPTIONAL,
          number("cost_per_hour", "cost per hour", DatasetWire.ACTIVITY_COST_PER_HOUR,
              "The activity's cost per hour."),
          a -> CsvTableWriter.number(a.costPerHour()),
          (b, r, p) -> ifPresent(r.optionalNumber("cost_per_hour", p), b::costPerHour))
      .add("max_hours", NUMBER, OPTIONAL,
          number("max_hours", "hours", DatasetWire.ACTIVITY_MAX_HOURS,
              "The most hours of the activity that make sense in one plan, more than 0; empty:"
              + " no limit."),
          a -> number(a.maxHours()),
          (b, r, p) -> ifPresent(r.optionalNumber("max_hours", p), b::maxHours))
      .add("provider", STRING, OPTIONAL, text("provider", "Who provides the activity."),
          a -> a.provider().orElse(null), (b, r, p) -> b.provider(r.optional("provider")))
      .add("description", STRING, OPTIONAL, DESCRIPTION, a -> a.description().orElse(null),
          (b, r, p) -> b.description(r.optional("description")))
      .done();

  /** {@value CsvImport#DRIVERS}: one row per driver. */
  static final Columns<Driver, Driver.Builder> DRIVER = new Declare<Driver, Driver.Builder>()
      .add("id", STRING, REQUIRED, ID, Driver::id, (b, r, p) -> b.id(r.text("id", p)))
      .add("kind", STRING, REQUIRED,
          category("kind", "The driver's kind.", DriverKind.values()),
          d -> d.kind().name(), (b, r, p) -> b.kind(r.enumValue("kind", DriverKind.class, p)))
      .add("scope", STRING, OPTIONAL, SCOPE, d -> name(d.scope()),
          (b, r, p) -> b.scope(Optional.ofNullable(r.optionalEnum("scope", DriverScope.class,
              p))))
      .add("strength", NUMBER, REQUIRED,
          number("strength", "share", DatasetWire.DRIVER_STRENGTH, "The driver's strength."),
          d -> CsvTableWriter.number(d.strength()),
          (b, r, p) -> b.strength(r.number("strength", p)))
      .add("pulls", STRING, OPTIONAL,
          text("pulls", "The driver's pull per area, AREA=WEIGHT;...; empty: its kind's default."
              + SEE),
          d -> d.pulls().map(m -> map(m, CsvTableWriter::number)).orElse(null),
          (b, r, p) -> ifPresent(r.map("pulls", CompetenceArea.class,
              (s, where) -> CsvTable.Row.parseNumber(s, where, p), p),
              m -> b.pulls(ImmutableMap.copyOf(m))))
      .add("programmes", STRING, OPTIONAL, PROGRAMMES, d -> join(d.programmes()),
          (b, r, p) -> b.addAllProgrammes(r.list("programmes", p)))
      .add("description", STRING, OPTIONAL, DESCRIPTION, d -> d.description().orElse(null),
          (b, r, p) -> b.description(r.optional("description")))
      .done();

  /**
   * The plan's own columns of {@value CsvImport#PLAN_ITEMS}, repeated on each of its rows; every
   * one but {@code plan} must agree on all of them.
   */
  static final Columns<CpdPlan, CpdPlan.Builder> PLAN = new Declare<CpdPlan, CpdPlan.Builder>()
      .add("plan", STRING, REQUIRED, null, CpdPlan::id, (b, r, p) -> b.id(r.text("plan", p)))
      .add("teacher", STRING, REQUIRED, null, CpdPlan::teacher,
          (b, r, p) -> b.teacher(r.text("teacher", p)))
      .add("period", STRING, OPTIONAL, null, x -> x.period().orElse(null),
          (b, r, p) -> b.period(r.optional("period")))
      .add("leader_involvement", STRING, REQUIRED,
          category("leader_involvement", "How far the school leader takes part in the plan.",
              LeaderInvolvement.values()),
          x -> x.leaderInvolvement().name(),
          (b, r, p) -> b.leaderInvolvement(
              r.enumValue("leader_involvement", LeaderInvolvement.class, p)))
      .add("facilitator", STRING, OPTIONAL, null, x -> name(x.facilitator()),
          (b, r, p) -> b.facilitator(Optional.ofNullable(
              r.optionalEnum("facilitator", LeaderRole.class, p))))
      .add("drivers", STRING, OPTIONAL,
          text("drivers", "The driver ids the plan considers, ;-separated; [] for none; empty:"
              + " every driver that applies."),
          x -> x.drivers().map(ds -> ds.isEmpty() ? "[]" : join(ds)).orElse(null),
          CsvFormat::readDrivers)
      .done();

  /**
   * The item's columns of {@value CsvImport#PLAN_ITEMS}, after the plan's; a row with empty
   * {@code activity} and {@code hours} stands for a plan without items.
   */
  static final Columns<PlanItem, PlanItem.Builder> ITEM =
      new Declare<PlanItem, PlanItem.Builder>()
      .add("activity", STRING, OPTIONAL,
          text("activity", "The item's activity id; empty for a plan without items."),
          PlanItem::activity, (b, r, p) -> b.activity(r.text("activity", p)))
      .add("hours", NUMBER, OPTIONAL, number("hours", "hours", DatasetWire.ITEM_HOURS, "The item's hours."),
          i -> CsvTableWriter.number(i.hours()), (b, r, p) -> b.hours(r.number("hours", p)))
      .add("time_allocated", BOOLEAN, OPTIONAL,
          bool("time_allocated", "Whether working time is allocated to the item."),
          i -> String.valueOf(i.timeAllocated()),
          (b, r, p) -> ifPresent(r.optionalBoolean("time_allocated", p), b::timeAllocated))
      .add("substitute_funded", BOOLEAN, OPTIONAL,
          bool("substitute_funded", "Whether substitute cover is funded for the item."),
          i -> String.valueOf(i.substituteFunded()),
          (b, r, p) -> ifPresent(r.optionalBoolean("substitute_funded", p), b::substituteFunded))
      .add("cost_funded", BOOLEAN, OPTIONAL,
          bool("cost_funded", "Whether the item's cost is funded."),
          i -> String.valueOf(i.costFunded()),
          (b, r, p) -> ifPresent(r.optionalBoolean("cost_funded", p), b::costFunded))
      .done();

  /** Every file's columns, in order: its name, then its columns. */
  static final ImmutableMap<String, ImmutableList<Column<?, ?>>> FILES = files();

  /** The columns of {@value CsvImport#TEACHERS}. */
  static final ImmutableList<String> TEACHER_COLUMNS = TEACHER.names();
  /** The columns of {@value CsvImport#ACTIVITIES}. */
  static final ImmutableList<String> ACTIVITY_COLUMNS = ACTIVITY.names();
  /** The columns of {@value CsvImport#DRIVERS}. */
  static final ImmutableList<String> DRIVER_COLUMNS = DRIVER.names();
  /** The columns of {@value CsvImport#PLAN_ITEMS}: the plan's, then the item's. */
  static final ImmutableList<String> PLAN_COLUMNS = ImmutableList.<String>builder()
      .addAll(PLAN.names()).addAll(ITEM.names()).build();

  /** The codebook entries the CSV data format declares, by column name. */
  private static final ImmutableMap<String, Codebook.Field> FIELDS = fields();

  private static ImmutableMap<String, ImmutableList<Column<?, ?>>> files() {
    Map<String, ImmutableList<Column<?, ?>>> m = new LinkedHashMap<>();
    m.put(CsvImport.TEACHERS, ImmutableList.copyOf(TEACHER.all()));
    m.put(CsvImport.ACTIVITIES, ImmutableList.copyOf(ACTIVITY.all()));
    m.put(CsvImport.DRIVERS, ImmutableList.copyOf(DRIVER.all()));
    m.put(CsvImport.PLAN_ITEMS, ImmutableList.<Column<?, ?>>builder().addAll(PLAN.all())
        .addAll(ITEM.all()).build());
    return ImmutableMap.copyOf(m);
  }

  private static ImmutableMap<String, Codebook.Field> fields() {
    Map<String, Codebook.Field> m = new LinkedHashMap<>();
    for (ImmutableList<Column<?, ?>> columns : FILES.values()) {
      for (Column<?, ?> c : columns) {
        if (c.field() == null) {
          continue;
        }
        Codebook.Field old = m.put(c.name(), c.field());
        if (old != null && !old.equals(c.field())) {
          throw new AssertionError("column " + c.name() + " described twice, differently");
        }
        if (!c.field().type().equals(c.type())) {
          throw new AssertionError("column " + c.name() + " has two types");
        }
      }
    }
    return ImmutableMap.copyOf(m);
  }

  /**
   * Returns the codebook entry the CSV data format declares for a column, or null when the column
   * means what the computed tables' column of that name means.
   */
  static Codebook.Field field(String column) {
    return FIELDS.get(column);
  }

  /**
   * Returns the Markdown table of a file's columns, as {@code docs/data-format.md} shows it: the
   * column, its type, whether the header must have it, and its meaning.
   *
   * @param file a file name, e.g. {@value CsvImport#TEACHERS}
   * @param describe the codebook entry of a column (the data format's or the computed tables')
   * @return the table, one line a row, ending in a line break
   */
  static String docTable(String file, Function<String, Codebook.Field> describe) {
    StringBuilder b = new StringBuilder()
        .append("| column | type | required | meaning |\n")
        .append("|---|---|---|---|\n");
    for (Column<?, ?> c : FILES.get(file)) {
      Codebook.Field f = describe.apply(c.name());
      b.append("| `").append(c.name()).append("` | ").append(c.type()).append(" | ")
          .append(c.required() ? "**yes**" : "no").append(" | ")
          // the table is in that file: its pointer to itself is dropped
          .append(f.description().replace(SEE, "").replace("|", "\\|")).append(" |\n");
    }
    return b.toString();
  }

  // --- cells -----------------------------------------------------------------------------------

  /** {@code drivers}: empty means every driver that applies, {@code []} none. */
  private static void readDrivers(CpdPlan.Builder b, CsvTable.Row r, Problems p) {
    String drivers = Objects.toString(r.optionalText("drivers"), "");
    if (drivers.equals("[]")) {
      b.drivers(ImmutableSet.of());
    } else if (!drivers.isEmpty()) {
      b.drivers(ImmutableSet.copyOf(r.list("drivers", p)));
    }
  }

  private static <V> void ifPresent(V value, java.util.function.Consumer<V> set) {
    if (value != null) {
      set.accept(value);
    }
  }

  private static String number(OptionalDouble v) {
    return v.isPresent() ? CsvTableWriter.number(v.getAsDouble()) : null;
  }

  private static String name(Optional<? extends Enum<?>> e) {
    return e.map(Enum::name).orElse(null);
  }

  private static String names(Collection<? extends Enum<?>> values) {
    List<String> s = new ArrayList<>();
    values.forEach(v -> s.add(v.name()));
    return s.isEmpty() ? null : String.join(";", s);
  }

  private static String join(Collection<String> values) {
    return values.isEmpty() ? null : String.join(";", values);
  }

  private static <K extends Enum<K>, V> String map(Map<K, V> map, Function<V, String> value) {
    List<String> s = new ArrayList<>();
    map.forEach((k, v) -> s.add(k.name() + "=" + value.apply(v)));
    return String.join(";", s);
  }

  // --- codebook entries ------------------------------------------------------------------------

  private static Codebook.Field text(String name, String description) {
    return new Codebook.Field(name, STRING, description, null, ImmutableList.of(), null, null);
  }

  private static Codebook.Field bool(String name, String description) {
    return new Codebook.Field(name, BOOLEAN, description, null, ImmutableList.of(), null, null);
  }

  private static Codebook.Field category(String name, String description, Enum<?>[] values) {
    return new Codebook.Field(name, STRING, description, null,
        Arrays.stream(values).map(Enum::name).collect(ImmutableList.toImmutableList()), null,
        null);
  }

  /**
   * A number column whose range is its field's in the wire format's declaration, so the codebook
   * says what the reader holds a value to. A lower bound the reader holds exclusive ({@code > 0})
   * is written as an inclusive one, the nearest Table Schema (v1) says: the description says more.
   */
  private static Codebook.Field number(String name, String unit, WireField wire,
      String description) {
    return new Codebook.Field(name, NUMBER, description, unit, ImmutableList.of(), wire.min(),
        wire.max());
  }

  /** An integer column whose range is its field's in the wire format's declaration. */
  private static Codebook.Field integer(String name, String unit, WireField wire,
      String description) {
    return new Codebook.Field(name, INTEGER, description, unit, ImmutableList.of(), wire.min(),
        wire.max());
  }
}
