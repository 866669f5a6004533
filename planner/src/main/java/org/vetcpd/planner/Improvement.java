package org.vetcpd.planner;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.TailoringReport;
import org.vetcpd.rules.TerminalText;

/**
 * The smallest set of edits that lifts a plan into a band under constraints, or why none does
 * (docs/planner.md, "Improve").
 *
 * <p>JSON: {@code plan} (the edited plan, or the plan as given when the band is not reached),
 * {@code report}, {@code band} (the target), {@code reached}, {@code edits} (array of {@link Edit}),
 * {@code stoppedBy} (null, or the constraint that stops it: {@code hours}, {@code budget}, {@code
 * hours and budget}, {@code keep:ID}, {@code catalogue} or {@code search limit}), {@code
 * statement} (one sentence).
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonPropertyOrder({"plan", "report", "band", "reached", "edits", "stoppedBy", "statement"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public final class Improvement {
  private final CpdPlan plan;
  private final TailoringReport report;
  private final Band band;
  private final boolean reached;
  private final ImmutableList<Edit> edits;
  private final Optional<String> stoppedBy;
  private final String statement;

  Improvement(CpdPlan plan, TailoringReport report, Band band, boolean reached, List<Edit> edits,
      Optional<String> stoppedBy, String statement) {
    this.plan = plan;
    this.report = report;
    this.band = band;
    this.reached = reached;
    this.edits = ImmutableList.copyOf(edits);
    this.stoppedBy = stoppedBy;
    this.statement = statement;
  }

  /**
   * Returns the edited plan when the band is reached, else the plan as given.
   *
   * @return the plan
   */
  @JsonProperty("plan")
  public CpdPlan plan() {
    return plan;
  }

  /**
   * Returns the report of {@link #plan()}.
   *
   * @return the report
   */
  @JsonProperty("report")
  public TailoringReport report() {
    return report;
  }

  /**
   * Returns the band asked for.
   *
   * @return the target band
   */
  @JsonProperty("band")
  public Band band() {
    return band;
  }

  /**
   * Returns whether the edits lift the plan into the band (or it was there already, with no
   * edits).
   *
   * @return true if reached
   */
  @JsonProperty("reached")
  public boolean reached() {
    return reached;
  }

  /**
   * Returns the edits: fewest, then fewest added hours, then lowest added cost; empty when the
   * plan is already in the band or the band cannot be reached.
   *
   * @return the edits
   */
  @JsonProperty("edits")
  public ImmutableList<Edit> edits() {
    return edits;
  }

  /**
   * Returns the constraint that stops the plan from reaching the band, when it is not reached.
   *
   * @return {@code hours}, {@code budget}, {@code hours and budget}, {@code keep:ID}, or {@code
   *     catalogue} (no edits of the recommender's kinds reach it, whatever the constraints) or
   *     {@code search limit} (the search stopped before four edits, its next size having too many
   *     sets, or the searches under relaxed constraints stopped first)
   */
  @JsonProperty("stoppedBy")
  public Optional<String> stoppedBy() {
    return stoppedBy;
  }

  /**
   * Returns the outcome in one sentence.
   *
   * @return the statement
   */
  @JsonProperty("statement")
  public String statement() {
    return statement;
  }

  /**
   * Returns a readable text block: the statement, the edits, then the report, text from data
   * escaped ({@link TerminalText}). For people; do not parse.
   *
   * @return the text
   */
  public String toText() {
    // the statement and the edits quote ids and titles from data: escaped as the report escapes
    // them (a bidi control in a title would reorder the line, a line separator split it)
    StringBuilder b = new StringBuilder(TerminalText.escape(statement)).append('\n');
    int k = 1;
    for (Edit e : edits) {
      b.append(String.format(Locale.ROOT, "  %d. %s%n", k++,
          TerminalText.escape(e.description())));
    }
    return b.append('\n').append(report.toText()).toString();
  }

  @Override
  public String toString() {
    return "Improvement[" + plan.id() + " -> " + band + ", reached " + reached + ", "
        + edits.size() + " edits]";
  }
}
