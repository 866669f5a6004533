package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.core.ActivityType;
import org.vetcpd.core.Barrier;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.NeedLevel;
import org.vetcpd.core.Problem;
import org.vetcpd.core.Teacher;
import org.vetcpd.core.ValidationException;
import org.vetcpd.rules.TailoringScorer;

class CsvImportTest {
  @TempDir Path dir;

  private static final String TEACHERS = String.join("\r\n",
      "id,programme,school,department,years_in_industry,years_teaching,"
          + "years_since_industry_contact,needs,barriers,career_style",
      "t-1,RM,s-1,d-rm,12,16,9,VOCATIONAL=HIGH;PEDAGOGICAL=LOW,SCHEDULE_CONFLICT;COST,EVALUATIVE",
      "t-2,RM,s-1,d-rm,4.5,2,,,,",
      "t-3,TP,s-2,d-tp,,,,INDUSTRY_COOPERATION=MODERATE,,",
      "");
  private static final String ACTIVITIES = String.join("\n",
      "id,title,type,contextualisation,programmes,knowledge,areas,industry_contact,span_weeks,"
          + "cost_per_hour,description",
      "a-afl,Assessment for Learning,SCHOOL_DEVELOPMENT_PROJECT,GENERIC,,"
          + "CURRICULAR;GENERIC_TRANSFERABLE,,,30,,\"AfL, as the authority ran it\"",
      "a-place,Teacher placement,TEACHER_PLACEMENT,PROGRAMME_SPECIFIC,RM,WORKPLACE_PRACTICE,"
          + "VOCATIONAL=0.7;INDUSTRY_COOPERATION=0.3,true,2,40,",
      "");
  private static final String DRIVERS = String.join("\n",
      "id,kind,strength,programmes",
      "dr-gov,GOVERNANCE_TARGETS,0.9,",
      "dr-rm,INDUSTRY_DEMAND,0.6,RM",
      "");
  private static final String ITEMS = String.join("\n",
      "plan,teacher,period,leader_involvement,facilitator,drivers,activity,hours,time_allocated,"
          + "substitute_funded,cost_funded",
      "p-1,t-1,2026/27,ACTIVE,VET_MOTIVATOR,,a-place,30,true,true,TRUE",
      "p-1,t-1,2026/27,ACTIVE,VET_MOTIVATOR,,a-afl,10,false,,",
      "p-2,t-2,2026/27,DELEGATED,,dr-gov,a-afl,20,,,",
      "p-3,t-3,,NONE,,[],,,,,",
      "");

  @BeforeEach
  void files() throws Exception {
    write("teachers.csv", TEACHERS);
    write("activities.csv", ACTIVITIES);
    write("drivers.csv", DRIVERS);
    write("plan-items.csv", ITEMS);
  }

