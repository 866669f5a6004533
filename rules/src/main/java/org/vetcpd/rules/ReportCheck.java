package org.vetcpd.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Map;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Problems;

/**
 * Checks that a report read back is the sum of its parts, as {@link TailoringScorer} makes every
 * report: called by {@link TailoringReport#parse(String)} after the JSON is parsed, it lists
 * every problem with its path (e.g. {@code criteria[3].contribution}).
 *
 * <p>The laws: ids not blank; every number finite and in its range; target summing to 1 and
 * emphasis to at most 1; {@code needs-alignment} equal to the overlap {@code Σ min(E, t)}; each
 * contribution equal to {@code 100 · w · value / Σ w} over the assessed criteria; the score equal to
 * the sum of the contributions; known recommendation actions, each raising the score, best first.
 * A plan without items (no criterion assessed) is GENERIC. When the rubric is known (given, or
 * the standard named by its fingerprint) the weights must be its weights and the band the one its
 * limits give the score. Sums are compared to within
 * {@value #TOLERANCE}.
 */
final class ReportCheck {
  /** How far a recomputed sum may differ from the number in the report. */
  static final double TOLERANCE = 1e-9;

  static final ImmutableSet<String> ACTIONS = ImmutableSet.of(
      Recommendation.CATALOGUE_GAP, Recommendation.START_PLAN,
      Recommendation.ADD_INDUSTRY_CONTACT, Recommendation.RECONTEXTUALISE,
      Recommendation.FUND_SUBSTITUTE, Recommendation.FUND_COSTS, Recommendation.ALLOCATE_TIME,
      Recommendation.DROP_MISMATCH, Recommendation.INVOLVE_LEADER);

  private ReportCheck() {}

  /**
   * Returns every problem of a report.
   *
   * @param r the report
   * @param rubric the rubric it must have been scored with, or null to check it against the
   *     standard rubric if it names the standard's fingerprint, and against no rubric otherwise
   */
  static Problems check(TailoringReport r, Rubric rubric) {
    Problems p = new Problems();
    // ids as a data set's: not blank, well-formed Unicode, no control or bidirectional character
    p.identifier("plan", r.plan()).identifier("teacher", r.teacher());
    Rubric known = rubric;
    if (known != null && !known.fingerprint().equals(r.rubric().fingerprint())) {
      p.add("rubric.fingerprint", "the report was scored with rubric " + r.rubric()
          + ", not with the rubric given, " + known.ref());
      known = null;
    } else if (known == null && r.rubric().fingerprint().equals(Rubric.standard().fingerprint())) {
      known = Rubric.standard();
    }
    finite(p, "score", r.score(), 0, 100);
    shares(p, "target", r.target(), true);
    shares(p, "emphasis", r.emphasis(), false);
    ImmutableList<CriterionResult> criteria = r.criteria();
    double total = 0;
    for (CriterionResult c : criteria) {
      if (c.assessed()) {
        total += c.weight();
      }
    }
    double sum = 0;
    for (int k = 0; k < criteria.size(); k++) {
      CriterionResult c = criteria.get(k);
      String at = "criteria[" + k + "]";
      finite(p, at + ".weight", c.weight(), 0, Double.MAX_VALUE);
      if (known != null && Double.compare(c.weight(), known.weight(c.id())) != 0) {
        p.add(at + ".weight", "must be the weight of " + c.id() + " in rubric " + known.ref()
            + ", " + Problems.format(known.weight(c.id())) + ", was "
            + Problems.format(c.weight()));
      }
      if (!c.assessed()) {
        continue;
      }
      double v = c.value().getAsDouble();
      double contribution = c.contribution();
      finite(p, at + ".value", v, 0, 1);
      if (!finite(p, at + ".contribution", contribution, 0, 100)) {
        continue;
      }
      sum += contribution;
      double expected = total > 0 ? Math.min(100, 100 * (c.weight() * v / total)) : 0;
      if (!(Math.abs(contribution - expected) <= TOLERANCE)) {
        p.add(at + ".contribution", "must be 100 × weight × value / the assessed criteria's"
            + " total weight, " + expected + ", was " + contribution);
      }
    }
    if (!(Math.abs(sum - r.score()) <= TOLERANCE)) {
      p.add("score", "must be the sum of the criteria's contributions, " + sum + ", was "
          + r.score());
    }
    overlap(p, r, criteria);
    boolean empty = criteria.stream().noneMatch(CriterionResult::assessed);
    if (empty && r.band() != Band.GENERIC) {
      p.add("band", "must be GENERIC for a plan without items (no criterion assessed), was "
          + r.band());
    } else if (!empty && known != null && known.band(r.score()) != r.band()) {
      p.add("band", "must be " + known.band(r.score()) + " for score " + r.score()
          + " under rubric " + known.ref() + " (limits " + Problems.format(known.tailoredLimit())
          + " and " + Problems.format(known.partlyTailoredLimit()) + "), was " + r.band());
    }
    recommendations(p, r);
    return p;
  }

