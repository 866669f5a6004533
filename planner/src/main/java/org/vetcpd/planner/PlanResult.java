package org.vetcpd.planner;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.rules.TailoringReport;
import org.vetcpd.rules.TerminalText;

/**
 * The best plan found for a teacher under {@link PlanConstraints}, with its report, whether it is
 * proven optimal (else its gap to a proven upper bound), the binding constraints and the marginal
 * scores (docs/planner.md).
 *
 * <p>JSON ({@code VetcpdJson.write(result)}), DESIGN.md "Planner JSON": {@code plan} (a {@code
 * CpdPlan} exactly as in the data format), {@code report}, {@code optimal}, {@code gap} (score
 * points between the plan and the bound; 0 when optimal), {@code binding} (constraint names:
 * {@code hours}, {@code budget}, {@code keep:ID}), {@code marginal} (see {@link Marginal}).
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonPropertyOrder({"plan", "report", "optimal", "gap", "binding", "marginal"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public final class PlanResult {
  private final CpdPlan plan;
  private final TailoringReport report;
  private final boolean optimal;
  private final double gap;
  private final ImmutableList<String> binding;
  private final Marginal marginal;
  private final double cost;
  private final PlanConstraints constraints;
  private final ImmutableList<String> filtered;

  PlanResult(CpdPlan plan, TailoringReport report, boolean optimal, double gap,
      List<String> binding, Marginal marginal, double cost, PlanConstraints constraints,
      List<String> filtered) {
    this.plan = plan;
    this.report = report;
    this.optimal = optimal;
    this.gap = gap;
    this.binding = ImmutableList.copyOf(binding);
    this.marginal = marginal;
    this.cost = cost;
    this.constraints = constraints;
    this.filtered = ImmutableList.copyOf(filtered);
  }

  /**
   * Returns the plan: one item per activity with hours, time allocated, substitute and cost funded
   * as the activity needs, no drivers listed.
   *
   * @return the plan
   */
  @JsonProperty("plan")
  public CpdPlan plan() {
    return plan;
  }

  /**
   * Returns the plan's report under the optimizer's rubric.
   *
   * @return the report
   */
  @JsonProperty("report")
  public TailoringReport report() {
    return report;
  }

  /**
   * Returns whether the plan's score is proven optimal: by exhaustive search, or by a bound within
   * 1e-6 points of it.
   *
   * @return true if proven optimal
   */
  @JsonProperty("optimal")
  public boolean optimal() {
    return optimal;
  }

  /**
   * Returns the score points between the plan and a proven upper bound on the optimum; 0 when
   * optimal.
   *
   * @return the gap, ≥ 0
   */
  @JsonProperty("gap")
  public double gap() {
    return gap;
  }

  /**
   * Returns the proven upper bound on the optimum: score plus gap.
   *
   * @return the bound
   */
  @JsonIgnore
  public double bound() {
    return report.score() + gap;
  }

  /**
   * Returns the constraints whose relaxation would raise the optimum: {@code hours} (one more
   * step), {@code budget} (one more unit of money), {@code keep:ID} (not keeping ID).
   *
   * @return the binding constraints, in that order
   */
  @JsonProperty("binding")
  public ImmutableList<String> binding() {
    return binding;
  }

  /**
   * Returns the marginal scores and each item's contribution.
   *
   * @return the marginal scores
   */
  @JsonProperty("marginal")
  public Marginal marginal() {
    return marginal;
  }

  /**
   * Returns the money the plan uses: {@code Σ h·(costPerHour + (requiresSubstitute ? R : 0))}.
   *
   * @return the cost
   */
  @JsonIgnore
  public double cost() {
    return cost;
  }

  /**
   * Returns the constraints the plan was optimised under.
   *
   * @return the constraints
   */
  @JsonIgnore
  public PlanConstraints constraints() {
    return constraints;
  }

  /**
   * Returns the activities the pre-filter set aside, each with why (not fitting the programme,
   * dominated by another, unaffordable).
   *
   * @return one line per activity
   */
  @JsonIgnore
  public ImmutableList<String> filtered() {
    return filtered;
  }

  /**
   * Returns a readable text block: the plan's items with what each contributes, the score,
   * whether it is optimal, the binding constraints, the marginal scores, then the report; ids from
   * data escaped ({@link TerminalText}). For people; do not parse.
   *
   * @return the text
   */
  public String toText() {
    StringBuilder b = new StringBuilder();
    PlanConstraints c = constraints;
    b.append("Best plan for teacher ").append(TerminalText.escape(plan.teacher())).append(": ")
        .append(num(plan.totalHours())).append(" of ").append(num(c.hours())).append(" h");
    OptionalDouble m = c.budget();
    b.append(", cost ").append(num(cost))
        .append(m.isPresent() ? " of " + num(m.getAsDouble()) : " (no budget limit)");
    if (c.substituteRate() > 0) {
      b.append(", substitutes at ").append(num(c.substituteRate())).append(" per hour");
    }
    b.append('\n');
    b.append(String.format(Locale.ROOT, "  score %.1f, %s; %s%n", report.score(), report.band(),
        optimal ? "proven optimal" : String.format(Locale.ROOT,
            "not proven optimal: at most %.2f points below the optimum", gap)));
    if (plan.items().isEmpty()) {
      b.append("  no activity: nothing affordable raises the score\n");
    }
    int width = plan.items().stream().mapToInt(i -> TerminalText.escape(i.activity()).length())
        .max().orElse(0);
    for (Marginal.Item i : marginal.items()) {
      b.append(String.format(Locale.ROOT, "  %-" + width + "s  %6s h  cost %8s  %+.1f points%n",
          TerminalText.escape(i.activity()), num(i.hours()), num(i.cost()), i.score()));
    }
    b.append("  (points: what the score loses without the item)\n");
    b.append("  binding: ").append(binding.isEmpty() ? "none"
        : TerminalText.escape(String.join(", ", binding))).append('\n');
    b.append(String.format(Locale.ROOT, "  one more step of %s h: %+.2f points",
        num(marginal.hours().step()), marginal.hours().score()));
    Optional<Marginal.Money> money = marginal.money();
    money.ifPresent(x -> b.append(String.format(Locale.ROOT, "; %s more money: %+.2f points",
        num(x.unit()), x.score())));
    b.append("\n\n").append(report.toText());
    return b.toString();
  }

  /**
   * A number for people: an integer without a decimal point, else at most two decimals without
   * trailing zeros (2.5, 0.25); a value that rounds to a whole number at two decimals has no
   * point either (7.0001 is 7, not "7."; 0.0001 and -0.0001 are 0).
   */
  static String num(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.valueOf((long) v);
    }
    String s = String.format(Locale.ROOT, "%.2f", v);
    if (s.indexOf('.') < 0) {
      return s; // Infinity, NaN
    }
    s = s.replaceAll("0+$", "");
    if (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.equals("-0") ? "0" : s;
  }

  @Override
  public String toString() {
    return "PlanResult[" + plan.id() + ", score " + report.score() + ", optimal " + optimal
        + ", gap " + gap + "]";
  }
}