  private void write(String name, String text) throws Exception {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  /**
   * An id that a CSV list cell cannot hold (one with ';', or a plan's driver "[]") is valid in
   * JSON but would read back from CSV as other ids: export refuses the data set, naming each,
   * and writes nothing.
   */
  @Test
  void exportRefusesIdsThatAListCellCannotHold() throws Exception {
    Dataset ds = CsvImport.read(dir);
    Dataset bad = Dataset.builder().from(ds)
        .drivers(ds.drivers().stream()
            .map(d -> d.id().equals("dr-gov") ? d.withId("dr;gov") : d).toList())
        .plans(ds.plans().stream().map(p -> p.drivers().isPresent()
            ? p.withDrivers(java.util.Optional.of(com.google.common.collect.ImmutableSet.of(
                "dr;gov"))) : p).toList())
        .build();
    Path out = dir.resolve("out");
    String cannot = "\"dr;gov\" cannot be written to CSV: a list cell separates ids with ';' and"
        + " writes none as '[]', so it would read back as other ids (JSON keeps it)";
    assertThatThrownBy(() -> CsvExport.write(bad, out)).isInstanceOfSatisfying(
        ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
            .containsExactly("plans[1].drivers: " + cannot, "plans[2].drivers: " + cannot));
    assertThat(out).doesNotExist();
  }

  /**
   * A CSV file is held to the document limit of JSON (512 MiB): a larger regular file is refused
   * by its size, before a byte is read (a sparse file here), and any other (a FIFO) once the
   * bytes read pass the limit, at the row reached.
   */
  @Test
  void aFileOverTheDocumentLimitIsOneProblem() throws Exception {
    try (java.io.RandomAccessFile f =
        new java.io.RandomAccessFile(dir.resolve("drivers.csv").toFile(), "rw")) {
      f.setLength(org.vetcpd.core.json.JsonOptions.DEFAULT_MAX_DOCUMENT_LENGTH + 1);
    }
    assertThatThrownBy(() -> CsvImport.read(dir)).isInstanceOfSatisfying(
        ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
            .containsExactly("drivers.csv: the file is 536870913 bytes, more than the limit of"
                + " 536870912 bytes (512 MiB, JsonOptions.maxDocumentLength); it is not read"));
    org.vetcpd.core.Problems p = new org.vetcpd.core.Problems();
    byte[] text = ITEMS.getBytes(StandardCharsets.UTF_8);
    CsvTable t = CsvTable.read(new java.io.InputStreamReader(CsvTable.limited(
        new java.io.ByteArrayInputStream(text), 200), StandardCharsets.UTF_8), "items.csv", p);
    assertThat(t).isNull();
    assertThat(p.list()).extracting(Problem::toString).singleElement().asString()
        .startsWith("items.csv:row ").endsWith(": the file is longer than the limit of"
            + " 536870912 bytes (512 MiB, JsonOptions.maxDocumentLength); it is not read further");
    // at the limit exactly, the file reads
    org.vetcpd.core.Problems none = new org.vetcpd.core.Problems();
    assertThat(CsvTable.read(new java.io.InputStreamReader(CsvTable.limited(
        new java.io.ByteArrayInputStream(text), text.length), StandardCharsets.UTF_8),
        "items.csv", none)).isNotNull();
    assertThat(none.list()).isEmpty();
  }

  /**
   * A table that is a FIFO (a folder of pipes a script fills) is read once: nothing else opens it
   * to look at its first bytes, which would take them from the table.
   */
  @Test
  void aFifoTableIsReadOnce(@TempDir Path plain) throws Exception {
    Path fifo = dir.resolve("drivers.csv");
    Files.delete(fifo);
    org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString())
        .start().waitFor() == 0, "mkfifo");
    for (String[] f : new String[][] {{"teachers.csv", TEACHERS}, {"activities.csv", ACTIVITIES},
        {"drivers.csv", DRIVERS}, {"plan-items.csv", ITEMS}}) {
      Files.writeString(plain.resolve(f[0]), f[1], StandardCharsets.UTF_8);
    }
    Dataset expected = CsvImport.read(plain);
    Thread writer = new Thread(() -> {
      try {
        Files.writeString(fifo, DRIVERS, StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    writer.setDaemon(true);
    writer.start();
    try {
      // (a second open of the pipe would wait for a writer that has gone: time out, not hang)
      assertThat(org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
          java.time.Duration.ofSeconds(20), () -> CsvImport.read(dir))).isEqualTo(expected);
    } finally {
      writer.join(10_000);
    }
  }

  @Test
  void readsTheFilesIntoADataSetInferringProgrammesAndSchools() {
    Dataset ds = CsvImport.read(dir);
    assertThat(ds.programmes()).extracting(p -> p.code()).containsExactly("RM", "TP");
    assertThat(ds.schools()).extracting(s -> s.id()).containsExactly("s-1", "s-2");
    assertThat(ds.schools().get(0).departments().get(0).programmes()).containsExactly("RM");
    Teacher t1 = ds.teacher("t-1").orElseThrow();
    assertThat(t1.needs()).containsEntry(CompetenceArea.VOCATIONAL, NeedLevel.HIGH)
        .containsEntry(CompetenceArea.PEDAGOGICAL, NeedLevel.LOW).hasSize(2);
    assertThat(t1.barriers()).containsExactly(Barrier.SCHEDULE_CONFLICT, Barrier.COST);
    assertThat(t1.yearsSinceIndustryContact()).hasValue(9);
    assertThat(ds.teacher("t-2").orElseThrow().yearsSinceIndustryContact()).isEmpty();
    CpdActivity place = ds.activity("a-place").orElseThrow();
    assertThat(place.type()).isEqualTo(ActivityType.TEACHER_PLACEMENT);
    assertThat(place.areaProfile().get(CompetenceArea.VOCATIONAL)).isEqualTo(0.7);
    assertThat(place.costPerHour()).isEqualTo(40);
    assertThat(ds.activity("a-afl").orElseThrow().description())
        .hasValue("AfL, as the authority ran it");
    CpdPlan p1 = ds.plan("p-1").orElseThrow();
    assertThat(p1.items()).hasSize(2);
    assertThat(p1.items().get(0).costFunded()).isTrue();
    assertThat(p1.items().get(1).timeAllocated()).isFalse();
    assertThat(p1.drivers()).isEmpty();
    assertThat(ds.plan("p-2").orElseThrow().drivers()).hasValue(
        com.google.common.collect.ImmutableSet.of("dr-gov"));
    CpdPlan p3 = ds.plan("p-3").orElseThrow();
    assertThat(p3.items()).isEmpty();
    assertThat(p3.drivers()).hasValue(com.google.common.collect.ImmutableSet.of());
    assertThat(ds.plans()).extracting(CpdPlan::id).containsExactly("p-1", "p-2", "p-3");
    assertThat(TailoringScorer.standard().scoreAll(ds)).hasSize(3);
  }

  @Test
  void aCatalogueSuppliesProgrammesSchoolsAndActivities() throws Exception {
    Dataset catalogue = CsvImport.read(dir).withPlans(List.of()).withTeachers(List.of());
    Files.delete(dir.resolve("activities.csv"));
    Files.delete(dir.resolve("drivers.csv"));
    Dataset ds = CsvImport.read(dir, catalogue);
    assertThat(ds.activities()).isEqualTo(catalogue.activities());
    assertThat(ds.drivers()).isEqualTo(catalogue.drivers());
    assertThat(ds.plans()).hasSize(3);
  }

  @Test
  void problemsNameFileRowAndColumn() throws Exception {
    write("teachers.csv", TEACHERS
        + "t-4,RM,s-1,d-rm,3,-1,,VOCATIONAL=HUGE,,\r\n"
        + "t-5,RM,s-1,d-rm,3,1,,,NO_TIME,\r\n");
    write("plan-items.csv", ITEMS
        + "p-4,t-9,2026/27,ACTIVE,,,a-afl,0,,,\n"
        + "p-5,t-2,2026/27,ACTIVE,,,a-nope,1.5,,,\n"
        + "p-5,t-1,2026/27,ACTIVE,,,a-afl,1,yes,,\n"
        + "p-6,t-2,,NONE,,,a-afl,\"1,5\",,,\n");
    List<String> problems = problems(() -> CsvImport.read(dir));
    assertThat(problems).contains(
        "teachers.csv:row 5:needs: unknown value \"HUGE\"; expected one of NONE, LOW, MODERATE,"
            + " HIGH",
        "teachers.csv:row 6:barriers: unknown value \"NO_TIME\"; expected one of"
            + " SCHEDULE_CONFLICT, COST, NO_SUBSTITUTE_COVER, NO_EMPLOYER_SUPPORT,"
            + " NO_RELEVANT_OFFER, FAMILY_RESPONSIBILITIES, NO_INCENTIVES, PREREQUISITES,"
            + " LOW_MOTIVATION",
        "plan-items.csv:row 6:hours: must be > 0, was 0",
        "plan-items.csv:row 8:teacher: \"t-1\" differs from row 7 of the same plan (\"t-2\"); a"
            + " plan's columns must agree on all its rows",
        "plan-items.csv:row 8:time_allocated: must be true or false, was \"yes\"",
        "plan-items.csv:row 9:hours: must be a number with . as the decimal separator, was"
            + " \"1,5\"");
    // Cell problems come first; the value problems of rows whose cells read come with them.
    write("teachers.csv", TEACHERS + "t-4,RM,s-1,d-rm,3,-1,,,,\r\n");
    write("plan-items.csv", ITEMS + "p-4,t-9,2026/27,ACTIVE,,,a-afl,2,,,\n"
        + "p-5,t-2,2026/27,ACTIVE,,,a-nope,1.5,,,\n");
    assertThat(problems(() -> CsvImport.read(dir))).containsExactly(
        "teachers.csv:row 5:years_teaching: must be >= 0, was -1");
    // the row's failed check was caught quietly; the exception the caller gets has its stack
    assertThatThrownBy(() -> CsvImport.read(dir)).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(e.getStackTrace()).isNotEmpty());
    write("teachers.csv", TEACHERS);
    assertThat(problems(() -> CsvImport.read(dir))).containsExactlyInAnyOrder(
        "plan-items.csv:row 6:teacher: unknown teacher \"t-9\"",
        "plan-items.csv:row 7:activity: unknown activity \"a-nope\"");
  }

  /** A whole-number cell is read as JSON reads one: any number written so, judged as written. */
  @Test
  void wholeNumbersAreReadAsJsonReadsThem() throws Exception {
    write("activities.csv", ACTIVITIES + "a-1,T,COURSE,GENERIC,,,,,2.0,,\n"
        + "a-2,T,COURSE,GENERIC,,,,,3e0,,\n");
    assertThat(CsvImport.read(dir).activityIndex().get("a-1").spanWeeks()).isEqualTo(2);
    assertThat(CsvImport.read(dir).activityIndex().get("a-2").spanWeeks()).isEqualTo(3);
    write("activities.csv", ACTIVITIES + "a-1,T,COURSE,GENERIC,,,,,2.0000000000000001,,\n"
        + "a-2,T,COURSE,GENERIC,,,,,4e9,,\n"
        + "a-3,T,COURSE,GENERIC,,,,,1e9999999999,,\n");
    assertThat(problems(() -> CsvImport.read(dir))).containsExactlyInAnyOrder(
        "activities.csv:row " + (ACTIVITIES.split("\n").length + 1)
            + ":span_weeks: must be a whole number, was \"2.0000000000000001\"",
        "activities.csv:row " + (ACTIVITIES.split("\n").length + 2)
            + ":span_weeks: must be a whole number from -2147483648 to 2147483647, was \"4e9\"",
        "activities.csv:row " + (ACTIVITIES.split("\n").length + 3)
            + ":span_weeks: must be a whole number from -2147483648 to 2147483647, was"
            + " \"1e9999999999\"");
  }

  /** A cell is held to a data set's limit on a string, while the file is read. */
  @Test
  void aCellOverTheStringLimitIsAProblemOfItsRow() throws Exception {
    String id = "t-" + "x".repeat(100_000 - 2);
    write("teachers.csv", TEACHERS + id + ",RM,s-1,d-rm,,,,,,\n");
    assertThat(CsvImport.read(dir).teacherIndex()).containsKey(id);
    write("teachers.csv", TEACHERS + id + "x,RM,s-1,d-rm,,,,,,\n");
    assertThat(problems(() -> CsvImport.read(dir))).containsExactly(
        "teachers.csv:row 5: a cell longer than the limit of 100000 characters"
            + " (JsonOptions.maxStringLength)");
  }

  /** A file that is not UTF-8, or a folder where a file should be, is a problem of that file. */
  @Test
  void aFileNotUtf8OrAFolderIsItsProblem() throws Exception {
    Files.write(dir.resolve("activities.csv"),
        (ACTIVITIES + "a-\u00ff,T,COURSE,GENERIC,,,,,,,\n").getBytes(StandardCharsets.ISO_8859_1));
    // placed at its byte, though the decoder read ahead of the rows the parser had
    long line = ACTIVITIES.chars().filter(c -> c == '\n').count() + 1;
    assertThat(problems(() -> CsvImport.read(dir))).containsExactly(
        "activities.csv: not UTF-8 text at line " + line + ", column 3");
    // far past the decoder's first buffer, where its error reaches the parser wrapped
    StringBuilder many = new StringBuilder(ACTIVITIES);
    for (int i = 0; i < 2000; i++) {
      many.append("a-").append(i).append(",T,COURSE,GENERIC,,,,,,,\n");
    }
    Files.write(dir.resolve("activities.csv"),
        (many + "a-\u00ff,T,COURSE,GENERIC,,,,,,,\n").getBytes(StandardCharsets.ISO_8859_1));
    assertThat(problems(() -> CsvImport.read(dir))).containsExactly(
        "activities.csv: not UTF-8 text at line " + (line + 2000) + ", column 3");
    // placed as JSON is: after a byte order mark, lines ending at CR, LF or CR LF
    byte[] crLines = (ACTIVITIES.replace("\n", "\r") + "a-\u00ff,T,COURSE,GENERIC,,,,,,,\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    byte[] withBom = new byte[crLines.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(crLines, 0, withBom, 3, crLines.length);
    Files.write(dir.resolve("activities.csv"), withBom);
    assertThat(problems(() -> CsvImport.read(dir))).containsExactly(
        "activities.csv: not UTF-8 text at line " + line + ", column 3");
    Files.delete(dir.resolve("activities.csv"));
    Files.createDirectory(dir.resolve("activities.csv"));
    assertThat(problems(() -> CsvImport.read(dir))).containsExactly(
        "activities.csv: is a folder, not a file");
  }

  /**
   * UTF-16 or UTF-32 text without a byte order mark, or a stray NUL first, is one problem of its
   * file, as for a JSON document: not a column per name and a row per line.
   */
  @Test
  void aZeroByteAtTheStartIsNotUtf8Text() throws Exception {
    String problem = "teachers.csv: not UTF-8 text: it has a zero byte at its start";
    Files.write(dir.resolve("teachers.csv"), TEACHERS.getBytes(StandardCharsets.UTF_16LE));
    assertThat(problems(() -> CsvImport.read(dir))).containsExactly(problem);
    Files.write(dir.resolve("teachers.csv"), TEACHERS.getBytes(StandardCharsets.UTF_16BE));
    assertThat(problems(() -> CsvImport.read(dir))).containsExactly(problem);
    write("teachers.csv", "\u0000" + TEACHERS);
    assertThat(problems(() -> CsvImport.read(dir))).containsExactly(problem);
    write("teachers.csv", "\uFEFFid\u0000" + TEACHERS);
    assertThat(problems(() -> CsvImport.read(dir))).containsExactly(problem);
    // UTF-16 with its byte order mark (a spreadsheet's "Unicode text"): FF FE is not UTF-8
    // either, but the zero byte says more
    Files.write(dir.resolve("teachers.csv"), ("\uFEFF" + TEACHERS)
        .getBytes(StandardCharsets.UTF_16LE));
    assertThat(problems(() -> CsvImport.read(dir))).containsExactly(problem);
    // bytes, not Java chars, as for JSON: after an é (two bytes) a NUL is the third byte, after
    // an emoji (two chars, four bytes) the fifth
    write("teachers.csv", "\u00e9\u0000" + TEACHERS);
    assertThat(problems(() -> CsvImport.read(dir))).containsExactly(problem);
    write("teachers.csv", "\ud83d\ude00\u0000" + TEACHERS);
    assertThat(problems(() -> CsvImport.read(dir))).doesNotContain(problem);
    // a NUL further on is a cell's business (here: a column name nobody knows)
    write("teachers.csv", "idxx\u0000" + TEACHERS.substring(2));
    assertThat(problems(() -> CsvImport.read(dir))).doesNotContain(problem);
    write("teachers.csv", TEACHERS);
    assertThat(CsvImport.read(dir).teacherIndex()).isNotEmpty();
  }

  /**
   * A header's columns need names: one without is one problem; none at all, or a file of a byte
   * order mark alone, is no header.
   */
  @Test
  void aHeaderNeedsItsColumnsNamed() throws Exception {
    write("drivers.csv", "id,,kind,strength\n");
    assertThat(problems(() -> CsvImport.read(dir))).containsExactly(
        "drivers.csv:row 1: column 2 has no name");
    write("drivers.csv", ",,\n");
    assertThat(problems(() -> CsvImport.read(dir))).containsExactly(
        "drivers.csv: the file is empty; expected a header row");
    write("drivers.csv", DRIVERS);
    write("plan-items.csv", "\uFEFF");
    assertThat(problems(() -> CsvImport.read(dir))).containsExactly(
        "plan-items.csv: the file is empty; expected a header row");
    write("plan-items.csv", "\uFEFF\n" + ITEMS);
    assertThat(problems(() -> CsvImport.read(dir))).containsExactly(
        "plan-items.csv:row 1: the header row is empty");
  }

  /** A number too close to 0 for a double is not read as 0; zero written with an exponent is. */
  @Test
  void aNumberTooCloseToZeroIsAProblemNotZero() throws Exception {
    write("plan-items.csv", ITEMS
        + "p-4,t-2,2026/27,ACTIVE,,,a-afl,1e-400,,,\n"
        + "p-5,t-2,2026/27,ACTIVE,,,a-afl,0.0e-9,,,\n");
    assertThat(problems(() -> CsvImport.read(dir))).containsExactlyInAnyOrder(
        "plan-items.csv:row 6:hours: is too close to 0 for a number, was \"1e-400\" (it would be"
            + " read as 0)",
        "plan-items.csv:row 7:hours: must be > 0, was 0");
  }

  /**
   * A cell that cannot be read hides no problem of the row's other cells (until 1 December 2026 a
   * row with an unreadable cell had none of its value's own rules checked).
   */
  @Test
  void aCellThatCannotBeReadHidesNoProblemOfTheOthers() throws Exception {
    write("teachers.csv", TEACHERS + "t-4,RM,s-1,d-rm,3,-1,,VOCATIONAL=HUGE,,\r\n");
    write("activities.csv", ACTIVITIES + "a-x,\u202eTitle,COURSE,GENERIC,,,,maybe,0,,\n");
    write("plan-items.csv", ITEMS
        + "p-4,t-2,26\u0007,ACTIVE,,,a-afl,abc,,,\n"
        + "p-4,t-2,26\u0007,ACTIVE,,,a-afl,8761,,,\n");
    assertThat(problems(() -> CsvImport.read(dir))).containsExactlyInAnyOrder(
        "teachers.csv:row 5:needs: unknown value \"HUGE\"; expected one of NONE, LOW, MODERATE,"
            + " HIGH",
        "teachers.csv:row 5:years_teaching: must be >= 0, was -1",
        "activities.csv:row 4:industry_contact: must be true or false, was \"maybe\"",
        "activities.csv:row 4:span_weeks: must be >= 1, was 0",
        "plan-items.csv:row 6:hours: must be a number with . as the decimal separator, was"
            + " \"abc\"",
        "plan-items.csv:row 7:hours: must be <= 8760, was 8761",
        "plan-items.csv:row 6:period: must not contain control character U+0007");
  }

  @Test
  void problemsOfColumnsAndFiles() throws Exception {
    write("teachers.csv", "id,programme,yearsTaught\nt-1,RM,3\n");
    write("drivers.csv", "id,strength\n");
    assertThat(problems(() -> CsvImport.read(dir))).containsExactlyInAnyOrder(
        "teachers.csv:row 1:yearsTaught: unknown column; expected one of "
            + CsvImport.TEACHER_COLUMNS,
        "drivers.csv:row 1: missing column kind");
    Files.delete(dir.resolve("plan-items.csv"));
    assertThat(problems(() -> CsvImport.read(dir))).singleElement().asString()
        .startsWith("plan-items.csv: missing: no such file in ");
  }

  @Test
  void duplicateIdsAndUnknownProgrammesInACatalogue() throws Exception {
    Dataset catalogue = CsvImport.read(dir).withPlans(List.of()).withTeachers(List.of());
    write("teachers.csv", TEACHERS + "t-1,XX,s-1,d-rm,,,,,,\n");
    List<String> problems = problems(() -> CsvImport.read(dir, catalogue));
    assertThat(problems).contains(
        "teachers.csv:row 5:id: duplicate id \"t-1\"",
        "teachers.csv:row 5:programme: unknown programme \"XX\"",
        "activities.csv:row 2:id: duplicate id \"a-afl\"");
  }

  private static List<String> problems(Runnable read) {
    try {
      read.run();
    } catch (ValidationException e) {
      return e.problems().stream().map(Problem::toString).collect(Collectors.toList());
    }
    throw new AssertionError("no ValidationException");
  }

  @Test
  void aSecondByteOrderMarkIsMalformedAsInJson() throws Exception {
    write("teachers.csv", "\uFEFF\uFEFF" + TEACHERS);
    assertThat(problems(() -> CsvImport.read(dir))).containsExactly("teachers.csv: malformed CSV"
        + " at line 1, column 1: a second byte order mark (U+FEFF); one is allowed, at the start");
    // the file's mark is the one before its first column: before another it is part of a name
    write("teachers.csv", TEACHERS.replace(",programme", ",\uFEFFprogramme"));
    assertThat(problems(() -> CsvImport.read(dir))).contains("teachers.csv:row 1: missing column"
        + " programme");
  }

  @Test
  void headersAreSnakeCaseWithOrWithoutAByteOrderMark() throws Exception {
    write("teachers.csv", "\uFEFF" + TEACHERS);
    assertThat(CsvImport.read(dir).teachers()).hasSize(3);
    write("teachers.csv", TEACHERS.replace("years_teaching", "yearsTeaching"));
    assertThat(problems(() -> CsvImport.read(dir))).singleElement().asString()
        .startsWith("teachers.csv:row 1:yearsTeaching: unknown column");
    write("teachers.csv", TEACHERS);
    Path out = dir.resolve("out");
    CsvExport.write(CsvImport.read(dir), out);
    assertThat(Files.readAllLines(out.resolve("teachers.csv")).get(0)).isEqualTo(
        "id,programme,school,department,years_in_industry,years_teaching,"
            + "years_since_industry_contact,needs,barriers,career_style");
    assertThat(Files.readAllLines(out.resolve("activities.csv")).get(0)).isEqualTo(
        "id,title,type,areas,knowledge,contextualisation,programmes,scope,initiator,formality,"
            + "industry_contact,requires_substitute,span_weeks,cost_per_hour,max_hours,provider,"
            + "description");
    assertThat(Files.readAllLines(out.resolve("plan-items.csv")).get(0)).isEqualTo(
        "plan,teacher,period,leader_involvement,facilitator,drivers,activity,hours,"
            + "time_allocated,substitute_funded,cost_funded");
    assertThat(Files.readAllLines(out.resolve("drivers.csv")).get(0)).isEqualTo(
        "id,kind,scope,strength,pulls,programmes,description");
  }

  @Test
  void aMissingFolderIsAProblemNotAStackTrace() {
    assertThatThrownBy(() -> CsvImport.read(dir.resolve("nope")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("teachers.csv: missing");
  }
}
