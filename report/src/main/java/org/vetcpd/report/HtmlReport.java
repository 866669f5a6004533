package org.vetcpd.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Department;
import org.vetcpd.core.PlanItem;
import org.vetcpd.core.School;
import org.vetcpd.core.Teacher;
import org.vetcpd.rules.CriterionResult;
import org.vetcpd.rules.LeaderText;
import org.vetcpd.rules.Recommendation;
import org.vetcpd.rules.TailoringReport;

/**
 * A self-contained HTML report of scored CPD plans for school leaders: per school and department
 * the distribution of scores, the band shares, the hours by contextualisation and by competence
 * area and the share of hours with contact with industry; per teacher a radar of the target
 * against the plan's emphasis, the ten criteria's points against the most each can give, the
 * findings and the top recommendations with the score each gives; a reference list and a footer
 * with the rubric, the vetcpd version and the date.
 *
 * <p>The file needs nothing else: CSS and SVG are inline, there is no script, and a {@code
 * Content-Security-Policy} forbids every load from elsewhere. Every string from the data is
 * escaped by jsoup. It prints on A4.
 *
 * <pre>{@code
 * Dataset ds = VetcpdJson.readDataset(Path.of("data.json"));
 * List<TailoringReport> reports = TailoringScorer.standard().scoreAll(ds);
 * HtmlReport.of(ds, reports).write(Path.of("report.html"));
 * String html = HtmlReport.of(ds, reports).withTitle("Spring review").render();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HtmlReport {
  /** The title when none is given. */
  public static final String DEFAULT_TITLE = "How tailored are our teachers' CPD plans?";

  private static final int TOP = 3;

  private final Dataset dataset;
  private final ImmutableList<TailoringReport> reports;
  private final String title;
  private final LocalDate date;
  private final String version;

  private HtmlReport(Dataset dataset, ImmutableList<TailoringReport> reports, String title,
      LocalDate date, String version) {
    this.dataset = dataset;
    this.reports = reports;
    this.title = title;
    this.date = date;
    this.version = version;
  }

  /**
   * Returns the report of a data set's scored plans, dated today (UTC), with the default title and
   * this library's version.
   *
   * @param dataset the data set the plans, teachers and activities are in
   * @param reports the reports of some of its plans, e.g. {@code scorer.scoreAll(dataset)}
   * @return the report
   * @throws IllegalArgumentException if a report's plan or teacher is not in the data set
   */
  public static HtmlReport of(Dataset dataset, List<TailoringReport> reports) {
    requireNonNull(dataset, "dataset");
    ImmutableList<TailoringReport> rs = ImmutableList.copyOf(requireNonNull(reports, "reports"));
    List<String> unknown = new ArrayList<>();
    for (TailoringReport r : rs) {
      CpdPlan plan = dataset.planIndex().get(r.plan());
      if (plan == null || !plan.teacher().equals(r.teacher())
          || !dataset.teacherIndex().containsKey(r.teacher())) {
        unknown.add(r.plan());
      }
    }
    checkArgument(unknown.isEmpty(), "reports of plans that are not in the data set: %s",
        unknown.size() > 10 ? unknown.subList(0, 10) + " and " + (unknown.size() - 10) + " more"
            : unknown);
    return new HtmlReport(dataset, rs, DEFAULT_TITLE, LocalDate.now(ZoneOffset.UTC),
        libraryVersion());
  }

  /**
   * Renders a data set's scored plans as HTML with the defaults of {@link #of}.
   *
   * @param dataset the data set
   * @param reports the reports of some of its plans
   * @return the HTML document
   */
  public static String render(Dataset dataset, List<TailoringReport> reports) {
    return of(dataset, reports).render();
  }

  /**
   * Writes a data set's scored plans as an HTML file with the defaults of {@link #of}.
   *
   * @param dataset the data set
   * @param reports the reports of some of its plans
   * @param file the file to write
   * @throws IOException if the file cannot be written
   */
  public static void write(Dataset dataset, List<TailoringReport> reports, Path file)
      throws IOException {
    of(dataset, reports).write(file);
  }

  /**
   * Returns a copy with another title (heading and window title).
   *
   * @param title the title, not blank
   * @return the copy
   */
  public HtmlReport withTitle(String title) {
    requireNonNull(title, "title");
    checkArgument(!title.isBlank(), "title must not be blank");
    return new HtmlReport(dataset, reports, title, date, version);
  }

  /**
   * Returns a copy with another date in the footer.
   *
   * @param date the date
   * @return the copy
   */
  public HtmlReport withDate(LocalDate date) {
    return new HtmlReport(dataset, reports, title, requireNonNull(date, "date"), version);
  }

  /**
   * Returns a copy that names another vetcpd version in the footer (an application may name its
   * own build).
   *
   * @param version the version, not blank
   * @return the copy
   */
  public HtmlReport withVersion(String version) {
    requireNonNull(version, "version");
    checkArgument(!version.isBlank(), "version must not be blank");
    return new HtmlReport(dataset, reports, title, date, version);
  }

  /**
   * Writes the HTML document to a file, UTF-8: first to a temporary file in the same folder, then
   * renamed, so that the file is never half-written; missing folders are created.
   *
   * @param file the file to write
   * @throws IOException if the file cannot be written
   */
  public void write(Path file) throws IOException {
    requireNonNull(file, "file");
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Files.createDirectories(dir);
    // Not createTempFile: its owner-only permissions would stay on the renamed file.
    Path tmp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      Files.writeString(tmp, render(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Returns the HTML document.
   *
   * @return the document, starting with {@code <!DOCTYPE html>}
   */
  public String render() {
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
        + " style-src 'unsafe-inline'; img-src data:\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .textOnly(title).raw("</title>\n<style>").raw(Style.CSS).raw("</style>\n</head>\n<body>\n");
    Charts.defs(h);
    h.raw("\n<header>").el("h1", null, title);
    h.raw("<p class=\"lead\">").text(intro()).raw("</p>");
    h.raw("<p class=\"how\">How to read it: each plan scores 0 to 100 for how well it is tailored"
        + " to the teacher's vocation, and falls in a band: ");
    for (int k = 0; k < Charts.BANDS.length; k++) {
      Charts.swatch(h, Charts.fill(k));
      h.raw(" ").text(LeaderText.words(Charts.BANDS[k])).raw(k < 2 ? ", " : ".");
    }
    h.raw(" The radar compares the share of the plan's hours in each of the four competence areas"
        + " (dashed: the teacher's target; filled: the plan). Each criterion's bar is drawn inside"
        + " the most points it can give.</p></header>\n<main>\n");
    if (reports.isEmpty()) {
      h.raw("<p>There are no plans to report.</p>");
    }
    for (Map.Entry<String, Map<String, List<TailoringReport>>> school : groups().entrySet()) {
      section(h, school.getKey(), school.getValue());
    }
    h.raw("<section class=\"references\"><h2>Reference</h2><p>").text(LeaderText.reference())
        .raw("</p><p class=\"small\">Findings cite it as (").text(LeaderText.citation())
        .raw(").</p></section>\n</main>\n<footer><p>");
    Set<String> rubrics = new LinkedHashSet<>();
    for (TailoringReport r : reports) {
      // The reference's display form: id and version, and its fingerprint where it has one.
      rubrics.add(r.rubric().toString());
    }
    h.text((rubrics.size() == 1 ? "Rubric " : "Rubrics ") + (rubrics.isEmpty() ? "none"
        : String.join(", ", rubrics)) + " \u00b7 vetcpd " + version + " \u00b7 " + date);
    h.raw("</p></footer>\n</body>\n</html>\n");
    return h.toString();
  }

  private String intro() {
    Set<String> teachers = new LinkedHashSet<>();
    reports.forEach(r -> teachers.add(r.teacher()));
    return reports.size() + (reports.size() == 1 ? " CPD plan" : " CPD plans") + " of "
        + teachers.size() + (teachers.size() == 1 ? " teacher" : " teachers")
        + ", scored for how well each fits the teacher's vocation, needs and the pull of"
        + " industry, with what to change first.";
  }

  /** School name → department name → reports, in data set order; unknowns last. */
  private Map<String, Map<String, List<TailoringReport>>> groups() {
    Map<String, Map<String, List<TailoringReport>>> m = new LinkedHashMap<>();
    for (School s : dataset.schools()) {
      Map<String, List<TailoringReport>> d = new LinkedHashMap<>();
      for (Department dep : s.departments()) {
        d.put(dep.name(), new ArrayList<>());
      }
      m.put(s.name(), d);
    }
    for (TailoringReport r : reports) {
      Teacher t = dataset.teacherIndex().get(r.teacher());
      Optional<School> school = t.school().flatMap(dataset::school);
      String schoolName = school.map(School::name).orElse("Teachers without a school");
      String depName = school.flatMap(s -> t.department().flatMap(s::department))
          .map(Department::name).orElse("No department given");
      m.computeIfAbsent(schoolName, k -> new LinkedHashMap<>())
          .computeIfAbsent(depName, k -> new ArrayList<>()).add(r);
    }
    m.values().forEach(d -> d.values().removeIf(List::isEmpty));
    m.values().removeIf(Map::isEmpty);
    return m;
  }

  private void section(Html h, String school, Map<String, List<TailoringReport>> departments) {
    List<TailoringReport> all = new ArrayList<>();
    departments.values().forEach(all::addAll);
    h.raw("<section class=\"school\">").el("h2", null, school);
    summary(h, all);
    for (Map.Entry<String, List<TailoringReport>> d : departments.entrySet()) {
      h.raw("<section class=\"department\">").el("h3", null, d.getKey());
      if (departments.size() > 1) {
        // A school's only department has the school's summary already.
        summary(h, d.getValue());
      }
      for (TailoringReport r : d.getValue()) {
        plan(h, r);
      }
      h.raw("</section>\n");
    }
    h.raw("</section>\n");
  }

  /** Distribution, band shares, hours by contextualisation and area, industry share. */
  private void summary(Html h, List<TailoringReport> rs) {
    Hours hours = new Hours(dataset, rs);
    h.raw("<div class=\"summary\"><figure>");
    h.raw("<figcaption>Scores (").text(rs.size() + (rs.size() == 1 ? " plan" : " plans"))
        .raw(")</figcaption>");
    Charts.histogram(h, rs);
    h.raw("<table class=\"bands\"><caption>Band shares</caption><thead><tr><th scope=\"col\">"
        + "Band</th><th scope=\"col\">Plans</th><th scope=\"col\">Share</th></tr></thead><tbody>");
    for (int k = 0; k < Charts.BANDS.length; k++) {
      int n = 0;
      for (TailoringReport r : rs) {
        n += r.band() == Charts.BANDS[k] ? 1 : 0;
      }
      h.raw("<tr><th scope=\"row\">");
      Charts.swatch(h, Charts.fill(k));
      h.raw(" ").text(LeaderText.words(Charts.BANDS[k])).raw("</th><td>")
          .text(Integer.toString(n)).raw("</td><td>")
          .text(rs.isEmpty() ? "-" : LeaderText.percent((double) n / rs.size()))
          .raw("</td></tr>");
    }
    h.raw("</tbody></table></figure>");

    h.raw("<figure><figcaption>Hours by how far activities are tailored to the programme"
        + "</figcaption>");
    Contextualisation[] cx = {Contextualisation.PROGRAMME_SPECIFIC, Contextualisation.ADAPTED,
        Contextualisation.GENERIC};
    String[] cxLabels = new String[cx.length];
    double[] cxHours = new double[cx.length];
    String[] cxFills = new String[cx.length];
    for (int k = 0; k < cx.length; k++) {
      cxLabels[k] = Charts.title(LeaderText.words(cx[k]));
      cxHours[k] = hours.byContextualisation[cx[k].ordinal()];
      cxFills[k] = Charts.fill(k);
    }
    Charts.hours(h, "contextualisation", "Hours by contextualisation", cxLabels, cxHours,
        cxFills);
    h.raw("</figure><figure><figcaption>Hours by competence area</figcaption>");
    CompetenceArea[] areas = CompetenceArea.values();
    String[] areaLabels = new String[areas.length];
    String[] areaFills = new String[areas.length];
    for (CompetenceArea a : areas) {
      areaLabels[a.ordinal()] = Charts.label(a);
      areaFills[a.ordinal()] = Charts.INK;
    }
    Charts.hours(h, "areas", "Hours by competence area", areaLabels, hours.byArea, areaFills);
    h.raw("</figure><figure><figcaption>Hours with contact with industry: ")
        .text(hours.total > 0 ? LeaderText.percent(hours.industry / hours.total) : "no hours")
        .raw("</figcaption>");
    Charts.hours(h, "industry", "Hours with and without contact with industry",
        new String[] {"With industry contact", "Without"},
        new double[] {hours.industry, hours.total - hours.industry},
        new String[] {Charts.INK, Charts.fill(2)});
    h.raw("</figure>");

    h.raw("<table class=\"plans\"><caption>Plans and scores</caption><thead><tr>"
        + "<th scope=\"col\">Teacher</th><th scope=\"col\">Plan</th><th scope=\"col\">Score</th>"
        + "<th scope=\"col\">Band</th></tr></thead><tbody>");
    for (TailoringReport r : rs) {
      h.raw("<tr><td>").text(r.teacher()).raw("</td><td>").text(r.plan()).raw("</td><td>")
          .text(Html.one(r.score())).raw("</td><td>").text(LeaderText.words(r.band()))
          .raw("</td></tr>");
    }
    h.raw("</tbody></table></div>\n");
  }

  private void plan(Html h, TailoringReport r) {
    Teacher t = dataset.teacherIndex().get(r.teacher());
    String programme = dataset.programme(t.programme()).map(p -> p.name()).orElse(t.programme());
    h.raw("<article class=\"plan\">").el("h4", null, "Teacher " + r.teacher() + ", plan "
        + r.plan());
    h.raw("<p class=\"score\">").text(programme).raw(". Score <strong>")
        .text(Html.one(r.score())).raw("</strong> of 100, band ");
    Charts.swatch(h, Charts.fill(Charts.rank(r.band())));
    h.raw(" <strong>").text(LeaderText.words(r.band())).raw("</strong>.</p>");
    h.raw("<div class=\"charts\"><figure><figcaption>Target and plan by competence area"
        + "</figcaption>");
    double[] target = vector(r.target());
    double[] emphasis = vector(r.emphasis());
    Charts.radar(h, target, emphasis);
    h.raw("</figure><figure><figcaption>Points by criterion</figcaption>");
    Charts.criteria(h, r);
    h.raw("</figure></div>");

    h.el("h5", null, "Findings").raw("<ul class=\"findings\">");
    boolean any = false;
    if (LeaderText.isEmptyPlan(r)) {
      h.el("li", null, LeaderText.emptyPlanFinding());
      any = true;
    }
    for (CriterionResult c : r.criteria()) {
      if (c.finding().isPresent()) {
        h.raw("<li><strong>").text(Charts.label(c.id())).raw(":</strong> ")
            .text(c.finding().get()).raw("</li>");
        any = true;
      }
    }
    if (!any) {
      h.el("li", null, "No finding: every criterion reaches the rubric's threshold.");
    }
    h.raw("</ul>");
    List<Recommendation> recs = r.recommendations();
    h.el("h5", null, "What to change first");
    if (recs.isEmpty()) {
      h.el("p", null, "No edit of this plan would raise its score.");
    } else {
      h.raw("<ol class=\"recommendations\">");
      for (int i = 0; i < Math.min(TOP, recs.size()); i++) {
        Recommendation rec = recs.get(i);
        h.raw("<li>");
        if (rec.action().equals(Recommendation.CATALOGUE_GAP)) {
          h.raw("<span class=\"gain\">First add to the catalogue</span> ");
        } else {
          h.raw("<span class=\"gain\">").text("Score " + Html.one(r.score()) + " \u2192 "
              + Html.one(rec.score())).raw("</span> ");
        }
        h.text(rec.description()).raw(".</li>");
      }
      h.raw("</ol>");
    }
    h.raw("</article>\n");
  }

  private static double[] vector(Map<CompetenceArea, Double> m) {
    double[] v = new double[CompetenceArea.values().length];
    m.forEach((a, x) -> v[a.ordinal()] = x);
    return v;
  }

  /** The hours of a group of plans: by contextualisation, by area, with industry contact. */
  private static final class Hours {
    final double[] byContextualisation = new double[Contextualisation.values().length];
    final double[] byArea = new double[CompetenceArea.values().length];
    double industry;
    double total;

    Hours(Dataset ds, List<TailoringReport> rs) {
      for (TailoringReport r : rs) {
        for (PlanItem item : ds.planIndex().get(r.plan()).items()) {
          CpdActivity a = ds.activityIndex().get(item.activity());
          double h = item.hours();
          total += h;
          byContextualisation[a.contextualisation().ordinal()] += h;
          for (CompetenceArea area : CompetenceArea.values()) {
            byArea[area.ordinal()] += h * a.areaShare(area);
          }
          if (a.involvesIndustryContact()) {
            industry += h;
          }
        }
      }
    }
  }

  /** The version of this library, from a resource the build fills in. */
  static String libraryVersion() {
    Properties p = new Properties();
    try (InputStream in = HtmlReport.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String v = p.getProperty("version", "unknown");
    return v.startsWith("${") ? "unknown" : v;
  }
}
