package org.vetcpd.rules;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.vetcpd.core.ActivityType;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.PlanItem;

/**
 * Proposes concrete edits of a plan, scores each edited plan with the same scorer, keeping those
 * that raise the score, best first (see {@link Recommendation} for the
 * actions). When the catalogue holds no activity that could close the plan's largest gap, a note
 * that says so and names the kind of activity to add comes first.
 *
 * <p>Edits a school can carry out: hours added never take an activity past {@link
 * RealisticHours#of}; a generic activity is replaced only by one that develops every competence
 * area at least as much.
 *
 * <p>Seed 000 names the levers: contact with industry renews vocational knowledge; generic
 * projects must be re-contextualised to the programme; the leader's facilitation (time,
 * substitutes, involvement) decides whether tailored CPD happens at all.
 *
 * <p>A plan of more than {@link #LARGE_PLAN} items (no real plan; a hostile or broken file) has a
 * replaced activity or a dropped item applied to its sums by subtraction, in time independent of
 * its size, so that its recommendations cost time linear in the plan and the catalogue; their
 * scores then agree with a re-score of the edited plan to rounding rather than to the bit.
 *
 * <p>An edit is scored on the {@link Kernel}'s running sums of the plan, never on a copy of it:
 * an added item, a flag set on every item or the leader's involvement changes the sums exactly as
 * a re-score of the edited plan would, and a replaced activity or a dropped item re-runs the
 * one pass over the resolved items, in locals (only the profile sums, from the first item
 * replaced on, when the two activities carry the same flags, and of those only the five after the
 * area sums when they also have the same area shares); either way the score is bit for
 * bit the edited plan's (the tests apply each edit and re-score it). An edit that changes only
 * the facilitation criterion (working time, substitutes, costs, the leader) re-computes that
 * criterion's value alone, and any other edit keeps the plan's value of each criterion whose
 * inputs it leaves bit for bit as they were (the four emphasis criteria too when the edit leaves
 * the hours and the area sums as they were, as a recontextualisation often does). What
 * can be is resolved once per programme ({@link Kernel.Programme}: the fitting activities, the
 * largest share of each area, and the candidates that may replace a generic activity, the first
 * time a plan holds it; none of it costs more than linear time and memory in the catalogue's
 * size, whatever the catalogue holds). The edited plan
 * is built only when asked for ({@link Edit#plan()}), and a recommendation's description only when
 * first read ({@link Recommendation#description()}).
 */
final class Recommender {
  // The kinds of edit and note: what a recommendation's a and x are (x holds b, a second index,
  // where one is named: an int is exactly a double).
  /** A catalogue gap of industry contact; x: the hours lacking. */
  private static final int GAP_INDUSTRY = 0;
  /** A catalogue gap of a competence area; a: the area's ordinal. */
  private static final int GAP_AREA = 1;
  /** A catalogue gap of an empty plan. */
  private static final int GAP_EMPTY = 2;
  /** a: the activity added; x: its hours. */
  private static final int START = 3;
  /** a: the activity added; x: its hours. */
  private static final int INDUSTRY = 4;
  /** a: the generic activity; x: the one that replaces it. */
  private static final int RECONTEXTUALISE = 5;
  private static final int SUBSTITUTE = 6;
  private static final int COSTS = 7;
  private static final int TIME = 8;
  /** a: the index of the item dropped. */
  private static final int DROP = 9;
  private static final int LEADER = 10;

  /** The edits kept are sorted by insertion up to this many, then once at the end. */
  private static final int SORTED_BY_INSERTION = 32;

  /**
   * A plan of more items than this is large: a replaced activity or a dropped item is applied to
   * the plan's sums by subtracting and adding what it contributes, in time independent of the
   * plan's size, rather than by re-summing the items in order; its score then agrees with a
   * re-score of the edited plan to rounding (within 1e-9), no longer bit for bit. Smaller plans,
   * every real one, keep the exact re-sum. Without this, a plan of n mismatched items would cost
   * n re-sums of n items: a 4 MB plan took seconds, a 50 MB one hours.
   */
  static final int LARGE_PLAN = 2048;

  /**
   * A recommendation and the plan its edit gives (the plan unchanged for a catalogue gap), built
   * only when asked for ({@link #edits()}, the tests' path), from the recommender's resolved plan,
   * which never changes. A recommendation holds its edit's kind and operands itself.
   */
  final class Edit {
    private final Recommendation recommendation;

    Edit(Recommendation recommendation) {
      this.recommendation = recommendation;
    }

    Recommendation recommendation() {
      return recommendation;
    }

    /** Returns the edited plan, built now. */
    CpdPlan plan() {
      Recommendation r = recommendation;
      return edited(r.kind, r.a, r.x);
    }
  }

  /**
   * The plan's context, for the descriptions only (built when one is first read): the report's
   * when {@link #report} is not null, else this one's.
   */
  private final Supplier<PlanContext> context;
  private final TailoringReport report;
  private final double base;
  /** The edits kept, sorted by score, best first, ties in the order offered. */
  private Recommendation[] found = new Recommendation[8];
  private int count;
  private Recommendation gap;

