package org.vetcpd.research;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.LeaderRole;
import org.vetcpd.rules.Band;
import org.vetcpd.rules.Rubric;

/**
 * The meaning of every column vetcpd writes to CSV, one declaration per column name (a name means
 * the same in every table): its Table Schema type, description, unit and allowed values. {@link
 * DataPackage} derives each table's schema from it; a test holds every table's columns to it.
 */
final class Codebook {
  /** One column: Table Schema {@code type} is string, number, integer or boolean. */
  record Field(String name, String type, String description, String unit,
      ImmutableList<String> allowed, Double minimum, Double maximum) {}

  private static final String POINTS = "points";
  private static final String HOURS = "hours";
  private static final String SHARE = "share";
  private static final ImmutableMap<String, Field> FIELDS = fields();

  private Codebook() {}

  /**
   * Returns the field of a column of a table vetcpd computes; a column not declared here is a
   * string "not described".
   */
  static Field field(String column) {
    return orUndescribed(column, FIELDS.get(column));
  }

  /**
   * Returns the field of a column of the CSV data format ({@link CsvImport}); its names follow
   * the JSON data format, where {@code contextualisation} is an activity's, not a criterion's.
   */
  static Field dataFormatField(String column) {
    Field f = CsvFormat.field(column);
    return orUndescribed(column, f != null ? f : FIELDS.get(column));
  }

  private static Field orUndescribed(String column, Field f) {
    return f != null ? f
        : new Field(column, "string", "(not described in vetcpd's codebook)", null,
            ImmutableList.of(), null, null);
  }

  /** Returns whether the codebook declares a column of a computed table. */
  static boolean declares(String column) {
    return FIELDS.containsKey(column);
  }

  /** Returns whether the codebook declares a column of the CSV data format. */
  static boolean declaresDataFormat(String column) {
    return CsvFormat.field(column) != null || FIELDS.containsKey(column);
  }

  private static ImmutableMap<String, Field> fields() {
    Map<String, Field> m = new LinkedHashMap<>();
    text(m, "plan", "The plan's id.");
    text(m, "teacher", "The teacher's id (may be a pseudonym).");
    text(m, "programme", "The code of the teacher's VET programme.");
    text(m, "school", "The teacher's school id; empty when not recorded.");
    text(m, "department", "The teacher's department id; empty when not recorded.");
    text(m, "period", "The plan's period, e.g. 2026/27; empty when not recorded.");
    number(m, "score", POINTS, 0, 100, "The tailoring score: 100 × Σ weight × value / Σ weight"
        + " over the assessed criteria (0 for a plan without items).");
    category(m, "band", "The band of the score under the rubric's limits.", names(Band.values()));
    for (String id : Rubric.CRITERIA) {
      if (!id.equals("industry-contact")) {
        number(m, CohortColumns.criterion(id), SHARE, 0, 1, "The value of criterion " + id
            + " in [0, 1]; empty when it was not assessed (see the report for why).");
      }
    }
    // One name, two tables: the criterion's column and the aggregate table's share of hours.
    number(m, "industry_contact", SHARE, 0, 1, "In a score or cohort table: the value of"
        + " criterion industry-contact in [0, 1], empty when it was not assessed. In an aggregate"
        + " table: the share of the group's hours in fitting items with contact with industry.");
    for (CompetenceArea a : CompetenceArea.values()) {
      number(m, CohortColumns.hours(a), HOURS, 0, null, "Hours of the plan's fitting items in the"
          + " " + a.name() + " competence area (each item's hours split by its area profile).");
      number(m, "area_" + lower(a), SHARE, 0, 1, "Share of the group's hours in the " + a.name()
          + " competence area.");
    }
    for (Contextualisation c : Contextualisation.values()) {
      number(m, CohortColumns.hours(c), HOURS, 0, null, "Hours of items whose activity is "
          + c.name() + ".");
      number(m, "context_" + lower(c), SHARE, 0, 1, "Share of the group's hours in " + c.name()
          + " activities.");
    }
    number(m, "hours_industry_contact", HOURS, 0, null,
        "Hours of fitting items whose activity has contact with industry.");
    number(m, "hours_mismatched", HOURS, 0, null,
        "Hours of items whose activity does not fit the teacher's programme.");
    number(m, "hours_total", HOURS, 0, null, "Hours of all items.");
    integer(m, "items", "count", "The number of items in the plan.");
    category(m, "leader_involvement", "How far the school leader takes part in the plan.",
        names(LeaderInvolvement.values()));
    category(m, "facilitator", "The leader role that facilitates the plan; empty when none.",
        names(LeaderRole.values()));
    text(m, "rubric_id", "The id of the rubric the plan was scored with (in an analysis: the"
        + " rubric analysed).");
    text(m, "rubric_version", "The version of the rubric the plan was scored with (in an"
        + " analysis: the rubric analysed).");
    text(m, "rubric_fingerprint", "sha256: and the SHA-256 of the rubric's canonical JSON; two"
        + " rubrics share it only when they are equal.");
    // Sensitivity, per plan.
    number(m, "base_score", POINTS, 0, 100, "The score under the rubric's own weights.");
    category(m, "base_band", "The band under the rubric's own weights.", names(Band.values()));
    number(m, "mean", POINTS, 0, 100, "The mean score (over the weight draws, or the group's"
        + " plans).");
    number(m, "min", POINTS, 0, 100, "The least score over the weight draws.");
    number(m, "p05", POINTS, 0, 100, "The 5th percentile of the score over the weight draws.");
    number(m, "median", POINTS, 0, 100, "The median score (over the weight draws, or the"
        + " group's plans; quantile type 7).");
    number(m, "p95", POINTS, 0, 100, "The 95th percentile of the score over the weight draws.");
    number(m, "max", POINTS, 0, 100, "The greatest score over the weight draws.");
    for (Band b : Band.values()) {
      number(m, "share_" + lower(b), SHARE, 0, 1, "Share of the weight draws that put the plan in"
          + " band " + b.name() + ".");
      number(m, "band_" + lower(b), SHARE, 0, 1, "Share of the group's plans in band " + b.name()
          + ".");
    }
    // Sensitivity, one-at-a-time sweeps.
    category(m, "criterion", "The criterion whose weight was changed.", Rubric.CRITERIA);
    number(m, "factor", "factor", 0, null, "What the criterion's weight was multiplied by.");
    number(m, "weight", "weight", 0, null, "The criterion's weight after the change.");
    number(m, "mean_abs_change", POINTS, 0, 100, "The mean absolute change of the plans' scores.");
    number(m, "max_abs_change", POINTS, 0, 100, "The greatest absolute change of a plan's score.");
    integer(m, "band_changes", "count", "The number of plans whose band changed.");
    number(m, "tau", "Kendall tau-b", -1, 1, "Kendall's tau-b of the changed scores against the"
        + " base scores; empty when undefined (all scores tied).");
    // Aggregates.
    category(m, "grouping", "What the plans were grouped by.",
        Arrays.stream(Grouping.values()).map(Enum::name).collect(ImmutableList.toImmutableList()));
    text(m, "key", "The group: a school, school/department, programme or leader role id; (none)"
        + " for plans without one.");
    integer(m, "count", "count", "The number of plans in the group.");
    number(m, "q1", POINTS, 0, 100, "The first quartile of the group's scores (type 7).");
    number(m, "q3", POINTS, 0, 100, "The third quartile of the group's scores (type 7).");
    number(m, "iqr", POINTS, 0, 100, "The interquartile range of the group's scores, q3 − q1.");
    number(m, "mismatched", SHARE, 0, 1,
        "Share of the group's hours in items that do not fit the teacher's programme.");
    for (LeaderInvolvement l : LeaderInvolvement.values()) {
      number(m, "leader_" + lower(l), SHARE, 0, 1, "Share of the group's plans with leader"
          + " involvement " + l.name() + ".");
    }
    robustness(m);
    return ImmutableMap.copyOf(m);
  }

