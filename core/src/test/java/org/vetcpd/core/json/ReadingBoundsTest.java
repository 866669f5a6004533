package org.vetcpd.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.testing.ForkedJvm;

/**
 * The bounds of reading: problem counts linear in the bad input, the problem cap with its exact
 * count, limits named with their place, a byte order mark accepted, and a document over the
 * length limit rejected with a small heap in a forked JVM (nothing is buffered whole).
 */
class ReadingBoundsTest {
  @TempDir
  Path dir;

  private static String valid() {
    try {
      return Files.readString(BrokenDocumentsTest.VALID, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The valid document with {@code n} more plans, each with two problems and a bad reference. */
  private static String withBadPlans(int n) {
    StringBuilder plans = new StringBuilder();
    for (int i = 0; i < n; i++) {
      plans.append("    {\"id\": \"bad-").append(i).append("\", \"teacher\": \"t-none\",")
          .append(" \"items\": [{\"activity\": \"a1\", \"hours\": -1}],")
          .append(" \"leaderInvolvement\": \"SOMETIMES\"},\n");
    }
    return valid().replace("\"plans\": [\n", "\"plans\": [\n" + plans);
  }

  private static List<String> problems(String doc, JsonOptions options) {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> VetcpdJson.parseDataset(doc, options));
    assertThat(e).isNotNull();
    return e.problems().stream().map(Problem::toString).toList();
  }

  private static final JsonOptions UNCAPPED =
      JsonOptions.builder().maxProblems(Integer.MAX_VALUE).build();

  @Property(tries = 30)
  void doublingTheBadPlansDoublesTheProblemsAndChangesNothingElse(
      @ForAll @IntRange(min = 1, max = 40) int n) {
    List<String> once = problems(withBadPlans(n), UNCAPPED);
    List<String> twice = problems(withBadPlans(2 * n), UNCAPPED);
    assertThat(twice).hasSize(2 * once.size());
    // the problems of the first n bad plans come first, in the same words; the valid plan moves
    // from index n to 2n, so it has none either way
    assertThat(once).hasSize(3 * n);
    for (int i = 0; i < n; i++) {
      assertThat(twice).contains(once.get(3 * i), once.get(3 * i + 1), once.get(3 * i + 2));
    }
    Statistics.collect(n < 10 ? "small" : n < 30 ? "medium" : "large");
  }

  @Test
  void theProblemListIsCappedWithTheExactCountOfTheRest() {
    List<String> all = problems(withBadPlans(400), JsonOptions.strict());
    // 1 200 problems: the default cap lists 1 000 and counts the other 200
    assertThat(all).hasSize(1_001);
    assertThat(all.get(1_000)).isEqualTo("… and 200 more problems");
    assertThat(all.subList(0, 1_000))
        .isEqualTo(problems(withBadPlans(400), UNCAPPED).subList(0, 1_000));

    List<String> three = problems(withBadPlans(400),
        JsonOptions.builder().maxProblems(3).build());
    assertThat(three).containsExactly(
        "plans[0].items[0].hours: must be > 0, was -1",
        "plans[0].leaderInvolvement: unknown value \"SOMETIMES\"; expected one of NONE,"
            + " DELEGATED, ACTIVE",
        "plans[1].items[0].hours: must be > 0, was -1",
        "… and 1197 more problems");
  }

  @Test
  void aLongNumberIsANumberLengthProblemAtItsPlace() {
    String doc = valid().replace("\"hours\": 30", "\"hours\": " + "9".repeat(1_000_000));
    assertThat(problems(doc, JsonOptions.strict())).singleElement().asString()
        .startsWith("plans[0].items[0].hours: a number longer than the limit of 64 characters"
            + " (JsonOptions.maxNumberLength) at line 29, column ");
  }

  @Test
  void aLongStringIsAStringLengthProblemAtItsPlace() {
    String doc = valid().replace("\"Fjord VGS\"", "\"" + "x".repeat(200_000) + "\"");
    assertThat(problems(doc, JsonOptions.strict())).singleElement().asString()
        .startsWith("schools[0].name: a string longer than the limit of 100000 characters"
            + " (JsonOptions.maxStringLength) at line 8, column ");
  }

  @Test
  void aByteOrderMarkIsAccepted() throws IOException {
    Dataset ds = VetcpdJson.parseDataset(valid());
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = valid().getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, withBom, 0, 3);
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertThat(VetcpdJson.readDataset(new ByteArrayInputStream(withBom))).isEqualTo(ds);
    assertThat(VetcpdJson.readDataset(Files.write(dir.resolve("bom.json"), withBom)))
        .isEqualTo(ds);
    assertThat(VetcpdJson.parseDataset("\uFEFF" + valid())).isEqualTo(ds);

    String line = VetcpdJson.writeCompact(ds.plans().get(0)) + "\n";
    byte[] lines = ("\uFEFF" + line + line.replace("\"p1\"", "\"p2\""))
        .getBytes(StandardCharsets.UTF_8);
    try (Stream<CpdPlan> plans = VetcpdJson.streamPlans(
        new ByteArrayInputStream(lines), ds, JsonOptions.strict())) {
      assertThat(plans).extracting(CpdPlan::id).containsExactly("p1", "p2");
    }
    assertThat(VetcpdJson.validatePlans(Files.write(dir.resolve("bom.jsonl"), lines), ds))
        .isEmpty();
  }

  /** One byte order mark, at the start: a second one is no JSON, though the parser skips it. */
  @Test
  void aSecondByteOrderMarkIsMalformed() throws IOException {
    Dataset ds = VetcpdJson.parseDataset(valid());
    String problem = "malformed JSON at line 1, column 1: a second byte order mark (U+FEFF);"
        + " one is allowed, at the start";
    byte[] twice = ("\uFEFF\uFEFF" + valid()).getBytes(StandardCharsets.UTF_8);
    for (ThrowingCallable read : List.<ThrowingCallable>of(
        () -> VetcpdJson.readDataset(new ByteArrayInputStream(twice)),
        () -> VetcpdJson.readDataset(Files.write(dir.resolve("twice.json"), twice)),
        () -> VetcpdJson.parseDataset("\uFEFF\uFEFF" + valid()))) {
      assertThat(catchThrowableOfType(ValidationException.class, read).problems())
          .map(Problem::toString).containsExactly(problem);
    }
    String line = VetcpdJson.writeCompact(ds.plans().get(0)) + "\n";
    String mark = "malformed JSON at column 1: a byte order mark (U+FEFF); one is allowed, at the"
        + " start of the file";
    Path first = Files.writeString(dir.resolve("first.jsonl"), "\uFEFF\uFEFF" + line);
    assertThat(VetcpdJson.validatePlans(first, ds)).map(Problem::toString)
        .containsExactly("line 1: malformed JSON at column 1: a second byte order mark (U+FEFF);"
            + " one is allowed, at the start of the file");
    Path second = Files.writeString(dir.resolve("second.jsonl"), line + "\uFEFF" + line);
    assertThat(VetcpdJson.validatePlans(second, ds)).map(Problem::toString)
        .containsExactly("line 2: " + mark);
  }

  @Test
  void aJsonLinesLineOverTheLimitIsSkippedNotHeld() throws IOException {
    Dataset ds = VetcpdJson.parseDataset(valid());
    String line = VetcpdJson.writeCompact(ds.plans().get(0));
    Path file = Files.writeString(dir.resolve("long.jsonl"),
        line + "\n" + " ".repeat(5_000) + line + "\n" + line + "\n");
    JsonOptions small = JsonOptions.builder().maxDocumentLength(1_000).build();
    assertThat(VetcpdJson.validatePlans(file, ds, small)).map(Problem::toString).containsExactly(
        "line 2: the line is longer than the limit of 1000 bytes (JsonOptions.maxDocumentLength)");
    JsonOptions shortLines = JsonOptions.builder().maxLineLength(1_000).build();
    assertThat(VetcpdJson.validatePlans(file, ds, shortLines)).map(Problem::toString)
        .containsExactly(
            "line 2: the line is longer than the limit of 1000 bytes (JsonOptions.maxLineLength)");
  }

  /** The limit is on a line's content: a byte order mark and the CR of CRLF do not count. */
  @Test
  void aLineOfExactlyTheLimitIsReadWithABomAndCrlfToo() throws IOException {
    Dataset ds = VetcpdJson.parseDataset(valid());
    String line = VetcpdJson.writeCompact(ds.plans().get(0));
    int n = line.getBytes(StandardCharsets.UTF_8).length;
    JsonOptions exact = JsonOptions.builder().maxLineLength(n).build();
    JsonOptions under = JsonOptions.builder().maxLineLength(n - 1).build();
    for (String text : List.of(line + "\n" + line + "\n", line + "\r\n" + line + "\r\n",
        "\uFEFF" + line + "\r\n" + line, "\uFEFF" + line)) {
      Path file = Files.writeString(dir.resolve("exact.jsonl"), text);
      assertThat(VetcpdJson.validatePlans(file, ds, exact)).as(text).isEmpty();
      assertThat(VetcpdJson.validatePlans(file, ds, under)).as(text).first().asString()
          .isEqualTo("line 1: the line is longer than the limit of " + (n - 1)
              + " bytes (JsonOptions.maxLineLength)");
    }
  }

  /**
   * A 40 MB line, read with the default options and a 64 MB heap: the line limit (16 MiB), not
   * the document limit (512 MiB), bounds what is held, so the line is one clean problem and the
   * lines after it are read (held to the document limit, the line would need 96 MB).
   */
  @Test
  void aLineOverTheDefaultLineLimitIsOneProblemWithASmallHeap() throws Exception {
    Dataset ds = VetcpdJson.parseDataset(valid());
    Path catalogue = Files.writeString(dir.resolve("catalogue.json"), valid());
    String line = VetcpdJson.writeCompact(ds.plans().get(0));
    Path file = dir.resolve("huge-line.jsonl");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      out.write("{\"id\": \"".getBytes(StandardCharsets.UTF_8));
      byte[] x = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 40; i++) {
        out.write(x);
      }
      out.write(("\"}\n" + line + "\n").getBytes(StandardCharsets.UTF_8));
    }
    ForkedJvm.Result run = ForkedJvm.run(
        List.of("-Xmx64m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
        ValidateOneStream.class, catalogue.toString(), file.toString());
    assertThat(run.exitCode).as(run.output).isZero();
    assertThat(run.output.lines()).containsExactly("line 2: the line is longer than the limit of "
        + (16L << 20) + " bytes (JsonOptions.maxLineLength)");
  }

  /**
   * A 40 MB document, over a 32 MB limit, read with a 24 MB heap: the reader stops at the limit
   * with one clean problem. The document is never buffered, so the heap is never at risk.
   */
  @Test
  void aDocumentOverTheLimitIsRejectedWithASmallHeap() throws Exception {
    Path big = dir.resolve("big.json");
    try (OutputStream out = Files.newOutputStream(big)) {
      out.write("{\"formatVersion\": 1, \"programmes\": [".getBytes(StandardCharsets.UTF_8));
      byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 40; i++) {
        out.write(spaces);
      }
      out.write("]}".getBytes(StandardCharsets.UTF_8));
    }
    ForkedJvm.Result run = ForkedJvm.run(List.of("-Xmx24m"), ReadOneDataset.class,
        big.toString(), String.valueOf(32L << 20));
    assertThat(run.output).doesNotContain("OutOfMemoryError");
    assertThat(run.output.strip()).startsWith("programmes: the document is longer than the limit"
        + " of " + (32L << 20) + " bytes (JsonOptions.maxDocumentLength) at line 1, column ");
    assertThat(run.exitCode).isEqualTo(1);
  }

}
