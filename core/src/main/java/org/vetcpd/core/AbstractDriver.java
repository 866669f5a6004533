package org.vetcpd.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A driver of CPD: a force of a given {@link DriverKind} and strength that pulls the CPD of the
 * teachers of some programmes toward some competence areas (seed 000: governance targets and
 * market competition pull toward generic projects; industry demand toward the trade).
 *
 * <p>Fields left out take the defaults of the driver's kind: {@link #effectiveScope()} and {@link
 * #pullProfile()} resolve them.
 *
 * <p>Build with {@code Driver.builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"id", "kind", "scope", "strength", "pulls", "programmes", "description"})
public abstract class AbstractDriver {
  AbstractDriver() {}

  /**
   * Returns the driver's id, unique in a data set.
   *
   * @return the id, an identifier (see {@link Problems#identifier})
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * Returns the kind of driver.
   *
   * @return the kind
   */
  @JsonProperty("kind")
  public abstract DriverKind kind();

  /**
   * Returns the scope as given, if given; see {@link #effectiveScope()}.
   *
   * @return the raw scope
   */
  @JsonProperty("scope")
  public abstract Optional<DriverScope> scope();

  /**
   * Returns how strongly the driver pulls, from 0 (not at all) to 1.
   *
   * @return the strength, in [0, 1]
   */
  @JsonProperty("strength")
  public abstract double strength();

  /**
   * Returns the weights over competence areas as given, if given; see {@link #pullProfile()}.
   *
   * @return the raw weights: finite, non-negative, at least one positive
   */
  @JsonProperty("pulls")
  public abstract Optional<ImmutableMap<CompetenceArea, Double>> pulls();

  /**
   * Returns the codes of the programmes the driver concerns; empty means every programme.
   *
   * @return the programme codes
   */
  @JsonProperty("programmes")
  public abstract ImmutableSet<String> programmes();

  /**
   * Returns a description, if given.
   *
   * @return the description
   */
  @JsonProperty("description")
  public abstract Optional<String> description();

  /**
   * Returns the scope: as given, else the kind's default.
   *
   * @return the resolved scope
   */
  public DriverScope effectiveScope() {
    return scope().orElse(kind().defaultScope());
  }

  /**
   * Returns the normalised pull: the given {@link #pulls()}, or the kind's default, scaled to sum
   * 1, with every area present.
   *
   * @return the shares by area, summing to 1
   */
  @Value.Lazy
  public ImmutableMap<CompetenceArea, Double> pullProfile() {
    return CompetenceArea.normalise(pulls().orElse(kind().defaultPulls()));
  }

  /**
   * Returns whether the driver concerns teachers of the given programme.
   *
   * @param programmeCode the programme
   * @return true if {@link #programmes()} is empty or holds it
   */
  public boolean concerns(String programmeCode) {
    requireNonNull(programmeCode, "programmeCode");
    return programmes().isEmpty() || programmes().contains(programmeCode);
  }

  @Value.Check
  final void check() {
    Problems p = new Problems();
    p.identifier("id", id());
    p.inRange("strength", strength(), 0, 1);
    pulls().ifPresent(m -> p.weights("pulls", m));
    int i = 0;
    for (String code : programmes()) {
      p.identifier("programmes[" + i++ + "]", code);
    }
    description().ifPresent(s -> p.multilineText("description", s));
    p.throwIfAny();
  }
}
