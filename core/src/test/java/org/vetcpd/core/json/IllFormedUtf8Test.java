package org.vetcpd.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;

/**
 * Bytes that are not UTF-8 by the Unicode Standard, though Jackson's parser would decode them: an
 * overlong {@code /} ({@code C0 AF}), an overlong {@code "} in three bytes, an encoded surrogate,
 * a code point above U+10FFFF. Each is one problem at its field (or its object, in a name), with
 * the line and column of the byte that makes the text ill-formed; nothing is read.
 */
class IllFormedUtf8Test {
  @TempDir Path dir;
  private String valid;

  @BeforeEach
  void readValid() throws IOException {
    valid = Files.readString(BrokenDocumentsTest.VALID, StandardCharsets.UTF_8);
  }

  @Test
  void anOverlongSlashInAnIdIsNotValidUtf8() {
    assertNotUtf8At("plans[0].id", "\"id\": \"p1", 0, 0xC0, 0xAF);
  }

  @Test
  void everyKindOfIllFormedSequenceIsRefusedWhereTheParserWouldDecodeIt() {
    int[][] sequences = {
      {0xC1, 0xBF}, // overlong DEL
      {0xE0, 0x80, 0xA2}, // overlong quote, three bytes
      {0xF0, 0x80, 0x80, 0xAF}, // overlong slash, four bytes
      {0xED, 0xA0, 0x80}, // the surrogate U+D800
      {0xF4, 0x90, 0x80, 0x80}, // U+110000
    };
    for (int[] s : sequences) {
      byte[] doc = insert(valid, "\"id\": \"p1", s);
      List<String> problems = problems(doc);
      assertThat(problems).as("%s", java.util.Arrays.toString(s)).hasSize(1);
      assertThat(problems.get(0)).startsWith("plans[0].id: the document is not valid UTF-8 at");
    }
  }

  @Test
  void inAFieldNameTheProblemIsTheObjects() {
    // the parser reads a name four bytes at a time, so it stops past the byte
    assertNotUtf8At("plans[0]", "\"leaderInvol", 0, 0xC0, 0xAF);
  }

  @Test
  void aSequenceAcrossTheParsersBlocksIsFoundAsWell() {
    // the parser reads 8 000 bytes at a time: a plan id placed so that its overlong bytes are
    // cut by the end of a block, at each of three offsets
    for (int shift = 0; shift < 3; shift++) {
      String pad = "x".repeat(8000 + shift - valid.indexOf("\"id\": \"p1") - 8);
      String doc = valid.replace("\"id\": \"p1", "\"id\": \"" + pad + "p1");
      byte[] bytes = insert(doc, "\"id\": \"" + pad, 0xE0, 0x80, 0xAF);
      // E0 80 starts no character: the 80 is the first byte that is not UTF-8
      assertThat(problems(bytes)).containsExactly(
          "plans[0].id: the document is not valid UTF-8 at " + where(doc, "\"id\": \"" + pad, 1));
    }
  }

  @Test
  void aJsonLinesLineWithAnOverlongByteIsOneProblemOfThatLine() throws IOException {
    Dataset catalogue = VetcpdJson.readDataset(BrokenDocumentsTest.VALID);
    String plan = VetcpdJson.writeCompact(catalogue.plans().get(0));
    byte[] bad = insert(plan, "\"id\":\"p1", 0xC0, 0xAF);
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    lines.writeBytes(plan.getBytes(StandardCharsets.UTF_8));
    lines.write('\n');
    lines.writeBytes(bad);
    lines.write('\n');
    Path file = Files.write(dir.resolve("plans.jsonl"), lines.toByteArray());
    assertThat(VetcpdJson.validatePlans(file, catalogue)).map(Problem::toString).containsExactly(
        "line 2.id: the document is not valid UTF-8 at column "
            + (plan.indexOf("\"id\":\"p1") + "\"id\":\"p1".length() + 1));
  }

  @Test
  void outsideAStringTheByteIsNotUtf8NotAnUnexpectedCharacter() {
    // the parser meets the mark where it expects a comma: it must not be named as a character
    assertNotUtf8At("teachers[0]", "\"yearsSinceIndustryContact\": 6.5", 0, 0xC0, 0xAF);
  }

