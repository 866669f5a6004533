package org.vetcpd.research;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.PlanItem;
import org.vetcpd.core.Teacher;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.rules.CriterionResult;
import org.vetcpd.rules.TailoringReport;
import org.vetcpd.rules.TailoringScorer;

/**
 * Scores a cohort into a table: one {@link CohortRow} per plan, in plan order, from a data set or
 * from a JSON Lines stream of plans against a catalogue.
 *
 * <pre>{@code
 * List<CohortRow> rows = CohortTable.of(dataset);                       // the standard rubric
 * List<CohortRow> mine = CohortTable.of(TailoringScorer.of(rubric), dataset);
 * try (Stream<CohortRow> s = CohortTable.stream(scorer, catalogue, Path.of("plans.jsonl"))) {
 *   CohortCsv.write(s::iterator, Path.of("cohort.csv"));                 // constant memory
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CohortTable {
  private CohortTable() {}

  /**
   * Scores every plan of a data set with the standard rubric.
   *
   * @param dataset the data set
   * @return one row per plan, in plan order
   */
  public static ImmutableList<CohortRow> of(Dataset dataset) {
    return of(TailoringScorer.standard(), dataset);
  }

  /**
   * Scores every plan of a data set, on all cores; the rows are the same as one after the other.
   *
   * @param scorer the scorer, with the rubric to apply
   * @param dataset the data set
   * @return one row per plan, in plan order
   */
  public static ImmutableList<CohortRow> of(TailoringScorer scorer, Dataset dataset) {
    requireNonNull(scorer, "scorer");
    requireNonNull(dataset, "dataset");
    List<CpdPlan> plans = dataset.plans();
    CohortRow[] rows = new CohortRow[plans.size()];
    IntStream range = IntStream.range(0, rows.length);
    // A few plans are not worth the fork-join hand-off.
    (rows.length >= 64 ? range.parallel() : range)
        .forEach(i -> rows[i] = row(scorer, scorer.score(dataset, plans.get(i).id()), dataset,
            plans.get(i)));
    return ImmutableList.copyOf(rows);
  }

  /**
   * Scores the plans of a JSON Lines file (one plan a line) against a catalogue, lazily: each row
   * is computed when the stream reaches its plan, so memory does not grow with the file. Close the
   * stream to close the file.
   *
   * @param scorer the scorer
   * @param catalogue the data set whose teachers, activities and drivers the plans refer to
   * @param plans the JSON Lines file, UTF-8
   * @return the rows, in file order
   * @throws java.io.UncheckedIOException if the file cannot be read
   * @throws org.vetcpd.core.ValidationException from the stream, at the first invalid line (use
   *     {@code VetcpdJson.validatePlans} first to list every problem)
   */
  public static Stream<CohortRow> stream(TailoringScorer scorer, Dataset catalogue, Path plans) {
    requireNonNull(scorer, "scorer");
    requireNonNull(catalogue, "catalogue");
    requireNonNull(plans, "plans");
    return VetcpdJson.streamPlans(plans, catalogue).map(p -> row(scorer, catalogue, p));
  }

  /**
   * Scores one plan against a catalogue into a row.
   *
   * @param scorer the scorer
   * @param catalogue the data set whose teachers, activities and drivers the plan refers to
   * @param plan the plan, which need not be one of the catalogue's
   * @return the row
   * @throws org.vetcpd.core.ValidationException if a reference of the plan does not resolve
   */
  public static CohortRow row(TailoringScorer scorer, Dataset catalogue, CpdPlan plan) {
    requireNonNull(scorer, "scorer");
    requireNonNull(catalogue, "catalogue");
    requireNonNull(plan, "plan");
    return row(scorer, scorer.score(catalogue, plan), catalogue, plan);
  }

  /** The criterion whose weight {@link CohortRow#contentScore()} sets to 0. */
  static final String FACILITATION = "facilitation";

  private static CohortRow row(TailoringScorer scorer, TailoringReport report,
      Dataset catalogue, CpdPlan plan) {
    Teacher teacher = catalogue.teacherIndex().get(plan.teacher());
    Map<String, CpdActivity> activities = catalogue.activityIndex();
    double[] area = new double[CompetenceArea.values().length];
    double[] context = new double[Contextualisation.values().length];
    double industry = 0;
    double mismatched = 0;
    double total = 0;
    for (PlanItem item : plan.items()) {
      CpdActivity a = activities.get(item.activity());
      double h = item.hours();
      total += h;
      for (Map.Entry<CompetenceArea, Double> e : a.areaProfile().entrySet()) {
        area[e.getKey().ordinal()] += h * e.getValue();
      }
      context[a.contextualisation().ordinal()] += h;
      if (a.involvesIndustryContact()) {
        industry += h;
      }
      if (!a.fits(teacher.programme())) {
        mismatched += h;
      }
    }
    Map<String, Double> criteria = new LinkedHashMap<>();
    for (CriterionResult c : report.criteria()) {
      c.value().ifPresent(v -> criteria.put(c.id(), v));
    }
    double weighted = 0;
    double weights = 0;
    for (Map.Entry<String, Double> e : criteria.entrySet()) {
      if (!e.getKey().equals(FACILITATION)) {
        double w = scorer.rubric().weight(e.getKey());
        weighted += w * e.getValue();
        weights += w;
      }
    }
    double content = weights > 0 ? Math.max(0, Math.min(100, 100 * (weighted / weights))) : 0;
    return CohortRow.builder()
        .plan(plan.id())
        .teacher(teacher.id())
        .programme(teacher.programme())
        .school(teacher.school())
        .department(teacher.department())
        .period(plan.period())
        .score(report.score())
        .contentScore(content)
        .band(report.band())
        .criteria(criteria)
        .areaHours(enumMap(CompetenceArea.class, CompetenceArea.values(), area))
        .contextualisationHours(
            enumMap(Contextualisation.class, Contextualisation.values(), context))
        .industryContactHours(industry)
        .mismatchedHours(mismatched)
        .totalHours(total)
        .items(plan.items().size())
        .leaderInvolvement(plan.leaderInvolvement())
        .facilitator(plan.facilitator())
        .rubric(report.rubric())
        .build();
  }

  static <E extends Enum<E>> ImmutableMap<E, Double> enumMap(
      Class<E> type, E[] keys, double[] values) {
    EnumMap<E, Double> m = new EnumMap<>(type);
    for (E k : keys) {
      m.put(k, values[k.ordinal()]);
    }
    return Maps.immutableEnumMap(m);
  }
}
