package org.vetcpd.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A school and its departments.
 *
 * <p>Build with {@code School.builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"id", "name", "region", "departments"})
public abstract class AbstractSchool {
  AbstractSchool() {}

  /**
   * Returns the school's id, unique in a data set.
   *
   * @return the id, an identifier (see {@link Problems#identifier})
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * Returns the school's name.
   *
   * @return the name: not blank, one line without control characters
   */
  @JsonProperty("name")
  public abstract String name();

  /**
   * Returns the region (e.g. county) of the school, if given.
   *
   * @return the region
   */
  @JsonProperty("region")
  public abstract Optional<String> region();

  /**
   * Returns the school's departments; their ids are unique within the school.
   *
   * @return the departments
   */
  @JsonProperty("departments")
  public abstract ImmutableList<Department> departments();

  /**
   * Returns the department with the given id.
   *
   * @param departmentId the id
   * @return the department, if the school has it
   */
  public Optional<Department> department(String departmentId) {
    requireNonNull(departmentId, "departmentId");
    for (Department d : departments()) {
      if (d.id().equals(departmentId)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  final void check() {
    Problems p = new Problems();
    p.identifier("id", id()).text("name", name());
    region().ifPresent(s -> p.text("region", s));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < departments().size(); i++) {
      String id = departments().get(i).id();
      if (!seen.add(id)) {
        p.add("departments[" + i + "].id", "duplicate id \"" + id + "\"");
      }
    }
    p.throwIfAny();
  }
}
