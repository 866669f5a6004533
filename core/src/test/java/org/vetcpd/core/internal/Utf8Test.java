package org.vetcpd.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Strict UTF-8 against an independent judge: the JDK's own UTF-8 decoder, which reports malformed
 * input (overlong forms, surrogates, code points above U+10FFFF) as the Unicode Standard asks.
 */
class Utf8Test {

  @Test
  void marksTheFirstByteOfEachKindOfIllFormedSequence() {
    // overlong '/', two and three bytes; an encoded surrogate; above U+10FFFF; a stray
    // continuation byte; a byte never in UTF-8
    assertThat(mark("ab", 0xC0, 0xAF)).isEqualTo(2);
    assertThat(mark("ab", 0xC1, 0xBF)).isEqualTo(2);
    assertThat(mark("ab", 0xE0, 0x80, 0xAF)).isEqualTo(3);
    assertThat(mark("ab", 0xF0, 0x80, 0x80, 0xAF)).isEqualTo(3);
    assertThat(mark("ab", 0xED, 0xA0, 0x80)).isEqualTo(3);
    assertThat(mark("ab", 0xF4, 0x90, 0x80, 0x80)).isEqualTo(3);
    assertThat(mark("ab", 0xF5, 0x80, 0x80, 0x80)).isEqualTo(2);
    assertThat(mark("ab", 0x80)).isEqualTo(2);
    assertThat(mark("ab", 0xC3, 'A')).isEqualTo(3);
    assertThat(mark("ab", 0xFF)).isEqualTo(2);
  }

  @Test
  void leavesWellFormedTextAndACutSequenceAsTheyAre() {
    byte[] text = "plain, caf\u00e9, \u20ac, \ud83d\ude00, \uffff, \udbff\udfff"
        .getBytes(StandardCharsets.UTF_8);
    byte[] copy = text.clone();
    assertThat(new Utf8().check(copy, 0, copy.length)).isEqualTo(-1);
    assertThat(copy).isEqualTo(text);
    // the end of the bytes cuts a sequence: nothing is marked, and the check says so
    byte[] cut = bytes("ab", 0xF0, 0x9F, 0x98);
    Utf8 check = new Utf8();
    assertThat(check.check(cut, 0, cut.length)).isEqualTo(-1);
    assertThat(check.cut()).isTrue();
    assertThat(check.marked()).isEqualTo(-1);
  }

  @Test
  void aCheckedStreamHandsOnTheMarkedByteWhereverTheBlocksEnd() throws IOException {
    byte[] text = bytes("{\"id\": \"", 0xE0, 0x80, 0xAF, '"', '}');
    for (int block = 1; block <= text.length; block++) {
      byte[] read = readAll(new Utf8().checking(new Blocks(text, block)));
      byte[] expected = text.clone();
      expected[9] = Utf8.MARK;
      assertThat(read).as("blocks of %d", block).isEqualTo(expected);
    }
  }

  @Test
  void aStreamThatEndsInsideASequenceEndsWithTheMark() throws IOException {
    byte[] text = bytes("{}", 0xE2, 0x82);
    Utf8 check = new Utf8();
    byte[] read = readAll(check.checking(new Blocks(text, 3)));
    assertThat(read).isEqualTo(bytes("{}", 0xE2, 0x82, Utf8.MARK & 0xFF));
    assertThat(check.marked()).isEqualTo(4);
    assertThat(check.badFrom()).isEqualTo(2);
    // a stream that ends between characters ends as it is
    assertThat(readAll(new Utf8().checking(new Blocks(bytes("{}", 0xE2, 0x82, 0xAC), 2))))
        .isEqualTo(bytes("{}", 0xE2, 0x82, 0xAC));
  }

  @Test
  void theFirstBadPlaceIsCountedAsTheJsonParserCounts() throws IOException {
    // lines end at LF, CR or CR LF; a byte order mark is not counted; columns are bytes
    assertThat(firstBadPlace(bytes("ab\ncd", 0xFF))).isEqualTo("line 2, column 3");
    assertThat(firstBadPlace(bytes("ab\rcd", 0xFF))).isEqualTo("line 2, column 3");
    assertThat(firstBadPlace(bytes("ab\r\ncd\n\r", 0xFF))).isEqualTo("line 4, column 1");
    assertThat(firstBadPlace(bytes("", 0xEF, 0xBB, 0xBF, 'a', 0xC3, 'b'))).isEqualTo(
        "line 1, column 3");
    assertThat(firstBadPlace(bytes("caf", 0xC3, 0xA9, '!', 0xE2, 0x82)))
        .isEqualTo("line 1, column 9"); // the end, just past the cut character
    assertThat(firstBadPlace(bytes("caf", 0xC3, 0xA9, '\n'))).isNull();
    // a CR LF across two reads is one line break
    byte[] split = bytes("a\r\nb", 0xFF);
    assertThat(Utf8.firstBadPlace(new Blocks(split, 2))).isEqualTo("line 2, column 2");
  }

  private static String firstBadPlace(byte[] text) throws IOException {
    return Utf8.firstBadPlace(new ByteArrayInputStream(text));
  }

