package org.vetcpd.core.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.vetcpd.core.Problem;
import org.vetcpd.core.Problems;
import org.vetcpd.core.ValidationException;

/**
 * Reads the fields of one JSON object strictly, recording every problem with its path instead of
 * stopping at the first.
 *
 * <p>Each accessor returns the field's value, or {@code null} (an empty optional, an empty
 * collection) when the field is missing or invalid, after recording why. A reader builds its value
 * only when {@link #ok()} says that nothing went wrong in the object or anything read below it,
 * and then through {@link #build(Supplier)}, which turns a failing invariant into problems at this
 * object's path. So a document is either read whole or not at all.
 *
 * <p>Numbers must be JSON numbers (never strings), finite; whole numbers must be integral;
 * booleans must be JSON booleans; enum constants must match exactly (never by index); sets reject
 * a repeated entry. Unknown fields are problems unless the options allow them.
 *
 * <p>Instances are mutable and not thread-safe; use one per object read.
 */
public final class JsonFields {
  private final JsonNode node;
  /** This object's path, built when first needed: most objects never report a problem. */
  private String path;
  /** The object holding the array this object is an element of; null if {@link #path} is set. */
  private final JsonFields parent;
  /** The parent's array field. */
  private final String arrayName;
  /** This object's index in the parent's array. */
  private final int index;
  private final Problems problems;
  private final JsonOptions options;
  private final int problemsAtStart;

  private JsonFields(JsonNode node, String path, JsonFields parent, String arrayName, int index,
      Problems problems, JsonOptions options, int problemsAtStart) {
    this.node = node;
    this.path = path;
    this.parent = parent;
    this.arrayName = arrayName;
    this.index = index;
    this.problems = problems;
    this.options = options;
    this.problemsAtStart = problemsAtStart;
  }

  /**
   * Starts reading an object, checking that {@code node} is an object whose fields are all among
   * {@code fields} (unless the options allow unknown fields).
   *
   * @param node the node to read
   * @param path the node's path in the document; empty for the root
   * @param problems where problems are recorded
   * @param options the reading options
   * @param fields the names of the fields the object may have
   * @return a reader; if the node is no object, one whose every field is missing
   */
  public static JsonFields of(
      JsonNode node, String path, Problems problems, JsonOptions options, String... fields) {
    requireNonNull(node, "node");
    requireNonNull(path, "path");
    requireNonNull(problems, "problems");
    requireNonNull(options, "options");
    return of(node, path, null, null, -1, problems, options, FieldNames.of(fields));
  }

  static JsonFields of(
      JsonNode node, String path, Problems problems, JsonOptions options, FieldNames fields) {
    return of(node, path, null, null, -1, problems, options, fields);
  }

