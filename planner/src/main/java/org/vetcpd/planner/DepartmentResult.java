package org.vetcpd.planner;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import org.vetcpd.rules.TerminalText;

/**
 * The plans of a department's teachers under a shared budget, with the department's summary
 * before (the teachers' existing plans) and after (docs/planner.md, "Department").
 *
 * <p>JSON: {@code school}, {@code department}, {@code allocation} ({@code leximin-greedy} or {@code
 * equal-split}, whichever is better by leximin; {@code independent} without a budget), {@code
 * before}, {@code after} ({@link DepartmentSummary}), {@code plans} (one {@link PlanResult} per
 * teacher, in data set order, each optimised under the money allocated to that teacher).
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonPropertyOrder({"school", "department", "allocation", "before", "after", "plans"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public final class DepartmentResult {
  private final String school;
  private final String department;
  private final String allocation;
  private final DepartmentSummary before;
  private final DepartmentSummary after;
  private final ImmutableList<PlanResult> plans;

  DepartmentResult(String school, String department, String allocation, DepartmentSummary before,
      DepartmentSummary after, List<PlanResult> plans) {
    this.school = school;
    this.department = department;
    this.allocation = allocation;
    this.before = before;
    this.after = after;
    this.plans = ImmutableList.copyOf(plans);
  }

  /**
   * Returns the school's id.
   *
   * @return the school
   */
  @JsonProperty("school")
  public String school() {
    return school;
  }

  /**
   * Returns the department's id.
   *
   * @return the department
   */
  @JsonProperty("department")
  public String department() {
    return department;
  }

  /**
   * Returns how the money was allocated: {@code leximin-greedy} or {@code equal-split}, or {@code
   * independent} when the money is unlimited.
   *
   * @return the allocation rule that won
   */
  @JsonProperty("allocation")
  public String allocation() {
    return allocation;
  }

  /**
   * Returns the summary of the teachers' existing plans.
   *
   * @return the summary before
   */
  @JsonProperty("before")
  public DepartmentSummary before() {
    return before;
  }

  /**
   * Returns the summary of the planned plans.
   *
   * @return the summary after
   */
  @JsonProperty("after")
  public DepartmentSummary after() {
    return after;
  }

  /**
   * Returns one result per teacher, in data set order.
   *
   * @return the plans
   */
  @JsonProperty("plans")
  public ImmutableList<PlanResult> plans() {
    return plans;
  }

  /**
   * Returns a readable text block: the summaries, then one line per teacher, ids from data
   * escaped ({@link TerminalText}). For people; do not parse.
   *
   * @return the text
   */
  public String toText() {
    StringBuilder b = new StringBuilder("Department ").append(TerminalText.escape(department))
        .append(" of school ").append(TerminalText.escape(school)).append(" (money allocated by ")
        .append(allocation).append(")\n");
    b.append("  before: ").append(before.toText()).append('\n');
    b.append("  after:  ").append(after.toText()).append('\n');
    for (PlanResult r : plans) {
      b.append(String.format(Locale.ROOT, "  %-12s %5.1f %-15s %4s h  cost %7s  %s%n",
          TerminalText.escape(r.plan().teacher()), r.report().score(), r.report().band(),
          PlanResult.num(r.plan().totalHours()), PlanResult.num(r.cost()),
          r.plan().items().stream()
              .map(i -> TerminalText.escape(i.activity()) + " " + PlanResult.num(i.hours()))
              .reduce((x, y) -> x + ", " + y).orElse("(no activity)")));
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return "DepartmentResult[" + school + "/" + department + ", " + plans.size() + " plans]";
  }
}
