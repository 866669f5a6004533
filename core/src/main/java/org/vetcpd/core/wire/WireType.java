package org.vetcpd.core.wire;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.io.SerializedString;
import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The declaration of one JSON object type of the wire format: its fields in order, and how a value
 * is built from the fields read.
 *
 * <p>The order of the fields is the order in which they are written, documented and listed in
 * problems. This class is immutable and thread-safe.
 *
 * @param <T> the type of the values built
 */
public final class WireType<T> {
  private final String name;
  private final String description;
  private final ImmutableList<WireField> fields;
  private final Map<String, WireField> byName;
  private final String fieldList;
  /** The fields' names, for a lookup by identity: the parser interns the names it reads. */
  private final String[] names;
  /** The names, quoted and encoded once, for the parser to match on bytes. */
  private final SerializedString[] serialized;
  /** The fields by index, for the reader's hot loop (no list view, no iterator). */
  private final WireField[] byIndex;
  /** The indexes of the required fields, in order. */
  private final int[] required;
  private final Function<WireValues, T> build;

  private WireType(String name, String description, Function<WireValues, T> build,
      WireField... fields) {
    this.name = requireNonNull(name, "name");
    this.description = requireNonNull(description, "description");
    this.build = requireNonNull(build, "build");
    this.fields = ImmutableList.copyOf(fields);
    this.byName = new HashMap<>();
    for (int i = 0; i < fields.length; i++) {
      fields[i].index(i);
      if (byName.put(fields[i].name(), fields[i]) != null) {
        throw new IllegalArgumentException(name + " declares " + fields[i].name() + " twice");
      }
    }
    this.names = new String[fields.length];
    this.serialized = new SerializedString[fields.length];
    for (int i = 0; i < fields.length; i++) {
      names[i] = fields[i].name().intern();
      serialized[i] = new SerializedString(names[i]);
    }
    this.byIndex = fields.clone();
    // Loops, not streams: the declarations are built on the read's thread as a command starts,
    // where a stream's first use costs a cold JVM about a millisecond.
    int[] req = new int[fields.length];
    int nreq = 0;
    StringBuilder list = new StringBuilder();
    for (WireField f : fields) {
      if (f.isRequired()) {
        req[nreq++] = f.index();
      }
      list.append(list.length() == 0 ? "" : ", ").append(f.name());
    }
    this.required = Arrays.copyOf(req, nreq);
    this.fieldList = list.toString();
  }

  /**
   * Declares a type.
   *
   * @param <T> the values built
   * @param name the type's name, e.g. {@code CpdPlan}
   * @param description one line saying what the object is
   * @param build builds a value from fields that all read without a problem; may throw {@link
   *     org.vetcpd.core.ValidationException}, whose problems are then reported at the object
   * @param fields the fields, in order
   * @return the type
   */
  public static <T> WireType<T> of(String name, String description,
      Function<WireValues, T> build, WireField... fields) {
    return new WireType<>(name, description, build, fields);
  }

  /**
   * Returns the type's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns what the object is, in one line.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Returns the fields, in order.
   *
   * @return the fields
   */
  public ImmutableList<WireField> fields() {
    return fields;
  }

  /**
   * Returns the field of the given name.
   *
   * @param name the JSON name
   * @return the field, or null if the type has none of that name
   */
  public WireField field(String name) {
    return byName.get(name);
  }

  /**
   * Returns the fields' names, comma-separated, for a message.
   *
   * @return the names
   */
  public String fieldList() {
    return fieldList;
  }

  /** The name of the field declared at {@code index}, for {@code JsonParser.nextFieldName}. */
  SerializedString serializedName(int index) {
    return serialized[index];
  }

  /** The number of fields. */
  int size() {
    return byIndex.length;
  }

  /** The field declared at {@code index}. */
  WireField fieldAt(int index) {
    return byIndex[index];
  }

  /** The indexes of the required fields, in declaration order; not to be modified. */
  int[] requiredIndexes() {
    return required;
  }

  /**
   * Returns the field of the given name, looking first at {@code hint} and after it: fields
   * mostly come in declaration order, and names read by the parser are interned.
   */
  WireField field(String name, int hint) {
    // two plain loops, from the hint to the end and from the start to the hint, rather than one
    // whose index wraps around: the optimising compiler checks a plain loop's bounds once, before
    // it, and a wrapping index that broke its assumption sent every reading method it was
    // compiled into back to be compiled again (half a second of compiling, early in a stream)
    String[] names = this.names;
    for (int i = hint; i < names.length; i++) {
      if (names[i] == name) {
        return byIndex[i];
      }
    }
    for (int i = 0; i < hint && i < names.length; i++) {
      if (names[i] == name) {
        return byIndex[i];
      }
    }
    return byName.get(name);
  }

  T build(WireValues values) {
    return build.apply(values);
  }

  @Override
  public String toString() {
    return name;
  }
}
