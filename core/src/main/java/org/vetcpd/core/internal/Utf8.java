package org.vetcpd.core.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Strict UTF-8, as the Unicode Standard defines it (Table 3-7, "Well-Formed UTF-8 Byte
 * Sequences"), for bytes that Jackson's parser decodes. The parser checks only that a sequence's
 * continuation bytes look like continuation bytes, so it takes an <em>overlong</em> form ({@code
 * C0 AF} for {@code /}, {@code E0 80 A2} for {@code "}), an encoded surrogate or a code point
 * above U+10FFFF for a character; a conformant reader must refuse all three (Unicode, section
 * 3.9, D92), and an overlong {@code /} is how path filters have been fooled.
 *
 * <p>The check marks the first byte of the input that makes it ill-formed by overwriting it with
 * {@link #MARK}, a byte that is never UTF-8 and never part of a byte order mark (which {@code 0xFF}
 * could make, before {@code 0xFE}): the parser then stops at that very byte, with an error the
 * reader reports, with the byte's line and column ({@link #marked()}), as {@code the document is
 * not valid UTF-8 at line L, column C}. A stream that ends inside a sequence is handed one more
 * byte, the mark, as if the next byte had been a bad one; for bytes checked whole, {@link
 * #cut()} tells.
 *
 * <p>Instances keep the state of a sequence that goes on in the next block of bytes; they are
 * mutable and not thread-safe.
 */
public final class Utf8 {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  /** The byte that marks where the input stops being UTF-8. */
  public static final byte MARK = (byte) 0xF8;
  /** The high bit of each of eight bytes: none set means eight ASCII bytes. */
  private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

  /** The continuation bytes the current sequence still needs; 0 between characters. */
  private int need;
  /** The range of the next byte (unsigned), while {@link #need} is not 0. */
  private int lo;
  private int hi;
  /** The bytes checked before the current block. */
  private long seen;
  /** Where the byte marked is, counted from the first byte checked; -1 while none is. */
  private long marked = -1;
  /** Where the current sequence's first byte is, while {@link #need} is not 0. */
  private long lead;
  /**
   * Where the ill-formed bytes start: the sequence the byte marked cut short, else the byte
   * marked; -1 while none is marked.
   */
  private long badFrom = -1;

  /** The bytes checked last: {@code block[blockFrom..blockTo)}, from offset {@code blockStart}. */
  private byte[] block;
  private int blockFrom;
  private int blockTo;
  private long blockStart;
  /**
   * How many bytes before the block checked last are kept: a parser that meets a word it does not
   * know where a value should be reads on to its end (at most 256 characters, four bytes each)
   * before it says where the word started, and the reader looks back there.
   */
  static final int HISTORY = 1040;
  /** The bytes before the block checked last, up to {@link #HISTORY}. */
  private final byte[] before = new byte[HISTORY];
  private int beforeLength;
  /** Whether {@link #before} already holds the block checked last's bytes. */
  private boolean tailKept;

  /** The stream whose bytes this check checks as they are read ({@link #checking}), or null. */
  private InputStream source;

  /** Creates a check at the start of an input. */
  public Utf8() {}

  /**
   * Checks {@code bytes[from..to)}, which follow whatever this check saw before, and marks the
   * first byte that makes them ill-formed (see the class comment). A sequence cut off at {@code
   * to} is carried on into the next bytes checked.
   *
   * @param bytes the bytes; at most one of them is overwritten
   * @param from the first byte to check
   * @param to the end of the bytes to check
   * @return the index of the byte marked, or -1 if none was
   */
  public int check(byte[] bytes, int from, int to) {
    if (marked >= 0) {
      return -1; // the parser stops at the byte marked: nothing after it is read
    }
    long start = seen;
    int m = scan(bytes, from, to);
    remember(bytes, from, to, start);
    return m;
  }

  /**
   * Keeps where the bytes just checked are, for {@link #byteAt}. The bytes before them are those
   * {@link #keepTail} kept, if it was called since the last check (a stream that refills the same
   * array calls it before each read); else, if the block is in the same array as the last one
   * (which may hold other bytes now), none.
   */
  private void remember(byte[] bytes, int from, int to, long start) {
    if (!tailKept) {
      if (bytes == block) {
        beforeLength = 0;
      } else {
        keepTail();
      }
    }
    tailKept = false;
    block = bytes;
    blockFrom = from;
    blockTo = to;
    blockStart = start;
  }

  /**
   * Keeps the last {@value #HISTORY} bytes checked (from the block checked last and those
   * before it), before the block's array is refilled.
   */
  private void keepTail() {
    if (tailKept || block == null) {
      return;
    }
    int n = blockTo - blockFrom;
    int kept = Math.min(beforeLength, HISTORY - Math.min(HISTORY, n));
    System.arraycopy(before, beforeLength - kept, before, 0, kept);
    int own = Math.min(HISTORY - kept, n);
    System.arraycopy(block, blockTo - own, before, kept, own);
    beforeLength = kept + own;
    tailKept = true;
  }

  /**
   * Returns the byte at {@code offset} (counted from the first byte checked) if it is among the
   * bytes checked last or the {@value #HISTORY} before them, and those are still as they were
   * checked (the block's array is the parser's buffer, which it refills only by the next read,
   * which is checked in turn); -1 otherwise. A byte marked reads as {@link #MARK}.
   *
   * @param offset the byte's offset
   * @return the byte (0 to 255), or -1
   */
  public int byteAt(long offset) {
    int n = blockTo - blockFrom;
    if (block != null && offset >= blockStart && offset < blockStart + n) {
      return block[blockFrom + (int) (offset - blockStart)] & 0xFF;
    }
    // the bytes kept end where the block checked last starts, or, once kept too, where it ends
    long keptEnd = tailKept ? blockStart + n : blockStart;
    if (offset < keptEnd && offset >= keptEnd - beforeLength) {
      return before[(int) (offset - (keptEnd - beforeLength))] & 0xFF;
    }
    return -1;
  }

  private int scan(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to) {
      if (need == 0) {
        // 32, then eight ASCII bytes at a time: almost every data set is nearly all ASCII
        while (i + 4 * Long.BYTES <= to && (((long) LONGS.get(bytes, i)
            | (long) LONGS.get(bytes, i + Long.BYTES) | (long) LONGS.get(bytes, i + 2 * Long.BYTES)
            | (long) LONGS.get(bytes, i + 3 * Long.BYTES)) & HIGH_BITS) == 0) {
          i += 4 * Long.BYTES;
        }
        while (i + Long.BYTES <= to && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
          i += Long.BYTES;
        }
        if (i == to) {
          break;
        }
        int c = bytes[i] & 0xFF;
        if (c < 0x80) {
          i++;
          continue;
        }
        if (c < 0xC2) {
          return mark(bytes, from, i); // a continuation byte, or C0 and C1: overlong forms
        }
        lead = seen + (i - from);
        if (c < 0xE0) {
          need = 1;
          lo = 0x80;
          hi = 0xBF;
        } else if (c < 0xF0) {
          need = 2;
          lo = c == 0xE0 ? 0xA0 : 0x80; // E0 80..9F would be overlong
          hi = c == 0xED ? 0x9F : 0xBF; // ED A0..BF would be a surrogate
        } else if (c < 0xF5) {
          need = 3;
          lo = c == 0xF0 ? 0x90 : 0x80; // F0 80..8F would be overlong
          hi = c == 0xF4 ? 0x8F : 0xBF; // F4 90.. would be above U+10FFFF
        } else {
          return mark(bytes, from, i);
        }
      } else {
        int c = bytes[i] & 0xFF;
        if (c < lo || c > hi) {
          return mark(bytes, from, i);
        }
        lo = 0x80;
        hi = 0xBF;
        need--;
      }
      i++;
    }
    seen += to - from;
    return -1;
  }

  private int mark(byte[] bytes, int from, int i) {
    bytes[i] = MARK;
    marked = seen + (i - from);
    badFrom = need > 0 ? lead : marked;
    return i;
  }

  /**
   * Returns whether the bytes checked so far end inside a sequence, no byte marked: at the end of
   * the input, the text is not UTF-8 there.
   *
   * @return true if a sequence is cut off
   */
  public boolean cut() {
    return need > 0 && marked < 0;
  }

  /**
   * At the end of the input: if the bytes checked end inside a sequence, takes the place just past
   * them, where the next byte would have been, for the byte marked ({@link #marked()}), the
   * sequence's first byte for where the ill-formed bytes start ({@link #badFrom()}). A parser of
   * those bytes stops at the cut sequence (an end of input in a string, an unexpected character
   * elsewhere), at or past {@link #badFrom()}.
   *
   * @return whether the input was cut inside a sequence (and is now marked)
   */
  public boolean markCutEnd() {
    if (!cut()) {
      return false;
    }
    marked = seen;
    badFrom = lead;
    return true;
  }

  /**
   * Returns where the byte marked is, counted from the first byte this check saw (0): the place
   * to report, which the parser's own is not always (it stops just past the byte, or further on
   * in a field name, which it reads four bytes at a time).
   *
   * @return the byte's offset, or -1 if none was marked
   */
  public long marked() {
    return marked;
  }

  /**
   * Returns where the ill-formed bytes start: the first byte of the sequence that the byte marked
   * cut short ({@code C3} in {@code C3 3A}), else the byte marked itself. A parser that meets that
   * first byte outside a string stops there, before the mark, taking it for an unexpected
   * character; it is the same fault.
   *
   * @return the offset, or -1 if no byte was marked
   */
  public long badFrom() {
    return badFrom;
  }

  /** The bytes by which the parser guesses a text's encoding. */
  public static final int SNIFFED = 4;

  /** The length of UTF-8's byte order mark, {@code EF BB BF}. */
  public static final int BOM_LENGTH = 3;

  /**
   * Returns whether {@code bytes[from..to)} starts with UTF-8's byte order mark.
   *
   * @param bytes the bytes
   * @param from the first byte
   * @param to the end of the bytes at hand
   * @return true if the first three are {@code EF BB BF}
   */
  public static boolean startsWithBom(byte[] bytes, int from, int to) {
    return to - from >= BOM_LENGTH && bytes[from] == (byte) 0xEF
        && bytes[from + 1] == (byte) 0xBB && bytes[from + 2] == (byte) 0xBF;
  }

  /**
   * Returns whether the text {@code bytes[from..to)} (past any byte order mark) has a zero byte
   * among its first {@value #SNIFFED}: the parser would take it for UTF-16 or UTF-32 and decode
   * it so, though it is not UTF-8 (in UTF-8, U+0000 is no JSON anyway).
   *
   * @param bytes the bytes
   * @param from the text's first byte
   * @param to the end of the bytes at hand
   * @return true if the parser would not read the text as UTF-8
   */
  public static boolean zeroByteAtStart(byte[] bytes, int from, int to) {
    for (int i = from, end = Math.min(to, from + SNIFFED); i < end; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns where {@code in}'s bytes stop being UTF-8, for a message: {@code line L, column C},
   * counted as the JSON parser counts them (lines end at LF, CR or CR LF; columns are bytes; both
   * from 1; a byte order mark at the start is not counted), at the first byte that makes them
   * ill-formed or, if they end inside a character, at the end; null if they are well-formed.
   * Reads the stream to that place, or to its end.
   *
   * @param in the stream, at the start of its text
   * @return the place, or null
   * @throws IOException if the stream fails
   */
  public static String firstBadPlace(InputStream in) throws IOException {
    Utf8 check = new Utf8();
    byte[] buf = new byte[1 << 16];
    long line = 1;
    long column = 1;
    boolean afterCr = false;
    boolean first = true;
    for (int n; (n = in.read(buf, 0, buf.length)) >= 0; ) {
      int m = check.check(buf, 0, n);
      int end = m >= 0 ? m : n;
      int i = 0;
      if (first && n > 0) {
        first = false;
        // a byte order mark, as the parser skips it (a block of fewer than three bytes at the
        // start is too short for one: the mark is then counted, which only a trickling stream
        // of a bad file can do)
        if (startsWithBom(buf, 0, end)) {
          i = BOM_LENGTH;
        }
      }
      for (; i < end; i++) {
        byte b = buf[i];
        if (b == '\n' && afterCr) {
          afterCr = false; // CR LF: one line break, counted at the CR
        } else if (b == '\n' || b == '\r') {
          line++;
          column = 1;
          afterCr = b == '\r';
        } else {
          column++;
          afterCr = false;
        }
      }
      if (m >= 0) {
        return "line " + line + ", column " + column;
      }
    }
    return check.cut() ? "line " + line + ", column " + column : null;
  }

  /**
   * Returns a stream of {@code in}'s bytes, checked by this check as they are read: the first byte
   * that makes them ill-formed is handed on as {@link #MARK} (see the class comment).
   *
   * @param in the stream, at the start of its text
   * @return the checked stream; closing it closes {@code in}
   */
  public InputStream checking(InputStream in) {
    source = in;
    return new Checked(in, this);
  }

  /**
   * Once the parser of a {@link #checking} stream has stopped with an error at byte {@code
   * stoppedAt}: if the bytes it was handed end inside a sequence that starts at or before that
   * byte, reads on (at most three bytes, never handed to the parser) to learn whether the sequence
   * is ill-formed, and if so marks it ({@link #marked()}, {@link #badFrom()}); an input that ends
   * there is not UTF-8 at its end ({@link #markCutEnd()}). The parser rejects a sequence's first
   * byte outside a string as soon as it has it, before the block that would complete the
   * sequence is read, so without this the same bytes would be judged differently depending on
   * where a block, or a pipe's write, ended. A parser that stopped before the sequence stopped for
   * a fault of its own: nothing is read (a writer may be waiting for the verdict).
   *
   * @param stoppedAt the offset of the byte the parser stopped at (or just past)
   * @throws IOException if the stream fails
   */
  public void settle(long stoppedAt) throws IOException {
    // a byte at a time, so as not to wait for bytes the sequence does not need; kept as one
    // block after the last, for byteAt
    byte[] more = new byte[3];
    int k = 0;
    long start = seen;
    keepTail();
    while (need > 0 && marked < 0 && source != null && stoppedAt >= lead && k < more.length) {
      int n = source.read(more, k, 1);
      if (n < 0) {
        markCutEnd();
      } else if (n > 0) {
        scan(more, k, k + 1);
        k++;
      }
    }
    if (k > 0) {
      remember(more, 0, k, start);
    }
  }

  /** A stream whose bytes are checked as they are read. */
  private static final class Checked extends FilterInputStream {
    private final Utf8 check;
    private final byte[] one = new byte[1];

    Checked(InputStream in, Utf8 check) {
      super(in);
      this.check = check;
    }

    @Override
    public int read() throws IOException {
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      // the array may be the one checked last (a parser refills its buffer): its last bytes first
      check.keepTail();
      int n = in.read(b, off, len);
      if (n > 0) {
        check.check(b, off, off + n);
      } else if (n < 0 && check.markCutEnd()) {
        // the input ends inside a sequence: the parser is handed the mark where the next byte
        // would have been, and stops there
        b[off] = MARK;
        check.remember(b, off, off + 1, check.marked);
        return 1;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      // skipped bytes would not be checked; the parser never skips
      throw new IOException("skip is not supported by a checked UTF-8 stream");
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}