  @Test
  void theMarkNeverMakesAByteOrderMark() {
    // FF before FE would read as UTF-16's byte order mark
    byte[] b = bytes("", 0x80, 0xFE, '{', 0);
    assertThat(new Utf8().check(b, 0, b.length)).isZero();
    assertThat(b[0]).isEqualTo(Utf8.MARK);
    assertThat(b[0] & 0xFF).isNotIn(0xEF, 0xFE, 0xFF, 0x00);
  }

  /**
   * The byte marked is exactly the first one after which the input is no longer the start of any
   * well-formed UTF-8 text, as the JDK's decoder judges it; nothing else changes.
   */
  @Property(tries = 3000)
  void marksWhereTheJdkFirstFindsMalformedInput(@ForAll("texts") byte[] text) {
    byte[] checked = text.clone();
    Utf8 check = new Utf8();
    int m = check.check(checked, 0, checked.length);
    if (m < 0) {
      assertThat(wellFormedPrefix(text, text.length)).isTrue();
      assertThat(checked).isEqualTo(text);
      assertThat(check.badFrom()).isEqualTo(-1);
    } else {
      assertThat(wellFormedPrefix(text, m)).isTrue();
      assertThat(wellFormedPrefix(text, m + 1)).isFalse();
      assertThat(checked[m]).isEqualTo(Utf8.MARK);
      checked[m] = text[m];
      assertThat(checked).isEqualTo(text);
      // the ill-formed bytes start at the last character boundary at or before the mark
      int from = (int) check.badFrom();
      assertThat(from).isBetween(m - 3, m);
      assertThat(decodes(text, from)).isTrue();
      for (int j = from + 1; j <= m; j++) {
        assertThat(decodes(text, j)).as("a boundary at %d", j).isFalse();
      }
      Statistics.label("cut short").collect(from < m ? "a sequence" : "no");
    }
    Statistics.label("outcome").collect(m < 0 ? "well-formed" : "marked");
    Statistics.label("non-ASCII bytes").collect(nonAscii(text) == 0 ? "none"
        : nonAscii(text) < 4 ? "1 to 3" : "4 or more");
  }

  /** Blocks may end anywhere, inside a sequence too: the same byte is marked. */
  @Property(tries = 1000)
  void theSameByteIsMarkedHoweverTheInputIsCut(@ForAll("texts") byte[] text,
      @ForAll("cuts") List<Integer> cuts) {
    byte[] whole = text.clone();
    int expected = new Utf8().check(whole, 0, whole.length);
    byte[] inBlocks = text.clone();
    Utf8 check = new Utf8();
    int[] ends = cuts.stream().mapToInt(c -> c % (text.length + 1)).sorted().toArray();
    int from = 0;
    int marked = -1;
    for (int end : ends) {
      int m = check.check(inBlocks, from, end);
      marked = marked < 0 ? m : marked;
      from = end;
    }
    int last = check.check(inBlocks, from, text.length);
    marked = marked < 0 ? last : marked;
    assertThat(marked).isEqualTo(expected);
    assertThat(check.marked()).isEqualTo(expected);
    Utf8 wholeCheck = new Utf8();
    wholeCheck.check(text.clone(), 0, text.length);
    assertThat(check.badFrom()).isEqualTo(wholeCheck.badFrom());
    assertThat(inBlocks).isEqualTo(whole);
    Statistics.label("outcome").collect(expected < 0 ? "well-formed" : "marked");
  }

  /**
   * Through a checking stream, the bytes read last and the {@value Utf8#HISTORY} before them are at
   * hand ({@code byteAt}), however the reads are cut, though each read refills the same array (a
   * parser's buffer); checked directly in a reused array, the bytes before it are unknown, never
   * wrong.
   */
  @Property(tries = 1000)
  void theLastBytesCheckedAreAtHandHoweverTheInputIsCut(@ForAll("texts") byte[] text,
      @ForAll("cuts") List<Integer> cuts) throws IOException {
    Utf8 check = new Utf8();
    int[] sizes = cuts.stream().mapToInt(c -> 1 + c % 5).toArray();
    InputStream reads = new ByteArrayInputStream(text) {
      private int i;

      @Override
      public synchronized int read(byte[] b, int off, int len) {
        int most = sizes.length == 0 ? len : Math.min(len, sizes[i++ % sizes.length]);
        return super.read(b, off, most);
      }
    };
    InputStream checked = check.checking(reads);
    byte[] buffer = new byte[8];
    int pos = 0;
    int shortReads = 0;
    for (int n; (n = checked.read(buffer, 0, buffer.length)) > 0; ) {
      shortReads += n < 3 ? 1 : 0;
      for (int o = Math.max(0, pos - Utf8.HISTORY); o < pos + n && o < text.length; o++) {
        int expected = check.marked() == o ? Utf8.MARK & 0xFF : text[o] & 0xFF;
        assertThat(check.byteAt(o)).as("offset %d after a read of [%d, %d)", o, pos, pos + n)
            .isEqualTo(expected);
      }
      pos += n;
      if (check.marked() >= 0) {
        break;
      }
    }
    // directly, in the same array again: what came before is not known
    Utf8 direct = new Utf8();
    byte[] same = text.clone();
    direct.check(same, 0, same.length / 2);
    direct.check(same, same.length / 2, same.length);
    for (int o = 0; o < same.length; o++) {
      int b = direct.byteAt(o);
      assertThat(b).isIn(-1, same[o] & 0xFF);
    }
    Statistics.label("reads shorter than three bytes").collect(shortReads == 0 ? "none"
        : shortReads == 1 ? "one" : "several");
  }