  private final Kernel k;
  private final Kernel.Scored sc;
  private final CpdPlan plan;
  private final ImmutableList<PlanItem> items;
  /** The plan's number of items. */
  private final int n;
  private final boolean[] fits;
  private final double leader;
  private final double[] sums = new double[Kernel.SUMS];
  /** An empty plan's edits' emphasis and values (scratch); null until needed. */
  private double[] emphasis;
  private double[] values;
  /** The plan's own values, computed when an edit first needs them; else null. */
  private double[] baseValues;
  /**
   * The profile sums ({@code E} to {@code SUST}) of the plan's first items, as the plan's pass sums
   * them: the area sums of items 0 to {@link #areaEnd} - 1, the five others of items 0 to {@link
   * #restEnd} - 1 (each sum a sum of its own, carried forward on its own); null until needed.
   */
  private double[] prefix;
  private int areaEnd;
  private int restEnd;
  /**
   * Whether the scratch sums hold the plan's sums at every index outside the profile sums
   * ({@code E} to {@code SUST}): true after a replacement by an activity with the same flags,
   * until another edit writes them.
   */
  private boolean baseOutsideProfile;
  /**
   * By item, its hours if its activity fits the programme, else 0 (what it adds to the profile
   * sums); null until needed.
   */
  private double[] fitHours;
  /** By position in the programme's industry activities, the room left; null until needed. */
  private double[] industryRoom;
  /** Whether the plan is large ({@link #LARGE_PLAN}): its edits are applied by subtraction. */
  private final boolean large;
  /**
   * A large plan's items by activity index, summed in item order from 0 (as {@link
   * #plannedHours} sums them): hours, hours with a substitute funded, hours with the cost funded,
   * and the count; null until needed.
   */
  private double[] hoursOf;
  private double[] coverOf;
  private double[] costOf;
  private int[] countOf;

  /**
   * A recommender of a plan's context, resolved by the scorer's kernel unless the kernel built it.
   *
   * @param c the plan's context; null for none (no recommendations)
   * @param base the plan's score
   */
  Recommender(TailoringScorer scorer, PlanContext c, double base) {
    this(c == null ? null : c.scored != null ? c.scored
        : scorer.kernel(c.catalogue).resolve(c.plan), null, () -> c, null, base);
  }

  /**
   * A recommender of a plan the kernel resolved, for its report: the descriptions read the
   * report's context (no supplier made per report).
   *
   * @param sc the resolved plan
   * @param values the plan's criteria's values, as the kernel computed them (read, never written)
   * @param report the plan's report, whose context the descriptions read
   * @param base the plan's score
   */
  Recommender(Kernel.Scored sc, double[] values, TailoringReport report, double base) {
    this(sc, values, null, report, base);
  }

  /**
   * A recommender of a plan the kernel resolved.
   *
   * @param sc the resolved plan; null for none (no recommendations)
   * @param values the plan's criteria's values, as the kernel computed them (read, never
   *     written); null to compute them when needed
   * @param context gives the plan's context when a description is first read
   * @param base the plan's score
   */
  Recommender(Kernel.Scored sc, double[] values, Supplier<PlanContext> context, double base) {
    this(sc, values, context, null, base);
  }

  private Recommender(Kernel.Scored sc, double[] values, Supplier<PlanContext> context,
      TailoringReport report, double base) {
    this.sc = sc;
    this.baseValues = values;
    this.context = context;
    this.report = report;
    this.base = base;
    if (sc == null) {
      k = null;
      plan = null;
      items = null;
      n = 0;
      fits = null;
      leader = 0;
    } else {
      k = sc.kernel;
      plan = sc.plan;
      items = plan.items();
      n = sc.act.length;
      fits = sc.who.programme.fits;
      leader = k.leader(plan);
    }
    large = n > LARGE_PLAN;
  }

  /** Returns the plan's context, for a description. */
  private PlanContext ctx() {
    return report != null ? report.context() : context.get();
  }

  /** Returns the recommendations, in report order; call once. */
  ImmutableList<Recommendation> recommend() {
    if (sc == null) {
      return ImmutableList.of();
    }
    search();
    int first = gap == null ? 0 : 1;
    if (first + count == 0) {
      return ImmutableList.of();
    }
    // A builder of the exact size builds its list on its own array: no copy of it.
    ImmutableList.Builder<Recommendation> b = ImmutableList.builderWithExpectedSize(first + count);
    if (gap != null) {
      b.add(gap);
    }
    for (int i = 0; i < count; i++) {
      b.add(found[i]);
    }
    return b.build();
  }

  /** Returns the recommendations with their edited plans, in report order; call once. */
  ImmutableList<Edit> edits() {
    if (sc == null) {
      return ImmutableList.of();
    }
    search();
    ImmutableList.Builder<Edit> b = ImmutableList.builder();
    if (gap != null) {
      b.add(new Edit(gap));
    }
    for (int i = 0; i < count; i++) {
      b.add(new Edit(found[i]));
    }
    return b.build();
  }

