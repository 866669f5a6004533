package org.vetcpd.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.vetcpd.core.Barrier;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Driver;
import org.vetcpd.core.DriverScope;
import org.vetcpd.core.PlanItem;
import org.vetcpd.core.Scope;
import org.vetcpd.core.Teacher;

/**
 * The scoring kernel: a catalogue (a data set's activities, teachers and drivers) resolved once
 * under one rubric into arrays, so that a plan is scored in one pass over its items into a few
 * running sums ({@link #sums}) and the ten criteria are read off those sums ({@link #values}).
 *
 * <p>Every sum is accumulated in item order with the very operations of the criteria's reference
 * definitions ({@link Criterion#value} over a {@link PlanContext}), so the kernel's values,
 * scores, target and emphasis are bit for bit those of the reference path; the tests compare the
 * two. Recommendations ({@link Recommender}) edit the running sums: an item added at the end, a
 * flag set on every item and the leader's involvement change them exactly as a re-score of the
 * edited plan would; an item dropped or an activity replaced re-runs the pass over the resolved
 * items, in locals (never a subtraction of hours, which could leave 1e-15 where 0 is meant; a
 * count of items, a whole number, loses 1 exactly), only for the sums the item dropped adds to
 * when it does not fit, and a replacement by an activity with the same flags re-runs only the profile sums,
 * from the replaced activity's first item on (the items before it summed once per plan), the
 * others getting the same increments in the same order as the plan's; of the profile sums, only
 * the five after the area sums ({@link #restSums}) when the two activities have the same area
 * shares to the bit ({@link #sameAreas}), the area sums then being the plan's. The {@code > 0}
 * guards on the cover and cost denominators test item counts.
 *
 * <p>Instances are thread-safe: the catalogue's arrays are written in the constructor only, and a
 * teacher is resolved when first scored, into an immutable {@link Who}.
 */
final class Kernel {
  static final int AREAS = PlanContext.AREAS.length;

  // The layout of a plan's running sums.
  static final int TOTAL = 0;
  static final int E = 1; // E .. E + 3: Σ h·profile over fitting items, by area
  static final int CTX = 5;
  static final int IND = 6;
  static final int COLLAB = 7;
  static final int INTEG = 8;
  static final int SUST = 9;
  static final int NAMED = 10; // count of items whose activity names knowledge categories
  static final int TIME = 11;
  static final int COVER = 12;
  static final int NEED_COVER = 13;
  static final int COST = 14;
  static final int NEED_COST = 15;
  static final int N_NEED_COVER = 16; // count of items whose activity needs cover
  static final int N_NEED_COST = 17; // count of items whose activity costs
  static final int SUMS = 18;

  // The layout of an activity's row.
  private static final int R_CTX = 4;
  private static final int R_IND = 5;
  private static final int R_COLLAB = 6;
  private static final int R_INTEG = 7;
  private static final int R_SUST = 8;
  private static final int STRIDE = 9;

  static final int F_NAMED = 1;
  static final int F_COVER = 2;
  static final int F_COST = 4;

  final Rubric rubric;
  final Dataset catalogue;
  final CpdActivity[] activities;
  final double[] rows;
  final int[] flags;
  /** The most hours of each activity recommendations add: min(RealisticHours.of, MAX_HOURS). */
  final double[] realistic;
  private final IdTable activityIds;
  private final IdTable teacherIds;
  private final List<Teacher> teacherList;
  /**
   * Each teacher resolved when first scored (so that a parallel run resolves them in parallel).
   * Racy by design: a Who is immutable with final fields, so a thread that reads one sees it
   * whole, and two threads that both resolve a teacher build equal ones.
   */
  private final Who[] teachers;
  private final ConcurrentHashMap<String, Programme> programmes = new ConcurrentHashMap<>();
  private final double[] leader;
  private final double[] weights;

  Kernel(Rubric rubric, double[] weights, Dataset catalogue) {
    this.rubric = rubric;
    this.weights = weights;
    this.catalogue = catalogue;
    List<CpdActivity> all = catalogue.activities();
    int n = all.size();
    activities = all.toArray(new CpdActivity[0]);
    rows = new double[n * STRIDE];
    flags = new int[n];
    realistic = new double[n];
    activityIds = new IdTable(n);
    for (int a = 0; a < n; a++) {
      CpdActivity act = activities[a];
      activityIds.put(act.id(), a);
      ImmutableMap<CompetenceArea, Double> profile = act.areaProfile();
      int r = a * STRIDE;
      for (CompetenceArea area : PlanContext.AREAS) {
        rows[r + area.ordinal()] = profile.get(area);
      }
      rows[r + R_CTX] = rubric.contextualisation().get(act.contextualisation());
      rows[r + R_IND] = act.involvesIndustryContact() ? 1 : 0;
      rows[r + R_COLLAB] = act.effectiveScope() == Scope.INDIVIDUAL ? 0
          : act.contextualisation() != Contextualisation.GENERIC || act.involvesIndustryContact()
              ? 1 : rubric.genericCollaboration();
      rows[r + R_INTEG] = act.knowledge().size() >= 2 ? 1 : 0;
      rows[r + R_SUST] = act.spanWeeks() >= rubric.sustainedWeeks() ? 1 : 0;
      flags[a] = (act.knowledge().isEmpty() ? 0 : F_NAMED)
          | (act.needsSubstituteCover() ? F_COVER : 0)
          | (act.costPerHour() > 0 ? F_COST : 0);
      realistic[a] = Math.min(RealisticHours.of(act), PlanItem.MAX_HOURS);
    }
    leader = new double[org.vetcpd.core.LeaderInvolvement.values().length];
    for (org.vetcpd.core.LeaderInvolvement l : org.vetcpd.core.LeaderInvolvement.values()) {
      leader[l.ordinal()] = rubric.leader().get(l);
    }
    teacherList = catalogue.teachers();
    teachers = new Who[teacherList.size()];
    teacherIds = new IdTable(teachers.length);
    for (int t = 0; t < teachers.length; t++) {
      teacherIds.put(teacherList.get(t).id(), t);
    }
  }

