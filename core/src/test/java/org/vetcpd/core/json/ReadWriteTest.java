package org.vetcpd.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.testing.DomainArbitraries;

/** Streams and files: who closes what, the written form, and sharing between threads. */
class ReadWriteTest {
  @TempDir Path dir;

  @Test
  void readingAStreamDoesNotCloseIt() throws IOException {
    byte[] bytes = Files.readAllBytes(BrokenDocumentsTest.VALID);
    AtomicBoolean closed = new AtomicBoolean();
    ByteArrayInputStream in = new ByteArrayInputStream(bytes) {
      @Override
      public void close() {
        closed.set(true);
      }
    };
    assertThat(VetcpdJson.readDataset(in).plans()).hasSize(1);
    assertThat(closed).isFalse();
  }

  /** A Latin-1 file read as UTF-8 must not silently turn "Bjørn" into "Bj\uFFFDrn". */
  @Test
  void bytesThatAreNotUtf8AreAProblem() throws IOException {
    String valid = Files.readString(BrokenDocumentsTest.VALID);
    byte[] latin1 = valid.replace("Fjord VGS", "Fjord V\u00f8GS")
        .getBytes(StandardCharsets.ISO_8859_1);
    Path file = Files.write(dir.resolve("latin1.json"), latin1);
    // the place is named: the line and column of the first byte that is not UTF-8
    List<Problem> expected = List.of(new Problem("schools[0].name",
        "the document is not valid UTF-8 at line 8, column 34"));
    for (ThrowingRead read : List.<ThrowingRead>of(
        () -> VetcpdJson.readDataset(file),
        () -> VetcpdJson.readDataset(new ByteArrayInputStream(latin1)))) {
      assertThatThrownBy(read::read).isInstanceOfSatisfying(ValidationException.class,
          e -> assertThat(e.problems()).isEqualTo(expected));
    }
    // the same text, encoded properly, reads
    Path utf8 = Files.write(dir.resolve("utf8.json"), valid.replace("Fjord VGS", "Fjord V\u00f8GS")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(VetcpdJson.readDataset(utf8).schools().get(0).name()).isEqualTo("Fjord V\u00f8GS");
  }

  /**
   * The reader matches the field it expects next on bytes and reads any other name as usual: a
   * document with every object's fields in reverse order reads to the same data set, and so does
   * one written compactly, and one whose objects each miss their first declared field's place.
   */
  @Test
  void fieldsReadInAnyOrder() throws IOException {
    Dataset ds = VetcpdJson.readDataset(BrokenDocumentsTest.VALID);
    ObjectMapper m = new ObjectMapper();
    JsonNode tree = m.readTree(VetcpdJson.writeCompact(ds));
    String reversed = m.writeValueAsString(reverse(tree, m));
    assertThat(reversed).isNotEqualTo(VetcpdJson.writeCompact(ds));
    assertThat(VetcpdJson.parseDataset(reversed)).isEqualTo(ds);
    assertThat(VetcpdJson.parseDataset(VetcpdJson.writeCompact(ds))).isEqualTo(ds);
    assertThat(VetcpdJson.readDataset(new ByteArrayInputStream(
        reversed.getBytes(StandardCharsets.UTF_8)))).isEqualTo(ds);
  }

  private static JsonNode reverse(JsonNode n, ObjectMapper m) {
    if (n.isObject()) {
      List<String> names = new ArrayList<>();
      n.fieldNames().forEachRemaining(names::add);
      ObjectNode out = m.createObjectNode();
      for (int i = names.size() - 1; i >= 0; i--) {
        out.set(names.get(i), reverse(n.get(names.get(i)), m));
      }
      return out;
    }
    if (n.isArray()) {
      ArrayNode out = m.createArrayNode();
      n.forEach(e -> out.add(reverse(e, m)));
      return out;
    }
    return n;
  }

  private interface ThrowingRead {
    Object read() throws Exception;
  }

  @Test
  void writingToAStreamEndsWithANewlineAndLeavesItOpen() throws IOException {
    Dataset ds = VetcpdJson.readDataset(BrokenDocumentsTest.VALID);
    AtomicBoolean closed = new AtomicBoolean();
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed.set(true);
      }
    };
    VetcpdJson.write(ds, out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).isEqualTo(VetcpdJson.write(ds) + "\n");
    assertThat(closed).isFalse();
    assertThat(text).startsWith("{\n  \"formatVersion\": 1,\n  \"programmes\": [\n    {\n")
        .doesNotContain("\r").doesNotContain("null");
  }

  @Test
  void writingAFileReplacesIt() throws IOException {
    Dataset ds = VetcpdJson.readDataset(BrokenDocumentsTest.VALID);
    Path file = Files.writeString(dir.resolve("d.json"), "x".repeat(100_000));
    VetcpdJson.write(ds, file);
    assertThat(VetcpdJson.readDataset(file)).isEqualTo(ds);
  }

  @Test
  void jsonLinesAreFlushedNotClosed() {
    Dataset ds = VetcpdJson.readDataset(BrokenDocumentsTest.VALID);
    AtomicBoolean closed = new AtomicBoolean();
    StringWriter out = new StringWriter() {
      @Override
      public void close() {
        closed.set(true);
      }
    };
    VetcpdJson.writeJsonLines(List.of(ds.plans().get(0), ds.plans().get(0)), out);
    assertThat(out.toString().lines()).hasSize(2);
    assertThat(closed).isFalse();
  }

  /** Seed 000's data sets are read by dashboards serving many users: one shared reader. */
  @Test
  void readingAndProfilesAreSafeToShareBetweenThreads() throws Exception {
    List<Dataset> samples = DomainArbitraries.datasetsWithEveryKind().sampleStream().limit(8)
        .toList();
    List<String> docs = samples.stream().map(VetcpdJson::write).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 3; round++) {
        // fresh copies, so that the lazy profiles are computed under contention
        List<Dataset> fresh = docs.stream().map(VetcpdJson::parseDataset).toList();
        List<Future<Boolean>> results = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
          int k = t % docs.size();
          results.add(pool.submit(() -> {
            Dataset read = VetcpdJson.parseDataset(docs.get(k));
            for (CpdActivity a : fresh.get(k).activities()) {
              double sum = a.areaProfile().values().stream().mapToDouble(d -> d).sum();
              if (Math.abs(sum - 1) > 1e-12 || a.areaShare(CompetenceArea.VOCATIONAL) < 0) {
                return false;
              }
            }
            return read.equals(samples.get(k)) && fresh.get(k).teacherIndex().size()
                == samples.get(k).teachers().size();
          }));
        }
        for (Future<Boolean> f : results) {
          assertThat(f.get()).isTrue();
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