  /** Finds the gap note and the edits that raise the score. */
  private void search() {
    if (n == 0) {
      startPlan();
    } else {
      catalogueGap();
      addIndustryContact();
      recontextualise();
      fundFacilitation();
      dropMismatches();
      involveLeader();
    }
    sortFound();
  }

  /** Returns the score of the sums of an edited plan of {@code items} items. */
  private double score(double[] s, int items, double leaderValue) {
    if (items == 0) {
      return 0; // an empty plan: no criterion is assessed
    }
    if (n == 0) {
      double[] e = emphasis;
      double[] v = values;
      if (e == null) {
        e = new double[Kernel.AREAS];
        v = new double[Rubric.CRITERIA.size()];
        emphasis = e;
        values = v;
      }
      Kernel.emphasis(s, e);
      k.values(s, e, sc.who, sc.drivers, leaderValue, v);
      return k.score(v);
    }
    // Each criterion whose inputs the edit left as they were keeps the plan's value; the
    // emphasis is computed only when the edit changed it (Kernel.editedScore).
    return k.editedScore(s, sc.who, sc.drivers, leaderValue, sc.sums, baseValues(), leader);
  }

  /**
   * Returns the score of the plan with only its facilitation changed (working time, cover, cost
   * or the leader), the criterion's new value {@code facilitation}. The other criteria's values
   * are the plan's own, as a re-score of the edited plan computes them.
   */
  private double facilitationScore(double facilitation) {
    return k.score(baseValues(), 6, facilitation);
  }

  /**
   * Returns the facilitation criterion's value of the plan with the sums it reads replaced as
   * given (the others the plan's), under the leader's value {@code leaderValue}.
   */
  private double facilitation(double time, double cover, double cost, double leaderValue) {
    double[] s = sc.sums;
    return Kernel.facilitation(time, s[Kernel.TOTAL], s[Kernel.N_NEED_COVER], cover,
        s[Kernel.NEED_COVER], s[Kernel.N_NEED_COST], cost, s[Kernel.NEED_COST], sc.who,
        leaderValue);
  }

  /** Returns the plan's own values (read, never written), computed when first needed. */
  private double[] baseValues() {
    double[] v = baseValues;
    if (v == null) {
      v = new double[Rubric.CRITERIA.size()];
      k.values(sc.sums, sc.emphasis, sc.who, sc.drivers, leader, v);
      baseValues = v;
    }
    return v;
  }

  /** Returns the sums of the plan as it is, copied into the scratch sums. */
  private double[] baseSums() {
    System.arraycopy(sc.sums, 0, sums, 0, Kernel.SUMS);
    baseOutsideProfile = false; // the caller changes them
    return sums;
  }

  /** Returns the score of the plan with one item added at its end. */
  private double withAddedScore(int a, double hours) {
    double[] s = baseSums();
    int f = k.flags[a];
    k.add(s, a, hours, true, true, (f & Kernel.F_COVER) != 0, (f & Kernel.F_COST) != 0);
    return score(s, sc.act.length + 1, leader);
  }

  /**
   * Returns the scratch sums, all 0: the state of a re-score of an edited plan before its first
   * item. Re-summing from the first item, in locals ({@link Kernel#resum}), performs the very
   * additions, in the same order, that summing the unchanged items before the first one an edit
   * changes and then the rest would, and costs less than keeping those first items' sums.
   */
  private double[] zeroSums() {
    java.util.Arrays.fill(sums, 0);
    baseOutsideProfile = false;
    return sums;
  }

  /**
   * Returns the score of the plan with activity {@code from}, whose first item is item {@code
   * first}, replaced by {@code to}; calls come in increasing order of {@code first} (package
   * private for the tests, which check each candidate's score against a re-score).
   */
  double replacedScore(int from, int first, int to) {
    if (large) {
      return largeReplacedScore(from, to);
    }
    double[] s = sums;
    if (k.flags[from] == k.flags[to] && fits[from] && fits[to]) {
      // Same hours, same flags, both fitting: every sum but the profile sums gets the same
      // increments in the same order as in the plan, so it is the plan's. The profile sums of
      // the items before the first one replaced are those of the plan's first items (kept, and
      // carried forward as later activities are replaced); from that item on they are re-summed.
      if (!baseOutsideProfile) {
        // The sums but the profile sums stay the plan's from one such replacement to the next.
        System.arraycopy(sc.sums, 0, s, 0, Kernel.SUMS);
        baseOutsideProfile = true;
      }
      double[] p = prefix;
      if (p == null) {
        p = new double[Kernel.SUST + 1]; // the profile sums' indexes
        prefix = p;
      }
      int[] act = sc.act;
      double[] h = fitHours();
      k.restSums(h, act, restEnd, first, -1, -1, p);
      restEnd = first;
      if (k.sameAreas(from, to)) {
        // The same area shares, to the bit (a recontextualised activity often keeps its
        // profile): each area sum gets the plan's increments in the plan's order, so it is the
        // plan's, and so are the emphasis and its four criteria (editedScore keeps them). Only
        // the five other profile sums are re-summed.
        System.arraycopy(sc.sums, Kernel.E, s, Kernel.E, Kernel.AREAS);
        System.arraycopy(p, Kernel.CTX, s, Kernel.CTX, Kernel.SUST + 1 - Kernel.CTX);
        k.restSums(h, act, first, n, from, to, s);
      } else {
        k.areaSums(h, act, areaEnd, first, -1, -1, p);
        areaEnd = first;
        System.arraycopy(p, Kernel.E, s, Kernel.E, Kernel.SUST + 1 - Kernel.E);
        k.profileSums(h, act, first, n, from, to, s);
      }
    } else {
      k.resum(items, fits, sc.act, 0, -1, from, to, zeroSums());
    }
    return score(s, n, leader);
  }

