package org.vetcpd.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.testing.DomainArbitraries;

/**
 * A field's problems do not depend on whether another field of the same entity failed to read:
 * with one field of a teacher, activity, driver, plan, item, school, department or programme
 * given a value of the wrong type (A) and another given a value its rules may refuse (B), the
 * problems are exactly those of A alone and of B alone. Until 1 December 2026 an entity with a
 * field that failed to read had none of its own rules checked, so B's problem went unreported.
 */
class IndependentProblemsProperties {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** A field of an entity: of an element of a list, {@code plans[2].items[0].hours}. */
  private static final Pattern ENTITY_FIELD = Pattern.compile(".*\\[\\d+]\\.[^.\\[]+");

  /** Values a field's rules may refuse: out of most ranges, a control character, a bidi override. */
  private static final List<JsonNode> REFUSED = List.of(NODES.numberNode(-1),
      NODES.numberNode(1e7), NODES.numberNode(0), NODES.textNode("x\u0001"),
      NODES.textNode("\u202ex"), NODES.textNode(" "));

  @Provide
  Arbitrary<Dataset> datasets() {
    return DomainArbitraries.datasets();
  }

  @Property(tries = 400)
  void aFieldThatFailsHidesNoProblemOfAnother(@ForAll("datasets") Dataset ds,
      @ForAll @IntRange(min = 0, max = 100_000) int a, @ForAll @IntRange(min = 0,
          max = 100_000) int b, @ForAll @IntRange(min = 0, max = 5) int refused) {
    ObjectNode root = Sites.tree(ds);
    List<Sites.Site> sites = Sites.allFields(root).stream()
        .filter(s -> ENTITY_FIELD.matcher(s.path()).matches())
        .collect(Collectors.toList());
    if (sites.isEmpty()) {
      Statistics.label("case").collect("no entity field");
      return;
    }
    Sites.Site siteA = sites.get(a % sites.size());
    List<Sites.Site> others = sites.stream()
        .filter(s -> s.owner() == siteA.owner() && !s.field().equals(siteA.field()))
        .collect(Collectors.toList());
    if (others.isEmpty()) {
      Statistics.label("case").collect("entity of one field");
      return;
    }
    Sites.Site siteB = others.get(b % others.size());
    JsonNode wrongType = siteA.value().isBoolean() ? NODES.textNode("x")
        : NODES.booleanNode(true);
    JsonNode refusedValue = REFUSED.get(refused);

    JsonNode originalA = siteA.value();
    siteA.owner().set(siteA.field(), wrongType);
    Set<String> onlyA = problems(root);
    siteA.owner().set(siteA.field(), originalA);
    JsonNode originalB = siteB.value();
    siteB.owner().set(siteB.field(), refusedValue);
    Set<String> onlyB = problems(root);
    siteA.owner().set(siteA.field(), wrongType);
    Set<String> both = problems(root);
    siteB.owner().set(siteB.field(), originalB);
    siteA.owner().set(siteA.field(), originalA);

    Statistics.label("case").collect(onlyB.isEmpty() ? "B accepted"
        : onlyB.stream().anyMatch(p -> p.contains(": expected ") || p.contains("unknown "))
        ? "B refused when read" : "B refused by its entity's rules");
    Statistics.label("entity").collect(siteA.path().replaceAll("\\[\\d+]", "[]")
        .replaceAll("\\.[^.\\[]+$", ""));
    assertThat(onlyA).as("A's wrong type is a problem").isNotEmpty();
    Set<String> union = new TreeSet<>(onlyA);
    union.addAll(onlyB);
    assertThat(both).as("A: %s, B: %s", siteA.path(), siteB.path()).isEqualTo(union);
  }

  /** The example of the fix: a teacher's years as text hid the other years and the school. */
  @Example
  void aTeachersOtherFieldsAreCheckedWhenOneFails() {
    String json = "{\"formatVersion\": 1, \"programmes\": [{\"code\": \"EL\", \"name\": \"E\"}],"
        + " \"teachers\": [{\"id\": \"t-1\", \"programme\": \"EL\", \"yearsInIndustry\": \"x\","
        + " \"yearsTeaching\": -4, \"department\": \"d-\\u0007\"}]}";
    assertThat(problems(json)).containsExactly(
        "teachers[0].department: must not contain control character U+0007",
        "teachers[0].yearsInIndustry: expected a number, was a string \"x\"",
        "teachers[0].yearsTeaching: must be >= 0, was -4");
  }

  private static Set<String> problems(ObjectNode root) {
    return new TreeSet<>(problems(root.toString()));
  }

  private static List<String> problems(String json) {
    try {
      VetcpdJson.parseDataset(json);
      return List.of();
    } catch (ValidationException e) {
      return e.problems().stream().map(Problem::toString).collect(Collectors.toList());
    }
  }
}
