package org.vetcpd.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link JsonLines} cuts a stream into the lines that a plain byte-by-byte split gives (the
 * independent computation), whether a line lies inside one read chunk (read in place) or spans
 * several (gathered), and its newline scan of eight bytes at a time finds the first newline.
 */
class JsonLinesProperties {

  /** Bytes near a newline's bits (0x0A, 0x0B, 0x8A, 0x09, 0x00, 0xFF) and ordinary ones. */
  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.of((byte) 0x0A, (byte) 0x0B, (byte) 0x8A, (byte) 0x09, (byte) 0x00,
            (byte) 0xFF, (byte) 'a', (byte) '{', (byte) 0x1A, (byte) 0x0A)
        .array(byte[].class).ofMaxSize(40);
  }

  @Property(tries = 3000)
  void theNewlineScanFindsTheFirstNewline(@ForAll("bytes") byte[] a,
      @ForAll @IntRange(max = 40) int from, @ForAll @IntRange(max = 40) int to) {
    int f = Math.min(from, a.length);
    int t = Math.max(f, Math.min(to, a.length));
    int expected = -1;
    for (int i = f; i < t; i++) {
      if (a[i] == '\n') {
        expected = i;
        break;
      }
    }
    Statistics.collect(expected < 0 ? "none" : expected - f < 8 ? "in the first word" : "later");
    assertThat(JsonLines.newline(a, f, t)).isEqualTo(expected);
  }

  /** Lines of 0 to 150 000 bytes: most fit a 64 KiB chunk, some span two or three. */
  @Provide
  Arbitrary<List<Integer>> lengths() {
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(0, 300)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(60_000, 150_000)))
        .list().ofMaxSize(12);
  }

  @Property(tries = 200)
  void linesAreThoseOfAPlainSplit(@ForAll("lengths") List<Integer> lengths,
      @ForAll @IntRange(min = 1, max = 70_000) int readSize, @ForAll boolean finalNewline) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < lengths.size(); i++) {
      char[] c = new char[lengths.get(i)];
      Arrays.fill(c, (char) ('a' + i % 26));
      String line = new String(c);
      if (!line.isEmpty()) {
        expected.add(line);
      }
      out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
      if (i < lengths.size() - 1 || finalNewline) {
        out.write('\n');
      }
    }
    byte[] all = out.toByteArray();
    // a stream that hands out at most readSize bytes a read, as a pipe may
    InputStream in = new java.io.ByteArrayInputStream(all) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, readSize));
      }
    };
    JsonLines lines = new JsonLines(in, 1 << 20);
    List<String> read = new ArrayList<>();
    while (lines.next()) {
      assertThat(lines.tooLong()).isFalse();
      read.add(new String(lines.bytes(), lines.start(), lines.length(), StandardCharsets.UTF_8));
    }
    Statistics.label("longest line").collect(
        lengths.stream().mapToInt(Integer::intValue).max().orElse(0) > 65_536 ? "spans chunks"
            : "fits a chunk");
    assertThat(read).isEqualTo(expected);
  }
}
