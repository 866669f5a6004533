package org.vetcpd.planner;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One edit of a plan, of the recommender's kinds: {@code add-industry-contact} or {@code
 * add-hours} (add hours of an activity), {@code recontextualise}, {@code fund-substitute}, {@code
 * fund-costs}, {@code allocate-time}, {@code drop-mismatch}, {@code involve-leader}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param action the kind of edit
 * @param description the edit in plain words
 * @param hours the hours it adds to the plan (negative when it drops hours)
 * @param cost the money it adds (negative when it saves money)
 */
@JsonPropertyOrder({"action", "description", "hours", "cost"})
public record Edit(
    @JsonProperty("action") String action,
    @JsonProperty("description") String description,
    @JsonProperty("hours") double hours,
    @JsonProperty("cost") double cost) {

  /** Action id: add hours of an activity without contact with industry. */
  public static final String ADD_HOURS = "add-hours";

  /**
   * Creates an edit.
   *
   * @param action the kind of edit
   * @param description the edit in plain words
   * @param hours the hours it adds
   * @param cost the money it adds
   */
  public Edit {
    requireNonNull(action, "action");
    requireNonNull(description, "description");
  }
}
