package org.vetcpd.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.vetcpd.core.internal.Utf8;

/**
 * The lines of a JSON Lines byte stream, one at a time, each held only up to a limit: a longer
 * line is skipped to its end and flagged, never held whole. A UTF-8 byte order mark at the start
 * is ignored; blank lines are skipped.
 *
 * <p>Instances are mutable and not thread-safe.
 */
final class JsonLines {
  /** Bytes held past the limit: a byte order mark (3) and a CR (1), which it does not count. */
  private static final int SLACK = 4;

  private final InputStream in;
  private final long limit;
  /** The most bytes of a line held: the limit and the slack. */
  private final long held;
  private final byte[] chunk = new byte[1 << 16];
  private int chunkPos;
  private int chunkEnd;
  /** Where a line that spans chunks is gathered; a line inside one chunk is read in place. */
  private byte[] line = new byte[1 << 10];
  /** The current line: its bytes are {@code buf[off]} to {@code buf[off + length]}. */
  private byte[] buf = line;
  private int off;
  private int length;
  private int start;
  private int number;
  private boolean tooLong;
  private boolean first = true;
  private boolean eof;

  /** Eight bytes of an array at once, for the newline scan. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  JsonLines(InputStream in, long limit) {
    this.in = in;
    this.limit = limit;
    this.held = limit > Long.MAX_VALUE - SLACK ? Long.MAX_VALUE : limit + SLACK;
  }

  /** Moves to the next line that is not blank; false at the end of the stream. */
  boolean next() {
    while (true) {
      if (!readLine()) {
        return false;
      }
      if (tooLong || !blank()) {
        return true;
      }
    }
  }

  /**
   * The index of the first {@code '\n'} in {@code a[from..to)}, or -1: eight bytes at a time (a
   * byte equal to a newline is a zero byte of the word XORed with newlines; the lowest such byte
   * is found exactly), then one at a time.
   */
  static int newline(byte[] a, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long v = (long) LONGS.get(a, i) ^ NEWLINES;
      long zeros = (v - ONES) & ~v & HIGHS;
      if (zeros != 0) {
        return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (a[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private boolean readLine() {
    if (eof) {
      return false;
    }
    length = 0;
    start = 0;
    tooLong = false;
    buf = line;
    off = 0;
    boolean any = false;
    while (true) {
      if (chunkPos == chunkEnd && !fill()) {
        eof = true;
        if (!any) {
          return false;
        }
        break;
      }
      int nl = newline(chunk, chunkPos, chunkEnd);
      if (!any && nl >= 0) {
        // the whole line is in the chunk: read in place, not copied
        buf = chunk;
        off = chunkPos;
        length = nl - chunkPos;
        if (length > held) {
          tooLong = true;
        }
        chunkPos = nl + 1;
        break;
      }
      any = true;
      int end = nl < 0 ? chunkEnd : nl;
      append(chunkPos, end - chunkPos);
      chunkPos = nl < 0 ? chunkEnd : nl + 1;
      if (nl >= 0) {
        break;
      }
    }
    number++;
    if (first) {
      first = false;
      if (Utf8.startsWithBom(buf, off, off + length)) {
        start = Utf8.BOM_LENGTH;
      }
    }
    // the limit is on the line's content: a byte order mark and the CR of a CRLF do not count
    if (!tooLong && length - start
        - (length > start && buf[off + length - 1] == '\r' ? 1 : 0) > limit) {
      tooLong = true;
    }
    return true;
  }

  private void append(int from, int n) {
    if (tooLong || n == 0) {
      return;
    }
    if ((long) length + n > held) {
      // the rest of the line is read past, not held
      tooLong = true;
      return;
    }
    if (length + n > line.length) {
      // never more than the limit: a line just under it is held in an array of its size
      line = Arrays.copyOf(line, (int) Math.min(Math.max(line.length * 2L, length + n),
          Math.min(held, Integer.MAX_VALUE - 16)));
      buf = line;
    }
    System.arraycopy(chunk, from, line, length, n);
    length += n;
  }

  private boolean fill() {
    try {
      int n = in.read(chunk);
      if (n <= 0) {
        return false;
      }
      chunkPos = 0;
      chunkEnd = n;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean blank() {
    for (int i = off + start, end = off + length; i < end; i++) {
      byte b = buf[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  int number() {
    return number;
  }

  boolean tooLong() {
    return tooLong;
  }

  /** The current line's bytes, valid until the next call of {@link #next}. */
  byte[] bytes() {
    return buf;
  }

  int start() {
    return off + start;
  }

  int length() {
    return length - start;
  }
}