  /** needs-alignment is the overlap of emphasis and target, whatever the rubric (DESIGN.md). */
  private static void overlap(Problems p, TailoringReport r, List<CriterionResult> criteria) {
    int k = Criteria.index("needs-alignment");
    CriterionResult c = criteria.get(k);
    if (!c.assessed()) {
      return;
    }
    double overlap = 0;
    for (CompetenceArea a : PlanContext.AREAS) {
      overlap += Math.min(r.emphasis().get(a), r.target().get(a));
    }
    overlap = Math.max(0, Math.min(1, overlap));
    double v = c.value().getAsDouble();
    if (!(Math.abs(v - overlap) <= TOLERANCE)) {
      p.add("criteria[" + k + "].value", "must be the overlap of emphasis and target, Σ min(E, t) = "
          + overlap + ", was " + v);
    }
  }

  private static void recommendations(Problems p, TailoringReport r) {
    List<Recommendation> recs = r.recommendations();
    double previous = Double.POSITIVE_INFINITY;
    for (int i = 0; i < recs.size(); i++) {
      Recommendation rec = recs.get(i);
      String at = "recommendations[" + i + "]";
      if (!ACTIONS.contains(rec.action())) {
        p.add(at + ".action", "unknown action \"" + TerminalText.escape(rec.action())
            + "\"; expected one of " + ACTIONS);
      }
      p.multilineText(at + ".description", rec.description());
      if (rec.action().equals(Recommendation.CATALOGUE_GAP)) {
        // a note, not an edit: first, at the plan's own score
        if (i != 0) {
          p.add(at + ".action", "a catalogue-gap note must come first");
        }
        if (finite(p, at + ".score", rec.score(), 0, 100)
            && Math.abs(rec.score() - r.score()) > TOLERANCE) {
          p.add(at + ".score", "a catalogue-gap note keeps the plan's score " + r.score()
              + ", was " + rec.score());
        }
        continue;
      }
      if (finite(p, at + ".score", rec.score(), 0, 100)) {
        if (!(rec.score() > r.score())) {
          p.add(at + ".score", "must be above the plan's score " + r.score()
              + " (a recommendation raises it), was " + rec.score());
        }
        if (rec.score() > previous) {
          p.add(at + ".score", "must be at most the score before it, " + previous
              + " (best first), was " + rec.score());
        }
        previous = rec.score();
      }
    }
  }

  private static void shares(Problems p, String name, Map<CompetenceArea, Double> shares,
      boolean one) {
    double sum = 0;
    boolean ok = true;
    for (CompetenceArea a : PlanContext.AREAS) {
      double x = shares.get(a);
      // A share may exceed 1 by rounding, as TailoringReport.of allows.
      ok &= finite(p, name + "." + a, x, 0, 1 + Tolerance.EPSILON);
      sum += x;
    }
    if (!ok) {
      return;
    }
    if (one && !(Math.abs(sum - 1) <= TOLERANCE)) {
      p.add(name, "must sum to 1, was " + sum);
    } else if (!one && !(sum <= 1 + TOLERANCE)) {
      p.add(name, "must sum to at most 1 (less when items do not fit), was " + sum);
    }
  }

  private static boolean finite(Problems p, String at, double x, double min, double max) {
    if (Double.isFinite(x) && x >= min && x <= max) {
      return true;
    }
    p.add(at, "must be in [" + Problems.format(min) + ", "
        + (max == Double.MAX_VALUE ? "∞" : Problems.format(Math.min(max, 100))) + "], was " + x);
    return false;
  }
}