  /** Returns each item's hours if its activity fits, else 0, computed when first needed. */
  private double[] fitHours() {
    double[] h = fitHours;
    if (h == null) {
      h = new double[n];
      int[] act = sc.act;
      for (int i = 0; i < n; i++) {
        // times 1 or 0, exactly the hours or +0, without a branch
        h[i] = items.get(i).hours() * (fits[act[i]] ? 1 : 0);
      }
      fitHours = h;
    }
    return h;
  }

  /** Returns the score of the plan without item {@code skip} (package private for the tests). */
  double droppedScore(int skip) {
    double[] s;
    if (large && !fits[sc.act[skip]]) {
      s = baseSums();
      dropBySubtraction(skip, s);
    } else if (fits[sc.act[skip]]) {
      s = zeroSums();
      k.resum(items, fits, sc.act, 0, skip, -1, -1, s);
    } else {
      // An item that does not fit adds nothing to the profile sums: without it they get the same
      // increments in the same order as in the plan, so they are the plan's; so is each sum of
      // hours it adds nothing to, and each count it adds to loses exactly 1.
      s = baseSums();
      k.dropUnfitting(items, sc.act, skip, s);
    }
    return score(s, sc.act.length - 1, leader);
  }

  // --- a large plan's edits, by subtraction ----------------------------------------------------

  /**
   * Returns the score of a large plan with activity {@code from} replaced by {@code to} (both
   * fitting): the plan's sums less what the activity's items add and plus what they add as {@code
   * to}, in time independent of the plan's size. A count that falls to 0 takes its sums of hours
   * to exactly 0 (subtracting can leave 1e-15 where 0 is meant).
   */
  private double largeReplacedScore(int from, int to) {
    aggregate();
    double[] s = baseSums();
    double hours = hoursOf[from];
    int count = countOf[from];
    k.replaceProfile(s, from, to, hours);
    int ff = k.flags[from];
    int ft = k.flags[to];
    s[Kernel.NAMED] += count * (((ft & Kernel.F_NAMED) != 0 ? 1 : 0)
        - ((ff & Kernel.F_NAMED) != 0 ? 1 : 0));
    int cover = ((ft & Kernel.F_COVER) != 0 ? 1 : 0) - ((ff & Kernel.F_COVER) != 0 ? 1 : 0);
    if (cover != 0) {
      s[Kernel.N_NEED_COVER] += cover * count;
      s[Kernel.NEED_COVER] += cover * hours;
      s[Kernel.COVER] += cover * coverOf[from];
    }
    int cost = ((ft & Kernel.F_COST) != 0 ? 1 : 0) - ((ff & Kernel.F_COST) != 0 ? 1 : 0);
    if (cost != 0) {
      s[Kernel.N_NEED_COST] += cost * count;
      s[Kernel.NEED_COST] += cost * hours;
      s[Kernel.COST] += cost * costOf[from];
    }
    guardCounts(s);
    return score(s, n, leader);
  }

  /**
   * Turns a large plan's sums {@code s} into those of the plan without item {@code skip}, an item
   * that does not fit (it adds nothing to the profile sums): its hours subtracted from each sum of
   * hours it adds to, 1 from each count.
   */
  private void dropBySubtraction(int skip, double[] s) {
    PlanItem item = items.get(skip);
    double h = item.hours();
    int f = k.flags[sc.act[skip]];
    s[Kernel.TOTAL] -= h;
    if (item.timeAllocated()) {
      s[Kernel.TIME] -= h;
    }
    if ((f & Kernel.F_NAMED) != 0) {
      s[Kernel.NAMED] -= 1;
    }
    if ((f & Kernel.F_COVER) != 0) {
      s[Kernel.N_NEED_COVER] -= 1;
      s[Kernel.NEED_COVER] -= h;
      if (item.substituteFunded()) {
        s[Kernel.COVER] -= h;
      }
    }
    if ((f & Kernel.F_COST) != 0) {
      s[Kernel.N_NEED_COST] -= 1;
      s[Kernel.NEED_COST] -= h;
      if (item.costFunded()) {
        s[Kernel.COST] -= h;
      }
    }
    guardCounts(s);
  }