  @Provide
  Arbitrary<byte[]> texts() {
    Arbitrary<byte[]> ascii = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20)
        .map(s -> s.getBytes(StandardCharsets.US_ASCII));
    Arbitrary<byte[]> wellFormed = Arbitraries.oneOf(
            Arbitraries.integers().between(0x80, 0xD7FF),
            Arbitraries.integers().between(0xE000, 0x10FFFF),
            Arbitraries.of(0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF))
        .map(cp -> new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> overlong = Arbitraries.integers().between(0, 0xFFFF).flatMap(cp ->
        Arbitraries.of(2, 3, 4).filter(n -> n > length(cp)).map(n -> encode(cp, n)));
    Arbitrary<byte[]> surrogate = Arbitraries.integers().between(0xD800, 0xDFFF)
        .map(cp -> encode(cp, 3));
    Arbitrary<byte[]> tooHigh = Arbitraries.integers().between(0x110000, 0x1FFFFF)
        .map(cp -> encode(cp, 4));
    Arbitrary<byte[]> anyBytes = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(4);
    Arbitrary<byte[]> piece = Arbitraries.frequencyOf(Tuple.of(6, ascii), Tuple.of(6, wellFormed),
        Tuple.of(1, overlong), Tuple.of(1, surrogate), Tuple.of(1, tooHigh),
        Tuple.of(1, anyBytes));
    return piece.list().ofMinSize(1).ofMaxSize(12).map(Utf8Test::concat);
  }

  @Provide
  Arbitrary<List<Integer>> cuts() {
    return Arbitraries.integers().between(0, 1000).list().ofMaxSize(6);
  }

  /** The ends of the ranges a continuation byte may be in (Unicode, Table 3-7). */
  private static final int[] CONTINUATIONS = {0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF};

  /**
   * Whether {@code text[0..end)} starts some well-formed UTF-8 text: whether it, or it followed by
   * one to three continuation bytes, is well-formed by the JDK's decoder. A sequence's bytes lie in
   * ranges whose ends are {@link #CONTINUATIONS}, so trying those ends tries every case.
   */
  private static boolean wellFormedPrefix(byte[] text, int end) {
    byte[] b = Arrays.copyOf(text, end + 3);
    return completes(b, end, end);
  }

  private static boolean completes(byte[] b, int start, int end) {
    if (decodes(b, end)) {
      return true;
    }
    if (end - start == 3) {
      return false;
    }
    for (int c : CONTINUATIONS) {
      b[end] = (byte) c;
      if (completes(b, start, end + 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean decodes(byte[] b, int end) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(2 * end + 2);
    ByteBuffer in = ByteBuffer.wrap(b, 0, end);
    return !d.decode(in, out, true).isError() && !d.flush(out).isError() && !in.hasRemaining();
  }

  /** The code point in {@code n} bytes, as a UTF-8 encoder that does not check would write it. */
  private static byte[] encode(int cp, int n) {
    byte[] b = new byte[n];
    int lead = n == 2 ? 0xC0 : n == 3 ? 0xE0 : 0xF0;
    for (int i = n - 1; i > 0; i--) {
      b[i] = (byte) (0x80 | (cp & 0x3F));
      cp >>>= 6;
    }
    b[0] = (byte) (lead | cp);
    return b;
  }

  private static int length(int cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }

  private static byte[] concat(List<byte[]> pieces) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pieces.forEach(out::writeBytes);
    return out.toByteArray();
  }

  private static int nonAscii(byte[] text) {
    int n = 0;
    for (byte b : text) {
      n += b < 0 ? 1 : 0;
    }
    return n;
  }

  private static byte[] bytes(String head, int... tail) {
    byte[] h = head.getBytes(StandardCharsets.US_ASCII);
    byte[] b = Arrays.copyOf(h, h.length + tail.length);
    for (int i = 0; i < tail.length; i++) {
      b[h.length + i] = (byte) tail[i];
    }
    return b;
  }

  private static int mark(String head, int... tail) {
    byte[] b = bytes(head, tail);
    return new Utf8().check(b, 0, b.length);
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[7];
    for (int n; (n = in.read(buf, 0, buf.length)) >= 0; ) {
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  /** A stream that hands on at most {@code block} bytes a read. */
  private static final class Blocks extends ByteArrayInputStream {
    private final int block;

    Blocks(byte[] bytes, int block) {
      super(bytes);
      this.block = block;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      return super.read(b, off, Math.min(len, block));
    }
  }
}
