package org.vetcpd.research;

import static java.util.Objects.requireNonNull;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Driver;
import org.vetcpd.core.PlanItem;
import org.vetcpd.core.Problems;
import org.vetcpd.core.Teacher;
import org.vetcpd.core.ValidationException;

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
   * atomically, with their codebook {@value DataPackage#FILE}: all five are written before any
   * is moved into place, so a failure while writing leaves the folder as it was; cells from data
   * are written {@link CsvCells#SAFE safe for spreadsheets} (use {@link #write(Dataset, Path, Provenance)} with
   * {@link CsvCells#RAW} for files that must read back exactly).
   *
   * @param dataset the data set
   * @param directory the folder
   * @throws UncheckedIOException if a file cannot be written
   * @throws ValidationException if the data set cannot be written as CSV so that it reads back:
   *     an id in a list cell holds {@code ;} ({@link #listCellProblems})
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
   * @throws ValidationException if the data set cannot be written as CSV so that it reads back
   *     ({@link #listCellProblems}); nothing is written then
   */
  public static void write(Dataset dataset, Path directory, Provenance provenance) {
    requireNonNull(dataset, "dataset");
    requireNonNull(directory, "directory");
    requireNonNull(provenance, "provenance");
    listCellProblems(dataset).throwIfAny();
    CsvCells cells = provenance.cells();
    List<String[]> teachers = new ArrayList<>();
    for (Teacher t : dataset.teachers()) {
      teachers.add(CsvFormat.TEACHER.cells(t));
    }
    List<String[]> activities = new ArrayList<>();
    for (CpdActivity a : dataset.activities()) {
      activities.add(CsvFormat.ACTIVITY.cells(a));
    }
    List<String[]> drivers = new ArrayList<>();
    for (Driver d : dataset.drivers()) {
      drivers.add(CsvFormat.DRIVER.cells(d));
    }
    List<String[]> items = new ArrayList<>();
    String[] noItem = new String[CsvFormat.ITEM.all().size()];
    for (CpdPlan p : dataset.plans()) {
      String[] plan = CsvFormat.PLAN.cells(p);
      if (p.items().isEmpty()) {
        items.add(row(plan, noItem));
      }
      for (PlanItem i : p.items()) {
        items.add(row(plan, CsvFormat.ITEM.cells(i)));
      }
    }
    Map<Path, List<String>> files = new LinkedHashMap<>();
    files.put(directory.resolve(CsvImport.TEACHERS), CsvImport.TEACHER_COLUMNS);
    files.put(directory.resolve(CsvImport.ACTIVITIES), CsvImport.ACTIVITY_COLUMNS);
    files.put(directory.resolve(CsvImport.DRIVERS), CsvImport.DRIVER_COLUMNS);
    files.put(directory.resolve(CsvImport.PLAN_ITEMS), CsvImport.PLAN_COLUMNS);
    List<List<String[]>> rows = List.of(teachers, activities, drivers, items);
    // all four tables and their codebook written before any is moved into place: a failure in
    // any of them (a full disk) leaves the folder as it was
    List<AtomicFile> written = new ArrayList<>();
    try {
      int k = 0;
      for (Map.Entry<Path, List<String>> f : files.entrySet()) {
        AtomicFile out = AtomicFile.create(f.getKey());
        written.add(out);
        CsvRows.write(f.getValue(), rows.get(k++), out.writer(), cells);
      }
      try (AtomicFile codebook = DataPackage.prepare(files, provenance, true)) {
        for (AtomicFile out : written) {
          out.commit();
        }
        codebook.commit();
      }
    } finally {
      written.forEach(AtomicFile::close); // those not committed: deleted
    }
  }

  private static String[] row(String[] plan, String[] item) {
    String[] r = new String[plan.length + item.length];
    System.arraycopy(plan, 0, r, 0, plan.length);
    System.arraycopy(item, 0, r, plan.length, item.length);
    return r;
  }


  /**
   * What keeps a data set from reading back from CSV: a cell holding a list of ids separates them
   * with {@code ;} and stands for the empty list with {@code []}, so an id holding {@code ;}, or
   * an id {@code []} in a plan's drivers, would be read back as other ids. Such ids are valid
   * in JSON; the data set can still be written there.
   */
  static Problems listCellProblems(Dataset dataset) {
    Problems p = new Problems();
    for (int i = 0; i < dataset.activities().size(); i++) {
      listCell(p, "activities[" + i + "].programmes", dataset.activities().get(i).programmes(),
          false);
    }
    for (int i = 0; i < dataset.drivers().size(); i++) {
      listCell(p, "drivers[" + i + "].programmes", dataset.drivers().get(i).programmes(), false);
    }
    for (int i = 0; i < dataset.plans().size(); i++) {
      int at = i;
      dataset.plans().get(i).drivers().ifPresent(
          d -> listCell(p, "plans[" + at + "].drivers", d, true));
    }
    return p;
  }

  private static void listCell(Problems p, String at, Iterable<String> ids, boolean emptyMark) {
    for (String id : ids) {
      if (id.indexOf(';') >= 0 || emptyMark && id.equals("[]")) {
        p.add(at, "\"" + id + "\" cannot be written to CSV: a list cell separates ids with ';'"
            + " and writes none as '[]', so it would read back as other ids (JSON keeps it)");
      }
    }
  }
}
