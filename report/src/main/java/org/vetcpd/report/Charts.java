package org.vetcpd.report;

import java.util.List;
import java.util.Locale;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.CriterionResult;
import org.vetcpd.rules.LeaderText;
import org.vetcpd.rules.TailoringReport;

/**
 * The report's charts as inline SVG. Each has {@code role="img"}, a {@code <title>} and a {@code
 * <desc>} that states every number it draws, and text labels, so that nothing is told by colour
 * alone; bands are told apart by fill pattern (solid, hatched, dotted) and by name.
 */
final class Charts {
  static final String INK = "#1f4e79";
  static final String TARGET = "#a33a00";
  private static final String GREY = "#595959";

  private Charts() {}

  /** The patterns the charts fill with, once per document. */
  static void defs(Html h) {
    h.raw("<svg class=\"defs\" width=\"0\" height=\"0\" aria-hidden=\"true\" focusable=\"false\">"
        + "<defs>"
        + "<pattern id=\"pat-hatch\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\""
        + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>"
        + "<rect width=\"3\" height=\"6\" fill=\"" + INK + "\"/></pattern>"
        + "<pattern id=\"pat-dots\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\">"
        + "<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>"
        + "<circle cx=\"3\" cy=\"3\" r=\"1.4\" fill=\"" + INK + "\"/></pattern>"
        + "</defs></svg>");
  }

  /** Solid for the best, hatched for the middle, dotted for the lowest. */
  static String fill(int rank) {
    switch (rank) {
      case 0:
        return INK;
      case 1:
        return "url(#pat-hatch)";
      default:
        return "url(#pat-dots)";
    }
  }

  /** Bands best first, the order of fills. */
  static final Band[] BANDS = {Band.TAILORED, Band.PARTLY_TAILORED, Band.GENERIC};

  static int rank(Band b) {
    for (int i = 0; i < BANDS.length; i++) {
      if (BANDS[i] == b) {
        return i;
      }
    }
    return BANDS.length - 1;
  }

  /** A small swatch of a fill, beside the word it stands for. */
  static void swatch(Html h, String fill) {
    h.raw("<svg class=\"swatch\" width=\"14\" height=\"14\" aria-hidden=\"true\" focusable=\"false\">"
        + "<rect x=\"0.5\" y=\"0.5\" width=\"13\" height=\"13\" stroke=\"" + INK + "\" fill=\"")
        .raw(fill).raw("\"/></svg>");
  }

