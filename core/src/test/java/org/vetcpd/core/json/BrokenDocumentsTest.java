package org.vetcpd.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;

/**
 * Broken documents, each with the exact list of problems it must give: {@code
 * src/test/resources/broken/NAME.json} beside {@code NAME.problems}, one problem a line as
 * {@link Problem#toString()} prints it ({@code path: message}, or the message alone at the root).
 *
 * <p>Each document is the valid {@code valid/dataset.json} with a few edits. A new document without
 * its {@code .problems} file fails, and the problems it gave are written to {@code
 * target/broken-actual/} to be checked by hand and copied.
 */
class BrokenDocumentsTest {
  static final Path BROKEN = Path.of("src/test/resources/broken");
  static final Path VALID = Path.of("src/test/resources/valid/dataset.json");

  static Stream<String> documents() throws IOException {
    try (Stream<Path> files = Files.list(BROKEN)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - ".json".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @Test
  void theDocumentsAreEditsOfAValidDataset() throws IOException {
    Dataset ds = VetcpdJson.readDataset(VALID);
    assertThat(ds.plans()).hasSize(1);
    assertThat(documents().count()).isGreaterThanOrEqualTo(20);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void brokenDocumentGivesExactlyItsProblems(String name) throws IOException {
    Path doc = BROKEN.resolve(name + ".json");
    Path expectedFile = BROKEN.resolve(name + ".problems");
    List<String> actual = problems(VetcpdJson::readDataset, doc);
    // the same problems whichever way the text comes in
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    assertThat(problems(p -> VetcpdJson.parseDataset(text), doc)).isEqualTo(actual);
    if (!Files.exists(expectedFile)) {
      Path out = Path.of("target/broken-actual").resolve(name + ".problems");
      Files.createDirectories(out.getParent());
      Files.write(out, actual, StandardCharsets.UTF_8);
      throw new AssertionError("no " + expectedFile + "; the problems found are in " + out);
    }
    List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  private static List<String> problems(java.util.function.Function<Path, Dataset> read, Path doc) {
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> read.apply(doc));
    assertThat(e).as("%s must not read", doc).isNotNull();
    return e.problems().stream().map(Problem::toString).toList();
  }
}