  /**
   * Keeps sums of hours found by subtraction meaningful: never below 0, 0 where their count is 0,
   * and a part never above its whole (working time and the funded hours).
   */
  private static void guardCounts(double[] s) {
    s[Kernel.TOTAL] = Math.max(0, s[Kernel.TOTAL]);
    s[Kernel.TIME] = Math.min(Math.max(0, s[Kernel.TIME]), s[Kernel.TOTAL]);
    if (s[Kernel.N_NEED_COVER] == 0) {
      s[Kernel.NEED_COVER] = 0;
    }
    s[Kernel.NEED_COVER] = Math.min(Math.max(0, s[Kernel.NEED_COVER]), s[Kernel.TOTAL]);
    s[Kernel.COVER] = Math.min(Math.max(0, s[Kernel.COVER]), s[Kernel.NEED_COVER]);
    if (s[Kernel.N_NEED_COST] == 0) {
      s[Kernel.NEED_COST] = 0;
    }
    s[Kernel.NEED_COST] = Math.min(Math.max(0, s[Kernel.NEED_COST]), s[Kernel.TOTAL]);
    s[Kernel.COST] = Math.min(Math.max(0, s[Kernel.COST]), s[Kernel.NEED_COST]);
  }

  /** Sums a large plan's items by activity, in item order, once. */
  private void aggregate() {
    if (hoursOf != null) {
      return;
    }
    int m = k.activities.length;
    double[] hours = new double[m];
    double[] cover = new double[m];
    double[] cost = new double[m];
    int[] count = new int[m];
    int[] act = sc.act;
    for (int i = 0; i < n; i++) {
      PlanItem item = items.get(i);
      int a = act[i];
      double h = item.hours();
      hours[a] += h;
      if (item.substituteFunded()) {
        cover[a] += h;
      }
      if (item.costFunded()) {
        cost[a] += h;
      }
      count[a]++;
    }
    hoursOf = hours;
    coverOf = cover;
    costOf = cost;
    countOf = count;
  }

  private void offer(int kind, String action, int a, int b, double x, double score) {
    // Only edits that really raise the score, beyond floating-point noise.
    if (!(score > base + Tolerance.EPSILON)) {
      return;
    }
    Recommendation e = new Recommendation(action, this, kind, a, kind == RECONTEXTUALISE ? b : x,
        score);
    if (count == found.length) {
      found = java.util.Arrays.copyOf(found, count * 2);
    }
    int i = count++;
    if (i >= SORTED_BY_INSERTION) {
      // A long list (a plan of many mismatched items): appended here, sorted once at the end
      found[i] = e;
      return;
    }
    // Insertion by score, best first; an equal score goes after those offered before it, so
    // that ties keep the action order (as a stable sort of the offered edits would).
    while (i > 0 && Double.compare(found[i - 1].score(), score) < 0) {
      found[i] = found[i - 1];
      i--;
    }
    found[i] = e;
  }

  /**
   * Sorts the edits kept by score, best first, ties in the order offered, where they were too many
   * to insert one by one: a stable sort of the sorted first ones followed by the rest in the
   * order offered is the order insertion would give, in time n log n rather than n².
   */
  private void sortFound() {
    if (count > SORTED_BY_INSERTION) {
      java.util.Arrays.sort(found, 0, count,
          (x, y) -> Double.compare(y.score(), x.score()));
    }
  }

  private void noteGap(int kind, int a, double x) {
    gap = new Recommendation(Recommendation.CATALOGUE_GAP, this, kind, a, x, base);
  }

