package org.vetcpd.examples.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.rules.TailoringReport;
import org.vetcpd.rules.TailoringScorer;

/**
 * A 10 000-plan data set: reading and scoring it, against Jackson parsing the same bytes into a
 * tree ({@link #baselineJacksonReadTree()}); scoring all plans on one core and on every core;
 * and scoring them with their recommendations.
 *
 * <p>The forks touch their whole heap when they start ({@code -XX:+AlwaysPreTouch}). Without it,
 * the first seconds of a fork run while the collector's young generation grows into memory the
 * process has never written, and each new page costs a fault: {@code scoreAll} took about 20 ms
 * for its first 300 calls (six seconds, longer than the warm-up) and 10 to 12 ms after, so a
 * short run measured the page faults, and the parallel speed-up came out above 2 (up to 3.65).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class CohortBenchmark {
  private byte[] document;
  private byte[] brokenDocument;
  private Dataset dataset;
  private final ObjectMapper plainJackson = new ObjectMapper();
  private final TailoringScorer scorer = TailoringScorer.standard();

  /**
   * Every plan's number of items, or {@code mixed} (the default): the cohort's own mix of 1 to 16.
   * Another size is given on JMH's command line, {@code -p items=4,12}, to vary the plans' shape
   * as {@code ReadCpuTime}'s ITEMS argument does.
   */
  @Param({"mixed"})
  public String items;

  /** Builds the 10 000-plan data set and its JSON bytes. */
  @Setup
  public void setUp() {
    dataset = ReadCpuTime.cohort(10_000, "mixed".equals(items) ? -1 : Integer.parseInt(items));
    document = VetcpdJson.writeCompact(dataset).getBytes(StandardCharsets.UTF_8);
    // the same document with about ten problems a plan: every item's hours negative, every
    // item's flags strings, every plan's leader involvement unknown
    brokenDocument = VetcpdJson.writeCompact(dataset)
        .replace("\"hours\":", "\"hours\":-")
        .replace("\"timeAllocated\":true", "\"timeAllocated\":\"yes\"")
        .replace("\"leaderInvolvement\":\"", "\"leaderInvolvement\":\"X")
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reject the same-size document with about ten problems a plan: every problem is counted, the
   * first {@code maxProblems} listed.
   *
   * @return the number of problems listed
   */
  @Benchmark
  public int rejectBroken() {
    try {
      VetcpdJson.readDataset(new ByteArrayInputStream(brokenDocument));
      throw new IllegalStateException("the broken document read");
    } catch (ValidationException e) {
      return e.problems().size();
    }
  }

  /**
   * Jackson alone: parse the document into a tree. The baseline.
   *
   * @return the tree
   * @throws IOException never, the bytes are in memory
   */
  @Benchmark
  public JsonNode baselineJacksonReadTree() throws IOException {
    return plainJackson.readTree(document);
  }

  private final JsonFactory tokens = ReadCpuTime.tokenFactory();

  /**
   * Jackson's token stream alone, the floor of any reader over {@code JsonParser}: every token of
   * the document, each string's text and each number's value, as a reader needs them, and
   * nothing built ({@link ReadCpuTime#tokens}). Not a target; it shows how much of {@link
   * #readOnly} is the parser's own.
   *
   * @return a sum over the tokens, so that nothing is left out
   * @throws IOException never, the bytes are in memory
   */
  @Benchmark
  public long floorJacksonTokens() throws IOException {
    return ReadCpuTime.tokens(tokens, document);
  }

  /**
   * Read the document strictly into a validated data set, then score every plan.
   *
   * @return the reports
   */
  @Benchmark
  public List<TailoringReport> readAndScore() {
    Dataset ds = VetcpdJson.readDataset(new ByteArrayInputStream(document));
    return scorer.scoreAll(ds);
  }

  /**
   * Read the document strictly into a validated data set.
   *
   * @return the data set
   */
  @Benchmark
  public Dataset readOnly() {
    return VetcpdJson.readDataset(new ByteArrayInputStream(document));
  }

  /**
   * Score every plan of the data set on one thread. The scorer keeps what it resolved of the data
   * set (softly), so a call finds it resolved by the calls before; {@link #readAndScore} resolves
   * each new data set.
   *
   * @return the reports
   */
  @Benchmark
  public List<TailoringReport> scoreAllSequential() {
    return scorer.scoreAll(dataset);
  }

  /**
   * Score every plan of the data set on one thread and compute every report's recommendations
   * (each candidate edit applied to its plan's running sums).
   *
   * @return the number of recommendations
   */
  @Benchmark
  public int scoreAllWithRecommendations() {
    int n = 0;
    for (TailoringReport r : scorer.scoreAll(dataset)) {
      n += r.recommendations().size();
    }
    return n;
  }

  /**
   * Score every plan of the data set on every core: in chunks of plans over one resolved
   * catalogue (kept as for {@link #scoreAllSequential}). Its target is within 10 % of twice
   * {@link #scoreAllSequential} on two cores.
   *
   * @return the reports
   */
  @Benchmark
  public List<TailoringReport> scoreAllParallel() {
    return scorer.scoreAllParallel(dataset);
  }
}
