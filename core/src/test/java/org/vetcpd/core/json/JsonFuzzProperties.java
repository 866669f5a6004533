package org.vetcpd.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.testing.DomainArbitraries;

/**
 * Fuzzing the reader: valid documents, mutated at the level of tokens and of characters (deleted,
 * duplicated, swapped, replaced, truncated; nulls, strings for numbers, huge numbers, deep nesting
 * inserted), either read as a valid data set or fail with {@link ValidationException} &mdash;
 * never another exception type, never a partly built value, never a hang.
 *
 * <p>The time guard only catches hangs (a generous bound per document); it does not measure speed.
 */
class JsonFuzzProperties {
  private static final Duration HANG = Duration.ofSeconds(20);
  /** JSON tokens; possessive quantifiers, so that long strings do not overflow the regex stack. */
  private static final Pattern TOKEN = Pattern.compile(
      "\"(?:[^\"\\\\]++|\\\\.)*+\"|-?\\d++(?:\\.\\d++)?+(?:[eE][+-]?\\d++)?+|true|false|null"
          + "|[{}\\[\\]:,]|\\s+|.",
      Pattern.DOTALL);

  /** Tokens inserted or substituted: wrong types, nulls, non-numbers, huge numbers, nesting. */
  private static final List<String> PALETTE = List.of(
      "null", "\"5\"", "5", "-1", "0", "-0.0", "2.7", "1e400", "-1e400", "1e-400",
      "99999999999999999999999999999", "123456789012345678901234567890123456789012345678901234567890"
          + "123456789012345678901234567890",
      "NaN", "Infinity", "-Infinity", "true", "false", "\"\"", "\" \"", "\"NONE\"", "\"HIGH\"",
      "\"VOCATIONAL\"", "\"t1\"", "\"a1\"", "\"k1\"", "{}", "[]", "[null]", "{\"x\": 1}",
      "\"\\u0000\"", "\"\\ud800\"", "\"\\uZZZZ\"", "\"\\", "'single'", "//", "/* c */", "\u0000",
      "\uFEFF", "\"formatVersion\"", "\"items\"", "\"drivers\"", "\"hours\"", "\"areas\"",
      "[".repeat(200) + "]".repeat(200), "{\"a\":".repeat(100) + "1" + "}".repeat(100),
      "[".repeat(300), "\"" + "x".repeat(2000) + "\"", ",", ":", "{", "}", "[", "]");

  /** Characters inserted or substituted, a lone surrogate among them. */
  private static final String CHARS =
      "{}[]:,\"\\ 0123456789.-+eE\u0000\u001f\n\tnulltrfas\u00e9\u00f8\uD83D";

  /** One edit of a document; the ints pick positions and palette entries modulo their range. */
  record Mutation(int kind, int at, int other, int pick) {}

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<Mutation> m = Combinators.combine(
            Arbitraries.integers().between(0, 10),
            Arbitraries.integers().greaterOrEqual(0),
            Arbitraries.integers().greaterOrEqual(0),
            Arbitraries.integers().greaterOrEqual(0))
        .as(Mutation::new);
    return m.list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<Dataset> datasets() {
    return DomainArbitraries.datasets();
  }

  @Property(tries = 1500)
  void mutatedDataSetsReadWholeOrFailWithProblems(@ForAll("datasets") Dataset ds,
      @ForAll("mutations") List<Mutation> mutations, @ForAll boolean compact) {
    String valid = compact ? VetcpdJson.writeCompact(ds) : VetcpdJson.write(ds);
    String doc = mutate(valid, mutations);
    String outcome = assertTimeoutPreemptively(HANG, () -> readDataset(doc));
    Statistics.collect(outcome);
  }

  @Property(tries = 300)
  void mutatedDataSetsReadLenientlyAlsoReadWholeOrFail(@ForAll("datasets") Dataset ds,
      @ForAll("mutations") List<Mutation> mutations) {
    String doc = mutate(VetcpdJson.write(ds), mutations);
    JsonOptions lenient = JsonOptions.builder().allowUnknownFields(true).maxNestingDepth(16)
        .maxStringLength(1000).build();
    assertTimeoutPreemptively(HANG, () -> {
      try {
        checkWhole(VetcpdJson.parseDataset(doc, lenient));
      } catch (ValidationException e) {
        checkProblems(e);
      }
    });
  }