  /** Returns the words of an edit or note, from the resolved plan; a recommendation's. */
  String describe(int kind, int a, double x) {
    int b = (int) x; // the second index, where the kind names one
    switch (kind) {
      case GAP_INDUSTRY:
        return "The plan lacks " + Text.hours(x) + " of contact with industry, and"
            + " the catalogue holds no activity with contact with industry for "
            + Text.programme(ctx()) + " that the plan could still take: add one for the"
            + " programme, e.g. a placement of the teacher in a workplace of the vocation, regular"
            + " meetings with employers who take apprentices, or follow-up of students in work"
            + " placement";
      case GAP_AREA: {
        PlanContext c = ctx();
        CompetenceArea area = PlanContext.AREAS[a];
        return "The catalogue holds no activity for " + Text.programme(c) + " that would"
            + " raise the plan's share of " + Text.area(area) + " competence (now "
            + Text.percent(c.emphasis[a]) + " of the hours, target " + Text.percent(c.target[a])
            + "): add one, e.g. " + example(area);
      }
      case GAP_EMPTY:
        return "The plan holds no activities, and the catalogue holds none designed for "
            + Text.programme(ctx()) + ": add activities for the programme, above all contact"
            + " with industry, e.g. a placement of the teacher in a workplace of the vocation or"
            + " regular meetings with employers";
      case START:
        return "The plan holds no activities yet: start it with " + adding(k.activities[a], x)
            + ", the activity of the catalogue that raises the score most";
      case INDUSTRY: {
        CpdActivity activity = k.activities[a];
        double required = sc.who.required;
        double have = sc.sums[Kernel.IND];
        return "Add " + adding(activity, x) + cap(activity, x, plannedHours(a))
            + ": contact with industry "
            + (have + x >= required ? "reaches the " + Text.hours(required)
                : "rises to " + Text.hours(have + x) + " of the " + Text.hours(required))
            + " the teacher needs";
      }
      case RECONTEXTUALISE: {
        CpdActivity to = k.activities[b];
        return "Replace the generic " + Text.activity(k.activities[a]) + " ("
            + Text.hours(plannedHours(a)) + ") by " + Text.activity(to) + ", "
            + (to.contextualisation() == Contextualisation.ADAPTED
                ? "adapted to the programme" : "designed for the programme")
            + ", for the same hours; it develops the same competence areas at least as much";
      }
      case SUBSTITUTE:
        return "Fund a substitute for "
            + Text.items(ctx(), i -> needsCover(i) && !items.get(i).substituteFunded())
            + ": without a funded substitute, teachers rarely leave their classes for placements"
            + " and other activities away from school (" + Text.SOURCE + ")";
      case COSTS:
        return "Fund the cost of "
            + Text.items(ctx(), i -> costs(i) && !items.get(i).costFunded());
      case TIME:
        return "Allocate working time for "
            + Text.items(ctx(), i -> !items.get(i).timeAllocated());
      case DROP: {
        CpdActivity activity = k.activities[sc.act[a]];
        return "Drop " + Text.activity(activity) + " (" + Text.hours(items.get(a).hours())
            + "): it is designed for " + String.join(", ", activity.programmes())
            + ", not for " + Text.programme(ctx());
      }
      case LEADER:
        return "Have the school leader plan the teacher's development with the teacher and"
            + " follow it up actively (now " + Text.words(plan.leaderInvolvement())
            + "); school leaders were involved in VET teachers' development to a low degree ("
            + Text.SOURCE + ")";
      default:
        throw new AssertionError(kind);
    }
  }

  /** Returns the plan an edit gives, built now; the plan itself for a note. */
  private CpdPlan edited(int kind, int a, double x) {
    int b = (int) x; // the second index, where the kind names one
    switch (kind) {
      case GAP_INDUSTRY:
      case GAP_AREA:
      case GAP_EMPTY:
        return plan;
      case START:
      case INDUSTRY:
        return withAdded(item(k.activities[a], x));
      case RECONTEXTUALISE:
        return plan.withItems(replace(a, k.activities[b]));
      case SUBSTITUTE:
        return edited(i -> needsCover(i) && !items.get(i).substituteFunded(),
            item -> item.withSubstituteFunded(true));
      case COSTS:
        return edited(i -> costs(i) && !items.get(i).costFunded(),
            item -> item.withCostFunded(true));
      case TIME:
        return edited(i -> !items.get(i).timeAllocated(), item -> item.withTimeAllocated(true));
      case DROP: {
        List<PlanItem> out = new ArrayList<>(items);
        out.remove(a);
        return plan.withItems(out);
      }
      case LEADER:
        return plan.withLeaderInvolvement(LeaderInvolvement.ACTIVE);
      default:
        throw new AssertionError(kind);
    }
  }

  /** The hours of the plan's items of this activity. */
  private double plannedHours(int a) {
    if (large) {
      aggregate();
      return hoursOf[a]; // the same sum, in the same order
    }
    int[] act = sc.act;
    double sum = 0;
    for (int i = 0; i < act.length; i++) {
      if (act[i] == a) {
        sum += items.get(i).hours();
      }
    }
    return sum;
  }

  /**
   * The room of each of the programme's industry activities, computed once: the hours still
   * realistic for it in this plan (its realistic hours less those the plan holds of it, and never
   * past the most hours a plan may hold, {@link CpdPlan#MAX_TOTAL_HOURS}); 0 or less when none.
   */
  private double[] industryRoom() {
    double[] r = industryRoom;
    if (r == null) {
      Kernel.Programme p = sc.who.programme;
      int[] industry = p.industry;
      int[] index = p.industryIndex;
      // slot j + 1 for industry activity j, slot 0 for every other activity: no branch per item
      double[] planned = new double[industry.length + 1];
      // The hours the plan holds of each (as plannedHours sums them: from 0, in item order), all
      // in one pass over the items. A plan whose sum of industry contact is 0 holds none of them
      // (each fitting item of such an activity adds its hours, at least PlanItem.MIN_HOURS > 0):
      // then each is 0 and no pass is needed.
      int[] act = sc.act;
      int end = sc.sums[Kernel.IND] > 0 ? n : 0;
      for (int i = 0; i < end; i++) {
        planned[index[act[i]] + 1] += items.get(i).hours();
      }
      double left = CpdPlan.MAX_TOTAL_HOURS - sc.sums[Kernel.TOTAL];
      r = new double[industry.length];
      for (int j = 0; j < industry.length; j++) {
        r[j] = Math.min(k.realistic[industry[j]] - planned[j + 1], left);
      }
      industryRoom = r;
    }
    return r;
  }

