package org.vetcpd.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.testing.DomainArbitraries;

/**
 * The streaming fast path of {@link VetcpdJson#readDataset(java.io.InputStream)} reads exactly
 * what the tree reader reads: every valid data set, the same value; and it gives up on anything
 * else, so that the problems always come from the tree reader (and are the same whichever way the
 * text comes in).
 */
class StreamingReaderProperties {
  @Provide
  Arbitrary<Dataset> datasets() {
    return DomainArbitraries.datasets();
  }

  @Provide
  Arbitrary<List<JsonFuzzProperties.Mutation>> mutations() {
    return new JsonFuzzProperties().mutations();
  }

  @Property(tries = 300)
  void theFastPathReadsEveryValidDataSetAsTheTreeReaderDoes(
      @ForAll("datasets") Dataset ds, @ForAll boolean compact) {
    String doc = compact ? VetcpdJson.writeCompact(ds) : VetcpdJson.write(ds);
    Dataset fast = VetcpdJson.readValidDataset(bytes(doc), JsonOptions.strict());
    assertThat(fast).isEqualTo(ds);
    assertThat(VetcpdJson.write(fast)).isEqualTo(VetcpdJson.write(ds));
  }

  @Property(tries = 1500)
  void theFastPathReadsOnlyWhatTheTreeReaderReads(@ForAll("datasets") Dataset ds,
      @ForAll("mutations") List<JsonFuzzProperties.Mutation> mutations, @ForAll boolean compact) {
    String valid = compact ? VetcpdJson.writeCompact(ds) : VetcpdJson.write(ds);
    // through UTF-8 and back, as a mutation may leave a lone surrogate that UTF-8 cannot carry
    String doc = new String(bytes(JsonFuzzProperties.mutate(valid, mutations)),
        StandardCharsets.UTF_8);
    Dataset fast = VetcpdJson.readValidDataset(bytes(doc), JsonOptions.strict());
    Statistics.collect(fast == null ? "gave up" : "read");
    if (fast != null) {
      Dataset tree = VetcpdJson.parseDataset(doc);
      assertThat(fast).isEqualTo(tree);
      assertThat(VetcpdJson.write(fast)).isEqualTo(VetcpdJson.write(tree));
    }
    assertThat(outcome(() -> VetcpdJson.readDataset(new ByteArrayInputStream(bytes(doc)))))
        .isEqualTo(outcome(() -> VetcpdJson.parseDataset(doc)));
  }

  /** Documents the fast path must give up on, though some of them are valid. */
  @Example
  void edgeCasesReadAsTheTextPathReadsThem() throws IOException {
    String valid = Files.readString(BrokenDocumentsTest.VALID);
    List<String> docs = List.of(
        valid,
        valid.replace("\"spanWeeks\": 4", "\"spanWeeks\": 4.0"),
        valid.replace("\"spanWeeks\": 4", "\"spanWeeks\": 4, \"spanWeeks\": 4"),
        valid.replace("\"hours\": 30", "\"hours\": 30, \"hours\": 30"),
        valid.replace("\"hours\": 30", "\"hours\": 300000000000"),
        valid.replace("\"hours\": 30", "\"hours\": 30000000000000000000000000"),
        valid.replace("\"hours\": 30", "\"hours\": 1e400"),
        valid.replace("\"HIGH\", \"PEDAGOGICAL\": \"LOW\"", "\"HIGH\", \"VOCATIONAL\": \"LOW\""),
        valid.replace("\"programmes\": [\"RM\"]}]", "\"programmes\": [\"RM\", \"RM\"]}]"),
        valid.replace("\"drivers\": [\"k1\"]", "\"drivers\": [\"k1\", \"k1\"]"),
        valid.replace("\"drivers\": [\"k1\"]", "\"drivers\": []"),
        valid.replace("\"drivers\": [\"k1\"]", "\"drivers\": null"),
        valid.replace("\"barriers\": [\"NO_SUBSTITUTE_COVER\"]", "\"barriers\": []"),
        valid.replace("\"formatVersion\": 1,", ""),
        valid.replace("\"formatVersion\": 1,", "\"formatVersion\": 1.0,"),
        valid.replace("\"formatVersion\": 1,", "\"formatVersion\": 1, \"formatVersion\": 1,"),
        valid.replace("\"period\": \"2026/27\"", "\"period\": \"2026/27\", \"extra\": 1"),
        valid.replace("\"t1\", \"period\"", "\"t99\", \"period\""),
        valid + " ",
        valid + " {}",
        "\uFEFF" + valid,
        valid.replace("Fjord VGS", "Fjord V\u00f8GS \uD83D\uDE00"),
        valid.replace("\"name\": \"Food\"", "\"name\": \"" + "x".repeat(40) + "\""));
    assertThat(docs.stream().distinct()).hasSameSizeAs(docs);
    for (String doc : docs) {
      assertThat(outcome(() -> VetcpdJson.readDataset(new ByteArrayInputStream(bytes(doc)))))
          .as(doc)
          .isEqualTo(outcome(() -> VetcpdJson.parseDataset(doc)));
    }
    JsonOptions shortStrings = JsonOptions.builder().maxStringLength(3).build();
    assertThat(outcome(() -> VetcpdJson.readDataset(
            new ByteArrayInputStream(bytes(valid)), shortStrings)))
        .isEqualTo(outcome(() -> VetcpdJson.parseDataset(valid, shortStrings)))
        .startsWith("problems");
  }

  private interface Read {
    Dataset read();
  }

  /** The data set written out, or the problems. */
  private static String outcome(Read read) {
    try {
      return VetcpdJson.write(read.read());
    } catch (ValidationException e) {
      return "problems " + e.problems();
    }
  }

  private static byte[] bytes(String doc) {
    return doc.getBytes(StandardCharsets.UTF_8);
  }
}
