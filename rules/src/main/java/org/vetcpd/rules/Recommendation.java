package org.vetcpd.rules;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A concrete edit of a plan that raises its score, with the score the edited plan actually gets
 * (the score a re-score of the edited plan with the same rubric gives, to the bit); or, first in a
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
 * <p>A recommendation is a value: two are equal when their action, description and score are
 * (scores compared as {@link Double#compare} does). The recommendations of a scored report put
 * their description in words when {@link #description()} is first called, and keep it; a
 * recommendation read from JSON or built with the public constructor holds it from the start.
 * Either way {@link #description()} always returns the same string. JSON: {@code {"action",
 * "description", "score"}}, in that order. It is a final class rather than a record (as it was
 * before any release), so that the words can wait until they are read.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonPropertyOrder({"action", "description", "score"})
public final class Recommendation {

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

  private final String action;
  private final double score;
  /**
   * Builds the description on first read, from the edit's kind and operands below; null when the
   * description was given, and set to null once it is built, so that a kept recommendation does
   * not keep the scorer's working state. The edit is held here rather than in an object of its
   * own: one object per recommendation.
   */
  private Recommender source;
  /**
   * The recommender's kind of edit and its operands (see {@code Recommender}): an index and a
   * number (hours, or a second index); 0 when the description was given.
   */
  final int kind;
  final int a;
  final double x;
  /** The description once known; written once, under the lock, when built. */
  private volatile String description;

  /**
   * Creates a recommendation.
   *
   * @param action the kind of edit, one of the action ids above
   * @param description the edit in plain words, naming the activities and hours
   * @param score the score of the edited plan, in [0, 100]
   */
  @JsonCreator
  public Recommendation(
      @JsonProperty("action") String action,
      @JsonProperty("description") String description,
      @JsonProperty("score") double score) {
    this.action = requireNonNull(action, "action");
    this.description = requireNonNull(description, "description");
    this.score = checkScore(score);
    this.source = null;
    this.kind = 0;
    this.a = 0;
    this.x = 0;
  }

  /**
   * Creates a recommendation whose description the recommender builds when it is first read.
   *
   * @param action the kind of edit
   * @param source puts the edit in plain words ({@code Recommender.describe}); called at most
   *     once, never null
   * @param kind the recommender's kind of edit
   * @param a the edit's index operand
   * @param x the edit's number (hours, or a second index)
   * @param score the score of the edited plan
   */
  Recommendation(String action, Recommender source, int kind, int a, double x, double score) {
    this.action = requireNonNull(action, "action");
    this.source = requireNonNull(source, "source");
    this.kind = kind;
    this.a = a;
    this.x = x;
    this.score = checkScore(score);
  }

  private static double checkScore(double score) {
    if (!(score >= 0 && score <= 100)) {
      throw new IllegalArgumentException("score must be in [0, 100], was " + score);
    }
    return score;
  }

  /**
   * Returns the kind of edit, one of the action ids above.
   *
   * @return the action id
   */
  @JsonProperty("action")
  public String action() {
    return action;
  }

  /**
   * Returns the edit in plain words, naming the activities and hours; built on the first call
   * when the recommendation comes from a scored report, the same string on every call.
   *
   * @return the description
   */
  @JsonProperty("description")
  public String description() {
    String d = description;
    if (d == null) {
      synchronized (this) {
        d = description;
        if (d == null) {
          d = requireNonNull(source.describe(kind, a, x), "description");
          description = d;
          source = null; // read only under this lock, and only while description is null
        }
      }
    }
    return d;
  }

  /**
   * Returns the score of the edited plan, in [0, 100] (the plan's own for a {@value
   * #CATALOGUE_GAP} note).
   *
   * @return the score
   */
  @JsonProperty("score")
  public double score() {
    return score;
  }

  /**
   * Returns whether {@code o} is a recommendation with the same action, description and score
   * (scores compared as {@link Double#compare} does).
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Recommendation)) {
      return false;
    }
    Recommendation r = (Recommendation) o;
    return Double.compare(score, r.score) == 0 && action.equals(r.action)
        && description().equals(r.description());
  }

  /** Returns a hash code of the action, description and score. */
  @Override
  public int hashCode() {
    return (action.hashCode() * 31 + description().hashCode()) * 31 + Double.hashCode(score);
  }

  /** Returns {@code Recommendation[action=..., description=..., score=...]}. */
  @Override
  public String toString() {
    return "Recommendation[action=" + action + ", description=" + description() + ", score="
        + score + "]";
  }
}
