package org.vetcpd.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.testing.DomainArbitraries;

/**
 * {@link VetcpdJson#readPlans}, which reads a JSON Lines stream on several threads, gives what
 * reading it line by line with {@link VetcpdJson#streamPlans} gives: the same plans and the same
 * problems, line for line, in the same order, whatever the number of threads; and it stops, with
 * the caller's exception, when the caller's work fails.
 */
class ParallelPlanLinesProperties {
  /** Characters a line's byte may be replaced with. */
  private static final String CHARS = "{}[]:,\"\\ 0123456789.-eE\u0000\tnul\u00e9";

  @Provide
  Arbitrary<Dataset> datasets() {
    return DomainArbitraries.datasets();
  }

  /**
   * A stream of many lines (several batches of the parallel reader): the data set's plans,
   * repeated; some lines broken (a character replaced, or cut short), some blank, some longer
   * than a small line limit; CRLF line ends and a byte order mark at times.
   */
  private static String stream(Dataset ds, long seed, int copies) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder();
    if (r.nextInt(4) == 0) {
      b.append('\uFEFF');
    }
    int odds = r.nextBoolean() ? 20 : 5000; // some streams have few broken lines, or none
    for (int c = 0; c < copies; c++) {
      for (CpdPlan plan : ds.plans()) {
        String line = VetcpdJson.writeCompact(plan);
        int roll = r.nextInt(odds);
        if (roll == 0) {
          int at = r.nextInt(line.length());
          line = line.substring(0, at) + CHARS.charAt(r.nextInt(CHARS.length()))
              + line.substring(at + 1);
        } else if (roll == 1) {
          line = line.substring(0, r.nextInt(line.length()));
        } else if (roll == 2) {
          b.append(r.nextBoolean() ? "\n" : "  \r\n");
        }
        b.append(line).append(r.nextInt(5) == 0 ? "\r\n" : "\n");
      }
    }
    return b.toString();
  }

  private static List<String> lineByLine(byte[] doc, Dataset ds, JsonOptions options) {
    List<String> seen = new ArrayList<>();
    try (Stream<CpdPlan> plans = VetcpdJson.streamPlans(new ByteArrayInputStream(doc), ds,
        options)) {
      Iterator<CpdPlan> it = plans.iterator();
      while (true) {
        try {
          if (!it.hasNext()) {
            break;
          }
          seen.add("plan " + VetcpdJson.writeCompact(it.next()));
        } catch (ValidationException e) {
          seen.add("invalid " + e.problems());
        }
      }
    }
    return seen;
  }

  private static List<String> inParallel(byte[] doc, Dataset ds, JsonOptions options,
      int threads) {
    List<String> seen = new ArrayList<>();
    long plans = VetcpdJson.readPlans(new ByteArrayInputStream(doc), ds, options, threads,
        plan -> "plan " + VetcpdJson.writeCompact(plan), seen::add,
        e -> seen.add("invalid " + e.problems()));
    assertThat(plans).isEqualTo(seen.stream().filter(s -> s.startsWith("plan ")).count());
    return seen;
  }

  @Property(tries = 150)
  void theThreadsReadWhatLineByLineReads(@ForAll("datasets") Dataset ds,
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int threads,
      @ForAll boolean smallLimit) {
    Assume.that(!ds.plans().isEmpty());
    // enough copies for more than one batch (256 lines) most of the time
    int copies = 1 + (int) Math.floorMod(seed, 600L) / ds.plans().size();
    byte[] doc = stream(ds, seed, copies).getBytes(StandardCharsets.UTF_8);
    JsonOptions options = smallLimit
        ? JsonOptions.strict().withMaxLineLength(300) : JsonOptions.strict();
    List<String> expected = lineByLine(doc, ds, options);
    List<String> actual = inParallel(doc, ds, options, threads);
    assertThat(actual).isEqualTo(expected);
    long invalid = expected.stream().filter(s -> s.startsWith("invalid ")).count();
    Statistics.label("lines").collect(expected.size() < 256 ? "< 256" : ">= 256");
    Statistics.label("invalid lines").collect(invalid == 0 ? "none" : invalid < 10 ? "1-9"
        : "10+");
    Statistics.label("threads").collect(threads);
  }

  /**
   * Lines longer than a batch's bytes (256 KiB) go alone and are read one at a time: among short
   * lines, valid and not, they are read as line by line reads them.
   */
  @Example
  void longLinesAmongShortOnesAreReadAsLineByLine() {
    Dataset ds = DomainArbitraries.datasets()
        .filter(d -> !d.plans().isEmpty() && !d.plans().get(0).items().isEmpty()).sample();
    CpdPlan plan = ds.plans().get(0);
    String shortLine = VetcpdJson.writeCompact(plan);
    // the same items again and again: a line of about 300 KiB or more, valid or not
    String items = VetcpdJson.writeCompact(plan.items());
    // a thousandth of an hour each, so that the long plan stays within a year's hours
    String inner = items.substring(1, items.length() - 1)
        .replaceAll("\"hours\":[-+.0-9eE]+", "\"hours\":0.001");
    StringBuilder many = new StringBuilder("[");
    while (many.length() < 300 * 1024) {
      many.append(many.length() > 1 ? "," : "").append(inner);
    }
    String longLine = shortLine.replace(items, many.append(']'));
    assertThat(longLine.length()).isGreaterThan(300 * 1024);
    StringBuilder doc = new StringBuilder();
    Random r = new Random(7);
    for (int i = 0; i < 400; i++) {
      int roll = r.nextInt(10);
      doc.append(roll == 0 ? longLine : roll == 1 ? longLine.substring(0, 1000) : shortLine)
          .append('\n');
    }
    byte[] bytes = doc.toString().getBytes(StandardCharsets.UTF_8);
    List<String> expected = lineByLine(bytes, ds, JsonOptions.strict());
    assertThat(expected).anyMatch(l -> l.startsWith("invalid "))
        .anyMatch(l -> l.length() > 300 * 1024);
    for (int threads = 1; threads <= 3; threads++) {
      assertThat(inParallel(bytes, ds, JsonOptions.strict(), threads)).isEqualTo(expected);
    }
  }

  @Example
  void theCallersFailureStopsReadingAndReachesTheCaller() {
    Dataset ds = DomainArbitraries.datasets().filter(d -> !d.plans().isEmpty())
        .sample();
    String line = VetcpdJson.writeCompact(ds.plans().get(0)) + "\n";
    // an endless stream: reading must stop because the work failed, not because it ended
    InputStream endless = new InputStream() {
      private final byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      private int at;

      @Override
      public int read() {
        if (at == bytes.length) {
          at = 0;
        }
        return bytes[at++] & 0xff;
      }
    };
    AtomicInteger worked = new AtomicInteger();
    assertThatThrownBy(() -> VetcpdJson.readPlans(endless, ds, JsonOptions.strict(), 2,
        plan -> {
          if (worked.incrementAndGet() == 1000) {
            throw new IllegalStateException("work failed");
          }
          return plan;
        }, plan -> { }, e -> { }))
        .isInstanceOf(IllegalStateException.class).hasMessage("work failed");
  }

  @Example
  void aStreamThatFailsIsAnUncheckedIoException() {
    Dataset ds = DomainArbitraries.datasets().filter(d -> !d.plans().isEmpty()).sample();
    byte[] line = (VetcpdJson.writeCompact(ds.plans().get(0)) + "\n")
        .getBytes(StandardCharsets.UTF_8);
    InputStream failing = new InputStream() {
      private int at;

      @Override
      public int read() throws IOException {
        if (at == line.length * 700) {
          throw new IOException("disk gone");
        }
        return line[at++ % line.length] & 0xff;
      }
    };
    List<CpdPlan> read = new ArrayList<>();
    assertThatThrownBy(() -> VetcpdJson.readPlans(failing, ds, JsonOptions.strict(), 3,
        plan -> plan, read::add, e -> { }))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk gone");
    assertThat(read.size()).isLessThanOrEqualTo(700);
  }

  @Example
  void noThreadsIsAnError() {
    assertThatThrownBy(() -> VetcpdJson.readPlans(new ByteArrayInputStream(new byte[0]),
        Dataset.builder().build(), JsonOptions.strict(), 0, p -> p, p -> { }, e -> { }))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
  }
}