  private Programme programme(String code) {
    int n = activities.length;
    boolean[] fits = new boolean[n];
    int[] fitting = new int[n];
    int[] industry = new int[n];
    int[] industryIndex = new int[n];
    java.util.Arrays.fill(industryIndex, -1);
    int nf = 0;
    int ni = 0;
    for (int a = 0; a < n; a++) {
      if (activities[a].fits(code)) {
        fits[a] = true;
        fitting[nf++] = a;
        if (rows[a * STRIDE + R_IND] == 1) {
          industryIndex[a] = ni;
          industry[ni++] = a;
        }
      }
    }
    fitting = java.util.Arrays.copyOf(fitting, nf);
    double[] maxShare = new double[AREAS];
    java.util.Arrays.fill(maxShare, Double.NEGATIVE_INFINITY);
    for (int a : fitting) {
      for (int k = 0; k < AREAS; k++) {
        maxShare[k] = Math.max(maxShare[k], share(a, k));
      }
    }
    // The candidates of a fitting generic activity's recontextualisation are the fitting
    // activities of its type that are not generic (and develop every area at least as much,
    // checked when first asked for, Programme.replacements): here only the pool of each type, in
    // catalogue order. Time and memory linear in the catalogue: a catalogue of many generic and
    // adapted activities of one type would otherwise cost their product here, for every score.
    int types = org.vetcpd.core.ActivityType.values().length;
    int[] poolSize = new int[types];
    for (int a : fitting) {
      if (activities[a].contextualisation() != Contextualisation.GENERIC) {
        poolSize[activities[a].type().ordinal()]++;
      }
    }
    int[][] pools = new int[types][];
    for (int t = 0; t < types; t++) {
      pools[t] = new int[poolSize[t]];
      poolSize[t] = 0;
    }
    boolean[] generic = new boolean[n];
    for (int a : fitting) {
      int t = activities[a].type().ordinal();
      if (activities[a].contextualisation() != Contextualisation.GENERIC) {
        pools[t][poolSize[t]++] = a;
      }
    }
    for (int a : fitting) {
      generic[a] = activities[a].contextualisation() == Contextualisation.GENERIC
          && pools[activities[a].type().ordinal()].length > 0;
    }
    return new Programme(this, fits, fitting, java.util.Arrays.copyOf(industry, ni), industryIndex,
        maxShare, generic, pools, new Pull(code, rubric, catalogue.drivers(), null));
  }

  /** Whether activity {@code a} develops every competence area at least as much as {@code g}. */
  boolean developsAtLeast(int a, int g) {
    for (int area = 0; area < AREAS; area++) {
      if (share(a, area) < share(g, area) - Tolerance.EPSILON) {
        return false;
      }
    }
    return true;
  }

  /** Returns the resolved teacher of a plan, or null if the catalogue has no such teacher. */
  private Who whoOrNull(CpdPlan plan) {
    int t = teacherIds.get(plan.teacher());
    if (t < 0) {
      return null;
    }
    Who who = teachers[t];
    if (who == null) {
      Teacher teacher = teacherList.get(t);
      // get first: computeIfAbsent locks the key's bin whenever the key is not the bin's first
      // entry, and every teacher of a parallel run would then contend for it
      Programme programme = programmes.get(teacher.programme());
      if (programme == null) {
        programme = programmes.computeIfAbsent(teacher.programme(), this::programme);
      }
      who = new Who(teacher, programme, rubric);
      teachers[t] = who;
    }
    return who;
  }

  /** Returns the drivers that apply to a plan: its teacher's, narrowed by the plan's list. */
  Drivers drivers(Who who, CpdPlan plan) {
    Optional<ImmutableSet<String>> listed = plan.drivers();
    return listed.isEmpty() ? who.drivers : new Drivers(who, rubric,
        new Pull(who.teacher.programme(), rubric, catalogue.drivers(), listed.get()));
  }

  double leader(CpdPlan plan) {
    return leader[plan.leaderInvolvement().ordinal()];
  }

  double leaderActive() {
    return leader[org.vetcpd.core.LeaderInvolvement.ACTIVE.ordinal()];
  }

  /**
   * Resolves a plan's items to activity indexes and accumulates its running sums in one pass.
   *
   * @param act filled with each item's activity index
   * @param s the sums, all 0
   * @return false, the sums unfinished, if an item's activity is not in the catalogue
   */
  private boolean sums(ImmutableList<PlanItem> items, boolean[] fits, int[] act, double[] s) {
    for (int i = 0; i < act.length; i++) {
      PlanItem item = items.get(i);
      int a = activityIds.get(item.activity());
      if (a < 0) {
        return false; // not in the catalogue
      }
      act[i] = a;
      add(s, a, item.hours(), fits[a], item.timeAllocated(), item.substituteFunded(),
          item.costFunded());
    }
    return true;
  }

  /**
   * Accumulates the sums of resolved items from item {@code start} on (into sums that hold the
   * first {@code start} items'), item {@code skip} left out and activity {@code from} replaced by
   * {@code to}: a re-score of an edited plan, in the same order of operations.
   */
  void resum(ImmutableList<PlanItem> items, boolean[] fits, int[] act, int start, int skip,
      int from, int to, double[] s) {
    // As add() item by item, in locals rather than in the array: the same additions in the same
    // order, without a store and a load per item and sum.
    double total = s[TOTAL];
    double e0 = s[E];
    double e1 = s[E + 1];
    double e2 = s[E + 2];
    double e3 = s[E + 3];
    double ctx = s[CTX];
    double ind = s[IND];
    double collab = s[COLLAB];
    double integ = s[INTEG];
    double sust = s[SUST];
    double named = s[NAMED];
    double time = s[TIME];
    double cover = s[COVER];
    double needCover = s[NEED_COVER];
    double cost = s[COST];
    double needCost = s[NEED_COST];
    double nNeedCover = s[N_NEED_COVER];
    double nNeedCost = s[N_NEED_COST];
    double[] rows = this.rows;
    for (int i = start; i < act.length; i++) {
      if (i == skip) {
        continue;
      }
      PlanItem item = items.get(i);
      int a = act[i] == from ? to : act[i];
      double h = item.hours();
      total += h;
      if (fits[a]) {
        int r = a * STRIDE;
        e0 += h * rows[r];
        e1 += h * rows[r + 1];
        e2 += h * rows[r + 2];
        e3 += h * rows[r + 3];
        ctx += h * rows[r + R_CTX];
        ind += h * rows[r + R_IND];
        collab += h * rows[r + R_COLLAB];
        integ += h * rows[r + R_INTEG];
        sust += h * rows[r + R_SUST];
      }
      int f = flags[a];
      if ((f & F_NAMED) != 0) {
        named += 1;
      }
      if (item.timeAllocated()) {
        time += h;
      }
      if ((f & F_COVER) != 0) {
        needCover += h;
        nNeedCover += 1;
        if (item.substituteFunded()) {
          cover += h;
        }
      }
      if ((f & F_COST) != 0) {
        needCost += h;
        nNeedCost += 1;
        if (item.costFunded()) {
          cost += h;
        }
      }
    }
    s[TOTAL] = total;
    s[E] = e0;
    s[E + 1] = e1;
    s[E + 2] = e2;
    s[E + 3] = e3;
    s[CTX] = ctx;
    s[IND] = ind;
    s[COLLAB] = collab;
    s[INTEG] = integ;
    s[SUST] = sust;
    s[NAMED] = named;
    s[TIME] = time;
    s[COVER] = cover;
    s[NEED_COVER] = needCover;
    s[COST] = cost;
    s[NEED_COST] = needCost;
    s[N_NEED_COVER] = nNeedCover;
    s[N_NEED_COST] = nNeedCost;
  }

