package org.vetcpd.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A VET teacher whose CPD is planned: the programme taught, the teacher's background in the
 * trade, the needs in each competence area and the barriers to taking part.
 *
 * <p>No personal name is kept; {@link #id()} may be a pseudonym. Seed 000 describes VET teachers
 * as having a double identity, teacher and practitioner of a trade; {@link
 * #yearsSinceIndustryContact()} records how long ago the teacher last updated that trade
 * knowledge substantively (seed 004: without such updating careers drift downward).
 *
 * <p>Build with {@code Teacher.builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({
  "id", "programme", "school", "department", "yearsInIndustry", "yearsTeaching",
  "yearsSinceIndustryContact", "needs", "barriers", "careerStyle"
})
public abstract class AbstractTeacher {
  /**
   * The most years any of a teacher's years fields may hold: a working life, with room to spare.
   * It keeps the years finite and meaningful (docs/data-format.md, "Values and text").
   */
  public static final double MAX_YEARS = 80;

  AbstractTeacher() {}

  /**
   * Returns the teacher's id (may be a pseudonym), unique in a data set.
   *
   * @return the id, an identifier (see {@link Problems#identifier})
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * Returns the code of the programme the teacher teaches.
   *
   * @return the programme code, an identifier (see {@link Problems#identifier})
   */
  @JsonProperty("programme")
  public abstract String programme();

  /**
   * Returns the id of the teacher's school, if given.
   *
   * @return the school id
   */
  @JsonProperty("school")
  public abstract Optional<String> school();

  /**
   * Returns the id of the teacher's department within the school, if given.
   *
   * @return the department id
   */
  @JsonProperty("department")
  public abstract Optional<String> department();

  /**
   * Returns the years the teacher worked in the trade before teaching, if known.
   *
   * @return years, at least 0 and at most {@link #MAX_YEARS}
   */
  @JsonProperty("yearsInIndustry")
  public abstract OptionalDouble yearsInIndustry();

  /**
   * Returns the years the teacher has taught, if known.
   *
   * @return years, at least 0 and at most {@link #MAX_YEARS}
   */
  @JsonProperty("yearsTeaching")
  public abstract OptionalDouble yearsTeaching();

  /**
   * Returns the years since the teacher's last substantive update in the trade, if known.
   *
   * @return years, at least 0 and at most {@link #MAX_YEARS}
   */
  @JsonProperty("yearsSinceIndustryContact")
  public abstract OptionalDouble yearsSinceIndustryContact();

  /**
   * Returns the teacher's need in each competence area; an area absent counts as {@link
   * NeedLevel#NONE}.
   *
   * @return the needs by area
   */
  @JsonProperty("needs")
  public abstract ImmutableMap<CompetenceArea, NeedLevel> needs();

  /**
   * Returns the barriers to CPD the teacher declares.
   *
   * @return the barriers
   */
  @JsonProperty("barriers")
  public abstract ImmutableSet<Barrier> barriers();

  /**
   * Returns the teacher's career decision-making style (seed 004), if known.
   *
   * @return the style
   */
  @JsonProperty("careerStyle")
  public abstract Optional<CareerStyle> careerStyle();

  /**
   * Returns the teacher's need in an area, {@link NeedLevel#NONE} if none is recorded.
   *
   * @param area the area
   * @return the need
   */
  public NeedLevel need(CompetenceArea area) {
    requireNonNull(area, "area");
    return needs().getOrDefault(area, NeedLevel.NONE);
  }

  @Value.Check
  final void check() {
    Problems p = new Problems();
    // ifs, not ifPresent lambdas: a data set checks thousands of teachers while it is read, and a
    // capturing lambda costs a call-site invocation each time until the check is compiled
    p.identifier("id", id()).identifier("programme", programme());
    if (school().isPresent()) {
      p.identifier("school", school().get());
    }
    if (department().isPresent()) {
      p.identifier("department", department().get());
    }
    years(p, "yearsInIndustry", yearsInIndustry());
    years(p, "yearsTeaching", yearsTeaching());
    years(p, "yearsSinceIndustryContact", yearsSinceIndustryContact());
    p.throwIfAny();
  }

  private static void years(Problems p, String path, OptionalDouble years) {
    if (years.isPresent()) {
      years(p, path, years.getAsDouble());
    }
  }

  private static void years(Problems p, String path, double years) {
    p.atLeast(path, years, 0).atMost(path, years, MAX_YEARS);
  }
}