  @Test
  void aSequenceCutShortOutsideAStringIsNotUtf8LikeALoneBadByte() {
    // the parser meets C3 (or E2 82) itself, before the byte marked, as an unexpected character:
    // the same fault as a lone bad byte there, at the same path, placed at the byte marked
    String[][] places = {
        {"teachers[0]", "\"yearsSinceIndustryContact\""}, // between a name and its colon
        {"teachers[0]", "\"yearsSinceIndustryContact\": 6.5"}, // where a comma is expected
        {"teachers[0].yearsSinceIndustryContact", "\"yearsSinceIndustryContact\":"}, // a value
    };
    for (String[] place : places) {
      assertNotUtf8At(place[0], place[1], 0, 0xFF);
      assertNotUtf8At(place[0], place[1], 1, 0xC3);
      assertNotUtf8At(place[0], place[1], 2, 0xE2, 0x82);
    }
  }

  @Test
  void aCutSequenceIsJudgedAlikeWhereverTheParsersBlockEnds() {
    // the parser takes 8 000 bytes a read: with the lead byte last in the block, the parser
    // rejects it before the block that completes (or breaks) the sequence is read
    String head = "{\"formatVersion\": 1";
    for (int pad = 7975; pad <= 7985; pad++) {
      for (int[] seq : new int[][] {{0xC3}, {0xE2, 0x82}, {0xF0, 0x9F, 0x98}}) {
        String text = " ".repeat(pad) + head + "}";
        assertThat(problems(insert(text, head, seq))).as("pad %d, %d bytes", pad, seq.length)
            .containsExactly("the document is not valid UTF-8 at "
                + where(text, head, seq.length));
      }
      // a whole character there is valid UTF-8: only malformed JSON
      String text = " ".repeat(pad) + head + "}";
      assertThat(problems(insert(text, head, 0xC3, 0xA9))).singleElement().asString()
          .startsWith("malformed JSON at " + where(text, head, 0) + ": Unexpected character");
    }
    // at the end of the input, with nothing after it
    byte[] cut = insert(head, head, 0xC3);
    assertThat(problems(cut)).containsExactly(
        "the document is not valid UTF-8 at " + where(head, head, 1));
  }

