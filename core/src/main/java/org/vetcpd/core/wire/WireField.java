package org.vetcpd.core.wire;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.function.Supplier;

/**
 * One field of a wire type: its JSON name and shape, whether it is required, its default, its
 * range, and the words the documentation shows for it.
 *
 * <p>Fields are declared once, in the declaration of their type ({@link DatasetWire} for the data
 * set), and everything that reads, writes or documents the field is derived from that declaration.
 * A field is built with {@link #of(String, WireKind)} and the {@code with} methods, each of which
 * returns a copy. This class is immutable and thread-safe once its type is declared.
 */
public final class WireField {
  private final String name;
  private final WireKind kind;
  private final boolean required;
  private final boolean nullable;
  private final Class<? extends Enum<?>> enumType;
  private final Class<? extends Enum<?>> valueEnumType;
  private final ImmutableList<String> keys;
  private final Supplier<WireType<?>> element;
  private final Double min;
  private final boolean minExclusive;
  private final Double max;
  private final String docType;
  private final String defaultText;
  private final String description;
  /** Whether the values repeat across a document (codes, references): the reader shares them. */
  private final boolean shared;
  /** This field's place in its type, set once when the type is declared. */
  private int index = -1;

  private WireField(String name, WireKind kind, boolean required, boolean nullable,
      Class<? extends Enum<?>> enumType, Class<? extends Enum<?>> valueEnumType,
      ImmutableList<String> keys, Supplier<WireType<?>> element, Double min, boolean minExclusive,
      Double max, String docType, String defaultText, String description, boolean shared) {
    this.name = name;
    this.kind = kind;
    this.required = required;
    this.nullable = nullable;
    this.enumType = enumType;
    this.valueEnumType = valueEnumType;
    this.keys = keys;
    this.element = element;
    this.min = min;
    this.minExclusive = minExclusive;
    this.max = max;
    this.docType = docType;
    this.defaultText = defaultText;
    this.description = description;
    this.shared = shared;
  }

  /**
   * Declares an optional field of the given name and shape.
   *
   * @param name the JSON name
   * @param kind the JSON shape
   * @return the field
   */
  public static WireField of(String name, WireKind kind) {
    return new WireField(requireNonNull(name, "name"), requireNonNull(kind, "kind"), false, false,
        null, null, ImmutableList.of(), null, null, false, null, "", "", "", false);
  }

  private WireField copy(boolean required, boolean nullable, Class<? extends Enum<?>> enumType,
      Class<? extends Enum<?>> valueEnumType, ImmutableList<String> keys,
      Supplier<WireType<?>> element, Double min, boolean minExclusive, Double max, String docType,
      String defaultText, String description) {
    return new WireField(name, kind, required, nullable, enumType, valueEnumType, keys, element,
        min, minExclusive, max, docType, defaultText, description, shared);
  }

  /**
   * Returns a copy that must be present.
   *
   * @return the copy
   */
  public WireField required() {
    return copy(true, nullable, enumType, valueEnumType, keys, element, min, minExclusive, max,
        docType, defaultText, description);
  }

  /**
   * Returns a copy whose text values (or set entries) repeat across a document: codes and ids of
   * a small catalogue and the references to them. The reader keeps one copy of each such value,
   * so that a reference is the very string of the id it names. Values are the same either way.
   *
   * @return the copy
   */
  public WireField shared() {
    return new WireField(name, kind, required, nullable, enumType, valueEnumType, keys, element,
        min, minExclusive, max, docType, defaultText, description, true);
  }

  /**
   * Returns whether the field's text values repeat across a document (see {@link #shared()}).
   *
   * @return true if the reader keeps one copy of each value
   */
  public boolean isShared() {
    return shared;
  }

  /**
   * Returns a copy that may be JSON {@code null} (reports write null for "not assessed").
   *
   * @return the copy
   */
  public WireField nullable() {
    return copy(required, true, enumType, valueEnumType, keys, element, min, minExclusive, max,
        docType, defaultText, description);
  }

  /**
   * Returns a copy whose values (or, for maps, keys) are the constants of {@code type}.
   *
   * @param type the enum
   * @return the copy
   */
  public WireField enumOf(Class<? extends Enum<?>> type) {
    return copy(required, nullable, requireNonNull(type, "type"), valueEnumType, keys, element,
        min, minExclusive, max, docType, defaultText, description);
  }

