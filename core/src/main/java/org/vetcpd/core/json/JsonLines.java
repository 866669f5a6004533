package org.vetcpd.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

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
  private byte[] line = new byte[1 << 10];
  private int length;
  private int start;
  private int number;
  private boolean tooLong;
  private boolean first = true;
  private boolean eof;

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

  private boolean readLine() {
    if (eof) {
      return false;
    }
    length = 0;
    start = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (chunkPos == chunkEnd && !fill()) {
        eof = true;
        if (!any) {
          return false;
        }
        break;
      }
      any = true;
      int nl = -1;
      for (int i = chunkPos; i < chunkEnd; i++) {
        if (chunk[i] == '\n') {
          nl = i;
          break;
        }
      }
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
      if (length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB
          && line[2] == (byte) 0xBF) {
        start = 3;
      }
    }
    // the limit is on the line's content: a byte order mark and the CR of a CRLF do not count
    if (!tooLong && length - start - (length > start && line[length - 1] == '\r' ? 1 : 0)
        > limit) {
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
    for (int i = start; i < length; i++) {
      byte b = line[i];
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

  byte[] bytes() {
    return line;
  }

  int start() {
    return start;
  }

  int length() {
    return length - start;
  }
}
