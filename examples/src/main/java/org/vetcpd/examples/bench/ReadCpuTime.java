package org.vetcpd.examples.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.research.SyntheticCohort;
import org.vetcpd.rules.TailoringScorer;

/**
 * The reading targets of {@link CohortBenchmark} measured in thread CPU time rather than wall
 * time: on a shared machine, wall time counts other tenants' load and the collector's threads,
 * and a JMH round's ratio moves by tens of percent with them. Each round runs, one right after the
 * other on this thread, Jackson's {@code readTree}, the token floor ({@link
 * CohortBenchmark#floorJacksonTokens}), {@code readDataset} and {@code readDataset} + {@code
 * scoreAll} on the same generated document (the order rotates from round to round), and takes
 * each one's CPU time; the ratios printed are the medians of the rounds' own ratios.
 *
 * <p>Collection work done on the collector's threads is not counted, which favours the tree: it
 * allocates about three times what the reader does. Run from the repository root:
 *
 * <pre>{@code
 * java -Xms2g -Xmx2g -XX:+AlwaysPreTouch -cp examples/target/vetcpd.jar org.vetcpd.examples.bench.ReadCpuTime [PLANS] [ROUNDS] [ITEMS]
 * }</pre>
 *
 * (defaults 10 000 plans, the document of {@link CohortBenchmark}, and 60 rounds after 15 of
 * warm-up; ITEMS gives every plan that many items, where the cohort's own plans have 1 to 16).
 */
public final class ReadCpuTime {
  private static final String[] NAMES = {"readTree", "tokens", "readOnly", "readAndScore"};

  private final byte[] document;
  private final ObjectMapper mapper = new ObjectMapper();
  private final JsonFactory tokens = tokenFactory();
  private final TailoringScorer scorer = TailoringScorer.standard();
  private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
  /** Results are summed here, so that no run's work can be left out. */
  private long sink;

  private ReadCpuTime(byte[] document) {
    this.document = document;
  }

  /**
   * Runs the rounds and prints the medians.
   *
   * @param args the number of plans and of measured rounds, both optional
   */
  public static void main(String[] args) {
    int[] plansAndRounds = plansAndRounds(args, "ReadCpuTime", 1, 60);
    int plans = plansAndRounds[0];
    int rounds = plansAndRounds[1];
    byte[] document = VetcpdJson.writeCompact(cohort(plans, plansAndRounds[2]))
        .getBytes(StandardCharsets.UTF_8);
    new ReadCpuTime(document).run(rounds, System.out);
    exitIfNotWritten(System.out, "ReadCpuTime");
  }

  private void run(int rounds, PrintStream out) {
    int warmUp = 15;
    double[][] ms = new double[NAMES.length][rounds];
    for (int r = -warmUp; r < rounds; r++) {
      for (int k = 0; k < NAMES.length; k++) {
        int which = Math.floorMod(k + r, NAMES.length);
        long start = cpu.getCurrentThreadCpuTime();
        sink += once(which);
        long took = cpu.getCurrentThreadCpuTime() - start;
        if (r >= 0) {
          ms[which][r] = took / 1e6;
        }
      }
    }
    out.printf(Locale.ROOT, "%d bytes, %d rounds after %d of warm-up; thread CPU time, medians%n",
        document.length, rounds, warmUp);
    for (int k = 0; k < NAMES.length; k++) {
      out.printf(Locale.ROOT, "  %-12s %7.1f ms%n", NAMES[k], median(ms[k]));
    }
    out.printf(Locale.ROOT, "  tokens / readTree        %.2f (no target)%n", ratio(ms[1], ms[0]));
    out.printf(Locale.ROOT, "  readOnly / readTree      %.2f (target <= 1.0)%n",
        ratio(ms[2], ms[0]));
    out.printf(Locale.ROOT, "  readAndScore / readTree  %.2f (target <= 1.2)%n",
        ratio(ms[3], ms[0]));
    out.printf(Locale.ROOT, "  readOnly / tokens        %.2f (no target)%n", ratio(ms[2], ms[1]));
    if (sink == 42) {
      out.println(); // never: the sum only keeps the work from being left out
    }
  }

