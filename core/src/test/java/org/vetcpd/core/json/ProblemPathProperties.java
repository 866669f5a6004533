package org.vetcpd.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetcpd.core.json.Sites.pick;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.testing.DomainArbitraries;

/**
 * Every problem names a place in the document: after well-formed but wrong edits (values of other
 * types, nulls, out-of-range numbers, removed or unknown fields), each problem's path leads to a
 * node of the edited document, or to a missing field of an object that is there.
 */
class ProblemPathProperties {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

  private static final List<JsonNode> VALUES = List.of(
      NODES.nullNode(), NODES.textNode(""), NODES.textNode(" "), NODES.textNode("5"),
      NODES.textNode("NONE"), NODES.textNode("?x"), NODES.numberNode(-1), NODES.numberNode(0),
      NODES.numberNode(2.7), NODES.numberNode(1e300), NODES.numberNode(3_000_000_000L),
      NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890")),
      NODES.booleanNode(false), NODES.arrayNode(), NODES.arrayNode().add("x").add("x"),
      NODES.objectNode(), NODES.objectNode().put("VOCATIONAL", -1));

  /** An edit: 0 replace a field's value, 1 remove a field, 2 add an unknown field. */
  record Edit(int kind, int site, int value) {}

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Edit> edit = net.jqwik.api.Combinators.combine(
            Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(0)),
                Tuple.of(2, Arbitraries.just(1)), Tuple.of(1, Arbitraries.just(2))),
            Arbitraries.integers().greaterOrEqual(0),
            Arbitraries.integers().between(0, VALUES.size() - 1))
        .as(Edit::new);
    return edit.list().ofMinSize(1).ofMaxSize(3);
  }

  @Provide
  Arbitrary<Dataset> datasets() {
    return DomainArbitraries.datasets();
  }

  @Property(tries = 400)
  void everyProblemNamesAPlaceInTheDocument(@ForAll("datasets") Dataset ds,
      @ForAll("edits") List<Edit> edits) {
    ObjectNode root = Sites.tree(ds);
    for (Edit e : edits) {
      List<Sites.Site> sites = Sites.allFields(root);
      if (sites.isEmpty()) {
        break;
      }
      Sites.Site site = pick(sites, e.site());
      switch (e.kind()) {
        case 0 -> site.owner().set(site.field(), VALUES.get(e.value()).deepCopy());
        case 1 -> site.owner().remove(site.field());
        default -> site.owner().put("zz" + e.value(), 1);
      }
    }
    String json = root.toString();
    try {
      Dataset read = VetcpdJson.parseDataset(json);
      assertThat(Dataset.builder().from(read).build()).isEqualTo(read);
      Statistics.collect("read");
    } catch (ValidationException ex) {
      Statistics.collect("problems");
      for (Problem p : ex.problems()) {
        assertThat(p.message()).doesNotStartWith("malformed JSON");
        if (!p.path().isEmpty()) {
          assertThat(resolves(root, p.path()))
              .as("%s names no place in %s", p, json).isTrue();
        }
      }
    }
  }

  /** Whether the path leads to a node, or to a missing field of an object that exists. */
  private static boolean resolves(JsonNode root, String path) {
    JsonNode node = root;
    Matcher m = SEGMENT.matcher(path);
    int end = 0;
    while (m.find()) {
      if (m.start() != end && path.charAt(end) != '.') {
        return false;
      }
      end = m.end();
      if (node == null) {
        return false;
      }
      if (m.group(1) != null) {
        if (!node.isObject()) {
          return false;
        }
        JsonNode next = node.get(m.group(1));
        if (next == null) {
          return end == path.length(); // a missing field: its object exists
        }
        node = next;
      } else {
        int i = Integer.parseInt(m.group(2));
        if (!node.isArray() || i >= node.size()) {
          return false;
        }
        node = node.get(i);
      }
    }
    return end == path.length();
  }
}
