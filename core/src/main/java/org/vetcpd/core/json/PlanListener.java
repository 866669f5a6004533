package org.vetcpd.core.json;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;

/**
 * Hears of a data set's plans while {@link VetcpdJson#readDataset(Path, JsonOptions,
 * PlanListener)} reads the document, so that work on them can begin before the whole document is
 * read: a command-line tool scores them on another core meanwhile.
 *
 * <p>A plan is heard of only when the document's {@code programmes}, {@code schools}, {@code
 * teachers}, {@code activities} and {@code drivers} all came before its {@code plans} and were read
 * without a problem, when the plan and every plan before it were read without a problem, and when
 * the plan's teacher, activities and drivers are among those read. Plans are heard of once each,
 * in document order, on the thread that reads; a listener should hand them on rather than work on
 * them there, since the read waits for it.
 *
 * <p>What a listener hears is provisional: the document may still turn out invalid (a problem
 * further on, or a rule of the whole data set), and the read then throws its {@link
 * org.vetcpd.core.ValidationException} as it would without a listener; whatever was done with the
 * plans heard of is the caller's to drop. When the read returns, the data set's plans at the
 * indexes heard of are the very instances heard of. An exception the listener throws ends the read
 * and reaches its caller.
 *
 * <pre>{@code
 * List<CpdPlan> early = new ArrayList<>();
 * Dataset ds = VetcpdJson.readDataset(path, JsonOptions.strict(),
 *     (catalogue, index, plan) -> early.add(plan));
 * // early.get(i) == ds.plans().get(i) for every plan heard of
 * }</pre>
 */
@FunctionalInterface
public interface PlanListener {
  /**
   * Hears of one plan.
   *
   * @param catalogue the data set of the programmes, schools, teachers, activities and drivers read
   *     before the plans, without plans; it is built by its first {@code get()} (on the calling
   *     thread), the same supplier and data set for every plan of a read, and its {@code get()}
   *     throws {@link org.vetcpd.core.ValidationException} if these make no valid data set (the
   *     read then fails too)
   * @param index the plan's position among the document's plans
   * @param plan the plan, read and built
   */
  void plan(Supplier<Dataset> catalogue, int index, CpdPlan plan);
}
