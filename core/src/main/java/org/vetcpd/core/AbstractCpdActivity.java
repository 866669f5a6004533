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
 * A CPD activity on offer: what it is, which competence areas and knowledge it develops, how far
 * it is contextualised to a programme, and what taking part requires.
 *
 * <p>Fields left out take the defaults of the activity's {@link ActivityType}: {@link
 * #areaProfile()}, {@link #involvesIndustryContact()}, {@link #needsSubstituteCover()} and {@link
 * #effectiveScope()} resolve them. The raw fields keep what was given, so that JSON round-trips
 * exactly.
 *
 * <p>Seed 000: "a long way from Béarnaise sauce to the CNC machine" &mdash; an activity designed
 * for other programmes ({@link #programmes()}) does not fit a teacher of this one.
 *
 * <p>Build with {@code CpdActivity.builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({
  "id", "title", "type", "areas", "knowledge", "contextualisation", "programmes", "scope",
  "initiator", "formality", "industryContact", "requiresSubstitute", "spanWeeks", "costPerHour",
  "maxHours", "provider", "description"
})
public abstract class AbstractCpdActivity {
  /**
   * The greatest cost of an hour of an activity, in any currency: far above any real fee, it keeps
   * costs (and a planner's budgets, hours times cost) finite.
   */
  public static final double MAX_COST_PER_HOUR = 1_000_000;

  AbstractCpdActivity() {}

  /**
   * Returns the activity's id, unique in a data set.
   *
   * @return the id, an identifier (see {@link Problems#identifier})
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * Returns the activity's title, e.g. {@code "Assessment for Learning"}.
   *
   * @return the title: not blank, one line without control characters
   */
  @JsonProperty("title")
  public abstract String title();

  /**
   * Returns the kind of activity.
   *
   * @return the type
   */
  @JsonProperty("type")
  public abstract ActivityType type();

  /**
   * Returns the weights over competence areas as given, if given; {@link #areaProfile()} is the
   * normalised profile, with the type's default when absent.
   *
   * @return the raw weights: finite, non-negative, at least one positive
   */
  @JsonProperty("areas")
  public abstract Optional<ImmutableMap<CompetenceArea, Double>> areas();

  /**
   * Returns the knowledge categories the activity develops.
   *
   * @return the categories, possibly empty
   */
  @JsonProperty("knowledge")
  public abstract ImmutableSet<KnowledgeCategory> knowledge();

  /**
   * Returns how far the activity is contextualised to the programme.
   *
   * @return the contextualisation
   */
  @JsonProperty("contextualisation")
  public abstract Contextualisation contextualisation();

  /**
   * Returns the codes of the programmes the activity is designed for; empty means any programme.
   *
   * @return the programme codes
   */
  @JsonProperty("programmes")
  public abstract ImmutableSet<String> programmes();

  /**
   * Returns the scope as given, if given; see {@link #effectiveScope()}.
   *
   * @return the raw scope
   */
  @JsonProperty("scope")
  public abstract Optional<Scope> scope();

  /**
   * Returns who initiated the activity, if known.
   *
   * @return the initiator
   */
  @JsonProperty("initiator")
  public abstract Optional<Initiator> initiator();

  /**
   * Returns how formal the activity is, if known.
   *
   * @return the formality
   */
  @JsonProperty("formality")
  public abstract Optional<Formality> formality();

  /**
   * Returns whether the activity brings contact with industry, as given; see {@link
   * #involvesIndustryContact()}.
   *
   * @return the raw flag
   */
  @JsonProperty("industryContact")
  public abstract Optional<Boolean> industryContact();

  /**
   * Returns whether the teacher's classes need a substitute, as given; see {@link
   * #needsSubstituteCover()}.
   *
   * @return the raw flag
   */
  @JsonProperty("requiresSubstitute")
  public abstract Optional<Boolean> requiresSubstitute();

  /**
   * Returns the number of weeks the activity spans (sustained learning); default 1.
   *
   * @return the span, at least 1
   */
  @Value.Default
  @JsonProperty("spanWeeks")
  public int spanWeeks() {
    return 1;
  }

  /**
   * Returns the cost of an hour of the activity; default 0.
   *
   * @return the cost, at least 0 and at most {@link #MAX_COST_PER_HOUR}
   */
  @Value.Default
  @JsonProperty("costPerHour")
  public double costPerHour() {
    return 0;
  }

  /**
   * Returns the most hours of this activity that make sense in one plan, if given: a two-day
   * course is not taken for 60 hours. Recommendations and the planner never go above it.
   *
   * @return the maximum, greater than 0 and at most {@link PlanItem#MAX_HOURS}
   */
  @JsonProperty("maxHours")
  public abstract OptionalDouble maxHours();

  /**
   * Returns who provides the activity, if known.
   *
   * @return the provider
   */
  @JsonProperty("provider")
  public abstract Optional<String> provider();

  /**
   * Returns a description, if given.
   *
   * @return the description
   */
  @JsonProperty("description")
  public abstract Optional<String> description();

  /**
   * Returns the normalised area profile: the given {@link #areas()}, or the type's default,
   * scaled to sum 1, with every area present.
   *
   * @return the shares by area, summing to 1
   */
  @Value.Lazy
  public ImmutableMap<CompetenceArea, Double> areaProfile() {
    return CompetenceArea.normalise(areas().orElse(type().defaultAreas()));
  }

  /**
   * Returns the share of the activity's hours in one area.
   *
   * @param area the area
   * @return the share, in [0, 1]
   */
  public double areaShare(CompetenceArea area) {
    return areaProfile().get(area);
  }

  /**
   * Returns whether the activity brings contact with industry: as given, else the type's default.
   *
   * @return the resolved flag
   */
  public boolean involvesIndustryContact() {
    return industryContact().orElse(type().defaultIndustryContact());
  }

  /**
   * Returns whether taking part needs a substitute for the teacher's classes: as given, else the
   * type's default.
   *
   * @return the resolved flag
   */
  public boolean needsSubstituteCover() {
    return requiresSubstitute().orElse(type().defaultRequiresSubstitute());
  }

  /**
   * Returns the scope: as given, else the type's default.
   *
   * @return the resolved scope
   */
  public Scope effectiveScope() {
    return scope().orElse(type().defaultScope());
  }

  /**
   * Returns whether the activity fits a teacher of the given programme: it is designed for any
   * programme, or for this one.
   *
   * @param programmeCode the teacher's programme
   * @return true if it fits
   */
  public boolean fits(String programmeCode) {
    requireNonNull(programmeCode, "programmeCode");
    return programmes().isEmpty() || programmes().contains(programmeCode);
  }

  @Value.Check
  final void check() {
    Problems p = new Problems();
    p.identifier("id", id()).text("title", title());
    areas().ifPresent(a -> p.weights("areas", a));
    int i = 0;
    for (String code : programmes()) {
      p.identifier("programmes[" + i++ + "]", code);
    }
    if (spanWeeks() < 1) {
      p.add("spanWeeks", "must be >= 1, was " + spanWeeks());
    }
    p.atLeast("costPerHour", costPerHour(), 0).atMost("costPerHour", costPerHour(),
        MAX_COST_PER_HOUR);
    maxHours().ifPresent(h -> {
      p.greaterThan("maxHours", h, 0);
      if (h > PlanItem.MAX_HOURS) {
        p.add("maxHours", "must be <= 8760 (a year), was " + h);
      }
    });
    provider().ifPresent(s -> p.text("provider", s));
    description().ifPresent(s -> p.multilineText("description", s));
    p.throwIfAny();
  }
}