  /** The columns of the robustness analyses (issue 12): uncertainty, Sobol, compare, criteria. */
  private static void robustness(Map<String, Field> m) {
    String mcse = "Its Monte Carlo standard error over the rubric draws.";
    number(m, "content_score", POINTS, 0, 100, "The score with facilitation's weight set to 0:"
        + " what the plan's content alone scores, apart from how the leader facilitates it.");
    number(m, "mean_mcse", POINTS, 0, null, "The Monte Carlo standard error of the mean score"
        + " over the rubric draws.");
    number(m, "base_rank", "rank", 1, null, "The plan's rank under the rubric itself (1 ="
        + " highest score; ties share the mean rank).");
    number(m, "median_rank", "rank", 1, null, "The plan's median rank over the rubric draws.");
    number(m, "rank_p05", "rank", 1, null, "The 5th percentile of the plan's rank over the"
        + " rubric draws (a spread over draws, not a confidence interval).");
    number(m, "rank_p95", "rank", 1, null, "The 95th percentile of the plan's rank over the"
        + " rubric draws.");
    number(m, "p_band_change", SHARE, 0, 1, "Share of the rubric draws that put the plan in"
        + " another band than the rubric itself does.");
    number(m, "p_band_change_mcse", SHARE, 0, null, mcse);
    for (Band b : Band.values()) {
      number(m, "share_" + lower(b) + "_mcse", SHARE, 0, null, mcse);
      String band = "band_" + lower(b);
      number(m, band + "_lower", SHARE, 0, 1, "The lower end of the bootstrap percentile"
          + " interval of the share of the group's plans in band " + b.name() + ".");
      number(m, band + "_upper", SHARE, 0, 1, "The upper end of that interval.");
    }
    // Sobol
    category(m, "output", "The cohort output analysed.",
        ImmutableList.of("mean_score", "tailored_share", "mean_abs_rank_shift"));
    number(m, "low", "factor value", null, null, "The least value the factor takes.");
    number(m, "high", "factor value", null, null, "The greatest value the factor takes.");
    number(m, "base", "factor value", null, null, "The factor's value in the rubric itself.");
    number(m, "first_order", "Sobol index", null, null, "The first-order Sobol index (Saltelli"
        + " 2010 estimator); may fall slightly below 0 by Monte Carlo error.");
    number(m, "first_order_lower", "Sobol index", null, null,
        "The lower end of its bootstrap interval.");
    number(m, "first_order_upper", "Sobol index", null, null,
        "The upper end of its bootstrap interval.");
    number(m, "total", "Sobol index", null, null, "The total-order Sobol index (Jansen"
        + " estimator).");
    number(m, "total_lower", "Sobol index", null, null, "The lower end of its bootstrap interval.");
    number(m, "total_upper", "Sobol index", null, null, "The upper end of its bootstrap interval.");
    // group comparisons and intervals
    text(m, "group", "A group of plans (a school, school/department, programme or leader role).");
    text(m, "other", "The group it is compared with.");
    number(m, "base_mean", POINTS, 0, 100, "The group's mean score under the rubric itself.");
    number(m, "other_base_mean", POINTS, 0, 100, "The other group's mean score under the rubric"
        + " itself.");
    number(m, "probability", SHARE, 0, 1, "Share of the rubric draws in which the group's mean"
        + " score exceeds the other's.");
    number(m, "mcse", SHARE, 0, null, "The Monte Carlo standard error of that share.");
    integer(m, "clusters", "count", "The number of clusters (schools or teachers) resampled in"
        + " the group; its plans when plans are resampled.");
    for (String stat : List.of("mean", "median")) {
      number(m, stat + "_lower", POINTS, 0, 100, "The lower end of the 95 % bootstrap percentile"
          + " interval of the group's " + stat + " score.");
      number(m, stat + "_upper", POINTS, 0, 100, "The upper end of that interval.");
    }
    number(m, "difference", POINTS, -100, 100, "The group's mean score minus the other's.");
    number(m, "lower", POINTS, -100, 100, "The lower end of the 95 % bootstrap percentile"
        + " interval of the difference.");
    number(m, "upper", POINTS, -100, 100, "The upper end of that interval.");
    // compare
    number(m, "score_a", POINTS, 0, 100, "The plan's score under rubric A.");
    number(m, "score_b", POINTS, 0, 100, "The plan's score under rubric B.");
    number(m, "score_change", POINTS, -100, 100, "score_b − score_a.");
    category(m, "band_a", "The plan's band under rubric A.", names(Band.values()));
    category(m, "band_b", "The plan's band under rubric B.", names(Band.values()));
    number(m, "rank_a", "rank", 1, null, "The plan's rank under rubric A (1 = highest).");
    number(m, "rank_b", "rank", 1, null, "The plan's rank under rubric B.");
    number(m, "rank_shift", "rank", null, null, "rank_b − rank_a.");
    for (String x : List.of("a", "b")) {
      String rubric = "rubric " + x.toUpperCase(Locale.ROOT);
      text(m, "rubric_" + x + "_id", "The id of " + rubric + ".");
      text(m, "rubric_" + x + "_version", "The version of " + rubric + ".");
      text(m, "rubric_" + x + "_fingerprint", "sha256: and the SHA-256 of " + rubric + "'s"
          + " canonical JSON; two rubrics share it only when they are equal.");
    }
    // criteria
    number(m, "not_assessed", SHARE, 0, 1, "Share of the plans for which the criterion was not"
        + " assessed.");
    number(m, "alpha", "Cronbach's alpha", null, 1, "Cronbach's alpha of the ten criteria (the"
        + " same on every row), over plans with every criterion assessed.");
    number(m, "alpha_if_deleted", "Cronbach's alpha", null, 1, "Cronbach's alpha without this"
        + " criterion.");
    for (String id : Rubric.CRITERIA) {
      String c = CohortColumns.criterion(id);
      number(m, "r_" + c, "Pearson r", -1, 1, "The correlation of the row's criterion with "
          + id + " (pairwise complete); empty when undefined.");
      integer(m, "n_" + c, "count", "The number of plans the correlation with " + id
          + " was computed on.");
    }
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  private static ImmutableList<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(ImmutableList.toImmutableList());
  }

  private static void text(Map<String, Field> m, String name, String description) {
    put(m, new Field(name, "string", description, null, ImmutableList.of(), null, null));
  }

  private static void category(Map<String, Field> m, String name, String description,
      List<String> allowed) {
    put(m, new Field(name, "string", description, null, ImmutableList.copyOf(allowed), null,
        null));
  }

  private static void number(Map<String, Field> m, String name, String unit, Number min,
      Number max, String description) {
    put(m, new Field(name, "number", description, unit, ImmutableList.of(),
        min == null ? null : min.doubleValue(), max == null ? null : max.doubleValue()));
  }

  private static void integer(Map<String, Field> m, String name, String unit,
      String description) {
    put(m, new Field(name, "integer", description, unit, ImmutableList.of(), 0.0, null));
  }

  private static void put(Map<String, Field> m, Field f) {
    if (m.put(f.name(), f) != null) {
      throw new AssertionError("column declared twice: " + f.name());
    }
  }
}