  private static JsonFields of(JsonNode node, String path, JsonFields parent, String arrayName,
      int index, Problems problems, JsonOptions options, FieldNames fields) {
    int start = problems.size();
    JsonFields f =
        new JsonFields(node, path, parent, arrayName, index, problems, options, start);
    if (!node.isObject()) {
      problems.add(f.path(), "expected an object, was " + describe(node));
      return f;
    }
    if (!options.allowUnknownFields()) {
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!fields.contains(name)) {
          problems.add(child(f.path(), name), "unknown field; expected one of " + fields);
        }
      }
    }
    return f;
  }

  /**
   * Returns this object's path.
   *
   * @return the path
   */
  public String path() {
    if (path == null) {
      path = parent.path(arrayName) + "[" + index + "]";
    }
    return path;
  }

  /**
   * Returns the path of one of this object's fields.
   *
   * @param name the field
   * @return the field's path
   */
  public String path(String name) {
    requireNonNull(name, "name");
    return child(path(), name);
  }

  /** The path of element {@code index} of array field {@code name}, or of the field if -1. */
  private String path(String name, int index) {
    return index < 0 ? path(name) : path(name) + "[" + index + "]";
  }

  /**
   * Returns whether no problem was recorded since this object was started, in it or below it.
   *
   * @return true if the object read cleanly so far
   */
  public boolean ok() {
    // Only problems at or below this object's path count: the readers of an array's elements are
    // all started before the first is read, so a problem in one element must not stop the next
    // from being built (and its own problems from being found).
    if (problems.size() == problemsAtStart) {
      return true;
    }
    String path = path();
    for (Problem p : problems.since(problemsAtStart)) {
      String at = p.path();
      if (path.isEmpty() || at.equals(path) || at.startsWith(path + ".")
          || at.startsWith(path + "[")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Builds the object's value if it read cleanly; a {@link ValidationException} from the build
   * (a broken invariant) is recorded at this object's path.
   *
   * @param <T> the value's type
   * @param builder builds the value
   * @return the value, or null if the object did not read cleanly or its build failed
   */
  public <T> T build(Supplier<T> builder) {
    requireNonNull(builder, "builder");
    if (!ok()) {
      return null;
    }
    try {
      return builder.get();
    } catch (ValidationException e) {
      problems.addAll(path(), e.problems());
      return null;
    }
  }

  /**
   * Returns whether the object has the field (with any value, null included).
   *
   * @param name the field
   * @return true if present
   */
  public boolean has(String name) {
    requireNonNull(name, "name");
    return node.isObject() && node.has(name);
  }

  /**
   * Returns a field's string value without checking anything or recording a problem; for
   * readers that need an entry's id even when the entry is invalid.
   *
   * @param name the field
   * @return the string, or null if the field is missing or not a string
   */
  public String peekText(String name) {
    requireNonNull(name, "name");
    JsonNode v = node.isObject() ? node.get(name) : null;
    return v != null && v.isTextual() ? v.textValue() : null;
  }

  /**
   * Reads a required string.
   *
   * @param name the field
   * @return the string, or null if missing or invalid
   */
  public String text(String name) {
    requireNonNull(name, "name");
    JsonNode v = required(name);
    return v == null ? null : text(v, name, -1, null);
  }

  /**
   * Reads an optional string.
   *
   * @param name the field
   * @return the string, empty if missing or invalid
   */
  public Optional<String> optionalText(String name) {
    requireNonNull(name, "name");
    JsonNode v = optional(name);
    return v == null ? Optional.empty() : Optional.ofNullable(text(v, name, -1, null));
  }

  /**
   * Reads a required finite number.
   *
   * @param name the field
   * @return the number, or null if missing or invalid
   */
  public Double number(String name) {
    requireNonNull(name, "name");
    JsonNode v = required(name);
    return v == null ? null : number(v, name, -1, null);
  }

  /**
   * Reads an optional finite number.
   *
   * @param name the field
   * @return the number, empty if missing or invalid
   */
  public OptionalDouble optionalNumber(String name) {
    requireNonNull(name, "name");
    JsonNode v = optional(name);
    Double d = v == null ? null : number(v, name, -1, null);
    return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
  }

  /**
   * Reads a required whole number in {@code int} range.
   *
   * @param name the field
   * @return the number, or null if missing or invalid
   */
  public Integer integer(String name) {
    requireNonNull(name, "name");
    JsonNode v = required(name);
    return v == null ? null : integer(v, name, -1, null);
  }

  /**
   * Reads an optional whole number in {@code int} range.
   *
   * @param name the field
   * @return the number, empty if missing or invalid
   */
  public OptionalInt optionalInteger(String name) {
    requireNonNull(name, "name");
    JsonNode v = optional(name);
    Integer i = v == null ? null : integer(v, name, -1, null);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /**
   * Reads an optional boolean.
   *
   * @param name the field
   * @return the boolean, empty if missing or invalid
   */
  public Optional<Boolean> optionalBoolean(String name) {
    requireNonNull(name, "name");
    JsonNode v = optional(name);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isBoolean()) {
      problems.add(path(name), "expected true or false, was " + describe(v));
      return Optional.empty();
    }
    return Optional.of(v.booleanValue());
  }

  /**
   * Reads a required enum constant, by its exact name.
   *
   * @param <E> the enum
   * @param name the field
   * @param type the enum's class
   * @return the constant, or null if missing or invalid
   */
  public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    JsonNode v = required(name);
    return v == null ? null : constant(v, name, -1, null, type);
  }

  /**
   * Reads an optional enum constant, by its exact name.
   *
   * @param <E> the enum
   * @param name the field
   * @param type the enum's class
   * @return the constant, empty if missing or invalid
   */
  public <E extends Enum<E>> Optional<E> optionalEnum(String name, Class<E> type) {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    JsonNode v = optional(name);
    return v == null ? Optional.empty() : Optional.ofNullable(constant(v, name, -1, null, type));
  }

  /**
   * Reads an optional array of distinct enum constants; missing reads as empty.
   *
   * @param <E> the enum
   * @param name the field
   * @param type the enum's class
   * @return the constants in document order
   */
  public <E extends Enum<E>> ImmutableSet<E> enumSet(String name, Class<E> type) {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    JsonNode v = array(name);
    if (v == null || v.isEmpty()) {
      return ImmutableSet.of();
    }
    EnumSet<E> seen = EnumSet.noneOf(type);
    ImmutableSet.Builder<E> out = ImmutableSet.builderWithExpectedSize(v.size());
    for (int i = 0; i < v.size(); i++) {
      E e = constant(v.get(i), name, i, null, type);
      if (e != null) {
        if (seen.add(e)) {
          out.add(e);
        } else {
          problems.add(path(name, i), "duplicate value \"" + e.name() + "\"");
        }
      }
    }
    return out.build();
  }

  /**
   * Reads an optional array of distinct strings; missing reads as empty.
   *
   * @param name the field
   * @return the strings in document order
   */
  public ImmutableSet<String> textSet(String name) {
    requireNonNull(name, "name");
    return optionalTextSet(name).orElse(ImmutableSet.of());
  }

  /**
   * Reads an optional array of distinct strings, telling a missing field from an empty array.
   *
   * @param name the field
   * @return the strings in document order, or empty if the field is missing or null
   */
  public Optional<ImmutableSet<String>> optionalTextSet(String name) {
    requireNonNull(name, "name");
    if (optional(name) == null) {
      return Optional.empty();
    }
    JsonNode v = array(name);
    if (v == null || v.isEmpty()) {
      return Optional.of(ImmutableSet.of());
    }
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < v.size(); i++) {
      String s = text(v.get(i), name, i, null);
      if (s != null && !out.add(s)) {
        problems.add(path(name, i), "duplicate value \"" + s + "\"");
      }
    }
    return Optional.of(ImmutableSet.copyOf(out));
  }

  /**
   * Reads an optional object whose keys are enum constants and values are finite numbers.
   *
   * @param <E> the key enum
   * @param name the field
   * @param type the key enum's class
   * @return the map, empty if the field is missing or null
   */
  public <E extends Enum<E>> Optional<ImmutableMap<E, Double>> optionalEnumNumberMap(
      String name, Class<E> type) {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    JsonNode v = optional(name);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isObject()) {
      problems.add(path(name), "expected an object, was " + describe(v));
      return Optional.of(ImmutableMap.of());
    }
    Map<E, Double> out = new EnumMap<>(type);
    for (Map.Entry<String, JsonNode> e : v.properties()) {
      E key = constantNamed(e.getKey(), name, e.getKey(), type, "key");
      JsonNode value = e.getValue();
      if (key != null && notNull(value, name, e.getKey())) {
        Double d = number(value, name, -1, e.getKey());
        if (d != null) {
          out.put(key, d);
        }
      }
    }
    return Optional.of(ImmutableMap.copyOf(out));
  }

  /**
   * Reads an optional object whose keys and values are both enum constants; missing reads as
   * empty.
   *
   * @param <K> the key enum
   * @param <V> the value enum
   * @param name the field
   * @param keyType the key enum's class
   * @param valueType the value enum's class
   * @return the map
   */
  public <K extends Enum<K>, V extends Enum<V>> ImmutableMap<K, V> enumMap(
      String name, Class<K> keyType, Class<V> valueType) {
    requireNonNull(name, "name");
    requireNonNull(keyType, "keyType");
    requireNonNull(valueType, "valueType");
    JsonNode v = optional(name);
    if (v == null) {
      return ImmutableMap.of();
    }
    if (!v.isObject()) {
      problems.add(path(name), "expected an object, was " + describe(v));
      return ImmutableMap.of();
    }
    Map<K, V> out = new EnumMap<>(keyType);
    for (Map.Entry<String, JsonNode> e : v.properties()) {
      K key = constantNamed(e.getKey(), name, e.getKey(), keyType, "key");
      JsonNode value = e.getValue();
      if (key != null && notNull(value, name, e.getKey())) {
        V c = constant(value, name, -1, e.getKey(), valueType);
        if (c != null) {
          out.put(key, c);
        }
      }
    }
    return ImmutableMap.copyOf(out);
  }

  /**
   * Reads an optional object whose keys are strings and values are finite numbers; missing reads
   * as empty.
   *
   * @param name the field
   * @return the map in document order
   */
  public ImmutableMap<String, Double> numberMap(String name) {
    requireNonNull(name, "name");
    JsonNode v = optional(name);
    if (v == null) {
      return ImmutableMap.of();
    }
    if (!v.isObject()) {
      problems.add(path(name), "expected an object, was " + describe(v));
      return ImmutableMap.of();
    }
    ImmutableMap.Builder<String, Double> out = ImmutableMap.builder();
    for (Map.Entry<String, JsonNode> e : v.properties()) {
      Double d = number(e.getValue(), name, -1, e.getKey());
      if (d != null) {
        out.put(e.getKey(), d);
      }
    }
    return out.buildOrThrow();
  }

  /**
   * Reads an optional object field as a nested object; missing reads as null without a problem.
   *
   * @param name the field
   * @param fields the names of the nested object's fields
   * @return a reader for the nested object, or null if missing
   */
  public JsonFields optionalObject(String name, String... fields) {
    requireNonNull(name, "name");
    requireNonNull(fields, "fields");
    JsonNode v = optional(name);
    return v == null ? null : of(v, path(name), problems, options, fields);
  }

  /**
   * Reads an optional array of objects; missing reads as empty.
   *
   * @param name the field
   * @param fields the names of the elements' fields
   * @return a reader for each element, in order
   */
  public ImmutableList<JsonFields> objects(String name, String... fields) {
    requireNonNull(name, "name");
    requireNonNull(fields, "fields");
    return objects(name, FieldNames.of(fields));
  }

  ImmutableList<JsonFields> objects(String name, FieldNames fields) {
    JsonNode v = array(name);
    if (v == null || v.isEmpty()) {
      return ImmutableList.of();
    }
    JsonFields[] out = new JsonFields[v.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = of(v.get(i), null, this, name, i, problems, options, fields);
    }
    return ImmutableList.copyOf(out);
  }

  // ---------------------------------------------------------------------------------------------

  private JsonNode required(String name) {
    if (!node.isObject()) {
      return null;
    }
    JsonNode v = node.get(name);
    if (v == null) {
      problems.add(path(name), "is required");
      return null;
    }
    if (v.isNull()) {
      problems.add(path(name), "must not be null");
      return null;
    }
    return v;
  }

  private JsonNode optional(String name) {
    if (!node.isObject()) {
      return null;
    }
    JsonNode v = node.get(name);
    if (v != null && v.isNull()) {
      problems.add(path(name), "must not be null; leave the field out instead");
      return null;
    }
    return v;
  }

  /** An optional array field; null, after recording why, if missing, null or no array. */
  private JsonNode array(String name) {
    JsonNode v = optional(name);
    if (v == null) {
      return null;
    }
    if (!v.isArray()) {
      problems.add(path(name), "expected an array, was " + describe(v));
      return null;
    }
    return v;
  }

  private boolean notNull(JsonNode value, String name, String key) {
    if (value.isNull()) {
      problems.add(at(name, -1, key), "must not be null");
      return false;
    }
    return true;
  }

  /**
   * The path of field {@code name}, its element {@code index} (unless -1), and that one's entry
   * {@code key} (unless null). Built only when a problem is recorded.
   */
  private String at(String name, int index, String key) {
    String at = path(name, index);
    return key == null ? at : child(at, key);
  }

  private String text(JsonNode v, String name, int index, String key) {
    if (!v.isTextual()) {
      problems.add(at(name, index, key), "expected a string, was " + describe(v));
      return null;
    }
    return v.textValue();
  }

  private Double number(JsonNode v, String name, int index, String key) {
    if (!v.isNumber()) {
      problems.add(at(name, index, key), "expected a number, was " + describe(v));
      return null;
    }
    double d = v.doubleValue();
    if (!Double.isFinite(d)) {
      problems.add(at(name, index, key), "number out of range: " + v.asText());
      return null;
    }
    return d;
  }

  private Integer integer(JsonNode v, String name, int index, String key) {
    if (!v.isNumber()) {
      problems.add(at(name, index, key), "expected a whole number, was " + describe(v));
      return null;
    }
    if (v.isIntegralNumber()) {
      if (!v.canConvertToInt()) {
        problems.add(at(name, index, key), "number out of range: " + v.asText());
        return null;
      }
      return v.intValue();
    }
    double d = v.doubleValue();
    if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
      problems.add(at(name, index, key), "expected a whole number, was " + v.asText());
      return null;
    }
    return (int) d;
  }

  private <E extends Enum<E>> E constant(
      JsonNode v, String name, int index, String key, Class<E> type) {
    if (!v.isTextual()) {
      problems.add(at(name, index, key),
          "expected one of " + constants(type) + ", was " + describe(v));
      return null;
    }
    E e = constantOrNull(v.textValue(), type);
    if (e == null) {
      problems.add(at(name, index, key), "unknown value \"" + v.textValue()
          + "\"; expected one of " + constants(type));
    }
    return e;
  }

  /** An enum key of map field {@code name}. */
  private <E extends Enum<E>> E constantNamed(
      String text, String name, String key, Class<E> type, String what) {
    E e = constantOrNull(text, type);
    if (e == null) {
      problems.add(at(name, -1, key),
          "unknown " + what + " \"" + text + "\"; expected one of " + constants(type));
    }
    return e;
  }

  /** Each enum's constants by name, looked up once: {@code getEnumConstants()} copies. */
  private static final ClassValue<Map<String, Enum<?>>> CONSTANTS = new ClassValue<>() {
    @Override
    protected Map<String, Enum<?>> computeValue(Class<?> type) {
      Map<String, Enum<?>> byName = new HashMap<>();
      for (Object e : type.getEnumConstants()) {
        byName.put(((Enum<?>) e).name(), (Enum<?>) e);
      }
      return byName;
    }
  };

  static <E extends Enum<E>> E constantOrNull(String name, Class<E> type) {
    return type.cast(CONSTANTS.get(type).get(name));
  }

  private static String constants(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  static String describe(JsonNode v) {
    switch (v.getNodeType()) {
      case STRING:
        String s = v.textValue();
        return "a string \"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
      case NUMBER:
        return "a number " + v.asText();
      case BOOLEAN:
        return v.asText();
      case NULL:
        return "null";
      case ARRAY:
        return "an array";
      case OBJECT:
        return "an object";
      default:
        return v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
