package org.vetcpd.core.wire;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The fields read from one JSON object, by their declaration: what a {@link WireType}'s build
 * function makes a value from, and what is left of an object that failed (whose references are
 * still checked).
 *
 * <p>A field is absent (never given), failed (given, with a problem) or holds its value: a {@code
 * String}, {@code Double}, {@code Integer}, {@code Boolean}, enum constant, {@code ImmutableSet},
 * {@code ImmutableMap}, or for objects the value built (or the {@code WireValues} of an object that
 * failed), in lists in order. Instances are not thread-safe; they are made by the reader. The
 * instance a build function is given is valid only during that call: the reader reuses it, and
 * its array, for the next object at the same depth.
 */
public final class WireValues {
  /** Marks a field that was given with a problem. */
  static final Object FAILED = new Object() {
    @Override
    public String toString() {
      return "FAILED";
    }
  };

  /** Marks a nullable field given as JSON null. */
  static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  private WireType<?> type;
  private Object[] values;
  /** Whether every field read cleanly but the value's own checks failed. */
  private boolean buildFailed;

  WireValues(WireType<?> type, Object[] values) {
    this.type = type;
    this.values = values;
  }

  /** Makes this the view of another object's fields: the reader's scratch view, reused. */
  void reset(WireType<?> type, Object[] values) {
    this.type = type;
    this.values = values;
    this.buildFailed = false;
  }

  void buildFailed() {
    buildFailed = true;
  }

  /**
   * Returns whether every field read cleanly and the value's own checks failed (their problems
   * are recorded); false if some field had a problem.
   *
   * @return true if only the value's checks failed
   */
  public boolean checksFailed() {
    return buildFailed;
  }

  /**
   * Returns the type read.
   *
   * @return the type
   */
  public WireType<?> type() {
    return type;
  }

  private Object raw(WireField f) {
    return values[f.index()];
  }

  /**
   * Returns whether the field was given but had a problem.
   *
   * @param f the field
   * @return true if it failed
   */
  public boolean failed(WireField f) {
    return raw(f) == FAILED;
  }

  /**
   * Returns whether the field was given, with or without a problem.
   *
   * @param f the field
   * @return true if present
   */
  public boolean present(WireField f) {
    return raw(f) != null;
  }

  /**
   * Returns the field's value, or null if absent or failed.
   *
   * @param <V> the value's type
   * @param f the field
   * @return the value
   */
  @SuppressWarnings("unchecked")
  public <V> V get(WireField f) {
    Object v = raw(f);
    return v == FAILED || v == NULL ? null : (V) v;
  }

  /**
   * Returns a string field's value, or null if absent or failed.
   *
   * @param f the field
   * @return the string
   */
  public String text(WireField f) {
    return get(f);
  }

  /**
   * Returns an optional string field.
   *
   * @param f the field
   * @return the string, if given
   */
  public Optional<String> optionalText(WireField f) {
    return Optional.ofNullable(get(f));
  }

  /**
   * Returns a required number field.
   *
   * @param f the field
   * @return the number
   */
  public double number(WireField f) {
    Double d = get(f);
    return d;
  }

  /**
   * Returns an optional number field.
   *
   * @param f the field
   * @return the number, if given
   */
  public OptionalDouble optionalNumber(WireField f) {
    Double d = get(f);
    return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
  }

  /**
   * Returns a required whole number field.
   *
   * @param f the field
   * @return the number
   */
  public int integer(WireField f) {
    Integer i = get(f);
    return i;
  }

  /**
   * Returns an optional whole number field.
   *
   * @param f the field
   * @return the number, if given
   */
  public OptionalInt optionalInteger(WireField f) {
    Integer i = get(f);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /**
   * Returns an optional boolean field.
   *
   * @param f the field
   * @return the boolean, if given
   */
  public Optional<Boolean> optionalBoolean(WireField f) {
    return Optional.ofNullable(get(f));
  }

  /**
   * Returns an optional field of any kind.
   *
   * @param <V> the value's type
   * @param f the field
   * @return the value, if given
   */
  public <V> Optional<V> optional(WireField f) {
    return Optional.ofNullable(get(f));
  }

  /**
   * Returns a set field; absent reads as empty.
   *
   * @param <E> the elements
   * @param f the field
   * @return the set
   */
  public <E> ImmutableSet<E> set(WireField f) {
    ImmutableSet<E> s = get(f);
    return s == null ? ImmutableSet.of() : s;
  }

  /**
   * Returns a map field; absent reads as empty.
   *
   * @param <K> the keys
   * @param <V> the values
   * @param f the field
   * @return the map
   */
  public <K, V> ImmutableMap<K, V> map(WireField f) {
    ImmutableMap<K, V> m = get(f);
    return m == null ? ImmutableMap.of() : m;
  }

  /**
   * Returns a list field (of objects built, or of strings); absent reads as empty.
   *
   * @param <E> the elements
   * @param f the field
   * @return the list
   */
  @SuppressWarnings("unchecked")
  public <E> ImmutableList<E> list(WireField f) {
    List<E> l = get(f);
    return l == null ? ImmutableList.of() : ImmutableList.copyOf(l);
  }
}