  @Property(tries = 400)
  void mutatedPlanLinesStreamWholeOrFailWithProblems(@ForAll("datasets") Dataset ds,
      @ForAll("mutations") List<Mutation> mutations) {
    net.jqwik.api.Assume.that(!ds.plans().isEmpty());
    StringBuilder lines = new StringBuilder();
    for (CpdPlan plan : ds.plans()) {
      lines.append(VetcpdJson.writeCompact(plan)).append('\n');
    }
    String doc = mutate(lines.toString(), mutations);
    assertTimeoutPreemptively(HANG, () -> {
      List<CpdPlan> read = new ArrayList<>();
      try (Stream<CpdPlan> plans = VetcpdJson.streamPlans(
          new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), ds,
          JsonOptions.strict())) {
        plans.forEach(read::add);
      } catch (ValidationException e) {
        checkProblems(e);
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.path()).startsWith("line "));
      }
      for (CpdPlan plan : read) {
        assertThat(ds.problemsOf(plan)).isEmpty();
        assertThat(CpdPlan.builder().from(plan).build()).isEqualTo(plan);
      }
    });
  }

  private static String readDataset(String doc) {
    try {
      Dataset read = VetcpdJson.parseDataset(doc);
      checkWhole(read);
      return "read";
    } catch (ValidationException e) {
      checkProblems(e);
      return "problems";
    }
  }

  /** A value that was read is whole: it passes every check again and round-trips. */
  private static void checkWhole(Dataset read) {
    assertThat(read).isNotNull();
    assertThat(Dataset.builder().from(read).build()).isEqualTo(read);
    assertThat(VetcpdJson.parseDataset(VetcpdJson.write(read))).isEqualTo(read);
  }

  private static void checkProblems(ValidationException e) {
    assertThat(e.problems()).isNotEmpty();
    for (Problem p : e.problems()) {
      assertThat(p.message()).isNotBlank();
      assertThat(p.toString()).doesNotContain("com.fasterxml.jackson.databind.exc");
    }
  }

  static String mutate(String doc, List<Mutation> mutations) {
    String text = doc;
    for (Mutation m : mutations) {
      text = apply(text, m);
    }
    return text;
  }

  private static String apply(String text, Mutation m) {
    if (m.kind() >= 6) {
      return applyToCharacters(text, m);
    }
    List<String> tokens = tokens(text);
    if (tokens.isEmpty()) {
      return PALETTE.get(m.pick() % PALETTE.size());
    }
    int i = m.at() % tokens.size();
    int j = m.other() % tokens.size();
    String palette = PALETTE.get(m.pick() % PALETTE.size());
    switch (m.kind()) {
      case 0 -> tokens.remove(i);
      case 1 -> tokens.add(i, tokens.get(i));
      case 2 -> {
        String t = tokens.get(i);
        tokens.set(i, tokens.get(j));
        tokens.set(j, t);
      }
      case 3 -> tokens.set(i, palette);
      case 4 -> tokens.add(i, palette);
      default -> tokens.set(i, tokens.get(j));
    }
    return String.join("", tokens);
  }

  private static String applyToCharacters(String text, Mutation m) {
    if (text.isEmpty()) {
      return text;
    }
    int i = m.at() % text.length();
    int j = m.other() % (text.length() + 1);
    char c = CHARS.charAt(m.pick() % CHARS.length());
    return switch (m.kind()) {
      case 6 -> text.substring(0, i) + text.substring(i + 1);
      case 7 -> text.substring(0, i) + c + text.substring(i + 1);
      case 8 -> text.substring(0, i) + c + text.substring(i);
      case 9 -> text.substring(0, j);
      default -> {
        int from = Math.min(i, j);
        int to = Math.min(text.length(), Math.max(i, j));
        yield text.substring(0, to) + text.substring(from, to) + text.substring(to);
      }
    };
  }

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
