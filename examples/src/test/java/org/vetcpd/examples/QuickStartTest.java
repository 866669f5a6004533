package org.vetcpd.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.examples.cli.Samples;
import org.vetcpd.rules.TailoringReport;
import org.vetcpd.rules.TailoringScorer;

/** README's "Java in ten lines" is {@link QuickStart}, word for word, and it runs. */
class QuickStartTest {
  private static Path readme() {
    return Path.of(System.getProperty("vetcpd.readme", "../README.md"));
  }

  @Test
  void readmeShowsExactlyTheQuickStartClass() throws IOException {
    String readme = Files.readString(readme(), StandardCharsets.UTF_8);
    Matcher section = Pattern.compile("(?s)\\n## Java in ten lines\\n.*?```java\\n(.*?)```")
        .matcher(readme);
    assertThat(section.find()).as("README's Java in ten lines has a java block").isTrue();
    Path source = readme().resolveSibling(
        "examples/src/main/java/org/vetcpd/examples/QuickStart.java");
    assertThat(section.group(1)).isEqualTo(Files.readString(source, StandardCharsets.UTF_8));
  }

  @Test
  void itPrintsEveryPlanInOrderThenOneReportAsTextAndJson() {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(saved);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);

    Dataset sample = Samples.sample();
    List<TailoringReport> reports = TailoringScorer.standard().scoreAll(sample);
    List<String> lines = out.lines().toList();
    for (int i = 0; i < reports.size(); i++) {
      TailoringReport r = reports.get(i);
      assertThat(lines.get(i).split("\\s+")).containsExactly(r.plan(),
          String.format(Locale.ROOT, "%.1f", r.score()), r.band().name());
    }
    TailoringReport one = TailoringScorer.standard().score(sample, "p-s1-tailored-t-rm-02");
    assertThat(out).contains(one.toText()).endsWith(VetcpdJson.write(one) + System.lineSeparator());
  }
}