  private static PlanItem item(CpdActivity a, double hours) {
    return PlanItem.builder()
        .activity(a.id())
        .hours(hours)
        .timeAllocated(true)
        .substituteFunded(a.needsSubstituteCover())
        .costFunded(a.costPerHour() > 0)
        .build();
  }

  private CpdPlan withAdded(PlanItem item) {
    return plan.withItems(ImmutableList.<PlanItem>builder().addAll(items).add(item).build());
  }

  /** {@code 20 h of "Title" (id), an industry meeting, with working time allocated ...}. */
  private static String adding(CpdActivity a, double hours) {
    StringBuilder d = new StringBuilder(160).append(Text.hours(hours)).append(" of ")
        .append(Text.activity(a));
    String kind = Text.words(a.type());
    if (a.type() != ActivityType.OTHER
        && !a.title().toLowerCase(java.util.Locale.ROOT).contains(kind)) {
      d.append(", ").append(kind);
    }
    d.append(", with working time allocated");
    if (a.needsSubstituteCover()) {
      d.append(a.costPerHour() > 0 ? ", " : " and ").append("a substitute funded");
    }
    if (a.costPerHour() > 0) {
      d.append(" and its cost funded");
    }
    return d.toString();
  }

  /** Says when the edit stops at the realistic hours; {@code planned} are already in the plan. */
  private static String cap(CpdActivity a, double added, double planned) {
    return added + planned < RealisticHours.of(a) ? ""
        : " (" + Text.hours(RealisticHours.of(a)) + (planned > 0 ? " in all" : "")
            + " is the most of it that is realistic in one plan)";
  }

  /**
   * A note first when the catalogue cannot close the largest gap: the industry contact the teacher
   * lacks, else the needed area the plan covers least.
   */
  private void catalogueGap() {
    double shortfall = sc.who.required - sc.sums[Kernel.IND];
    if (shortfall > 0 && !anyRoom()) {
      noteGap(GAP_INDUSTRY, -1, shortfall);
      return;
    }
    CompetenceArea widest = null;
    double worst = 0;
    double[] target = sc.drivers.target;
    double[] emphasis = sc.emphasis;
    double covered = this.k.rubric.coveredFraction();
    for (CompetenceArea a : PlanContext.AREAS) {
      int k = a.ordinal();
      double g = target[k] - emphasis[k];
      // As CoverageCriterion.needed and covered read them.
      if (sc.drivers.needed[k] && !Tolerance.reaches(emphasis[k], covered * target[k])
          && g > worst) {
        worst = g;
        widest = a;
      }
    }
    if (widest == null) {
      return;
    }
    int k = widest.ordinal();
    // Some fitting activity's share above the emphasis: the largest is.
    if (!(sc.who.programme.maxShare[k] > emphasis[k] + Tolerance.EPSILON)) {
      noteGap(GAP_AREA, k, 0);
    }
  }

  /** Whether some industry activity of the programme has room left in the plan. */
  private boolean anyRoom() {
    for (double r : industryRoom()) {
      if (r > 0) {
        return true;
      }
    }
    return false;
  }

  private static String example(CompetenceArea area) {
    switch (area) {
      case VOCATIONAL:
        return "a placement of the teacher in a workplace of the vocation or training at a firm";
      case INDUSTRY_COOPERATION:
        return "regular meetings with employers or follow-up of students in work placement";
      case PEDAGOGICAL:
        return "peer observation or a course on teaching the vocation";
      default:
        return "department meetings or a network of teachers of the vocation";
    }
  }

