package org.vetcpd.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.rules.testing.Cohorts;

/** A report read back from JSON is the sum of its parts, or is refused with every problem. */
class ReportReadBackTest {
  private static final JsonMapper JSON = new JsonMapper();

  private static ObjectNode json(String plan) throws Exception {
    TailoringReport r = TailoringScorer.standard().score(Seed000.DATASET, plan);
    return (ObjectNode) JSON.readTree(VetcpdJson.write(r));
  }

  private static List<String> problems(JsonNode doc) {
    try {
      TailoringReport.parse(doc.toString());
    } catch (ValidationException e) {
      List<String> out = new ArrayList<>();
      for (Problem p : e.problems()) {
        out.add(p.path());
      }
      return out;
    }
    return List.of();
  }

  @Test
  void aReportAsWrittenReadsBack() throws Exception {
    for (String plan : List.of("template", "self-initiated", "tailored", "template-with-cnc")) {
      assertThat(problems(json(plan))).as(plan).isEmpty();
    }
  }

  @Test
  void theIssuesTamperedReportsAreEachRefusedAtTheirPath() throws Exception {
    ObjectNode doc = json("template");
    doc.put("score", 99.0);
    assertThat(problems(doc)).contains("score", "band");

    doc = json("template");
    doc.put("band", "TAILORED");
    assertThat(problems(doc)).containsExactly("band");

    doc = json("template");
    for (CompetenceArea a : CompetenceArea.values()) {
      ((ObjectNode) doc.get("emphasis")).put(a.name(), 1.0);
    }
    assertThat(problems(doc)).contains("emphasis");

    doc = json("template");
    ((ObjectNode) doc.get("criteria").get(0)).put("contribution", 1e300);
    assertThat(problems(doc)).contains("criteria[0].contribution", "score");

    doc = json("template");
    ((ObjectNode) doc.get("recommendations").get(0)).put("action", "rm -rf");
    assertThat(problems(doc)).containsExactly("recommendations[0].action");

    doc = json("template");
    doc.put("plan", " ");
    assertThat(problems(doc)).containsExactly("plan");

    doc = json("template");
    ((ObjectNode) doc.get("rubric")).put("id", "");
    assertThat(problems(doc)).containsExactly("rubric");

    doc = json("template");
    ((ObjectNode) doc.get("target")).put("VOCATIONAL", 0.9);
    assertThat(problems(doc)).contains("target");
  }

  @Test
  void everyProblemIsListedAtOnce() throws Exception {
    ObjectNode doc = json("template");
    doc.put("plan", "");
    doc.put("score", 99.0);
    ((ObjectNode) doc.get("recommendations").get(0)).put("action", "rm -rf");
    ((ObjectNode) doc.get("criteria").get(3)).put("weight", 0.5);
    assertThat(problems(doc)).contains("plan", "score", "band", "recommendations[0].action",
        "criteria[3].weight", "criteria[0].contribution");
  }

  @Test
  void aReportOfAnotherRubricIsCheckedAgainstTheRubricGiven() throws Exception {
    Rubric mine = Rubric.standard().withId("mine").withPartlyTailoredLimit(10)
        .withTailoredLimit(20);
    TailoringReport r = TailoringScorer.of(mine).score(Seed000.DATASET, "template");
    String text = VetcpdJson.write(r);
    assertThat(TailoringReport.parse(text)).isEqualTo(r);
    assertThat(TailoringReport.parse(text, mine)).isEqualTo(r);
    assertThatThrownBy(() -> TailoringReport.parse(text, Rubric.standard()))
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.problems()).extracting(Problem::path).contains("rubric.fingerprint"));
    ObjectNode doc = (ObjectNode) JSON.readTree(text);
    doc.put("band", r.band() == Band.TAILORED ? "GENERIC" : "TAILORED");
    assertThatThrownBy(() -> TailoringReport.parse(doc.toString(), mine))
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.problems()).extracting(Problem::path).containsExactly("band"));
  }

  // --- laws ----------------------------------------------------------------------------------

  @Provide
  Arbitrary<Dataset> datasets() {
    return Cohorts.datasets();
  }

  @Provide
  Arbitrary<Rubric> rubrics() {
    return Arbitraries.oneOf(Arbitraries.just(Rubric.standard()), Cohorts.rubrics());
  }

  @Property(tries = 200)
  void readOfWriteIsTheReportAndAnySingleTamperedNumberIsRefused(
      @ForAll("datasets") Dataset ds, @ForAll("rubrics") Rubric rubric,
      @ForAll long seed) throws Exception {
    Random random = new Random(seed);
    for (TailoringReport r : TailoringScorer.of(rubric).scoreAll(ds)) {
      String text = VetcpdJson.write(r);
      assertThat(TailoringReport.parse(text, rubric)).isEqualTo(r);
      List<String> kinds = new ArrayList<>();
      List<Consumer<ObjectNode>> tampers = tampers(r, random, kinds);
      int pick = random.nextInt(tampers.size());
      ObjectNode doc = (ObjectNode) JSON.readTree(text);
      tampers.get(pick).accept(doc);
      Statistics.collect(kinds.get(pick));
      assertThatThrownBy(() -> TailoringReport.parse(doc.toString(), rubric))
          .as(kinds.get(pick)).isInstanceOf(ValidationException.class);
    }
    Statistics.coverage(c -> {
      c.check("score").count(n -> n > 0);
      c.check("target").count(n -> n > 0);
      c.check("weight").count(n -> n > 0);
      c.check("value").count(n -> n > 0);
      c.check("contribution").count(n -> n > 0);
    });
  }

  /**
   * Every number of a report that its parts determine: the score, each target share, each weight,
   * and each assessed criterion's value (when it weighs) and contribution. Moved by 1e-6 to 0.3.
   */
  private static List<Consumer<ObjectNode>> tampers(TailoringReport r, Random random,
      List<String> kinds) {
    List<Consumer<ObjectNode>> out = new ArrayList<>();
    double delta = 1e-6 + random.nextDouble() * 0.3;
    kinds.add("score");
    out.add(doc -> doc.put("score", moved(r.score(), delta, 100)));
    for (CompetenceArea a : CompetenceArea.values()) {
      kinds.add("target");
      out.add(doc -> ((ObjectNode) doc.get("target"))
          .put(a.name(), moved(r.target().get(a), delta, 1)));
    }
    double total = 0;
    for (CriterionResult c : r.criteria()) {
      total += c.assessed() ? c.weight() : 0;
    }
    for (int k = 0; k < r.criteria().size(); k++) {
      CriterionResult c = r.criteria().get(k);
      int index = k;
      kinds.add("weight");
      out.add(doc -> criterion(doc, index).put("weight", c.weight() + delta));
      if (c.assessed()) {
        kinds.add("contribution");
        out.add(doc -> criterion(doc, index)
            .put("contribution", moved(c.contribution(), delta, 100)));
        if (c.weight() > 0 && total > 0) {
          kinds.add("value");
          out.add(doc -> criterion(doc, index)
              .put("value", moved(c.value().getAsDouble(), delta, 1)));
        }
      }
    }
    return out;
  }

  private static ObjectNode criterion(ObjectNode doc, int k) {
    return (ObjectNode) ((ArrayNode) doc.get("criteria")).get(k);
  }

  /** Moves x by delta, up or down, staying in [0, max]. */
  private static double moved(double x, double delta, double max) {
    double d = Math.min(delta, max / 2);
    return x + d <= max ? x + d : x - d;
  }
}
