package org.vetcpd.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.IntPredicate;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.CpdActivity;

/**
 * Words and numbers for evidence, findings and recommendations, with {@code .} decimals in every
 * locale. What a school leader reads uses one number format: shares as whole percents ({@link
 * #percent}), hours as hours ({@link #hours}), counts with the right singular or plural ({@link
 * #count}); research is cited by author and year ({@link #SOURCE}), never by seed number.
 */
final class Text {
  private static final int MAX_NAMED = 4;

  /** The in-text citation of seed 000, the study the rubric is built on. */
  static final String SOURCE = "Ballangrud & Nilsen, 2022";

  /** The full reference of {@link #SOURCE}, for a References section. */
  static final String REFERENCE = "Ballangrud, B. B., & Nilsen, E. (2022). VET teachers'"
      + " continuing professional development \u2014 the responsibility of the school leader."
      + " Journal of Education and Work.";

  private Text() {}

  /**
   * Returns a number with at most two decimals, trailing zeros dropped: 0.5, 12, 0.33. The
   * decimals are those of {@link Double#toString} (the shortest that read back to the number),
   * rounded half up; {@link #numReference} is the same with {@code BigDecimal}, which this avoids
   * (and the tests compare the two).
   */
  static String num(double v) {
    double a = Math.abs(v);
    if (a < 1e7) {
      if (a == (long) a) {
        // An integer, -0.0 included: what BigDecimal prints, without the detour.
        return v < 0 ? "-" + (long) a : Long.toString((long) a);
      }
      if (a >= 1e-3) {
        // Double.toString writes [1e-3, 1e7) as digits "." digits, never with an exponent.
        String s = Double.toString(a);
        int dot = s.indexOf('.');
        long cents = Long.parseLong(s, 0, dot, 10) * 100;
        int n = s.length() - dot - 1;
        if (n >= 1) {
          cents += 10 * (s.charAt(dot + 1) - '0');
        }
        if (n >= 2) {
          cents += s.charAt(dot + 2) - '0';
        }
        if (n >= 3 && s.charAt(dot + 3) >= '5') {
          cents++; // half up: the digits dropped are at least half a cent
        }
        if (cents == 0) {
          return "0";
        }
        long whole = cents / 100;
        int frac = (int) (cents % 100);
        StringBuilder b = new StringBuilder(12);
        if (v < 0) {
          b.append('-');
        }
        b.append(whole);
        if (frac != 0) {
          b.append('.').append((char) ('0' + frac / 10));
          if (frac % 10 != 0) {
            b.append((char) ('0' + frac % 10));
          }
        }
        return b.toString();
      }
    }
    return numReference(v);
  }

  /** {@link #num} as BigDecimal computes it: the reference, and the path for rare magnitudes. */
  static String numReference(double v) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    BigDecimal d = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    if (d.signum() == 0) {
      return "0";
    }
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  /**
   * Returns a share in [0, 1] as a whole percent, {@code 42%}; a share above 0 that would round
   * to 0 is {@code <1%}, one below 1 that would round to 100 is {@code 99%}.
   */
  static String percent(double share) {
    if (!Double.isFinite(share)) {
      return Double.toString(share);
    }
    long p = Math.round(100 * share);
    if (p == 0 && share > 0) {
      return "<1%";
    }
    if (p == 100 && share < 1) {
      p = 99;
    }
    return p + "%";
  }

  /** Returns a count with its noun in the right number: {@code 1 year}, {@code 2.5 years}. */
  static String count(double n, String singular, String plural) {
    return num(n) + " " + (num(n).equals("1") ? singular : plural);
  }

  /** Returns a constant's name as lower-case words: {@code PARTLY_TAILORED} → partly tailored. */
  static String words(Enum<?> e) {
    return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  /** Returns the teacher's programme by name where the data set has it: {@code Health (HS)}. */
  static String programme(PlanContext c) {
    String code = c.teacher.programme();
    return c.catalogue.programme(code).map(p -> p.name() + " (" + code + ")").orElse(code);
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
    StringBuilder b = new StringBuilder(96);
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
    StringBuilder b = new StringBuilder(160);
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
    String pct = total > 0 ? " (" + percent(part / total) + ")" : "";
    return hours(part) + " of " + hours(total) + pct;
  }

  /** Returns the mismatch note of a plan, or an empty string if every item fits. */
  static String mismatchNote(PlanContext c) {
    double m = c.mismatchedHours();
    if (m == 0) {
      return "";
    }
    return "; " + hours(m) + " do not fit programme " + programme(c) + ": "
        + items(c, i -> !c.fits[i]);
  }
}
