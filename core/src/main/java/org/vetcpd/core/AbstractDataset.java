package org.vetcpd.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;
import org.vetcpd.core.wire.DatasetReferences;

/**
 * A data set: the programmes, schools, teachers, CPD activities, drivers and plans of a study or a
 * school's planning, complete in itself.
 *
 * <p>Every id is unique in its list, and every reference resolves: a teacher's programme, school
 * and department; an activity's, a driver's and a department's programmes; a plan's teacher, its
 * items' activities and its drivers. {@link #FORMAT_VERSION} is the only version of the JSON
 * format there is.
 *
 * <p>Read one with {@code VetcpdJson.readDataset(path)}, or build one with {@code
 * Dataset.builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({
  "formatVersion", "programmes", "schools", "teachers", "activities", "drivers", "plans"
})
public abstract class AbstractDataset {
  /** The version of the data set format this library reads and writes. */
  public static final int FORMAT_VERSION = 1;

  AbstractDataset() {}

  /**
   * Returns the version of the format; always {@link #FORMAT_VERSION}.
   *
   * @return the version
   */
  @Value.Default
  @JsonProperty("formatVersion")
  public int formatVersion() {
    return FORMAT_VERSION;
  }

  /**
   * Returns the programmes.
   *
   * @return the programmes, codes unique
   */
  @JsonProperty("programmes")
  public abstract ImmutableList<Programme> programmes();

  /**
   * Returns the schools.
   *
   * @return the schools, ids unique
   */
  @JsonProperty("schools")
  public abstract ImmutableList<School> schools();

  /**
   * Returns the teachers.
   *
   * @return the teachers, ids unique
   */
  @JsonProperty("teachers")
  public abstract ImmutableList<Teacher> teachers();

  /**
   * Returns the CPD activities on offer.
   *
   * @return the activities, ids unique
   */
  @JsonProperty("activities")
  public abstract ImmutableList<CpdActivity> activities();

  /**
   * Returns the drivers.
   *
   * @return the drivers, ids unique
   */
  @JsonProperty("drivers")
  public abstract ImmutableList<Driver> drivers();

  /**
   * Returns the plans.
   *
   * @return the plans, ids unique
   */
  @JsonProperty("plans")
  public abstract ImmutableList<CpdPlan> plans();

  /**
   * Returns the programme with the given code.
   *
   * @param code the code
   * @return the programme, if present
   */
  public Optional<Programme> programme(String code) {
    requireNonNull(code, "code");
    return Optional.ofNullable(programmeIndex().get(code));
  }

  /**
   * Returns the school with the given id.
   *
   * @param id the id
   * @return the school, if present
   */
  public Optional<School> school(String id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(schoolIndex().get(id));
  }

  /**
   * Returns the teacher with the given id.
   *
   * @param id the id
   * @return the teacher, if present
   */
  public Optional<Teacher> teacher(String id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(teacherIndex().get(id));
  }

  /**
   * Returns the activity with the given id.
   *
   * @param id the id
   * @return the activity, if present
   */
  public Optional<CpdActivity> activity(String id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(activityIndex().get(id));
  }

  /**
   * Returns the driver with the given id.
   *
   * @param id the id
   * @return the driver, if present
   */
  public Optional<Driver> driver(String id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(driverIndex().get(id));
  }

  /**
   * Returns the plan with the given id.
   *
   * @param id the id
   * @return the plan, if present
   */
  public Optional<CpdPlan> plan(String id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(planIndex().get(id));
  }

  /**
   * Returns the teachers by id, in data set order.
   *
   * @return the index
   */
  @Value.Lazy
  public ImmutableMap<String, Teacher> teacherIndex() {
    return index(teachers(), Teacher::id);
  }

  /**
   * Returns the activities by id, in data set order.
   *
   * @return the index
   */
  @Value.Lazy
  public ImmutableMap<String, CpdActivity> activityIndex() {
    return index(activities(), CpdActivity::id);
  }

  /**
   * Returns the drivers by id, in data set order.
   *
   * @return the index
   */
  @Value.Lazy
  public ImmutableMap<String, Driver> driverIndex() {
    return index(drivers(), Driver::id);
  }

  /**
   * Returns the plans by id, in data set order.
   *
   * @return the index
   */
  @Value.Lazy
  public ImmutableMap<String, CpdPlan> planIndex() {
    return index(plans(), CpdPlan::id);
  }

  @Value.Lazy
  ImmutableMap<String, Programme> programmeIndex() {
    return index(programmes(), Programme::code);
  }

  @Value.Lazy
  ImmutableMap<String, School> schoolIndex() {
    return index(schools(), School::id);
  }

  /**
   * Checks that a plan may be scored against this data set as a catalogue: its teacher, its
   * items' activities and its drivers are all here. Used for plans streamed from JSON Lines.
   *
   * @param plan the plan
   * @return the problems, with paths relative to the plan; empty if it resolves
   */
  public ImmutableList<Problem> problemsOf(CpdPlan plan) {
    Problems p = new Problems();
    references().plan(p::add, "", plan);
    return p.list();
  }

  @Value.Lazy
  DatasetReferences references() {
    return new DatasetReferences(programmeIndex().keySet(), schoolIndex(),
        teacherIndex().keySet(), activityIndex().keySet(), driverIndex().keySet());
  }

  @Value.Check
  final void check() {
    Problems p = new Problems();
    if (formatVersion() != FORMAT_VERSION) {
      p.add("formatVersion", "unsupported format version " + formatVersion()
          + "; this version of vetcpd reads formatVersion " + FORMAT_VERSION);
    }
    // an index as large as its list proves the ids unique, without another set of them
    if (programmeIndex().size() < programmes().size()) {
      DatasetReferences.unique(p::add, "programmes", "code", programmes());
    }
    if (schoolIndex().size() < schools().size()) {
      DatasetReferences.unique(p::add, "schools", "id", schools());
    }
    if (teacherIndex().size() < teachers().size()) {
      DatasetReferences.unique(p::add, "teachers", "id", teachers());
    }
    if (activityIndex().size() < activities().size()) {
      DatasetReferences.unique(p::add, "activities", "id", activities());
    }
    if (driverIndex().size() < drivers().size()) {
      DatasetReferences.unique(p::add, "drivers", "id", drivers());
    }
    if (planIndex().size() < plans().size()) {
      DatasetReferences.unique(p::add, "plans", "id", plans());
    }
    references().check(p::add, schools(), teachers(), activities(), drivers(), plans());
    p.throwIfAny();
  }

  private static <T> ImmutableMap<String, T> index(Collection<T> values, Function<T, String> id) {
    ImmutableMap.Builder<String, T> b = ImmutableMap.builderWithExpectedSize(values.size());
    for (T v : values) {
      b.put(id.apply(v), v);
    }
    try {
      return b.buildOrThrow();
    } catch (IllegalArgumentException repeatedId) {
      // only in a data set that fails its check; the first entry of an id wins
    }
    // insertion order keeps data set order
    Map<String, T> map = new LinkedHashMap<>(Math.max(16, values.size() * 4 / 3 + 1));
    for (T v : values) {
      map.putIfAbsent(id.apply(v), v);
    }
    return ImmutableMap.copyOf(map);
  }
}
