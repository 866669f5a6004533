package org.vetcpd.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.Programme;
import org.vetcpd.core.School;
import org.vetcpd.rules.TailoringReport;
import org.vetcpd.rules.TailoringScorer;

class HtmlReportTest {
  private static final String SCRIPT = "<script>alert(1)</script>";
  private final TailoringScorer scorer = TailoringScorer.standard();
  private final Dataset sample = Samples.read("sample.json");

  private String render(Dataset ds) {
    return HtmlReport.of(ds, scorer.scoreAll(ds)).withDate(LocalDate.of(2026, 12, 1)).render();
  }

  @Test
  void isOneSelfContainedDocumentThatLoadsNothing() {
    String html = render(sample);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
    assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\""
        + "default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
    String lower = html.toLowerCase(Locale.ROOT);
    assertThat(lower).doesNotContain("http:").doesNotContain("https:").doesNotContain("<script")
        .doesNotContain("<link").doesNotContain("<img").doesNotContain("@import")
        .doesNotContain("@font-face").doesNotContain("src=");
  }

  @Test
  void hasARadarAndTenCriterionBarsPerPlanAndASummaryPerSchoolAndDepartment() {
    List<TailoringReport> reports = scorer.scoreAll(sample);
    Document doc = Jsoup.parse(render(sample));
    assertThat(doc.select("article.plan")).hasSize(reports.size());
    for (Element radar : doc.select("svg.radar")) {
      assertThat(radar.select("line.axis")).hasSize(4);
      assertThat(radar.select("polygon")).hasSize(2);
      assertThat(radar.select("polygon.target")).hasSize(1);
      assertThat(radar.select("polygon.plan")).hasSize(1);
    }
    for (Element criteria : doc.select("svg.criteria")) {
      assertThat(criteria.select("rect.bar")).hasSize(10);
      assertThat(criteria.select("rect.track")).hasSize(10);
    }
    // 2 schools, 3 departments with plans in the sample: a summary for each school and for
    // each department of school 1 (school 2's one department has the school's)
    assertThat(doc.select("section.school")).hasSize(2);
    assertThat(doc.select("section.department")).hasSize(3);
    assertThat(doc.select("div.summary")).hasSize(4);
    assertThat(doc.select("svg.histogram")).hasSize(4);
    assertThat(doc.select("svg.contextualisation")).hasSize(4);
    assertThat(doc.select("svg.areas")).hasSize(4);
    assertThat(doc.select("svg.industry")).hasSize(4);
    assertThat(doc.select("h2").first().text()).isEqualTo("School 1");
  }

  @Test
  void everyChartHasATitleAndADescriptionWithItsNumbers() {
    Document doc = Jsoup.parse(render(sample));
    for (Element svg : doc.select("svg[role=img]")) {
      assertThat(svg.children().get(0).tagName()).isEqualTo("title");
      assertThat(svg.children().get(1).tagName()).isEqualTo("desc");
      assertThat(svg.children().get(1).text()).matches(".*[0-9].*");
    }
    Element criteria = doc.select("svg.criteria").first();
    assertThat(criteria.selectFirst("desc").text()).contains("Needs alignment: ")
        .contains(" of 20.0 points");
  }

  @Test
  void headingsGoDownOneLevelAtATime() {
    Document doc = Jsoup.parse(render(sample));
    int level = 0;
    for (Element e : doc.select("h1, h2, h3, h4, h5, h6")) {
      int l = e.tagName().charAt(1) - '0';
      assertThat(l).as(e.text()).isLessThanOrEqualTo(level + 1);
      level = l;
    }
    assertThat(doc.select("h1")).hasSize(1);
  }

  @Test
  void leadersReadPlainWordsAndTheReferenceNotSeedNumbers() {
    String text = Jsoup.parse(render(Samples.read("health-care.json"))).text();
    assertThat(text.toLowerCase(Locale.ROOT)).doesNotContain("seed").doesNotContain("chef")
        .doesNotContain("kitchen");
    assertThat(text).contains("(Ballangrud & Nilsen, 2022)").contains("Reference")
        .contains("Journal of Education and Work");
  }

