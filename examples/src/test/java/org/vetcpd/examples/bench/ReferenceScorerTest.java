package org.vetcpd.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.rules.CriterionResult;
import org.vetcpd.rules.TailoringReport;
import org.vetcpd.rules.TailoringScorer;

/**
 * The plain-Python reference scorer ({@code examples/bench/reference_scorer.py}, written from
 * docs/rubric.md) agrees with vetcpd to 1e-9 on every sample data set: score, band and every
 * criterion value, not-assessed alike. Skipped, with a message, where no {@code python3} is on
 * the path (CI installs it).
 */
class ReferenceScorerTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"sample.json", "health-care.json", "erasmus-partners.json"})
  void pythonReferenceAgreesWithVetcpd(String file) throws Exception {
    Path data = Path.of("data", file).toAbsolutePath();
    Path script = Path.of("bench", "reference_scorer.py").toAbsolutePath();
    Path out = tmp.resolve("python.csv");
    Process p;
    try {
      p = new ProcessBuilder("python3", script.toString(), data.toString())
          .redirectOutput(out.toFile())
          .redirectError(tmp.resolve("python.err").toFile())
          .start();
    } catch (IOException notThere) {
      assumeTrue(false, "python3 is not on the path: the reference scorer was not run");
      return;
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("python3 finished").isTrue();
    assertThat(p.exitValue()).as(Files.readString(tmp.resolve("python.err"))).isZero();

    Dataset ds = VetcpdJson.readDataset(data);
    List<TailoringReport> reports = TailoringScorer.standard().scoreAll(ds);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(reports.size() + 1);
    for (int i = 0; i < reports.size(); i++) {
      TailoringReport r = reports.get(i);
      String[] cells = lines.get(i + 1).split(",", -1);
      assertThat(cells[0]).isEqualTo(r.plan());
      assertThat(Double.parseDouble(cells[2])).as(r.plan()).isCloseTo(r.score(), within(1e-9));
      assertThat(cells[3]).as(r.plan()).isEqualTo(r.band().name());
      List<CriterionResult> criteria = r.criteria();
      for (int c = 0; c < criteria.size(); c++) {
        CriterionResult cr = criteria.get(c);
        String cell = cells[4 + c];
        if (cr.value().isPresent()) {
          assertThat(Double.parseDouble(cell)).as(r.plan() + " " + cr.id())
              .isCloseTo(cr.value().getAsDouble(), within(1e-9));
        } else {
          assertThat(cell).as(r.plan() + " " + cr.id() + " not assessed").isEmpty();
        }
      }
    }
  }
}
