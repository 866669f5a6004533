package org.vetcpd.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vetcpd.core.Dataset;

/**
 * Places in a data set's JSON tree, found by a pattern such as {@code plans[].items[].hours}, each
 * with the path a problem there must carry ({@code plans[3].items[0].hours}). Tests edit the tree
 * at a site and check the problem's path.
 */
final class Sites {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Sites() {}

  /** A field of an object: the object, the field's name and its path in the document. */
  record Site(ObjectNode owner, String field, String path) {
    JsonNode value() {
      return owner.get(field);
    }
  }

  /** The data set as a mutable tree, written by {@link VetcpdJson#write(Object)}. */
  static ObjectNode tree(Dataset ds) {
    try {
      return (ObjectNode) MAPPER.readTree(VetcpdJson.write(ds));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Finds the sites matching a pattern of dot-separated segments; {@code name[]} steps into each
   * element of an array (skipped where missing); the last segment names a field, present or not.
   */
  static List<Site> find(ObjectNode root, String pattern) {
    String[] segments = pattern.split("\\.");
    List<Map.Entry<ObjectNode, String>> current = new ArrayList<>();
    current.add(Map.entry(root, ""));
    for (int s = 0; s < segments.length - 1; s++) {
      String name = segments[s].replace("[]", "");
      List<Map.Entry<ObjectNode, String>> next = new ArrayList<>();
      for (Map.Entry<ObjectNode, String> e : current) {
        JsonNode child = e.getKey().get(name);
        String at = child(e.getValue(), name);
        if (segments[s].endsWith("[]")) {
          if (child instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
              if (array.get(i) instanceof ObjectNode o) {
                next.add(Map.entry(o, at + "[" + i + "]"));
              }
            }
          }
        } else if (child instanceof ObjectNode o) {
          next.add(Map.entry(o, at));
        }
      }
      current = next;
    }
    String last = segments[segments.length - 1];
    List<Site> sites = new ArrayList<>();
    for (Map.Entry<ObjectNode, String> e : current) {
      sites.add(new Site(e.getKey(), last, child(e.getValue(), last)));
    }
    return sites;
  }

  /** Every field of every object in the tree (array elements that are not objects excluded). */
  static List<Site> allFields(ObjectNode root) {
    List<Site> out = new ArrayList<>();
    collect(root, "", out);
    return out;
  }

  private static void collect(ObjectNode node, String path, List<Site> out) {
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String at = child(path, e.getKey());
      out.add(new Site(node, e.getKey(), at));
      JsonNode v = e.getValue();
      if (v instanceof ObjectNode o) {
        collect(o, at, out);
      } else if (v instanceof ArrayNode a) {
        for (int i = 0; i < a.size(); i++) {
          if (a.get(i) instanceof ObjectNode o) {
            collect(o, at + "[" + i + "]", out);
          }
        }
      }
    }
  }

  /** Every object in the tree, with its path; the root first. */
  static List<Map.Entry<ObjectNode, String>> allObjects(ObjectNode root) {
    List<Map.Entry<ObjectNode, String>> out = new ArrayList<>();
    out.add(Map.entry(root, ""));
    for (Site s : allFields(root)) {
      JsonNode v = s.value();
      if (v instanceof ObjectNode o) {
        out.add(Map.entry(o, s.path()));
      } else if (v instanceof ArrayNode a) {
        for (int i = 0; i < a.size(); i++) {
          if (a.get(i) instanceof ObjectNode o) {
            out.add(Map.entry(o, s.path() + "[" + i + "]"));
          }
        }
      }
    }
    return out;
  }

  static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  static <T> T pick(List<T> values, int seed) {
    return values.get(Math.floorMod(seed, values.size()));
  }
}