  static String label(CompetenceArea a) {
    String w = LeaderText.words(a);
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** A criterion's id as words: {@code needs-alignment} → Needs alignment. */
  static String label(String criterionId) {
    String w = criterionId.replace('-', ' ');
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /**
   * The radar of the target against the plan's emphasis: four axes, one per competence area, and
   * two polygons, the target (dashed) and the plan (filled).
   */
  static void radar(Html h, double[] target, double[] plan) {
    double scale = 0.5;
    for (int k = 0; k < target.length; k++) {
      scale = Math.max(scale, Math.max(target[k], plan[k]));
    }
    scale = Math.ceil(scale * 10 - 1e-9) / 10;
    double cx = 180;
    double cy = 120;
    double r = 80;
    StringBuilder desc = new StringBuilder();
    for (CompetenceArea a : CompetenceArea.values()) {
      desc.append(desc.length() == 0 ? "" : "; ").append(label(a)).append(": target ")
          .append(LeaderText.percent(target[a.ordinal()])).append(", plan ")
          .append(LeaderText.percent(plan[a.ordinal()]));
    }
    h.raw("<svg class=\"radar\" role=\"img\" viewBox=\"0 0 360 250\" width=\"360\""
        + " height=\"250\"><title>Target and plan: share of hours in each competence area"
        + "</title><desc>").textOnly(desc + ". The outer ring is " + LeaderText.percent(scale)
        + " of the hours.").raw("</desc>");
    for (int ring = 1; ring <= 4; ring++) {
      h.raw("<circle class=\"ring\" cx=\"").num(cx).raw("\" cy=\"").num(cy).raw("\" r=\"")
          .num(r * ring / 4).raw("\" fill=\"none\" stroke=\"#d0d0d0\"/>");
    }
    String[] anchor = {"middle", "start", "middle", "end"};
    double[][] labelAt = {{cx, cy - r - 10}, {cx + r + 6, cy - 3}, {cx, cy + r + 18},
        {cx - r - 6, cy - 3}};
    for (CompetenceArea a : CompetenceArea.values()) {
      int k = a.ordinal();
      double[] end = point(cx, cy, r, k, 1);
      h.raw("<line class=\"axis\" x1=\"").num(cx).raw("\" y1=\"").num(cy).raw("\" x2=\"")
          .num(end[0]).raw("\" y2=\"").num(end[1]).raw("\" stroke=\"" + GREY + "\"/>");
      // Two-word names on two lines, so that the side labels fit beside the circle.
      String[] words = label(a).split(" ", 2);
      h.raw("<text x=\"").num(labelAt[k][0]).raw("\" y=\"").num(labelAt[k][1])
          .raw("\" text-anchor=\"" + anchor[k] + "\">").text(words[0]);
      if (words.length > 1) {
        h.raw("<tspan x=\"").num(labelAt[k][0]).raw("\" dy=\"14\">").text(words[1])
            .raw("</tspan>");
      }
      h.raw("</text>");
    }
    polygon(h, "target", target, scale, cx, cy, r,
        "fill=\"none\" stroke=\"" + TARGET + "\" stroke-width=\"2.5\" stroke-dasharray=\"6 4\"");
    polygon(h, "plan", plan, scale, cx, cy, r,
        "fill=\"" + INK + "\" fill-opacity=\"0.3\" stroke=\"" + INK + "\" stroke-width=\"2\"");
    h.raw("<line x1=\"4\" y1=\"236\" x2=\"30\" y2=\"236\" stroke=\"" + TARGET + "\""
        + " stroke-width=\"2.5\" stroke-dasharray=\"6 4\"/><text x=\"36\" y=\"240\">target</text>"
        + "<rect x=\"100\" y=\"230\" width=\"26\" height=\"12\" fill=\"" + INK + "\""
        + " fill-opacity=\"0.3\" stroke=\"" + INK + "\" stroke-width=\"2\"/>"
        + "<text x=\"132\" y=\"240\">plan</text></svg>");
  }

  private static double[] point(double cx, double cy, double r, int k, double f) {
    // Vocational up, industry cooperation right, pedagogical down, working community left.
    double angle = -Math.PI / 2 + k * Math.PI / 2;
    return new double[] {cx + r * f * Math.cos(angle), cy + r * f * Math.sin(angle)};
  }

  private static void polygon(Html h, String cls, double[] v, double scale, double cx, double cy,
      double r, String style) {
    StringBuilder pts = new StringBuilder();
    for (int k = 0; k < v.length; k++) {
      double[] p = point(cx, cy, r, k, Math.min(1, v[k] / scale));
      pts.append(k == 0 ? "" : " ").append(Html.num2(p[0])).append(',').append(Html.num2(p[1]));
    }
    h.raw("<polygon class=\"" + cls + "\" points=\"" + pts + "\" " + style + "/>");
  }

  /** Ten bars, each criterion's points drawn inside a track as long as the most it can give. */
  static void criteria(Html h, TailoringReport r) {
    List<CriterionResult> cs = r.criteria();
    double most = 0;
    for (CriterionResult c : cs) {
      most = Math.max(most, LeaderText.maxPoints(r, c));
    }
    double unit = 200 / (most > 0 ? most : 100);
    int row = 22;
    int height = cs.size() * row + 8;
    StringBuilder desc = new StringBuilder();
    for (CriterionResult c : cs) {
      desc.append(desc.length() == 0 ? "" : "; ").append(label(c.id())).append(": ")
          .append(points(r, c));
    }
    h.raw("<svg class=\"criteria\" role=\"img\" viewBox=\"0 0 520 " + height + "\" width=\"520\""
        + " height=\"" + height + "\"><title>Points from each criterion, drawn against the most it"
        + " can give</title><desc>").textOnly(desc.toString()).raw("</desc>");
    for (int i = 0; i < cs.size(); i++) {
      CriterionResult c = cs.get(i);
      double y = 4 + i * row;
      double max = LeaderText.maxPoints(r, c);
      h.raw("<text x=\"0\" y=\"").num(y + 12).raw("\">").text(label(c.id())).raw("</text>");
      h.raw("<rect class=\"track\" x=\"160\" y=\"").num(y).raw("\" width=\"").num(max * unit)
          .raw("\" height=\"15\" fill=\"#ffffff\" stroke=\"" + GREY + "\""
              + (c.assessed() ? "" : " stroke-dasharray=\"3 3\"") + "/>");
      h.raw("<rect class=\"bar\" x=\"160\" y=\"").num(y).raw("\" width=\"")
          .num(c.contribution() * unit).raw("\" height=\"15\" fill=\"" + INK + "\"/>");
      h.raw("<text x=\"").num(166 + Math.max(max, 0) * unit).raw("\" y=\"").num(y + 12)
          .raw("\">").text(points(r, c)).raw("</text>");
    }
    h.raw("</svg>");
  }

  static String points(TailoringReport r, CriterionResult c) {
    if (!c.assessed()) {
      return "not assessed";
    }
    return Html.one(c.contribution()) + " of " + Html.one(LeaderText.maxPoints(r, c)) + " points";
  }

  /**
   * The distribution of scores: ten bins of ten points, each bar stacked by band, with the band's
   * pattern and the number of plans on it.
   */
  static void histogram(Html h, List<TailoringReport> reports) {
    int[][] bins = new int[10][BANDS.length];
    int tallest = 1;
    for (TailoringReport r : reports) {
      int bin = Math.min(9, (int) Math.floor(r.score() / 10));
      bins[bin][rank(r.band())]++;
    }
    StringBuilder desc = new StringBuilder("Scores of ").append(reports.size())
        .append(reports.size() == 1 ? " plan" : " plans").append(" in bins of 10 points");
    for (int i = 0; i < 10; i++) {
      int n = 0;
      for (int k = 0; k < BANDS.length; k++) {
        n += bins[i][k];
      }
      tallest = Math.max(tallest, n);
      if (n > 0) {
        desc.append("; ").append(i * 10).append(" to ").append(i * 10 + 10).append(": ");
        String sep = "";
        for (int k = 0; k < BANDS.length; k++) {
          if (bins[i][k] > 0) {
            desc.append(sep).append(bins[i][k]).append(' ').append(LeaderText.words(BANDS[k]));
            sep = ", ";
          }
        }
      }
    }
    double left = 30;
    double width = 400;
    double top = 18;
    double plot = 102;
    double unit = plot / tallest;
    h.raw("<svg class=\"histogram\" role=\"img\" viewBox=\"0 0 440 150\" width=\"440\""
        + " height=\"150\"><title>Distribution of scores</title><desc>").textOnly(desc.toString())
        .raw("</desc>");
    h.raw("<line x1=\"").num(left).raw("\" y1=\"").num(top + plot).raw("\" x2=\"")
        .num(left + width).raw("\" y2=\"").num(top + plot).raw("\" stroke=\"" + GREY + "\"/>");
    for (int i = 0; i <= 10; i++) {
      h.raw("<text x=\"").num(left + i * width / 10).raw("\" y=\"").num(top + plot + 16)
          .raw("\" text-anchor=\"middle\" font-size=\"11\">").raw(Integer.toString(i * 10))
          .raw("</text>");
    }
    for (int i = 0; i < 10; i++) {
      double y = top + plot;
      int n = 0;
      for (int k = 0; k < BANDS.length; k++) {
        int c = bins[i][k];
        if (c == 0) {
          continue;
        }
        n += c;
        y -= c * unit;
        h.raw("<rect class=\"bin\" x=\"").num(left + i * width / 10 + 3).raw("\" y=\"").num(y)
            .raw("\" width=\"").num(width / 10 - 6).raw("\" height=\"").num(c * unit)
            .raw("\" fill=\"" + fill(k) + "\" stroke=\"" + INK + "\"/>");
      }
      if (n > 0) {
        h.raw("<text x=\"").num(left + i * width / 10 + width / 20).raw("\" y=\"").num(y - 3)
            .raw("\" text-anchor=\"middle\" font-size=\"12\">").raw(Integer.toString(n))
            .raw("</text>");
      }
    }
    h.raw("<text x=\"").num(left + width / 2).raw("\" y=\"146\" text-anchor=\"middle\""
        + " font-size=\"11\">score</text></svg>");
  }

  /**
   * Horizontal bars of hours, one a row, each labelled with its hours and share of the total.
   *
   * @param fills one fill per row
   */
  static void hours(Html h, String cls, String title, String[] labels, double[] hours,
      String[] fills) {
    double total = 0;
    double most = 0;
    for (double x : hours) {
      total += x;
      most = Math.max(most, x);
    }
    double unit = 220 / (most > 0 ? most : 1);
    int row = 24;
    int height = labels.length * row + 6;
    StringBuilder desc = new StringBuilder();
    for (int i = 0; i < labels.length; i++) {
      desc.append(i == 0 ? "" : "; ").append(labels[i]).append(": ").append(amount(hours[i],
          total));
    }
    h.raw("<svg class=\"" + cls + "\" role=\"img\" viewBox=\"0 0 560 " + height + "\""
        + " width=\"560\" height=\"" + height + "\"><title>").textOnly(title).raw("</title><desc>")
        .textOnly(desc.toString()).raw("</desc>");
    for (int i = 0; i < labels.length; i++) {
      double y = 4 + i * row;
      h.raw("<text x=\"0\" y=\"").num(y + 13).raw("\">").text(labels[i]).raw("</text>");
      h.raw("<rect x=\"190\" y=\"").num(y).raw("\" width=\"").num(hours[i] * unit)
          .raw("\" height=\"16\" fill=\"" + fills[i] + "\" stroke=\"" + INK + "\"/>");
      h.raw("<text x=\"").num(196 + hours[i] * unit).raw("\" y=\"").num(y + 13).raw("\">")
          .text(amount(hours[i], total)).raw("</text>");
    }
    h.raw("</svg>");
  }

  /** Returns hours with their share, {@code 40 h (33%)}, in whole hours: sums of area shares. */
  static String amount(double hours, double total) {
    return LeaderText.hours(Math.round(hours)) + (total > 0
        ? " (" + LeaderText.percent(hours / total) + ")" : "");
  }

  static String title(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