  /**
   * Adds to the profile sums ({@code E} to {@code SUST}) of {@code s} those of resolved items
   * {@code start} to {@code end - 1}, activity {@code from} replaced by {@code to} (-1 for no
   * replacement), the other sums left as they are: each sum gets the same increments in the same
   * order as {@link #resum} gives it. So the sums of the items before a replaced activity's first
   * item, followed by this from that item on, are bit for bit a re-sum of the edited plan from
   * its first item; the sums a replacement by an activity with the same flags changes.
   *
   * @param fitHours by item, its hours if its activity fits the programme, else 0; the activities
   *     {@code from} and {@code to} both fit
   */
  void profileSums(double[] fitHours, int[] act, int start, int end, int from, int to,
      double[] s) {
    // In locals, not in the array: the same additions in the same order, without a store and a
    // load per item and sum. An item that does not fit has 0 hours here, so each of its products
    // is 0 (+0 or -0), and adding 0 leaves a sum as it is, bit for bit, as skipping the item
    // would (a sum that starts at +0 is never -0: rounding to nearest, x + y is -0 only when both
    // are); without a branch per item.
    double e0 = s[E];
    double e1 = s[E + 1];
    double e2 = s[E + 2];
    double e3 = s[E + 3];
    double ctx = s[CTX];
    double ind = s[IND];
    double collab = s[COLLAB];
    double integ = s[INTEG];
    double sust = s[SUST];
    double[] rows = this.rows;
    for (int i = start; i < end; i++) {
      int a = act[i] == from ? to : act[i];
      double h = fitHours[i];
      int r = a * STRIDE;
      e0 += h * rows[r];
      e1 += h * rows[r + 1];
      e2 += h * rows[r + 2];
      e3 += h * rows[r + 3];
      ctx += h * rows[r + R_CTX];
      ind += h * rows[r + R_IND];
      collab += h * rows[r + R_COLLAB];
      integ += h * rows[r + R_INTEG];
      sust += h * rows[r + R_SUST];
    }
    s[E] = e0;
    s[E + 1] = e1;
    s[E + 2] = e2;
    s[E + 3] = e3;
    s[CTX] = ctx;
    s[IND] = ind;
    s[COLLAB] = collab;
    s[INTEG] = integ;
    s[SUST] = sust;
  }

  /**
   * Adds to the area sums ({@code E} to {@code E + 3}) of {@code s} those of resolved items {@code
   * start} to {@code end - 1}, activity {@code from} replaced by {@code to} (-1 for no
   * replacement), the other sums left as they are: each area sum gets the increments {@link
   * #profileSums} gives it, in the same order (each sum is a sum of its own, so summing a few of
   * them in one loop and the others in another gives each the same double).
   */
  void areaSums(double[] fitHours, int[] act, int start, int end, int from, int to,
      double[] s) {
    double e0 = s[E];
    double e1 = s[E + 1];
    double e2 = s[E + 2];
    double e3 = s[E + 3];
    double[] rows = this.rows;
    for (int i = start; i < end; i++) {
      int a = act[i] == from ? to : act[i];
      double h = fitHours[i];
      int r = a * STRIDE;
      e0 += h * rows[r];
      e1 += h * rows[r + 1];
      e2 += h * rows[r + 2];
      e3 += h * rows[r + 3];
    }
    s[E] = e0;
    s[E + 1] = e1;
    s[E + 2] = e2;
    s[E + 3] = e3;
  }

  /**
   * Adds to the five profile sums after the area sums ({@code CTX} to {@code SUST}) of {@code s}
   * those of resolved items {@code start} to {@code end - 1}, activity {@code from} replaced by
   * {@code to} (-1 for no replacement), the other sums left as they are: each sum gets the
   * increments {@link #profileSums} gives it, in the same order.
   */
  void restSums(double[] fitHours, int[] act, int start, int end, int from, int to,
      double[] s) {
    double ctx = s[CTX];
    double ind = s[IND];
    double collab = s[COLLAB];
    double integ = s[INTEG];
    double sust = s[SUST];
    double[] rows = this.rows;
    for (int i = start; i < end; i++) {
      int a = act[i] == from ? to : act[i];
      double h = fitHours[i];
      int r = a * STRIDE;
      ctx += h * rows[r + R_CTX];
      ind += h * rows[r + R_IND];
      collab += h * rows[r + R_COLLAB];
      integ += h * rows[r + R_INTEG];
      sust += h * rows[r + R_SUST];
    }
    s[CTX] = ctx;
    s[IND] = ind;
    s[COLLAB] = collab;
    s[INTEG] = integ;
    s[SUST] = sust;
  }