  /**
   * Returns a copy whose map values are the constants of {@code type}.
   *
   * @param type the enum
   * @return the copy
   */
  public WireField valuesOf(Class<? extends Enum<?>> type) {
    return copy(required, nullable, enumType, requireNonNull(type, "type"), keys, element, min,
        minExclusive, max, docType, defaultText, description);
  }

  /**
   * Returns a copy whose map keys are limited to {@code keys}.
   *
   * @param keys the allowed keys, in order
   * @return the copy
   */
  public WireField keys(Iterable<String> keys) {
    return copy(required, nullable, enumType, valueEnumType, ImmutableList.copyOf(keys), element,
        min, minExclusive, max, docType, defaultText, description);
  }

  /**
   * Returns a copy whose objects are of the given type (given lazily, for types declared later).
   *
   * @param type the element type
   * @return the copy
   */
  public WireField element(Supplier<WireType<?>> type) {
    return copy(required, nullable, enumType, valueEnumType, keys, requireNonNull(type, "type"),
        min, minExclusive, max, docType, defaultText, description);
  }

  /**
   * Returns a copy with an inclusive (or exclusive) lower and an inclusive upper bound; either may
   * be null. The bounds are documentation and schema: the domain types check them.
   *
   * @param min the lower bound, or null
   * @param exclusive whether the lower bound is exclusive
   * @param max the upper bound, or null
   * @return the copy
   */
  public WireField range(Double min, boolean exclusive, Double max) {
    return copy(required, nullable, enumType, valueEnumType, keys, element, min, exclusive, max,
        docType, defaultText, description);
  }

  /**
   * Returns a copy with the documentation's words: the type column, the default column, and the
   * meaning column.
   *
   * @param docType the type as the documentation names it, e.g. {@code set of programme codes}
   * @param defaultText the default as the documentation shows it, e.g. {@code `[]`}; empty for a
   *     required field
   * @param description the constraints and meaning
   * @return the copy
   */
  public WireField doc(String docType, String defaultText, String description) {
    return copy(required, nullable, enumType, valueEnumType, keys, element, min, minExclusive,
        max, requireNonNull(docType, "docType"), requireNonNull(defaultText, "defaultText"),
        requireNonNull(description, "description"));
  }

  void index(int index) {
    if (this.index >= 0) {
      throw new IllegalStateException("field " + name + " is declared in two types");
    }
    this.index = index;
  }

  /**
   * Returns the field's place in its type.
   *
   * @return the index, from 0
   */
  public int index() {
    return index;
  }

  /**
   * Returns the JSON name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the JSON shape.
   *
   * @return the kind
   */
  public WireKind kind() {
    return kind;
  }

  /**
   * Returns whether the field must be present.
   *
   * @return true if required
   */
  public boolean isRequired() {
    return required;
  }

  /**
   * Returns whether the field may be JSON null.
   *
   * @return true if nullable
   */
  public boolean isNullable() {
    return nullable;
  }

  /**
   * Returns the enum of the values (enum fields, sets) or keys (enum maps).
   *
   * @return the enum, or null
   */
  public Class<? extends Enum<?>> enumType() {
    return enumType;
  }

  /**
   * Returns the enum of an enum map's values.
   *
   * @return the enum, or null
   */
  public Class<? extends Enum<?>> valueEnumType() {
    return valueEnumType;
  }

  /**
   * Returns the allowed keys of a string-keyed map; empty if any key is allowed.
   *
   * @return the keys
   */
  public ImmutableList<String> keys() {
    return keys;
  }

  /**
   * Returns the type of an object field or of a list's elements.
   *
   * @return the type, or null
   */
  public WireType<?> elementType() {
    return element == null ? null : element.get();
  }

  /**
   * Returns the lower bound.
   *
   * @return the bound, or null
   */
  public Double min() {
    return min;
  }

  /**
   * Returns whether the lower bound is exclusive.
   *
   * @return true if exclusive
   */
  public boolean minExclusive() {
    return minExclusive;
  }

  /**
   * Returns the upper bound (inclusive).
   *
   * @return the bound, or null
   */
  public Double max() {
    return max;
  }

  /**
   * Returns the type as the documentation names it.
   *
   * @return the words
   */
  public String docType() {
    return docType;
  }

  /**
   * Returns the default as the documentation shows it; empty for a required field.
   *
   * @return the words
   */
  public String defaultText() {
    return defaultText;
  }

  /**
   * Returns the constraints and meaning as the documentation states them.
   *
   * @return the words
   */
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return name;
  }
}
