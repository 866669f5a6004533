package org.vetcpd.rules;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The id and version of the {@link Rubric} a report was scored with, so that a published score
 * names exactly what was scored.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the rubric's id, e.g. {@code vetcpd-standard}
 * @param version the rubric's version, e.g. {@code 1.0}
 */
@JsonPropertyOrder({"id", "version"})
public record RubricRef(@JsonProperty("id") String id, @JsonProperty("version") String version) {

  /**
   * Creates a reference.
   *
   * @param id the rubric's id
   * @param version the rubric's version
   */
  @JsonCreator
  public RubricRef {
    requireNonNull(id, "id");
    requireNonNull(version, "version");
  }

  /** Returns {@code id version}, e.g. {@code vetcpd-standard 1.0}. */
  @Override
  public String toString() {
    return id + " " + version;
  }
}