  private long once(int which) {
    try {
      switch (which) {
        case 0:
          return mapper.readTree(document).size();
        case 1:
          return tokens(tokens, document);
        case 2:
          return VetcpdJson.readDataset(new ByteArrayInputStream(document)).plans().size();
        default:
          Dataset ds = VetcpdJson.readDataset(new ByteArrayInputStream(document));
          return scorer.scoreAll(ds).size();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The parser factory of the token floor: Jackson's defaults, numbers by its fast parser. */
  static JsonFactory tokenFactory() {
    return JsonFactory.builder().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();
  }

  /**
   * The token floor: every token of the document, each string's text and each number's value, as
   * a reader needs them, and nothing built.
   *
   * @return a sum over the tokens, so that nothing is left out
   */
  static long tokens(JsonFactory factory, byte[] document) throws IOException {
    long sum = 0;
    try (JsonParser p = factory.createParser(document)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case FIELD_NAME:
            sum += p.currentName().length();
            break;
          case VALUE_STRING:
            sum += p.getText().length();
            break;
          case VALUE_NUMBER_INT:
          case VALUE_NUMBER_FLOAT:
            sum += (long) p.getDoubleValue();
            break;
          default:
            sum++;
        }
      }
    }
    return sum;
  }

  /** The median of the rounds' own ratios {@code a[r] / b[r]}. */
  private static double ratio(double[] a, double[] b) {
    double[] r = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[i] / b[i];
    }
    return median(r);
  }

  /**
   * The optional arguments {@code [PLANS [ROUNDS [ITEMS]]]} of a measuring tool: whole numbers,
   * PLANS at least {@code minPlans}, ROUNDS at least 1 and ITEMS (every plan's items) from 1 to
   * 2 000; 10 000 plans, {@code defaultRounds} rounds and the cohort's own mix of 1 to 16 items a
   * plan (returned as -1) when left out. Anything else prints a usage line and exits with
   * status 2.
   *
   * @return plans, rounds and items
   */
  static int[] plansAndRounds(String[] args, String tool, int minPlans, int defaultRounds) {
    int plans;
    int rounds;
    int items;
    try {
      plans = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
      rounds = args.length > 1 ? Integer.parseInt(args[1]) : defaultRounds;
      items = args.length > 2 ? Integer.parseInt(args[2]) : -1;
    } catch (NumberFormatException e) {
      plans = 0;
      rounds = 0;
      items = 0;
    }
    if (plans < minPlans || rounds < 1 || items == 0 || items < -1 || items > 2_000
        || args.length > 3) {
      System.err.println("usage: " + tool + " [PLANS [ROUNDS [ITEMS]]]  (whole numbers, PLANS at"
          + " least " + minPlans + ", ROUNDS at least 1, ITEMS a plan from 1 to 2000; defaults"
          + " 10000, " + defaultRounds + " and 1 to 16 items a plan)");
      System.exit(2);
    }
    return new int[] {plans, rounds, items};
  }

  /** The cohort the tools measure: {@code items} a plan, or 1 to 16 when -1. */
  static Dataset cohort(int plans, int items) {
    return SyntheticCohort.generate(plans, items, 42L);
  }

  /**
   * Exits with status 1 and a line on stderr if standard output could not be written (a full
   * disk, a closed pipe): {@code PrintStream} only records the failure, and the figures are the
   * tool's whole result.
   */
  static void exitIfNotWritten(PrintStream out, String tool) {
    if (out.checkError()) {
      System.err.println(tool + ": could not write the results to standard output");
      System.exit(1);
    }
  }

  /** The median of {@code values} (the mean of the middle two when there are evenly many). */
  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** The median of the rounds' own ratios {@code a[r] / b[r]}, with the quartiles. */
  static String roundRatios(double[] a, double[] b) {
    double[] ratios = new double[a.length];
    for (int r = 0; r < a.length; r++) {
      ratios[r] = a[r] / b[r];
    }
    Arrays.sort(ratios);
    return String.format(Locale.ROOT, "%.2f (%.2f to %.2f)", median(ratios),
        ratios[ratios.length / 4], ratios[(3 * ratios.length) / 4]);
  }
}