  @Test
  void aWholeCharacterOutOfPlaceIsNamedAndPlacedAtItsFirstByteWhereverTheBlockEnds() {
    // valid UTF-8 where JSON wants a comma, a value or a name: malformed JSON, the character
    // named as it is and placed at its first byte (the parser names a first byte as Latin-1, and
    // places a token that starts with such a character at its last byte)
    String[][] cases = {
        {"{\"formatVersion\": 1", "}", "was expecting comma"},
        {"{\"formatVersion\": ", "}", "(JSON String, Number"},
        {"{\"formatVersion\": 1, ", ": 1}", "was expecting double-quote"},
    };
    // (U+1007B and U+10000: cut to 16 bits, '{' and U+0000)
    String[] characters = {"\u00e9", "\u20ac", "\ud83d\ude00", "\ud800\udc7b", "\ud800\udc00"};
    for (int pad = 7993; pad <= 8001; pad++) {
      for (String[] c : cases) {
        for (String ch : characters) {
          String text = " ".repeat(pad) + c[0] + ch + c[1];
          byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
          String problem = problems(bytes).get(0);
          assertThat(problem).as("pad %d: %s", pad, text.strip())
              .contains("malformed JSON at " + where(text, c[0], 0) + ": ")
              .contains(c[2])
              .contains(ch)
              .doesNotContain("\u00c3", "\u00e2", "\u00f0", "'{'", "CTRL-CHAR, code 0");
          if (pad == 7993) {
            // a pipe that hands on a byte at a time
            assertThat(problems(new ByteArrayInputStream(bytes) {
              @Override
              public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
              }
            })).as("a byte a read: %s", text.strip()).first().isEqualTo(problem);
          }
        }
      }
    }
  }

  @Test
  void aTokenWithCharactersOfSeveralBytesIsPlacedAtItsStart() {
    // the parser places an unknown token as far past its start as the characters it had matched
    // took more bytes than characters
    String[] tokens = {"true\u00e9", "fals\u00e9x", "x\u20ac", "\u20acx", "\u00e9",
        "true\u00e9" + "x".repeat(40), "-Infinity\u00e9", "+Infinity\u20ac"};
    for (String token : tokens) {
      // (the last head puts a long token across the parser's first block's end)
      for (String head : new String[] {"{\"formatVersion\":", "{\"formatVersion\":\n  ",
          "{\"formatVersion\":" + " ".repeat(7963)}) {
        String text = head + token + "}";
        assertThat(problems(text.getBytes(StandardCharsets.UTF_8))).as(text).singleElement()
            .asString().startsWith("formatVersion: malformed JSON at " + where(text, head, 0)
                + ": Unrecognized token '" + token + "'");
      }
    }
    // after a value that ended: the token starts after it, not in it
    for (String head : new String[] {"{\"formatVersion\":1}", "{\"formatVersion\":1} "}) {
      String text = head + "x\u00e9";
      assertThat(problems(text.getBytes(StandardCharsets.UTF_8))).as(text).singleElement()
          .asString().startsWith("malformed JSON at " + where(text, head, 0)
              + ": Unrecognized token 'x\u00e9'");
    }
  }

  @Test
  void aFaultBeforeACutSequenceIsReportedWithoutReadingOn() {
    // the parser stops at the ']' (or the control character) before the cut C3: that is the
    // problem, and nothing more is read to judge the C3 (a writer may be waiting for the verdict)
    String[][] cases = {
        {"{\"formatVersion\": 1} ] ", "malformed JSON at line 1, column 22: Unexpected close"},
        {"{\"formatVersion\": 1 \u0001", "malformed JSON at line 1, column 21: Illegal character"},
    };
    for (String[] c : cases) {
      byte[] text = insert(c[0], c[0], 0xC3);
      boolean[] askedForMore = {false};
      InputStream once = new ByteArrayInputStream(text) {
        @Override
        public synchronized int read(byte[] b, int off, int len) {
          int n = super.read(b, off, len);
          askedForMore[0] |= n < 0;
          return n;
        }
      };
      ValidationException e = catchThrowableOfType(ValidationException.class,
          () -> VetcpdJson.readDataset(once));
      assertThat(e.problems()).as(c[0]).singleElement().asString().startsWith(c[1]);
      assertThat(askedForMore[0]).as(c[0]).isFalse();
    }
  }

  @Test
  void aByteBeforeANamesClosingQuoteIsPlacedAtTheQuote() {
    // C3 starts a character of two bytes: the quote after it is the first byte that is not UTF-8
    assertNotUtf8At("teachers[0]", "\"yearsSinceIndustryContac", 1, 0xC3);
  }

  @Test
  void inAnUnknownFieldsValueTheProblemIsThatFields() {
    String after = "\"id\": \"t1\", \"zzz\": \"a";
    String text = valid.replace("\"id\": \"t1\",", after + "\",");
    byte[] doc = insert(text, after, 0xC0, 0xAF);
    assertThat(problems(doc)).containsExactly(
        "teachers[0].zzz: unknown field; expected one of id, programme, school, department,"
            + " yearsInIndustry, yearsTeaching, yearsSinceIndustryContact, needs, barriers,"
            + " careerStyle",
        "teachers[0].zzz: the document is not valid UTF-8 at " + where(text, after, 0));
  }

  @Test
  void aDocumentThatEndsInsideACharacterIsNotUtf8AtItsEnd() {
    byte[] doc = insert(valid + "\u00e9", valid, 0xE2, 0x82);
    // é is two bytes, C3 A9: cut to C3, then E2 82 would follow; keep only up to E2 82
    byte[] cut = java.util.Arrays.copyOf(doc, valid.getBytes(StandardCharsets.UTF_8).length + 2);
    assertThat(problems(cut)).containsExactly(
        "the document is not valid UTF-8 at " + where(valid + "xx", valid + "xx", 0));
  }

  @Test
  void aFirstByteThatIsNotUtf8NeverMakesTheDocumentUtf16() {
    // 80 FE: were 80 marked as FF, the parser would read FF FE as UTF-16's byte order mark
    byte[] doc = insert(valid, "", 0x80, 0xFE);
    assertThat(problems(doc)).containsExactly("the document is not valid UTF-8 at line 1, column 1");
  }

  @Test
  void utf16AfterAUtf8ByteOrderMarkIsNotReadAsUtf16() {
    // the parser guesses the encoding from the first four bytes after the mark
    ByteArrayOutputStream doc = new ByteArrayOutputStream();
    doc.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    doc.writeBytes(valid.getBytes(StandardCharsets.UTF_16LE));
    assertThat(problems(doc.toByteArray()))
        .containsExactly("the document is not UTF-8 text: it has a zero byte at its start");
  }

  @Test
  void jsonLinesLinesInUtf16OrCutInsideACharacterAreNotUtf8() throws IOException {
    Dataset catalogue = VetcpdJson.readDataset(BrokenDocumentsTest.VALID);
    String plan = VetcpdJson.writeCompact(catalogue.plans().get(0));
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    lines.writeBytes(plan.getBytes(StandardCharsets.UTF_16LE));
    lines.write('\n');
    lines.writeBytes(plan.getBytes(StandardCharsets.UTF_8));
    lines.write(0xC3);
    lines.write('\n');
    lines.writeBytes(plan.getBytes(StandardCharsets.UTF_8));
    lines.write('\n');
    Path file = Files.write(dir.resolve("plans.jsonl"), lines.toByteArray());
    assertThat(VetcpdJson.validatePlans(file, catalogue)).map(Problem::toString).containsExactly(
        "line 1: the line is not UTF-8 text: it has a zero byte at its start",
        "line 2: the document is not valid UTF-8 at column "
            + (plan.getBytes(StandardCharsets.UTF_8).length + 2));
  }

  @Test
  void aJsonLinesLineCutInsideACharacterStillListsItsOtherProblemsFirst() throws IOException {
    Dataset catalogue = VetcpdJson.readDataset(BrokenDocumentsTest.VALID);
    // the plan's last value cut inside a character, as a document's would be: the line's other
    // problems come first, then the cut at the line's end, at the field it cut
    String plan = VetcpdJson.writeCompact(catalogue.plans().get(0));
    String bad = plan.replaceFirst("\"hours\":[0-9.]+", "\"hours\":-1");
    assertThat(bad).isNotEqualTo(plan).endsWith("\"}");
    byte[] line = bad.substring(0, bad.length() - 2).getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    lines.writeBytes(line);
    lines.write(0xE2);
    lines.write(0x82);
    lines.write('\n');
    // and after the whole object: stray bytes, the line's problems still first
    lines.writeBytes(bad.getBytes(StandardCharsets.UTF_8));
    lines.write(0xC3);
    lines.write('\n');
    Path file = Files.write(dir.resolve("cut.jsonl"), lines.toByteArray());
    String last = bad.substring(bad.lastIndexOf(",\"") + 2, bad.lastIndexOf("\":"));
    assertThat(VetcpdJson.validatePlans(file, catalogue)).map(Problem::toString).containsExactly(
        "line 1.items[0].hours: must be > 0, was -1",
        "line 1." + last + ": the document is not valid UTF-8 at column " + (line.length + 3),
        "line 2.items[0].hours: must be > 0, was -1",
        "line 2: the document is not valid UTF-8 at column " + (line.length + 4));
  }

  @Test
  void aJsonLinesColumnCountsFromTheLinesStartPastACarriageReturn() throws IOException {
    Dataset catalogue = VetcpdJson.readDataset(BrokenDocumentsTest.VALID);
    // a CR inside a line is white space to JSON, and a line break to the parser's own columns
    String plan = VetcpdJson.writeCompact(catalogue.plans().get(0))
        .replace(",\"period\":\"", ",\r\"period\":\"");
    String after = "\"period\":\"";
    byte[] bad = insert(plan, after, 0xC0, 0xAF);
    Path file = Files.write(dir.resolve("cr.jsonl"), bad);
    assertThat(VetcpdJson.validatePlans(file, catalogue)).map(Problem::toString).containsExactly(
        "line 1.period: the document is not valid UTF-8 at column "
            + (plan.indexOf(after) + after.length() + 1));
  }

  /**
   * The valid document with {@code bytes} put after the first {@code after} gives exactly one
   * problem, at {@code path}, placed {@code k} bytes into what was put there.
   */
  private void assertNotUtf8At(String path, String after, int k, int... bytes) {
    assertThat(problems(insert(valid, after, bytes))).containsExactly(
        path + ": the document is not valid UTF-8 at " + where(valid, after, k));
  }

  private static List<String> problems(byte[] doc) {
    return problems(new ByteArrayInputStream(doc));
  }

  private static List<String> problems(InputStream doc) {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> VetcpdJson.readDataset(doc));
    assertThat(e).as("the document must not read").isNotNull();
    return e.problems().stream().map(Problem::toString).toList();
  }

  /** The text with the bytes put just after the first {@code after}. */
  private static byte[] insert(String text, String after, int... bytes) {
    byte[] t = text.getBytes(StandardCharsets.UTF_8);
    assertThat(text).contains(after);
    int at = text.indexOf(after) + after.length(); // the text before is ASCII
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(t, 0, at);
    for (int b : bytes) {
      out.write(b);
    }
    out.write(t, at, t.length - at);
    return out.toByteArray();
  }

  /**
   * "line L, column C" of the byte {@code k} bytes into what is put after the first {@code after}
   * in {@code text}; columns count bytes, as the parser of a byte stream does.
   */
  private static String where(String text, String after, int k) {
    byte[] before = text.substring(0, text.indexOf(after) + after.length())
        .getBytes(StandardCharsets.UTF_8);
    int line = 1;
    int column = 1;
    for (byte x : before) {
      if (x == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return "line " + line + ", column " + (column + k);
  }
}