  /**
   * Applies to the profile sums ({@code E} to {@code SUST}) of {@code s} the replacement of
   * activity {@code from} by {@code to} on fitting items of {@code hours} hours in all: each sum
   * whose row differs loses the hours times {@code from}'s row and gains them times {@code to}'s
   * (never below 0); a sum whose rows are the same is left as it is, to the bit. Time independent
   * of the plan's size, the sums to rounding (a large plan's edits, {@link Recommender}).
   */
  void replaceProfile(double[] s, int from, int to, double hours) {
    int rf = from * STRIDE;
    int rt = to * STRIDE;
    for (int j = 0; j <= R_SUST; j++) {
      double x = rows[rf + j];
      double y = rows[rt + j];
      if (Double.doubleToRawLongBits(x) != Double.doubleToRawLongBits(y)) {
        s[E + j] = Math.max(0, s[E + j] - hours * x + hours * y);
      }
    }
  }

  /**
   * Whether activities {@code a} and {@code b} have the same area shares, bit for bit: then, on
   * fitting items, each area sum gets the same increments from either.
   */
  boolean sameAreas(int a, int b) {
    int ra = a * STRIDE;
    int rb = b * STRIDE;
    for (int k = 0; k < AREAS; k++) {
      if (Double.doubleToRawLongBits(rows[ra + k]) != Double.doubleToRawLongBits(rows[rb + k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Turns the plan's sums {@code s} of resolved items into those of the plan without item {@code
   * skip}, an item that does not fit (so it adds nothing to the profile sums, which stay): as
   * {@link #resum} gives them, bit for bit. A sum of hours to which the item adds nothing gets the
   * same increments in the same order without it, so it stays; one to which it adds is re-summed
   * in item order without it. A count (items named, items that need cover or cost) loses 1: a
   * count is a whole number, so the subtraction is exact and gives the count re-summed.
   *
   */
  void dropUnfitting(ImmutableList<PlanItem> items, int[] act, int skip, double[] s) {
    PlanItem dropped = items.get(skip);
    int fd = flags[act[skip]];
    boolean time = dropped.timeAllocated();
    boolean needCover = (fd & F_COVER) != 0;
    boolean cover = needCover && dropped.substituteFunded();
    boolean needCost = (fd & F_COST) != 0;
    boolean cost = needCost && dropped.costFunded();
    double sTotal = 0;
    double sTime = 0;
    double sCover = 0;
    double sNeedCover = 0;
    double sCost = 0;
    double sNeedCost = 0;
    int[] flags = this.flags;
    // Each conditional increment is the hours times 1 or 0, exactly h or +0, and adding +0 leaves
    // a sum as it is (see profileSums): the same sums as adding h where the condition holds,
    // without a branch per item.
    for (int i = 0; i < act.length; i++) {
      if (i == skip) {
        continue;
      }
      PlanItem item = items.get(i);
      double h = item.hours();
      sTotal += h;
      int f = flags[act[i]];
      boolean nc = (f & F_COVER) != 0;
      boolean nk = (f & F_COST) != 0;
      sTime += h * (time && item.timeAllocated() ? 1 : 0);
      sNeedCover += h * (nc ? 1 : 0);
      sCover += h * (nc && item.substituteFunded() ? 1 : 0);
      sNeedCost += h * (nk ? 1 : 0);
      sCost += h * (nk && item.costFunded() ? 1 : 0);
    }
    s[TOTAL] = sTotal;
    if (time) {
      s[TIME] = sTime;
    }
    if ((fd & F_NAMED) != 0) {
      s[NAMED] -= 1;
    }
    if (needCover) {
      s[NEED_COVER] = sNeedCover;
      s[N_NEED_COVER] -= 1;
      if (cover) {
        s[COVER] = sCover;
      }
    }
    if (needCost) {
      s[NEED_COST] = sNeedCost;
      s[N_NEED_COST] -= 1;
      if (cost) {
        s[COST] = sCost;
      }
    }
  }

  /**
   * Adds one item to the running sums, as the criteria's definitions count it ({@link #resum}
   * repeats these additions in locals; keep the two alike).
   */
  void add(double[] s, int a, double h, boolean fit, boolean time, boolean substitute,
      boolean costFunded) {
    s[TOTAL] += h;
    if (fit) {
      int r = a * STRIDE;
      s[E] += h * rows[r];
      s[E + 1] += h * rows[r + 1];
      s[E + 2] += h * rows[r + 2];
      s[E + 3] += h * rows[r + 3];
      s[CTX] += h * rows[r + R_CTX];
      s[IND] += h * rows[r + R_IND];
      s[COLLAB] += h * rows[r + R_COLLAB];
      s[INTEG] += h * rows[r + R_INTEG];
      s[SUST] += h * rows[r + R_SUST];
    }
    int f = flags[a];
    if ((f & F_NAMED) != 0) {
      s[NAMED] += 1;
    }
    if (time) {
      s[TIME] += h;
    }
    if ((f & F_COVER) != 0) {
      s[NEED_COVER] += h;
      s[N_NEED_COVER] += 1;
      if (substitute) {
        s[COVER] += h;
      }
    }
    if ((f & F_COST) != 0) {
      s[NEED_COST] += h;
      s[N_NEED_COST] += 1;
      if (costFunded) {
        s[COST] += h;
      }
    }
  }

  /**
   * Returns {@link Math#min(double, double)} of two doubles, always the same double: two plain
   * comparisons decide every case but equal values, zeros of either sign and NaN, which go to
   * {@code Math.min} (whose NaN and signed-zero handling makes it several times slower on the
   * common path).
   */
  static double min(double a, double b) {
    return a < b ? a : b < a ? b : Math.min(a, b);
  }

  /** Writes the emphasis {@code E} of a plan's sums. */
  static void emphasis(double[] s, double[] e) {
    double total = s[TOTAL];
    for (int k = 0; k < AREAS; k++) {
      e[k] = total > 0 ? s[E + k] / total : s[E + k];
    }
  }

  /**
   * Writes the ten criteria's values of a plan with at least one item, from its sums and emphasis,
   * in {@link Rubric#CRITERIA} order; NaN when not assessed.
   */
  void values(double[] s, double[] e, Who who, Drivers d, double leaderValue, double[] v) {
    valuesButFacilitation(s, e, who, d, v);
    v[6] = facilitation(s, who, leaderValue);
  }

  /**
   * Writes the values of {@link #values} but the facilitation criterion's ({@code v[6]}, left as
   * it was): for sums whose facilitation inputs are those of values already known.
   */
  void valuesButFacilitation(double[] s, double[] e, Who who, Drivers d, double[] v) {
    emphasisValues(e, d, v);
    double total = s[TOTAL];
    v[2] = contextualisation(s, total);
    v[3] = industry(s, who);
    v[5] = collaboration(s, total);
    v[8] = integration(s, total);
    v[9] = sustained(s, total);
  }

  /**
   * Returns the score of an edited plan of at least one item from its sums {@code s}: what {@link
   * #emphasis}, {@link #values} and {@link #score(double[])} give, bit for bit (each value computed
   * by the same operations, the weighted sum and the sum of weights added in criterion order),
   * with the emphasis and the ten values in locals rather than in arrays (keep them alike).
   *
   * <p>It reuses the plan's own value ({@code baseValues}, of the plan's sums {@code base} under
   * {@code baseLeader}) of each criterion whose inputs are bit for bit the plan's: the same doubles
   * in give the same double out, and comparing costs less than dividing. The emphasis criteria
   * (needs alignment, vocational focus, driver response, coverage) read the emphasis alone, a
   * function of {@code TOTAL} and the area sums: when these are the plan's, so are the four values
   * (e.g. a generic activity replaced by one with the same area profile).
   *
   * <p>The lesser of two doubles is {@link Math#min}, which gives what {@link #min} gives for
   * every pair (the values' own path keeps that one): over the plans of a cohort, which of the two
   * is less varies from call to call, and {@code Math.min} takes no branch on it.
   */
  double editedScore(double[] s, Who who, Drivers d, double leaderValue, double[] base,
      double[] baseValues, double baseLeader) {
    boolean sameTotal = same(s, base, TOTAL);
    double total = s[TOTAL];
    double v0;
    double v1;
    double v4;
    double v7;
    if (sameTotal && same(s, base, E) && same(s, base, E + 1) && same(s, base, E + 2)
        && same(s, base, E + 3)) {
      v0 = baseValues[0];
      v1 = baseValues[1];
      v4 = baseValues[4];
      v7 = baseValues[7];
    } else {
      // As emphasis(s, e), then emphasisValues(e, d, v).
      double e0 = total > 0 ? s[E] / total : s[E];
      double e1 = total > 0 ? s[E + 1] / total : s[E + 1];
      double e2 = total > 0 ? s[E + 2] / total : s[E + 2];
      double e3 = total > 0 ? s[E + 3] / total : s[E + 3];
      double[] t = d.target;
      double overlap = 0;
      overlap += Math.min(e0, t[0]);
      overlap += Math.min(e1, t[1]);
      overlap += Math.min(e2, t[2]);
      overlap += Math.min(e3, t[3]);
      v0 = Criterion.clamp(overlap);
      v1 = Criterion.clamp((area(PlanContext.VOC, e0, e1, e2, e3)
          + area(PlanContext.IND, e0, e1, e2, e3)) / d.asked);
      double uSum = d.uSum;
      if (uSum > 0) {
        double sum = 0;
        double[] p = d.pulls;
        double[] us = d.u;
        for (int j = 0, o = 0; j < us.length; j++, o += AREAS) {
          double cov = 0;
          cov += Math.min(e0, p[o]);
          cov += Math.min(e1, p[o + 1]);
          cov += Math.min(e2, p[o + 2]);
          cov += Math.min(e3, p[o + 3]);
          sum += us[j] * cov;
        }
        v4 = Criterion.clamp(sum / uSum);
      } else {
        v4 = Criterion.NOT_ASSESSED;
      }
      boolean[] needed = d.needed;
      double[] limit = d.coveredLimit;
      int need = 0;
      int covered = 0;
      if (needed[0]) {
        need++;
        covered += e0 >= limit[0] ? 1 : 0;
      }
      if (needed[1]) {
        need++;
        covered += e1 >= limit[1] ? 1 : 0;
      }
      if (needed[2]) {
        need++;
        covered += e2 >= limit[2] ? 1 : 0;
      }
      if (needed[3]) {
        need++;
        covered += e3 >= limit[3] ? 1 : 0;
      }
      v7 = need == 0 ? 1 : (double) covered / need;
    }
    double v2 = sameTotal && same(s, base, CTX) ? baseValues[2] : contextualisation(s, total);
    double v3 = same(s, base, IND) ? baseValues[3] : industry(s, who);
    double v5 = sameTotal && same(s, base, COLLAB) ? baseValues[5] : collaboration(s, total);
    double v6 = sameTotal && same(s, base, TIME) && same(s, base, COVER)
        && same(s, base, NEED_COVER) && same(s, base, COST) && same(s, base, NEED_COST)
        && same(s, base, N_NEED_COVER) && same(s, base, N_NEED_COST)
        && Double.doubleToRawLongBits(leaderValue) == Double.doubleToRawLongBits(baseLeader)
        ? baseValues[6] : facilitation(s, who, leaderValue);
    double v8 = sameTotal && same(s, base, NAMED) && same(s, base, INTEG) ? baseValues[8]
        : integration(s, total);
    double v9 = sameTotal && same(s, base, SUST) ? baseValues[9] : sustained(s, total);
    // As TailoringScorer.score(weights, values): each sum in criterion order.
    double[] w = weights;
    double weighted = 0;
    double sumW = 0;
    if (!Double.isNaN(v0)) {
      weighted += w[0] * v0;
      sumW += w[0];
    }
    if (!Double.isNaN(v1)) {
      weighted += w[1] * v1;
      sumW += w[1];
    }
    if (!Double.isNaN(v2)) {
      weighted += w[2] * v2;
      sumW += w[2];
    }
    if (!Double.isNaN(v3)) {
      weighted += w[3] * v3;
      sumW += w[3];
    }
    if (!Double.isNaN(v4)) {
      weighted += w[4] * v4;
      sumW += w[4];
    }
    if (!Double.isNaN(v5)) {
      weighted += w[5] * v5;
      sumW += w[5];
    }
    if (!Double.isNaN(v6)) {
      weighted += w[6] * v6;
      sumW += w[6];
    }
    if (!Double.isNaN(v7)) {
      weighted += w[7] * v7;
      sumW += w[7];
    }
    if (!Double.isNaN(v8)) {
      weighted += w[8] * v8;
      sumW += w[8];
    }
    if (!Double.isNaN(v9)) {
      weighted += w[9] * v9;
      sumW += w[9];
    }
    if (!(sumW > 0)) {
      return 0;
    }
    double score = 100 * (weighted / sumW);
    return score < 0 ? 0 : (score > 100 ? 100 : score);
  }

  /** Returns {@code e[k]} of the emphasis {@code e0} to {@code e3}. */
  private static double area(int k, double e0, double e1, double e2, double e3) {
    return k == 0 ? e0 : k == 1 ? e1 : k == 2 ? e2 : e3;
  }

  /** Whether sum {@code i} of two plans' sums is the same double, bit for bit. */
  private static boolean same(double[] s, double[] base, int i) {
    return Double.doubleToRawLongBits(s[i]) == Double.doubleToRawLongBits(base[i]);
  }

  /** Writes the values of the criteria read off the emphasis: 0, 1, 4 and 7. */
  private static void emphasisValues(double[] e, Drivers d, double[] v) {
    double[] t = d.target;
    // needs-alignment
    double overlap = 0;
    for (int k = 0; k < AREAS; k++) {
      overlap += min(e[k], t[k]);
    }
    v[0] = Criterion.clamp(overlap);
    // vocational-focus
    v[1] = Criterion.clamp((e[PlanContext.VOC] + e[PlanContext.IND]) / d.asked);
    // driver-response: Σ u (d.uSum) summed once, in the same order
    double uSum = d.uSum;
    if (uSum > 0) {
      double sum = 0;
      double[] p = d.pulls;
      double[] us = d.u;
      double e0 = e[0];
      double e1 = e[1];
      double e2 = e[2];
      double e3 = e[3];
      for (int j = 0, o = 0; j < us.length; j++, o += AREAS) {
        // cov = Σ_k min(e[k], pull[k]), k in order, as the loop over the areas adds them
        double cov = 0;
        cov += min(e0, p[o]);
        cov += min(e1, p[o + 1]);
        cov += min(e2, p[o + 2]);
        cov += min(e3, p[o + 3]);
        sum += us[j] * cov;
      }
      v[4] = Criterion.clamp(sum / uSum);
    } else {
      v[4] = Criterion.NOT_ASSESSED;
    }
    // coverage
    int needed = 0;
    int covered = 0;
    for (int k = 0; k < AREAS; k++) {
      if (d.needed[k]) {
        needed++;
        if (e[k] >= d.coveredLimit[k]) {
          covered++;
        }
      }
    }
    v[7] = needed == 0 ? 1 : (double) covered / needed;
  }

  private static double contextualisation(double[] s, double total) {
    return Criterion.clamp(s[CTX] / total);
  }

  private static double industry(double[] s, Who who) {
    return Criterion.clamp(s[IND] / who.required);
  }

  private double collaboration(double[] s, double total) {
    return Criterion.clamp(s[COLLAB] / total / rubric.collaborationTarget());
  }

  private static double integration(double[] s, double total) {
    return s[NAMED] > 0 ? Criterion.clamp(s[INTEG] / total) : Criterion.NOT_ASSESSED;
  }

  private static double sustained(double[] s, double total) {
    return Criterion.clamp(s[SUST] / total);
  }

  /**
   * Returns the facilitation criterion's value of a plan with at least one item, from its sums:
   * the one criterion that working time, substitutes, costs and the leader's involvement change.
   */
  static double facilitation(double[] s, Who who, double leaderValue) {
    return facilitation(s[TIME], s[TOTAL], s[N_NEED_COVER], s[COVER], s[NEED_COVER],
        s[N_NEED_COST], s[COST], s[NEED_COST], who, leaderValue);
  }

  /**
   * Returns the facilitation criterion's value of a plan with at least one item, from the sums it
   * reads (as {@link #facilitation(double[], Who, double)}, which calls this): for an edit that
   * changes one of them, without a copy of the sums.
   */
  static double facilitation(double time, double total, double nNeedCover, double cover,
      double needCover, double nNeedCost, double cost, double needCost, Who who,
      double leaderValue) {
    double x0 = time / total;
    double x1 = nNeedCover > 0 ? cover / needCover : 1;
    double x2 = nNeedCost > 0 ? cost / needCost : 1;
    double f = who.wTime * x0 + who.wCover * x1 + who.wCost * x2 + who.wLeader * leaderValue;
    return Criterion.clamp(f / who.wSum);
  }

  /** Returns {@code Σ w} over the assessed criteria. */
  double assessedWeight(double[] values) {
    return TailoringScorer.assessedWeight(weights, values);
  }

  /** Returns the score of the values: {@code 100 · Σ w·value / Σ w}, in [0, 100]. */
  double score(double[] values) {
    return TailoringScorer.score(weights, values);
  }

  /** Returns the score of the values with value {@code k} replaced by {@code v}, uncopied. */
  double score(double[] values, int k, double v) {
    return TailoringScorer.score(weights, values, k, v);
  }

  /**
   * Resolves and sums a plan in one pass; {@code values} stay to be computed.
   *
   * @param plan a plan whose references resolve in the catalogue
   * @return the resolved plan
   */
  Scored resolve(CpdPlan plan) {
    Scored s = resolveOrNull(plan);
    if (s == null) {
      throw new IllegalStateException("unresolved reference in plan " + plan.id());
    }
    return s;
  }

  /**
   * Resolves and sums a plan in one pass, as {@link #resolve} does, for a plan that may refer to
   * what the catalogue does not have: then null. The references it resolves are exactly those
   * {@link org.vetcpd.core.Dataset#problemsOf} checks (the teacher, each item's activity, each
   * listed driver), so a plan resolves here if and only if that finds no problem.
   *
   * @param plan a plan
   * @return the resolved plan, or null if a reference does not resolve
   */
  Scored resolveOrNull(CpdPlan plan) {
    Who who = whoOrNull(plan);
    if (who == null) {
      return null;
    }
    Optional<ImmutableSet<String>> listed = plan.drivers();
    if (listed.isPresent()) {
      ImmutableMap<String, Driver> known = catalogue.driverIndex();
      for (String id : listed.get()) {
        if (!known.containsKey(id)) {
          return null;
        }
      }
    }
    Drivers d = drivers(who, plan);
    ImmutableList<PlanItem> items = plan.items();
    int[] act = new int[items.size()];
    double[] s = new double[SUMS];
    if (!sums(items, who.programme.fits, act, s)) {
      return null;
    }
    double[] e = new double[AREAS];
    emphasis(s, e);
    return new Scored(this, who, d, plan, act, s, e);
  }

  /** Returns the share of an activity's hours in area {@code k} (its normalised profile). */
  double share(int a, int k) {
    return rows[a * STRIDE + k];
  }

  /** A plan resolved against the kernel's catalogue: its items' activities and running sums. */
  static final class Scored {
    final Kernel kernel;
    final Who who;
    final Drivers drivers;
    final CpdPlan plan;
    final int[] act;
    final double[] sums;
    final double[] emphasis;

    Scored(Kernel kernel, Who who, Drivers drivers, CpdPlan plan, int[] act, double[] sums,
        double[] emphasis) {
      this.kernel = kernel;
      this.who = who;
      this.drivers = drivers;
      this.plan = plan;
      this.act = act;
      this.sums = sums;
      this.emphasis = emphasis;
    }

    /** Returns the plan's context for the criteria's explanations, from the resolved data. */
    PlanContext context() {
      return new PlanContext(this);
    }
  }

  /** The activities that fit one programme. */
  static final class Programme {
    final boolean[] fits;
    /** Indexes of the fitting activities, in catalogue order. */
    final int[] fitting;
    /** Indexes of the fitting activities with industry contact, in catalogue order. */
    final int[] industry;
    /** By activity index, the activity's position in {@link #industry}; -1 when not there. */
    final int[] industryIndex;
    /** By area, the largest share of a fitting activity's profile; -∞ when none fits. */
    final double[] maxShare;
    /**
     * By activity index, whether it is a fitting GENERIC activity whose type has fitting activities
     * that are not generic: those that may have candidates to replace it ({@link #replacements}).
     */
    final boolean[] generic;
    /**
     * By {@code ActivityType} ordinal, the fitting activities of that type that are not generic,
     * in catalogue order: the candidates' pool.
     */
    private final int[][] pools;
    /**
     * By activity index, its candidates once computed, where there are at most {@link #CACHED} of
     * them: a longer list is computed again when asked for, so that what is kept stays linear in
     * the catalogue whatever the catalogue holds. Racy by design, as {@link Kernel#teachers}: a
     * {@link Candidates} holds its list in a final field, so a thread that sees one sees its list
     * whole, and two threads that both compute one compute equal ones.
     */
    private final Candidates[] candidates;
    private final Kernel kernel;
    private static final int CACHED = 256;
    /** The drivers that apply to this programme's teachers when a plan lists none. */
    final Pull pull;
    /**
     * The default drivers (a plan that lists none) of this programme's teachers, by their need
     * levels ({@link Who#levels}): the drivers that apply depend on the programme and the pull and
     * target on the need levels only, so teachers with the same levels share one, and a kernel's
     * memory does not grow by a set of drivers for every teacher it scores. Filled as teachers are
     * resolved; racy by design, as {@link Kernel#teachers}: a Drivers is immutable with final
     * fields, and two threads that both make one for the same levels make equal ones.
     */
    final Drivers[] driversByLevels = new Drivers[1 << 2 * AREAS];

    Programme(Kernel kernel, boolean[] fits, int[] fitting, int[] industry, int[] industryIndex,
        double[] maxShare, boolean[] generic, int[][] pools, Pull pull) {
      this.kernel = kernel;
      this.pull = pull;
      this.fits = fits;
      this.fitting = fitting;
      this.industry = industry;
      this.industryIndex = industryIndex;
      this.maxShare = maxShare;
      this.generic = generic;
      this.pools = pools;
      this.candidates = new Candidates[fits.length];
    }

    /**
     * Returns the candidates of a generic activity's recontextualisation: the fitting activities
     * of its type that are not generic and develop every competence area at least as much, in
     * catalogue order; null when it has none or is not a fitting generic activity. Computed when
     * first asked for (thread-safe; two threads that both compute a list compute equal ones).
     *
     * @param g an activity index
     */
    int[] replacements(int g) {
      if (!generic[g]) {
        return null;
      }
      Candidates c = candidates[g];
      if (c != null) {
        return c.list;
      }
      int[] pool = pools[kernel.activities[g].type().ordinal()];
      int[] found = new int[pool.length];
      int count = 0;
      for (int a : pool) {
        if (kernel.developsAtLeast(a, g)) {
          found[count++] = a;
        }
      }
      int[] r = count == 0 ? null : java.util.Arrays.copyOf(found, count);
      if (count <= CACHED) {
        candidates[g] = new Candidates(r);
      }
      return r;
    }

    /** A generic activity's candidates: the list, or null for none. */
    private static final class Candidates {
      final int[] list;

      Candidates(int[] list) {
        this.list = list;
      }
    }
  }

  /** A teacher, resolved: need, required industry hours, facilitation weights, drivers. */
  static final class Who {
    final Teacher teacher;
    final Programme programme;
    final double[] need;
    final double required;
    final double wTime;
    final double wCover;
    final double wCost;
    final double wLeader;
    final double wSum;
    /** The drivers that apply when the plan lists none. */
    final Drivers drivers;

    Who(Teacher teacher, Programme programme, Rubric r) {
      this.teacher = teacher;
      this.programme = programme;
      need = need(teacher);
      double years = teacher.yearsSinceIndustryContact().orElse(r.unknownYears());
      required = r.industryHoursBase() + r.industryHoursPerYear()
          * Math.min(years, r.industryYearCap());
      wTime = weight(teacher, r, Barrier.SCHEDULE_CONFLICT);
      wCover = weight(teacher, r, Barrier.NO_SUBSTITUTE_COVER);
      wCost = weight(teacher, r, Barrier.COST);
      wLeader = weight(teacher, r, Barrier.NO_EMPLOYER_SUPPORT);
      wSum = wTime + wCover + wCost + wLeader;
      int key = levels(teacher);
      Drivers d = programme.driversByLevels[key];
      if (d == null) {
        d = new Drivers(this, r, programme.pull);
        programme.driversByLevels[key] = d;
      }
      drivers = d;
    }

    /**
     * A teacher's need levels, area by area, as one number (2 bits an area: levels are 0 to 3,
     * which {@code ScorerTest} checks; with more, teachers of different needs would share drivers).
     */
    static int levels(Teacher teacher) {
      int levels = 0;
      for (CompetenceArea a : PlanContext.AREAS) {
        levels = levels << 2 | teacher.need(a).value();
      }
      return levels;
    }

    private static double weight(Teacher t, Rubric r, Barrier b) {
      return t.barriers().contains(b) ? r.barrierWeight() : 1;
    }

    /** As {@link PlanContext}: need levels normalised to sum 1; all NONE gives uniform. */
    private static double[] need(Teacher teacher) {
      double[] n = new double[AREAS];
      double sum = 0;
      for (CompetenceArea a : PlanContext.AREAS) {
        int v = teacher.need(a).value();
        n[a.ordinal()] = v;
        sum += v;
      }
      for (int k = 0; k < n.length; k++) {
        n[k] = sum > 0 ? n[k] / sum : 1.0 / n.length;
      }
      return n;
    }
  }

  /**
   * What the drivers that apply to a plan give before its teacher's need: the drivers, their
   * weights and their pull. It depends on the programme and, for a plan that lists drivers, the
   * list; a programme's default one is made once per kernel ({@link Programme#pull}).
   */
  static final class Pull {
    final Driver[] drivers;
    final double[] u;
    /** Σ u, summed in driver order. */
    final double uSum;
    final double[] pulls;
    /** Σ strength × pull profile over the drivers of positive strength, area by area. */
    final double[] pullSums;
    final double pullSum;
    final boolean pullIsNeed;

    /** As {@link PlanContext}'s constructor computes them, in the same order of operations. */
    Pull(String programme, Rubric r, List<Driver> all, ImmutableSet<String> only) {
      int count = 0;
      Driver[] out = new Driver[all.size()];
      for (Driver d : all) {
        if (d.concerns(programme) && (only == null || only.contains(d.id()))) {
          out[count++] = d;
        }
      }
      drivers = java.util.Arrays.copyOf(out, count);
      u = new double[count];
      pulls = new double[count * AREAS];
      pullSums = new double[AREAS];
      double strength = 0;
      for (int j = 0; j < count; j++) {
        Driver d = drivers[j];
        double factor = d.effectiveScope() == DriverScope.VOCATION_SPECIFIC
            ? 1 : r.generalDriverFactor();
        u[j] = d.strength() * factor;
        ImmutableMap<CompetenceArea, Double> p = d.pullProfile();
        for (CompetenceArea area : PlanContext.AREAS) {
          pulls[j * AREAS + area.ordinal()] = p.get(area);
        }
        double s = d.strength();
        if (s > 0) {
          strength += s;
          for (CompetenceArea area : PlanContext.AREAS) {
            pullSums[area.ordinal()] += s * p.get(area);
          }
        }
      }
      double us = 0;
      for (int j = 0; j < count; j++) {
        us += u[j];
      }
      uSum = us;
      double ps = 0;
      for (double v : pullSums) {
        ps += v;
      }
      pullSum = ps;
      pullIsNeed = !(strength > 0 && ps > 0);
    }
  }

  /** The drivers that apply to a plan, with the pull, the target and what coverage needs of it. */
  static final class Drivers {
    final Driver[] drivers;
    final double[] u;
    /** Σ u, summed in driver order. */
    final double uSum;
    final double[] pulls;
    final double[] pull;
    final double[] target;
    final boolean pullIsNeed;
    final double asked;
    final boolean[] needed;
    final double[] coveredLimit;

    /**
     * As {@link PlanContext}'s constructor computes them, in the same order of operations: the
     * pull's part from {@code p}, the rest from the teacher's need.
     */
    Drivers(Who who, Rubric r, Pull p) {
      drivers = p.drivers;
      u = p.u;
      uSum = p.uSum;
      pulls = p.pulls;
      pullIsNeed = p.pullIsNeed;
      double[] pullSums = p.pullSums;
      double pullSum = p.pullSum;
      double lambda = r.teacherVoice();
      pull = new double[AREAS];
      target = new double[AREAS];
      needed = new boolean[AREAS];
      coveredLimit = new double[AREAS];
      for (int k = 0; k < AREAS; k++) {
        pull[k] = pullIsNeed ? who.need[k] : pullSums[k] / pullSum;
        target[k] = lambda * who.need[k] + (1 - lambda) * pull[k];
        needed[k] = Tolerance.reaches(target[k], r.neededShare());
        coveredLimit[k] = r.coveredFraction() * target[k] - Tolerance.EPSILON;
      }
      asked = Math.max(target[PlanContext.VOC] + target[PlanContext.IND],
          r.minVocationalShare());
    }
  }

  /**
   * Ids to indexes: open addressing on the strings' cached hash codes, the same instance found
   * without comparing characters.
   */
  static final class IdTable {
    private final String[] keys;
    private final int[] values;
    private final int mask;

    IdTable(int size) {
      int cap = Integer.highestOneBit(Math.max(4, size * 2 + 1) - 1) << 1;
      keys = new String[cap];
      values = new int[cap];
      mask = cap - 1;
    }

    void put(String key, int value) {
      int i = spread(key.hashCode()) & mask;
      while (keys[i] != null) {
        if (keys[i].equals(key)) {
          return; // ids are unique in a valid data set; keep the first
        }
        i = (i + 1) & mask;
      }
      keys[i] = key;
      values[i] = value;
    }

    int get(String key) {
      int i = spread(key.hashCode()) & mask;
      while (true) {
        String k = keys[i];
        if (k == null) {
          return -1;
        }
        if (k == key || k.equals(key)) {
          return values[i];
        }
        i = (i + 1) & mask;
      }
    }

    private static int spread(int h) {
      return (h ^ (h >>> 16)) * 0x9E3779B9;
    }
  }
}
