package org.vetcpd.core.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a JSON Schema (draft 2020-12) of a declared type and every type it holds, from the
 * declaration alone: so that an editor can complete and check a document while it is written.
 *
 * <p>The schema states the shapes, required fields, allowed values, ranges and defaults; rules that
 * span fields or documents (ids unique, references resolving, weights with a positive one, texts
 * not blank) are the reader's. This class is immutable and thread-safe.
 */
public final class JsonSchemas {
  /** Where the schemas are published; each schema's {@code $id} is this and its file name. */
  public static final String BASE = "https://raw.githubusercontent.com/vetcpd/vetcpd/main/docs/schema/";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonSchemas() {}

  /**
   * Returns the schema of documents whose root is {@code root}, as indented JSON ending in a line
   * break.
   *
   * @param file the schema's file name, e.g. {@code dataset.schema.json}
   * @param title the schema's title
   * @param root the root type
   * @return the schema's text
   */
  public static String schema(String file, String title, WireType<?> root) {
    Map<String, WireType<?>> types = new LinkedHashMap<>();
    collect(root, types);
    ObjectNode s = NODES.objectNode();
    s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    s.put("$id", BASE + file);
    s.put("title", title);
    object(s, root);
    if (types.size() > 1) {
      ObjectNode defs = s.putObject("$defs");
      for (WireType<?> t : types.values()) {
        if (t != root) {
          object(defs.putObject(t.name()), t);
        }
      }
    }
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withArrayIndenter(indenter).withObjectIndenter(indenter);
    try {
      return MAPPER.writer(pretty).writeValueAsString(s) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void collect(WireType<?> t, Map<String, WireType<?>> types) {
    if (types.putIfAbsent(t.name(), t) != null) {
      return;
    }
    for (WireField f : t.fields()) {
      if (f.elementType() != null) {
        collect(f.elementType(), types);
      }
    }
  }

  private static void object(ObjectNode s, WireType<?> t) {
    s.put("description", t.description());
    s.put("type", "object");
    ObjectNode properties = s.putObject("properties");
    List<String> required = new ArrayList<>();
    for (WireField f : t.fields()) {
      properties.set(f.name(), field(f));
      if (f.isRequired()) {
        required.add(f.name());
      }
    }
    if (!required.isEmpty()) {
      ArrayNode r = s.putArray("required");
      required.forEach(r::add);
    }
    s.put("additionalProperties", false);
  }

  private static ObjectNode field(WireField f) {
    ObjectNode s = NODES.objectNode();
    if (!f.description().isEmpty()) {
      s.put("description", f.description());
    }
    ObjectNode value = s;
    if (f.isNullable()) {
      ArrayNode any = s.putArray("anyOf");
      value = any.addObject();
      any.addObject().put("type", "null");
    }
    switch (f.kind()) {
      case STRING:
        value.put("type", "string");
        break;
      case NUMBER:
        value.put("type", "number");
        range(value, f);
        break;
      case INTEGER:
        value.put("type", "integer");
        range(value, f);
        if (f.max() == null) {
          value.put("maximum", Integer.MAX_VALUE);
        }
        break;
      case BOOLEAN:
        value.put("type", "boolean");
        break;
      case ENUM:
        constants(value, f.enumType());
        break;
      case STRING_SET:
      case ENUM_SET:
      case STRING_LIST:
        value.put("type", "array");
        ObjectNode items = value.putObject("items");
        if (f.kind() == WireKind.ENUM_SET) {
          constants(items, f.enumType());
        } else {
          items.put("type", "string");
        }
        if (f.kind() != WireKind.STRING_LIST) {
          value.put("uniqueItems", true);
        }
        break;
      case ENUM_NUMBER_MAP:
      case ENUM_ENUM_MAP:
      case STRING_NUMBER_MAP:
        value.put("type", "object");
        if (f.enumType() != null) {
          constants(value.putObject("propertyNames"), f.enumType());
        } else if (!f.keys().isEmpty()) {
          ArrayNode keys = value.putObject("propertyNames").putArray("enum");
          f.keys().forEach(keys::add);
        }
        ObjectNode values = value.putObject("additionalProperties");
        if (f.kind() == WireKind.ENUM_ENUM_MAP) {
          constants(values, f.valueEnumType());
        } else {
          values.put("type", "number");
          range(values, f);
        }
        break;
      case OBJECT:
        value.put("$ref", "#/$defs/" + f.elementType().name());
        break;
      case OBJECT_LIST:
        value.put("type", "array");
        value.putObject("items").put("$ref", "#/$defs/" + f.elementType().name());
        break;
      default:
        throw new AssertionError(f.kind());
    }
    JsonNode dflt = defaultValue(f.defaultText());
    if (dflt != null) {
      s.set("default", dflt);
    }
    return s;
  }

  /** A default shown as a JSON literal in backticks ({@code `[]`}, {@code `1`}); else none. */
  private static JsonNode defaultValue(String text) {
    if (text.length() < 3 || !text.startsWith("`") || !text.endsWith("`")) {
      return null;
    }
    try {
      return MAPPER.readTree(text.substring(1, text.length() - 1));
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static void range(ObjectNode s, WireField f) {
    if (f.min() != null) {
      number(s, f.minExclusive() ? "exclusiveMinimum" : "minimum", f.min());
    }
    if (f.max() != null) {
      number(s, "maximum", f.max());
    }
  }

  private static void number(ObjectNode s, String name, double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      s.put(name, (long) v);
    } else {
      s.put(name, v);
    }
  }

  private static void constants(ObjectNode s, Class<? extends Enum<?>> type) {
    ArrayNode e = s.putArray("enum");
    for (Enum<?> c : type.getEnumConstants()) {
      e.add(c.name());
    }
  }
}