  @Test
  void dataPrintsAsTextNeverAsMarkup() {
    List<CpdActivity> activities = new ArrayList<>();
    sample.activities().forEach(a -> activities.add(a.withTitle(SCRIPT + a.title())));
    List<School> schools = new ArrayList<>();
    sample.schools().forEach(s -> schools.add(s.withName(SCRIPT + " & " + s.name())));
    Dataset ds = sample.withActivities(activities).withSchools(schools);
    String html = HtmlReport.of(ds, scorer.scoreAll(ds)).withTitle(SCRIPT).render();
    assertThat(html).doesNotContain(SCRIPT).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.selectFirst("h1").text()).isEqualTo(SCRIPT);
    assertThat(doc.title()).isEqualTo(SCRIPT);
    assertThat(doc.select("h2").first().text()).isEqualTo(SCRIPT + " & School 1");
  }

  /**
   * Data that holds a bidirectional override (U+202E) or right-to-left letters is isolated
   * ({@code <bdi>}): "Restaurant U+202E" must not reverse the score printed after it, which
   * Chromium then showed as "…cireneg dnab ,001 fo 3.92 erocS". Plain left-to-right data is
   * written as before, without an element around it.
   */
  @Test
  void dataThatCanReorderTextIsIsolated() {
    List<Programme> programmes = new ArrayList<>();
    sample.programmes().forEach(p -> programmes.add(p.code().equals("RM")
        ? p.withName("Restaurant \u202e") : p.withName("\u0645\u0637\u0639\u0645 " + p.name())));
    Dataset ds = sample.withProgrammes(programmes);
    Document doc = Jsoup.parse(render(ds));
    Element score = doc.select("p.score").stream()
        .filter(p -> p.text().contains("\u202e")).findFirst().orElseThrow();
    assertThat(score.select("bdi")).singleElement()
        .satisfies(b -> assertThat(b.text()).isEqualTo("Restaurant \u202e"));
    assertThat(score.selectFirst("strong").parents()).noneMatch(e -> e.tagName().equals("bdi"));
    assertThat(doc.select("bdi").eachText()).anyMatch(t -> t.startsWith("\u0645"));
    assertThat(Html.needsIsolation("School 1 & d\u00e9partement")).isFalse();
    assertThat(render(sample)).doesNotContain("<bdi>");
  }

  @Test
  void anEmptyPlanGetsAFindingAndAFirstRecommendation() {
    CpdPlan empty = CpdPlan.builder().id("p-empty").teacher(sample.teachers().get(0).id())
        .leaderInvolvement(LeaderInvolvement.DELEGATED).build();
    Dataset ds = sample.withPlans(empty);
    Document doc = Jsoup.parse(render(ds));
    Element plan = doc.selectFirst("article.plan");
    assertThat(plan.select("ul.findings li").first().text()).startsWith("The plan holds no"
        + " activities");
    assertThat(plan.select("ol.recommendations li").first().text())
        .contains("The plan holds no activities yet: start it with");
    assertThat(plan.select("svg.radar polygon")).hasSize(2);
    assertThat(plan.select("svg.criteria rect.bar")).hasSize(10);
  }

  @Test
  void footerNamesRubricVersionAndDate() {
    Document doc = Jsoup.parse(render(sample));
    assertThat(doc.selectFirst("footer").text()).startsWith("Rubric vetcpd-standard ")
        .contains(" \u00b7 vetcpd ").endsWith("2026-12-01");
  }

  @Test
  void refusesReportsOfPlansThatAreNotInTheDataSet() {
    Dataset other = Samples.read("health-care.json");
    List<TailoringReport> foreign = scorer.scoreAll(other);
    assertThatThrownBy(() -> HtmlReport.of(sample, foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(foreign.get(0).plan());
  }

  @Test
  void writesTheFileWholeCreatingFolders(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a/b/report.html");
    HtmlReport.write(sample, scorer.scoreAll(sample), file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>");
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }
}
