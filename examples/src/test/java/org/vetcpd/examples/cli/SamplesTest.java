package org.vetcpd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.json.VetcpdJson;

/** The data sets of {@code examples/data/}, bundled on the class path by the build. */
class SamplesTest {
  private static final Path DATA = Path.of(System.getProperty("vetcpd.data.dir", "data"));

  @Test
  void everyDataSetOfExamplesDataIsBundledAndReadsAsTheFileDoes() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(DATA)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".json"))
          .collect(Collectors.toList());
    }
    assertThat(files).extracting(p -> p.getFileName().toString()).contains("sample.json");
    for (Path file : files) {
      String name = file.getFileName().toString();
      assertThat(Samples.read(name)).as(name).isEqualTo(VetcpdJson.readDataset(file));
      assertThat(Samples.read(name.replace(".json", ""))).as(name)
          .isEqualTo(Samples.read(name));
    }
  }

  @Test
  void sampleIsSampleJson() {
    assertThat(Samples.sample()).isEqualTo(VetcpdJson.readDataset(DATA.resolve("sample.json")));
  }

  @Test
  void anUnknownNameSaysWhereItLooked() {
    assertThatThrownBy(() -> Samples.read("no-such-set"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-set.json")
        .hasMessageContaining(Samples.RESOURCE_DIR);
  }
}
