package org.vetcpd.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.core.Dataset;
import org.vetcpd.rules.TailoringReport;
import org.vetcpd.rules.TailoringScorer;

/**
 * Renders the sample report in a real browser, headless Chromium: writes a screenshot to
 * {@code report/target/report.png} and checks from the DOM the browser built that every radar has
 * four axes and two polygons and every criterion chart ten bars.
 *
 * <p>Chromium is Debian's {@code chromium} package, which {@code .ci/run} installs. Where it is
 * absent and {@code CI} is not {@code true}, the test is reported as skipped, with the reason; in
 * CI its absence is a failure.
 */
class ChromiumRenderTest {
  private static final long TIMEOUT_SECONDS = 180;

  @TempDir Path profile;

  static Optional<Path> chromium() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String name : List.of("chromium", "chromium-browser")) {
      for (String dir : path.split(File.pathSeparator)) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  private List<String> command(Path browser, String... args) {
    List<String> c = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--hide-scrollbars",
        "--user-data-dir=" + profile.toAbsolutePath()));
    c.addAll(List.of(args));
    return c;
  }

  private static String run(List<String> command, Path log) throws IOException,
      InterruptedException {
    Path out = Files.createTempFile(log.getParent(), "chromium", ".out");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(log.toFile()).start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command);
    }
    assertThat(p.exitValue()).as("chromium exit code; its stderr is in " + log).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  @Test
  void theSampleReportRendersWithFourAxesTwoPolygonsAndTenBarsPerPlan() throws Exception {
    Optional<Path> browser = chromium();
    if (browser.isEmpty()) {
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("CI=true but chromium is not on the PATH: .ci/run installs"
            + " Debian's chromium package");
      }
      Assumptions.abort("Chromium is not installed (Debian: apt-get install chromium), so the"
          + " real-browser test of the HTML report is skipped; CI runs it");
    }
    Dataset ds = Samples.read("sample.json");
    List<TailoringReport> reports = TailoringScorer.standard().scoreAll(ds);
    Path dir = Samples.out().toAbsolutePath();
    Files.createDirectories(dir);
    Path html = dir.resolve("report.html");
    HtmlReport.of(ds, reports).withDate(LocalDate.of(2026, 12, 1)).write(html);
    Path png = dir.resolve("report.png");
    Files.deleteIfExists(png);
    Path log = dir.resolve("chromium.log");

    run(command(browser.get(), "--screenshot=" + png, "--window-size=1200,2400",
        html.toUri().toString()), log);
    byte[] image = Files.readAllBytes(png);
    assertThat(image.length).as("screenshot size").isGreaterThan(20_000);
    assertThat(new String(image, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");

    String dom = run(command(browser.get(), "--dump-dom", html.toUri().toString()), log);
    Document doc = Jsoup.parse(dom);
    assertThat(doc.select("article.plan")).hasSize(reports.size());
    assertThat(doc.select("svg.radar")).hasSize(reports.size());
    for (Element radar : doc.select("svg.radar")) {
      assertThat(radar.select("line.axis")).as("radar axes").hasSize(4);
      assertThat(radar.select("polygon")).as("radar polygons").hasSize(2);
    }
    assertThat(doc.select("svg.criteria")).hasSize(reports.size());
    for (Element criteria : doc.select("svg.criteria")) {
      assertThat(criteria.select("rect.bar")).as("criterion bars").hasSize(10);
    }
    assertThat(doc.selectFirst("h1").text()).isEqualTo(HtmlReport.DEFAULT_TITLE);
  }
}
