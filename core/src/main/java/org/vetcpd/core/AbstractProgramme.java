package org.vetcpd.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A VET programme, such as Norway's Restaurant and Food Processing. Programmes are data, not an
 * enum: countries differ (seed 003), and a data set declares its own.
 *
 * <p>Build with {@code Programme.builder()} or {@code Programme.of(code, name)}. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"code", "name", "sector"})
public abstract class AbstractProgramme {
  AbstractProgramme() {}

  /**
   * Returns the programme's code, unique in a data set, e.g. {@code "RM"}.
   *
   * @return the code, an identifier (see {@link Problems#identifier})
   */
  @Value.Parameter
  @JsonProperty("code")
  public abstract String code();

  /**
   * Returns the programme's name, e.g. {@code "Restaurant and Food Processing"}.
   *
   * @return the name: not blank, one line without control characters
   */
  @Value.Parameter
  @JsonProperty("name")
  public abstract String name();

  /**
   * Returns the sector of working life the programme serves, if given.
   *
   * @return the sector, not blank when present
   */
  @JsonProperty("sector")
  public abstract Optional<String> sector();

  @Value.Check
  final void check() {
    Problems p = new Problems();
    p.identifier("code", code()).text("name", name());
    sector().ifPresent(s -> p.text("sector", s));
    p.throwIfAny();
  }
}
