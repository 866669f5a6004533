package org.vetcpd.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * A department of a school and the programmes it teaches.
 *
 * <p>Build with {@code Department.builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"id", "name", "programmes"})
public abstract class AbstractDepartment {
  AbstractDepartment() {}

  /**
   * Returns the department's id, unique within its school.
   *
   * @return the id, an identifier (see {@link Problems#identifier})
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * Returns the department's name.
   *
   * @return the name: not blank, one line without control characters
   */
  @JsonProperty("name")
  public abstract String name();

  /**
   * Returns the codes of the programmes the department teaches.
   *
   * @return the programme codes
   */
  @JsonProperty("programmes")
  public abstract ImmutableSet<String> programmes();

  @Value.Check
  final void check() {
    Problems p = new Problems();
    p.identifier("id", id()).text("name", name());
    int i = 0;
    for (String code : programmes()) {
      p.identifier("programmes[" + i++ + "]", code);
    }
    p.throwIfAny();
  }
}