  /** An empty plan: start it with the fitting activity, at realistic hours, that scores best. */
  private void startPlan() {
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int a : sc.who.programme.fitting) {
      double s = withAddedScore(a, k.realistic[a]);
      if (s > bestScore) {
        bestScore = s;
        best = a;
      }
    }
    if (best < 0) {
      noteGap(GAP_EMPTY, -1, 0);
      return;
    }
    offer(START, Recommendation.START_PLAN, best, -1, k.realistic[best], bestScore);
  }

  private void addIndustryContact() {
    double required = sc.who.required;
    double have = sc.sums[Kernel.IND];
    double shortfall = required - have;
    if (!(shortfall > 0)) {
      return;
    }
    double wanted = Math.max(1, Math.ceil(shortfall));
    int best = -1;
    double bestHours = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    int[] industry = sc.who.programme.industry;
    double[] rooms = industryRoom();
    for (int j = 0; j < industry.length; j++) {
      int a = industry[j];
      double room = rooms[j];
      if (!(room >= PlanItem.MIN_HOURS)) {
        continue;
      }
      double hours = Math.min(wanted, room);
      double s = withAddedScore(a, hours);
      if (s > bestScore) {
        bestScore = s;
        best = a;
        bestHours = hours;
      }
    }
    if (best >= 0) {
      offer(INDUSTRY, Recommendation.ADD_INDUSTRY_CONTACT, best, -1, bestHours, bestScore);
    }
  }

  private void recontextualise() {
    // The fitting generic activities of the plan that may have candidates, each once, in the
    // order of their first item: the items of such activities, listed in one pass without a
    // branch per item, then each one whose activity none of the items listed before it has.
    Kernel.Programme p = sc.who.programme;
    boolean[] generic = p.generic;
    int[] act = sc.act;
    int[] listed = new int[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      listed[count] = i;
      count += generic[act[i]] ? 1 : 0;
    }
    // a large plan marks the activities met (listedBefore would take time quadratic in its size)
    boolean[] seen = large ? new boolean[k.activities.length] : null;
    for (int l = 0; l < count; l++) {
      int i = listed[l];
      int g = act[i];
      if (seen != null ? seen[g] : listedBefore(listed, l, g)) {
        continue;
      }
      if (seen != null) {
        seen[g] = true;
      }
      int[] candidates = p.replacements(g);
      if (candidates == null) {
        continue;
      }
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int a : candidates) {
        double s = replacedScore(g, i, a);
        if (s > bestScore) {
          bestScore = s;
          best = a;
        }
      }
      if (best >= 0) {
        offer(RECONTEXTUALISE, Recommendation.RECONTEXTUALISE, g, best, 0, bestScore);
      }
    }
  }

  /** Whether one of the first {@code count} items listed has activity {@code g}. */
  private boolean listedBefore(int[] listed, int count, int g) {
    int[] act = sc.act;
    for (int l = 0; l < count; l++) {
      if (act[listed[l]] == g) {
        return true;
      }
    }
    return false;
  }

  private List<PlanItem> replace(int from, CpdActivity to) {
    List<PlanItem> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      PlanItem item = items.get(i);
      out.add(sc.act[i] == from ? item.withActivity(to.id()) : item);
    }
    return out;
  }

  /**
   * Funds a substitute for every item that needs one, the cost of every item that has one, and
   * working time for every item, each an edit of its own where some item lacks it (in this order).
   */
  private void fundFacilitation() {
    // What the items lack, counted in one pass without a branch per item.
    int noCover = 0;
    int noCost = 0;
    int noTime = 0;
    int[] flags = k.flags;
    int[] act = sc.act;
    for (int i = 0; i < n; i++) {
      PlanItem item = items.get(i);
      int f = flags[act[i]];
      noCover += (f & Kernel.F_COVER) != 0 & !item.substituteFunded() ? 1 : 0;
      noCost += (f & Kernel.F_COST) != 0 & !item.costFunded() ? 1 : 0;
      noTime += item.timeAllocated() ? 0 : 1;
    }
    double[] s = sc.sums;
    if (noCover > 0) {
      // Every item that needs cover funded: the funded hours are the hours that need it, summed
      // in the same order, so the share is exactly 1, as a re-score of the edited plan gives.
      offer(SUBSTITUTE, Recommendation.FUND_SUBSTITUTE, -1, -1, 0, facilitationScore(
          facilitation(s[Kernel.TIME], s[Kernel.NEED_COVER], s[Kernel.COST], leader)));
    }
    if (noCost > 0) {
      offer(COSTS, Recommendation.FUND_COSTS, -1, -1, 0, facilitationScore(
          facilitation(s[Kernel.TIME], s[Kernel.COVER], s[Kernel.NEED_COST], leader)));
    }
    if (noTime > 0) {
      // Time on every item: the allocated hours are all hours, summed in the same order.
      offer(TIME, Recommendation.ALLOCATE_TIME, -1, -1, 0, facilitationScore(
          facilitation(s[Kernel.TOTAL], s[Kernel.COVER], s[Kernel.COST], leader)));
    }
  }

  private boolean needsCover(int i) {
    return (k.flags[sc.act[i]] & Kernel.F_COVER) != 0;
  }

  private boolean costs(int i) {
    return (k.flags[sc.act[i]] & Kernel.F_COST) != 0;
  }

  /** Returns the plan with {@code edit} applied to the items that pass {@code test}. */
  private CpdPlan edited(IntPredicate test, UnaryOperator<PlanItem> edit) {
    List<PlanItem> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      PlanItem item = items.get(i);
      out.add(test.test(i) ? edit.apply(item) : item);
    }
    return plan.withItems(out);
  }

  private void dropMismatches() {
    for (int i = 0; i < n; i++) {
      if (fits[sc.act[i]]) {
        continue;
      }
      offer(DROP, Recommendation.DROP_MISMATCH, i, -1, 0, droppedScore(i));
    }
  }

  private void involveLeader() {
    if (plan.leaderInvolvement() == LeaderInvolvement.ACTIVE) {
      return;
    }
    double[] s = sc.sums;
    offer(LEADER, Recommendation.INVOLVE_LEADER, -1, -1, 0, facilitationScore(
        facilitation(s[Kernel.TIME], s[Kernel.COVER], s[Kernel.COST], k.leaderActive())));
  }
}
