package org.vetcpd.rules;

import com.google.common.base.Strings;
import java.util.List;
import java.util.Locale;
import org.vetcpd.core.internal.NumberText;

/**
 * Renders a report as a block of text for a school leader: shares as percents, each criterion's
 * points against the most it can give, findings and recommendations in plain words, and the
 * research they cite by author and year under "Reference".
 */
final class ReportText {
  private static final int BAR = 20;
  private static final int TOP = 3;

  /** The finding of a plan without items, which no criterion assesses. */
  static final String EMPTY_PLAN = "The plan holds no activities: nothing in it develops the"
      + " teacher's vocation, cooperation with industry, teaching or working community, so it"
      + " scores 0. Start it with the first recommendation.";

  private ReportText() {}

  /** Returns whether the report is of a plan without items: then no criterion is assessed. */
  static boolean emptyPlan(TailoringReport r) {
    return r.criteria().stream().noneMatch(CriterionResult::assessed);
  }

  /** Returns the most points each criterion can give: {@code 100 · w / Σ w} over the assessed. */
  static double maxPoints(TailoringReport r, CriterionResult c) {
    double total = 0;
    for (CriterionResult x : r.criteria()) {
      if (x.assessed()) {
        total += x.weight();
      }
    }
    return c.assessed() && total > 0 ? 100 * c.weight() / total : 0;
  }

  /**
   * What {@code String.format(Locale.ROOT, "%.1f", v)} prints, without the formatter's parsing of
   * a pattern for each number of each report: {@link NumberText#fixed} where the two agree (a
   * clear sign bit, so every score and every point), the formatter otherwise ({@code -0.0}).
   */
  static String oneDecimal(double v) {
    return Double.doubleToRawLongBits(v) >= 0 ? NumberText.fixed(v, 1)
        : String.format(Locale.ROOT, "%.1f", v);
  }

  static String render(TailoringReport r) {
    StringBuilder b = new StringBuilder();
    b.append("Plan ").append(TerminalText.escape(r.plan())).append(" (teacher ")
        .append(TerminalText.escape(r.teacher())).append(") scored with rubric ")
        .append(TerminalText.escape(r.rubric().toString())).append('\n');
    b.append("Score ").append(oneDecimal(r.score())).append(" of 100, band: ")
        .append(Text.words(r.band())).append("\n\n");
    for (CriterionResult c : r.criteria()) {
      b.append(Strings.padEnd(c.id(), 22, ' '));
      if (c.assessed()) {
        double v = c.value().getAsDouble();
        int filled = (int) Math.round(v * BAR);
        b.append('[').append(Strings.repeat("#", filled)).append(Strings.repeat(".", BAR - filled))
            .append(']').append(Strings.padStart(Text.percent(v), 5, ' '))
            .append("  ").append(Strings.padStart(oneDecimal(c.contribution()), 4, ' '))
            .append(" of ").append(Strings.padStart(oneDecimal(maxPoints(r, c)), 4, ' '))
            .append(" points\n");
      } else {
        b.append("not assessed: ").append(TerminalText.escape(c.notAssessedReason().orElse("")))
            .append('\n');
      }
    }
    boolean header = false;
    if (emptyPlan(r)) {
      b.append("\nFindings\n- ").append(EMPTY_PLAN).append('\n');
      header = true;
    }
    for (CriterionResult c : r.criteria()) {
      if (c.finding().isPresent()) {
        if (!header) {
          b.append("\nFindings\n");
          header = true;
        }
        b.append("- ").append(c.id()).append(": ").append(TerminalText.escape(c.finding().get()))
            .append('\n');
      }
    }
    List<Recommendation> recs = r.recommendations();
    if (!recs.isEmpty()) {
      b.append("\nRecommendations (score of the edited plan)\n");
      for (int i = 0; i < Math.min(TOP, recs.size()); i++) {
        Recommendation rec = recs.get(i);
        String score = rec.action().equals(Recommendation.CATALOGUE_GAP)
            ? "    -" : Strings.padStart(oneDecimal(rec.score()), 5, ' ');
        b.append(i + 1).append(". ").append(score).append("  ")
            .append(TerminalText.escape(rec.description())).append('\n');
      }
    }
    if (b.indexOf(Text.SOURCE) >= 0) {
      b.append("\nReference: ").append(Text.REFERENCE).append('\n');
    }
    return b.toString();
  }
}
