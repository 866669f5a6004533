package org.vetcpd.rules;

import com.google.common.base.Strings;
import java.util.List;
import java.util.Locale;

/** Renders a report as a block of text for a school leader. */
final class ReportText {
  private static final int BAR = 20;
  private static final int TOP = 3;

  private ReportText() {}

  static String render(TailoringReport r) {
    StringBuilder b = new StringBuilder();
    b.append("Plan ").append(TerminalText.escape(r.plan())).append(" (teacher ")
        .append(TerminalText.escape(r.teacher())).append(") scored with rubric ")
        .append(TerminalText.escape(r.rubric().toString())).append('\n');
    b.append(String.format(Locale.ROOT, "Score %.1f of 100: %s\n", r.score(), r.band()))
        .append('\n');
    for (CriterionResult c : r.criteria()) {
      b.append(Strings.padEnd(c.id(), 22, ' '));
      if (c.assessed()) {
        double v = c.value().getAsDouble();
        int filled = (int) Math.round(v * BAR);
        b.append('[').append(Strings.repeat("#", filled)).append(Strings.repeat(".", BAR - filled))
            .append(']')
            .append(String.format(Locale.ROOT, " %4.2f  %+6.2f points\n", v, c.contribution()));
      } else {
        b.append("not assessed: ").append(TerminalText.escape(c.notAssessedReason().orElse("")))
            .append('\n');
      }
    }
    boolean header = false;
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
        b.append(String.format(Locale.ROOT, "%d. %5.1f  %s\n", i + 1, rec.score(),
            TerminalText.escape(rec.description())));
      }
    }
    return b.toString();
  }
}
