package org.vetcpd.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.IntPredicate;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.CpdActivity;

/** Words and numbers for evidence and findings, with {@code .} decimals in every locale. */
final class Text {
  private static final int MAX_NAMED = 4;

  private Text() {}

  /** Returns a number with at most two decimals, trailing zeros dropped: 0.5, 12, 0.33. */
  static String num(double v) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    BigDecimal d = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    if (d.signum() == 0) {
      return "0";
    }
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  /** Returns hours as {@code 12.5 h}. */
  static String hours(double h) {
    return num(h) + " h";
  }

  /** Returns an activity as the plan shows it: {@code "Title" (id)}. */
  static String activity(CpdActivity a) {
    return "\"" + a.title() + "\" (" + a.id() + ")";
  }

  /** Returns an area's name in lower case words, e.g. {@code industry cooperation}. */
  static String area(CompetenceArea a) {
    return a.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  /** Returns a vector as {@code vocational 0.4, industry cooperation 0.3, ...}. */
  static String vector(double[] v) {
    StringBuilder b = new StringBuilder();
    for (CompetenceArea a : PlanContext.AREAS) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(area(a)).append(' ').append(num(v[a.ordinal()]));
    }
    return b.toString();
  }

  /** Returns the hours of the items that satisfy the test. */
  static double hoursOf(PlanContext c, IntPredicate item) {
    double sum = 0;
    for (int i = 0; i < c.size(); i++) {
      if (item.test(i)) {
        sum += c.hours(i);
      }
    }
    return sum;
  }

  /**
   * Returns the items that satisfy the test, e.g. {@code "AfL" (a-1) 20 h, "PW" (a-2) 10 h}, the
   * first few by name; {@code none} if there is none.
   */
  static String items(PlanContext c, IntPredicate item) {
    StringBuilder b = new StringBuilder();
    int named = 0;
    int more = 0;
    for (int i = 0; i < c.size(); i++) {
      if (!item.test(i)) {
        continue;
      }
      if (named == MAX_NAMED) {
        more++;
        continue;
      }
      if (named > 0) {
        b.append(", ");
      }
      b.append(activity(c.activities[i])).append(' ').append(hours(c.hours(i)));
      named++;
    }
    if (named == 0) {
      return "none";
    }
    if (more > 0) {
      b.append(" and ").append(more).append(more == 1 ? " more item" : " more items");
    }
    return b.toString();
  }

  /** Returns {@code part of total h} with the share, e.g. {@code 10 h of 40 h (25%)}. */
  static String share(double part, double total) {
    String pct = total > 0 ? " (" + num(100 * part / total) + "%)" : "";
    return hours(part) + " of " + hours(total) + pct;
  }

  /** Returns the mismatch note of a plan, or an empty string if every item fits. */
  static String mismatchNote(PlanContext c) {
    double m = c.mismatchedHours();
    if (m == 0) {
      return "";
    }
    return "; " + hours(m) + " do not fit programme " + c.teacher.programme() + ": "
        + items(c, i -> !c.fits[i]);
  }
}
