package org.vetcpd.research;

import static java.util.Objects.requireNonNull;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Driver;
import org.vetcpd.core.PlanItem;
import org.vetcpd.core.Teacher;

/**
 * Writes the teachers, activities, drivers and plan items of a data set as the CSV files that
 * {@link CsvImport} reads, so that a data set kept in JSON can be edited in a spreadsheet and read
 * back: {@code CsvImport.read(dir, catalogue)} with the data set's programmes and schools as
 * catalogue gives an equal data set (for ids and text without leading or trailing white space,
 * which the import strips, and programme and driver ids without {@code ;}).
 *
 * <p>The files are UTF-8, RFC 4180, with every column of {@link CsvImport}'s formats in its
 * documented order; absent values are empty cells. This class is immutable and thread-safe.
 */
public final class CsvExport {
  private CsvExport() {}

  /**
   * Writes {@value CsvImport#TEACHERS}, {@value CsvImport#ACTIVITIES}, {@value CsvImport#DRIVERS}
   * and {@value CsvImport#PLAN_ITEMS} into a folder (created if missing), each replaced
   * atomically, with their codebook {@value DataPackage#FILE}; cells from data are written {@link
   * CsvCells#SAFE safe for spreadsheets} (use {@link #write(Dataset, Path, Provenance)} with
   * {@link CsvCells#RAW} for files that must read back exactly).
   *
   * @param dataset the data set
   * @param directory the folder
   * @throws UncheckedIOException if a file cannot be written
   */
  public static void write(Dataset dataset, Path directory) {
    write(dataset, directory, Provenance.builder().build());
  }

  /**
   * Writes the data set's CSV files into a folder as {@link #write(Dataset, Path)} does, cells as
   * the provenance's {@link Provenance#cells()} says, recording the provenance in the codebook.
   *
   * @param dataset the data set
   * @param directory the folder
   * @param provenance what produced the files
   * @throws UncheckedIOException if a file cannot be written
   */
  public static void write(Dataset dataset, Path directory, Provenance provenance) {
    requireNonNull(dataset, "dataset");
    requireNonNull(directory, "directory");
    requireNonNull(provenance, "provenance");
    CsvCells cells = provenance.cells();
    List<String[]> teachers = new ArrayList<>();
    for (Teacher t : dataset.teachers()) {
      teachers.add(new String[] {
        t.id(), t.programme(), t.school().orElse(null), t.department().orElse(null),
        number(t.yearsInIndustry()), number(t.yearsTeaching()),
        number(t.yearsSinceIndustryContact()),
        t.needs().isEmpty() ? null : map(t.needs(), Enum::name), names(t.barriers()),
        t.careerStyle().map(Enum::name).orElse(null)
      });
    }
    List<String[]> activities = new ArrayList<>();
    for (CpdActivity a : dataset.activities()) {
      activities.add(new String[] {
        a.id(), a.title(), a.type().name(), a.areas().map(m -> map(m, CsvTableWriter::number))
            .orElse(null),
        names(a.knowledge()), a.contextualisation().name(), join(a.programmes()),
        name(a.scope()), name(a.initiator()), name(a.formality()),
        a.industryContact().map(String::valueOf).orElse(null),
        a.requiresSubstitute().map(String::valueOf).orElse(null),
        Integer.toString(a.spanWeeks()), CsvTableWriter.number(a.costPerHour()),
        a.maxHours().isPresent() ? CsvTableWriter.number(a.maxHours().getAsDouble()) : null,
        a.provider().orElse(null), a.description().orElse(null)
      });
    }
    List<String[]> drivers = new ArrayList<>();
    for (Driver d : dataset.drivers()) {
      drivers.add(new String[] {
        d.id(), d.kind().name(), name(d.scope()), CsvTableWriter.number(d.strength()),
        d.pulls().map(m -> map(m, CsvTableWriter::number)).orElse(null), join(d.programmes()),
        d.description().orElse(null)
      });
    }
    List<String[]> items = new ArrayList<>();
    for (CpdPlan p : dataset.plans()) {
      String[] plan = {
        p.id(), p.teacher(), p.period().orElse(null), p.leaderInvolvement().name(),
        name(p.facilitator()),
        p.drivers().map(ds -> ds.isEmpty() ? "[]" : join(ds)).orElse(null)
      };
      if (p.items().isEmpty()) {
        items.add(row(plan, null, null, null, null, null));
      }
      for (PlanItem i : p.items()) {
        items.add(row(plan, i.activity(), CsvTableWriter.number(i.hours()),
            String.valueOf(i.timeAllocated()), String.valueOf(i.substituteFunded()),
            String.valueOf(i.costFunded())));
      }
    }
    Map<Path, List<String>> files = new LinkedHashMap<>();
    files.put(directory.resolve(CsvImport.TEACHERS), CsvImport.TEACHER_COLUMNS);
    files.put(directory.resolve(CsvImport.ACTIVITIES), CsvImport.ACTIVITY_COLUMNS);
    files.put(directory.resolve(CsvImport.DRIVERS), CsvImport.DRIVER_COLUMNS);
    files.put(directory.resolve(CsvImport.PLAN_ITEMS), CsvImport.PLAN_COLUMNS);
    List<List<String[]>> rows = List.of(teachers, activities, drivers, items);
    int k = 0;
    for (Map.Entry<Path, List<String>> f : files.entrySet()) {
      file(f.getKey(), f.getValue(), rows.get(k++), cells);
    }
    DataPackage.write(files, provenance, true);
  }

  private static String[] row(String[] plan, String... item) {
    String[] r = new String[plan.length + item.length];
    System.arraycopy(plan, 0, r, 0, plan.length);
    System.arraycopy(item, 0, r, plan.length, item.length);
    return r;
  }

  private static void file(Path path, List<String> columns, List<String[]> rows,
      CsvCells cells) {
    try (AtomicFile out = AtomicFile.create(path)) {
      CsvRows.write(columns, rows, out.writer(), cells);
      out.commit();
    }
  }

  private static String number(OptionalDouble v) {
    return v.isPresent() ? CsvTableWriter.number(v.getAsDouble()) : null;
  }

  private static String name(Optional<? extends Enum<?>> e) {
    return e.map(Enum::name).orElse(null);
  }

  private static String names(Collection<? extends Enum<?>> values) {
    List<String> s = new ArrayList<>();
    values.forEach(v -> s.add(v.name()));
    return s.isEmpty() ? null : String.join(";", s);
  }

  private static String join(Collection<String> values) {
    return values.isEmpty() ? null : String.join(";", values);
  }

  private static <K extends Enum<K>, V> String map(Map<K, V> map, Function<V, String> value) {
    List<String> s = new ArrayList<>();
    map.forEach((k, v) -> s.add(k.name() + "=" + value.apply(v)));
    return String.join(";", s);
  }
}
