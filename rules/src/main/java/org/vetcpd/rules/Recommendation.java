package org.vetcpd.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A concrete edit of a plan that raises its score, with the score the edited plan actually gets
 * (the edit is applied to a copy of the plan and re-scored with the same rubric); or, first in a
 * report's list, a note that the catalogue lacks the activity the plan needs most.
 *
 * <p>Actions, in the order used to break ties between equal scores:
 *
 * <ul>
 *   <li>{@value #CATALOGUE_GAP}: not an edit but a note, always first: the data set holds no
 *       fitting activity that could close the plan's largest gap (the industry contact the teacher
 *       lacks, else the needed competence area the plan covers least); it names the kind of
 *       activity to add. Its score is the plan's own: nothing changes until the activity exists;
 *   <li>{@value #START_PLAN}: for a plan without items, add the fitting activity that scores best,
 *       at its {@linkplain RealisticHours realistic hours}, funded as it needs;
 *   <li>{@value #ADD_INDUSTRY_CONTACT}: add the hours of industry contact the teacher lacks, as an
 *       item of the data set's fitting activity with industry contact that scores best, with time
 *       allocated and substitute cover and costs funded where needed; never more than the
 *       activity's {@linkplain RealisticHours realistic hours} in one plan, counting the hours
 *       the plan already holds of it;
 *   <li>{@value #RECONTEXTUALISE}: replace the items of a GENERIC activity by a fitting ADAPTED or
 *       PROGRAMME_SPECIFIC activity of the same type from the data set, same hours, that develops
 *       every competence area at least as much (area profile share by share);
 *   <li>{@value #FUND_SUBSTITUTE}: fund substitute cover on every item that needs it;
 *   <li>{@value #FUND_COSTS}: fund the cost of every item whose activity costs;
 *   <li>{@value #ALLOCATE_TIME}: allocate working time to every item;
 *   <li>{@value #DROP_MISMATCH}: drop an item that does not fit the teacher's programme;
 *   <li>{@value #INVOLVE_LEADER}: have the school leader take an active part.
 * </ul>
 *
 * <p>Every edit's score is greater than the plan's; a {@value #CATALOGUE_GAP} note's equals it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param action the kind of edit, one of the action ids above
 * @param description the edit in plain words, naming the activities and hours
 * @param score the score of the edited plan, in [0, 100]
 */
@JsonPropertyOrder({"action", "description", "score"})
public record Recommendation(
    @JsonProperty("action") String action,
    @JsonProperty("description") String description,
    @JsonProperty("score") double score) {

  /** Action id: a note that the data set lacks the activity that could close the largest gap. */
  public static final String CATALOGUE_GAP = "catalogue-gap";
  /** Action id: start a plan without items with its best fitting activity. */
  public static final String START_PLAN = "start-plan";
  /** Action id: add hours of contact with industry. */
  public static final String ADD_INDUSTRY_CONTACT = "add-industry-contact";
  /** Action id: replace a generic activity by an adapted or programme-specific one. */
  public static final String RECONTEXTUALISE = "recontextualise";
  /** Action id: fund substitute cover. */
  public static final String FUND_SUBSTITUTE = "fund-substitute";
  /** Action id: fund the activities' costs. */
  public static final String FUND_COSTS = "fund-costs";
  /** Action id: allocate working time. */
  public static final String ALLOCATE_TIME = "allocate-time";
  /** Action id: drop an item that does not fit the teacher's programme. */
  public static final String DROP_MISMATCH = "drop-mismatch";
  /** Action id: raise the leader's involvement to ACTIVE. */
  public static final String INVOLVE_LEADER = "involve-leader";

  /**
   * Creates a recommendation.
   *
   * @param action the kind of edit
   * @param description the edit in plain words
   * @param score the score of the edited plan
   */
  @JsonCreator
  public Recommendation {
    requireNonNull(action, "action");
    requireNonNull(description, "description");
    checkArgument(score >= 0 && score <= 100, "score must be in [0, 100], was %s", score);
  }
}
