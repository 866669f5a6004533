package org.vetcpd.core.wire;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.internal.Excerpt;
import org.vetcpd.core.internal.NumberText;
import org.vetcpd.core.internal.QuietChecks;
import org.vetcpd.core.internal.Utf8;
import org.vetcpd.core.json.JsonOptions;
import org.vetcpd.core.json.PlanListener;

/**
 * The one streaming reader of vetcpd's JSON: reads objects of a declared {@link WireType} straight
 * from Jackson's token stream, in one pass, without a tree.
 *
 * <p>Every problem is recorded at its path ({@code plans[3].items[0].hours}) and reading goes on
 * past it (a bad value's children are skipped); a value is built only when its object and
 * everything in it read without a problem. Time is linear in the document's length whatever it
 * holds: an object knows whether it had a problem by comparing a counter, and problems past the
 * cap are counted, not kept ({@link ProblemCollector}). The limits of {@link JsonOptions} are
 * enforced by the parser while it reads; a limit reached, or malformed JSON, stops reading with a
 * problem naming its path and line and column.
 *
 * <p>Instances are mutable and not thread-safe; use one per document.
 */
public final class WireReader {
  private JsonParser p;
  private final JsonOptions options;
  private ProblemCollector problems;
  /** Every problem reported, kept or not, and also after {@link ProblemCollector#only}. */
  private long reported;
  /** The path: a field or key name, or an array index, per level; level 0 is the root. */
  private String[] names = new String[16];
  private int[] indexes = new int[16];
  /** The problem order key per level: a field's declaration index, an element's index. */
  private int[] ords = new int[16];
  private int depth = 1;
  /** Whether the parser is materialising a string (so a length limit is a string's). */
  private boolean inText;
  /** Whether the parser is skipping an object or array, whose strings it does not decode. */
  private boolean skipping;
  /** Whether the parser stopped while asked for the next field name. */
  private boolean readingName;
  /**
   * Whether the name of a field stopped the read (too long, malformed, not UTF-8): its object's
   * current name is still the field before, so the problem is placed at the object.
   */
  private boolean inName;
  /** One copy of each value of a {@linkplain WireField#isShared() shared} field. */
  private final SharedStrings shared;
  /** The check of the bytes the parser reads, which knows where they stop being UTF-8; or null. */
  private Utf8 utf8;
  /** What {@link #checkedObjects} found: references checked while reading; null if none. */
  private DatasetReferences.Prechecked prechecked;
  /** Whether the last list read had its references checked, all resolving. */
  private boolean resolved;
  /** Who hears of a data set's plans as they are read ({@link #listen}); null if none. */
  private PlanListener listener;
  /** While the plans are read for {@link #listener}: the catalogue read before them; else null. */
  private Supplier<Dataset> catalogue;
  /** Per level of the path: the value array of the object read there ({@link #scratchValues}). */
  private Object[][] scratch = new Object[16][];
  /** Per level: the view of {@link #scratch} handed to build functions. */
  private WireValues[] views = new WireValues[16];
  /** Per level: the entries of the list read there. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private ArrayList<Object>[] lists = new ArrayList[16];

  /**
   * Per enum-valued field ({@code packedFields[i]}): the maps or sets of enum constants read so
   * far, by their constants packed into a long ({@link #packedMap}, {@link #packedSet}), so that
   * equal ones (a data set's teachers have a few hundred combinations of needs between them) are
   * one immutable value. At most {@link #SHARED_ENUM_VALUES} a field, so that memory stays bounded
   * in a stream.
   */
  private WireField[] packedFields = new WireField[0];
  private PackedValues[] packedValues = new PackedValues[0];

  /** The most maps or sets of enum constants kept per field. */
  static final int SHARED_ENUM_VALUES = 4096;

  /** The maps or sets of an enum-valued field read so far ({@link PackedValues}), made at first. */
  private PackedValues packedValues(WireField f) {
    for (int i = 0; i < packedFields.length; i++) {
      if (packedFields[i] == f) {
        return packedValues[i];
      }
    }
    int n = packedFields.length;
    packedFields = Arrays.copyOf(packedFields, n + 1);
    packedValues = Arrays.copyOf(packedValues, n + 1);
    packedFields[n] = f;
    packedValues[n] = new PackedValues();
    return packedValues[n];
  }

  /**
   * Values by their constants packed into a long (never negative): a table probed linearly, its
   * keys unboxed, at most {@link #SHARED_ENUM_VALUES} of them.
   */
  static final class PackedValues {
    private long[] keys = new long[64];
    private Object[] values = new Object[64];
    private int size;

    /** The value kept for a key, or null. */
    Object get(long key) {
      int mask = keys.length - 1;
      for (int i = slot(key, mask); values[i] != null; i = (i + 1) & mask) {
        if (keys[i] == key) {
          return values[i];
        }
      }
      return null;
    }

    /** Keeps a value for a key that has none, if there is room; returns the value. */
    Object put(long key, Object value) {
      if (size >= SHARED_ENUM_VALUES) {
        return value;
      }
      if (++size * 2 > keys.length) {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
          if (oldValues[i] != null) {
            insert(oldKeys[i], oldValues[i]);
          }
        }
      }
      insert(key, value);
      return value;
    }

    private void insert(long key, Object value) {
      int mask = keys.length - 1;
      int i = slot(key, mask);
      while (values[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = key;
      values[i] = value;
    }

    private static int slot(long key, int mask) {
      return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }
  }

  /** The path prefix of a value read within a stream, e.g. {@code line 7}; null for a document. */
  private String prefix;
  /** The level of the value read: 1 for a document, 2 under a prefix. */
  private int base;

  /**
   * Creates a reader of a document.
   *
   * @param parser the parser, positioned before the value to read
   * @param options the reading options
   * @param problems where problems go
   */
  public WireReader(JsonParser parser, JsonOptions options, ProblemCollector problems) {
    this(parser, options, problems, null, 0);
  }

  /**
   * Creates a reader of one value within a stream, such as a line of JSON Lines: its problems'
   * paths start with {@code prefix}, and sort by {@code ordinal} among the stream's values.
   *
   * @param parser the parser, positioned before the value to read
   * @param options the reading options
   * @param problems where problems go
   * @param prefix the path prefix, e.g. {@code line 7}; null for a document
   * @param ordinal the value's place in the stream
   */
  public WireReader(JsonParser parser, JsonOptions options, ProblemCollector problems,
      String prefix, int ordinal) {
    this(parser, options, problems, prefix, ordinal, new SharedStrings());
  }

  /**
   * Creates a reader of one value within a stream whose readers share one table of repeated
   * values (codes and references), so that each line does not build its own.
   *
   * @param parser the parser, positioned before the value to read
   * @param options the reading options
   * @param problems where problems go
   * @param prefix the path prefix, e.g. {@code line 7}; null for a document
   * @param ordinal the value's place in the stream
   * @param shared the stream's repeated values
   */
  public WireReader(JsonParser parser, JsonOptions options, ProblemCollector problems,
      String prefix, int ordinal, SharedStrings shared) {
    this.shared = shared;
    this.p = parser;
    this.options = options;
    this.problems = problems;
    this.prefix = prefix;
    ords[0] = ProblemCollector.READING;
    indexes[0] = -1;
    if (prefix != null) {
      push(prefix, ordinal);
    }
    this.base = depth;
  }

  /**
   * Tells {@code listener} of a data set's plans as they are read, as {@link PlanListener}
   * describes.
   *
   * @param listener who hears of them
   * @return this reader
   */
  public WireReader listen(PlanListener listener) {
    this.listener = requireNonNull(listener, "listener");
    return this;
  }

  /**
   * Makes this reader read the next value of a stream, such as the next line of JSON Lines, as a
   * new reader made with the same options and shared values would, but keeping its buffers.
   *
   * @param parser the parser, positioned before the value to read
   * @param problems where problems go
   * @param prefix the path prefix, e.g. {@code line 8}
   * @param ordinal the value's place in the stream
   */
  public void nextValue(JsonParser parser, ProblemCollector problems, String prefix,
      int ordinal) {
    this.p = parser;
    this.problems = problems;
    this.prefix = prefix;
    reported = 0;
    inText = false;
    inName = false;
    skipping = false;
    readingName = false;
    utf8 = null;
    prechecked = null;
    resolved = false;
    depth = 1;
    if (prefix != null) {
      push(prefix, ordinal);
    }
    this.base = depth;
  }

  /** The reader's own exception for "stop reading": a problem was recorded already. */
  private static final class Stop extends Exception {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  /**
   * Reads one whole document holding a value of {@code type}: the value, and nothing after it.
   *
   * @param <T> the value's type
   * @param type the root type
   * @return the value built, or, if there was any problem, the {@link WireValues} read (null if
   *     the root is no object or reading stopped)
   * @throws IOException if the underlying stream fails
   */
  public <T> Object readDocument(WireType<T> type) throws IOException {
    int[] quiet = QuietChecks.begin();
    try {
      JsonToken t = next();
      if (t == null) {
        stopReport("", "the document is empty");
        return null;
      }
      if (t == JsonToken.VALUE_NULL) {
        stopReport("", "the document is null");
        return null;
      }
      Object value = readObject(type);
      JsonToken after = next();
      if (after != null) {
        JsonLocation at = p.currentTokenLocation();
        stopReport("", "malformed JSON" + where(at)
            + ": unexpected content after the end of the document");
        return null;
      }
      return value;
    } catch (Stop stop) {
      return null;
    } finally {
      QuietChecks.end(quiet);
    }
  }

  /**
   * Records a problem found once the value was read (a check of its references): it sorts after
   * the value's other problems.
   *
   * @param path the path inside the value
   * @param message what is wrong
   */
  public void reportAfter(String path, String message) {
    depth = base;
    push(null, Integer.MAX_VALUE - 1);
    reported++;
    if (problems.wants(ords, depth)) {
      problems.add(prefix == null ? path : new Problem(path, message).under(prefix).path(),
          message);
    }
    depth = base;
  }

  /**
   * Records a problem of a whole value of a stream that could not be read at all (a line over its
   * length limit).
   *
   * @param problems where problems go
   * @param prefix the value's path, e.g. {@code line 7}
   * @param ordinal the value's place in the stream
   * @param message what is wrong
   */
  public static void reportLine(ProblemCollector problems, String prefix, int ordinal,
      String message) {
    int[] key = {ProblemCollector.READING, ordinal};
    if (problems.wants(key, 2)) {
      problems.add(prefix, message);
    }
  }

  /**
   * Returns whether any problem was found by this reader.
   *
   * @return true if none
   */
  public boolean clean() {
    return reported == 0;
  }

  // --- objects ---------------------------------------------------------------------------------

  private Object readObject(WireType<?> type) throws IOException, Stop {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT) {
      if (problem()) {
        add("expected an object, was " + describe(t));
      }
      skip(t);
      return null;
    }
    long start = reported;
    int n = type.size();
    int level = depth;
    Object[] values = scratchValues(level, n);
    boolean[] troubled = null; // the fields with a problem inside, once there is one
    String name;
    int hint = 0;
    while (true) {
      // The field declared next is the likely one (writers follow the declaration): the parser
      // matches its name on the bytes, without decoding and hashing it; any other name is read
      // as usual. Either way the parser's state is the same afterwards.
      WireField f;
      if (n > 0 && nextFieldNameIs(type.serializedName(hint))) {
        f = type.fieldAt(hint);
        name = f.name();
      } else {
        if (n == 0) {
          nextFieldName();
        }
        if (p.currentToken() != JsonToken.FIELD_NAME) {
          break;
        }
        name = p.currentName();
        f = type.field(name, hint);
      }
      if (f == null) {
        next();
        if (!options.allowUnknownFields()) {
          push(name, -1);
          if (problem()) {
            add("unknown field; expected one of " + type.fieldList());
          }
          depth--;
        }
        skipChildren();
        continue;
      }
      int i = f.index();
      hint = i + 1 < n ? i + 1 : 0;
      push(name, i);
      if (values[i] != null) {
        report(duplicate(name));
        next();
        skipChildren();
      } else {
        long before = reported;
        values[i] = readField(f, next(), values);
        if (reported != before) {
          if (troubled == null) {
            troubled = new boolean[n];
          }
          troubled[i] = true;
        }
      }
      depth--;
    }
    for (int r : type.requiredIndexes()) {
      if (values[r] == null) {
        push(type.fieldAt(r).name(), r);
        report("is required");
        depth--;
      }
    }
    if (reported != start) {
      // what is left of a failed object is kept (its references are still checked): its own copy
      values = Arrays.copyOf(values, n);
      checkTheRest(type, values, troubled);
      return new WireValues(type, values);
    }
    // the build function only reads the fields: the level's scratch view serves every object
    WireValues read = scratchView(level, type, values);
    try {
      if (type == DatasetWire.DATASET && prechecked != null) {
        DatasetReferences.Prechecked pre = prechecked;
        prechecked = null;
        return DatasetReferences.withPrechecked(pre, () -> type.build(read));
      }
      return type.build(read);
    } catch (ValidationException e) {
      values = Arrays.copyOf(values, n);
      WireValues failed = new WireValues(type, values);
      failed.buildFailed();
      reportChecks(type, values, e, null, false);
      return failed;
    }
  }

  /**
   * Records the problems a value's own checks found, under the value's path. The field each one
   * blames is failed, so that its references are not checked as well. Fields marked in {@code
   * skip} (if not null) are not the value's to report: stand-ins, or fields reported already. The
   * problems come in their fields' places if {@code inFieldOrder}, else after every field's own.
   */
  private void reportChecks(WireType<?> type, Object[] values, ValidationException e,
      boolean[] skip, boolean inFieldOrder) {
    String at = null;
    for (Problem problem : e.problems()) {
      WireField f = type.field(head(problem.path()));
      if (f != null && skip != null && skip[f.index()]) {
        continue;
      }
      if (f != null) {
        values[f.index()] = WireValues.FAILED;
      }
      push(null, inFieldOrder && f != null ? f.index() : Integer.MAX_VALUE);
      reported++;
      if (problems.wants(ords, depth)) {
        if (at == null) {
          at = path();
        }
        Problem under = problem.under(at);
        problems.add(under.path(), under.message());
      }
      depth--;
    }
  }

  /**
   * Reports what the value's own rules find in the fields of an entity of the data set that read
   * cleanly, when other fields had problems (so that the value is not built): a teacher whose
   * {@code yearsInIndustry} is a string still has its {@code yearsTeaching} of -4 and its id's
   * control character reported. The rules are the value's own: it is built with each field that
   * had a problem, or was required and missing, replaced by a stand-in that passes them ({@link
   * #standIn}), and only the problems of the other fields are kept. An entity with a field of a
   * kind that has no stand-in (an object) is left as it is.
   */
  private void checkTheRest(WireType<?> type, Object[] values, boolean[] troubled) {
    if (!PROBED.contains(type)) {
      return;
    }
    Object[] probe = values.clone();
    boolean[] replaced = new boolean[values.length];
    for (WireField f : type.fields()) {
      int i = f.index();
      boolean failed = probe[i] == WireValues.FAILED || troubled != null && troubled[i];
      if (failed || probe[i] == null && f.isRequired()) {
        Object standIn = f.isRequired() ? standIn(f) : null;
        if (f.isRequired() && standIn == null) {
          return;
        }
        probe[i] = standIn;
        replaced[i] = true;
      }
    }
    try {
      type.build(new WireValues(type, probe));
    } catch (ValidationException e) {
      // in their fields' places among the entity's problems (the declaration's order)
      reportChecks(type, values, e, replaced, true);
    }
  }

  /** The entities of a data set, whose rules look at one field at a time (see checkTheRest). */
  private static final Set<WireType<?>> PROBED = Set.of(DatasetWire.PROGRAMME,
      DatasetWire.DEPARTMENT, DatasetWire.SCHOOL, DatasetWire.TEACHER, DatasetWire.ACTIVITY,
      DatasetWire.DRIVER, DatasetWire.ITEM, DatasetWire.PLAN);

  /**
   * A value of a required field that its entity's rules accept, to stand in for the field when it
   * failed: the least value of a number's range, the first enum constant, an empty collection, a
   * plain id; null for an object, which has none.
   */
  private static Object standIn(WireField f) {
    switch (f.kind()) {
      case STRING:
        return "x";
      case NUMBER:
        if (f.min() == null) {
          return f.max() == null ? 1.0 : f.max();
        }
        return f.minExclusive() ? (f.max() != null ? f.max() : f.min() + 1) : f.min();
      case INTEGER:
        return f.min() == null ? 1 : (int) Math.ceil(f.min() + (f.minExclusive() ? 1 : 0));
      case BOOLEAN:
        return Boolean.FALSE;
      case ENUM:
        return f.enumType().getEnumConstants()[0];
      case STRING_SET:
      case ENUM_SET:
        return ImmutableSet.of();
      case ENUM_NUMBER_MAP:
      case ENUM_ENUM_MAP:
      case STRING_NUMBER_MAP:
        return ImmutableMap.of();
      case STRING_LIST:
      case OBJECT_LIST:
        return ImmutableList.of();
      default:
        return null;
    }
  }

  /**
   * The value array of an object read at {@code level}, cleared: objects at one level are read
   * one after the other (a nested object is a level deeper), so one array per level serves them
   * all; a failed object takes a copy.
   */
  private Object[] scratchValues(int level, int n) {
    if (level >= scratch.length) {
      scratch = Arrays.copyOf(scratch, Math.max(level + 1, scratch.length * 2));
      views = Arrays.copyOf(views, scratch.length);
    }
    Object[] values = scratch[level];
    if (values == null || values.length < n) {
      values = new Object[Math.max(n, 8)];
      scratch[level] = values;
    } else {
      Arrays.fill(values, 0, n, null);
    }
    return values;
  }

  /** The view of a level's scratch values handed to a build function, which only reads it. */
  private WireValues scratchView(int level, WireType<?> type, Object[] values) {
    WireValues view = views[level];
    if (view == null) {
      view = new WireValues(type, values);
      views[level] = view;
    } else {
      view.reset(type, values);
    }
    return view;
  }

  /** The list of entries read at {@code level}, cleared: as {@link #scratchValues}. */
  private List<Object> scratchList(int level) {
    if (level >= lists.length) {
      lists = Arrays.copyOf(lists, Math.max(level + 1, lists.length * 2));
    }
    ArrayList<Object> list = lists[level];
    if (list == null) {
      list = new ArrayList<>();
      lists[level] = list;
    } else {
      list.clear();
    }
    return list;
  }

  /** The first name of a path: {@code items} of {@code items[0].hours}. */
  private static String head(String path) {
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '.' || c == '[') {
        return path.substring(0, i);
      }
    }
    return path;
  }

  private Object readField(WireField f, JsonToken t, Object[] parent) throws IOException, Stop {
    if (t == JsonToken.VALUE_NULL) {
      if (f.isNullable()) {
        return WireValues.NULL;
      }
      report(f.isRequired() ? "must not be null" : "must not be null; leave the field out instead");
      return WireValues.FAILED;
    }
    switch (f.kind()) {
      case STRING:
        return f.isShared() ? sharedString(t) : string(t);
      case NUMBER:
        return number(t);
      case INTEGER: {
        Object v = integer(t);
        if (f == DatasetWire.FORMAT_VERSION && v instanceof Integer
            && (Integer) v != Dataset.FORMAT_VERSION) {
          reported++;
          problems.only(path(), "unsupported format version " + v
              + "; this version of vetcpd reads formatVersion " + Dataset.FORMAT_VERSION);
          return WireValues.FAILED;
        }
        return v;
      }
      case BOOLEAN:
        return bool(t);
      case ENUM:
        return constant(t, f.enumType());
      case STRING_SET:
      case ENUM_SET:
      case STRING_LIST:
        return strings(f, t);
      case ENUM_NUMBER_MAP:
      case ENUM_ENUM_MAP:
      case STRING_NUMBER_MAP:
        return map(f, t);
      case OBJECT:
        return readObject(f.elementType());
      case OBJECT_LIST:
        if (f == DatasetWire.TEACHERS || f == DatasetWire.PLANS) {
          return checkedObjects(f, t, parent);
        }
        return objects(f.elementType(), t, null);
      default:
        throw new AssertionError(f.kind());
    }
  }

  // --- references checked while reading --------------------------------------------------------

  /**
   * Reads a data set's teachers or plans and, when the lists they refer to were read before them
   * and built whole, checks each one's references as soon as it is built (while it is in the
   * processor's cache). If all resolve, the data set's own check of those references is skipped
   * ({@link DatasetReferences#withPrechecked}); any other outcome leaves that check to do
   * everything, so the problems reported are the same either way.
   */
  private Object checkedObjects(WireField f, JsonToken t, Object[] parent)
      throws IOException, Stop {
    DatasetReferences refs = null;
    if (f == DatasetWire.TEACHERS) {
      List<?> programmes = built(parent, DatasetWire.PROGRAMMES);
      List<?> schools = built(parent, DatasetWire.SCHOOLS);
      if (programmes != null && schools != null) {
        Set<String> codes = new HashSet<>();
        for (Object o : programmes) {
          codes.add(((org.vetcpd.core.Programme) o).code());
        }
        Map<String, Object> byId = new HashMap<>();
        boolean unique = true;
        for (Object o : schools) {
          unique &= byId.putIfAbsent(((org.vetcpd.core.School) o).id(), o) == null;
        }
        if (unique) {
          refs = new DatasetReferences(ImmutableSet.copyOf(codes), ImmutableMap.copyOf(byId),
              ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.of());
          prechecked().programmes = codes;
          prechecked().schools = schools;
        }
      }
    } else {
      List<?> teachers = built(parent, DatasetWire.TEACHERS);
      List<?> activities = built(parent, DatasetWire.ACTIVITIES);
      List<?> drivers = built(parent, DatasetWire.DRIVERS);
      if (teachers != null && activities != null && drivers != null) {
        refs = new DatasetReferences(ImmutableSet.of(), ImmutableMap.of(), ids(teachers),
            ids(activities), ids(drivers));
        prechecked().teachers = teachers;
        prechecked().activities = activities;
        prechecked().drivers = drivers;
        catalogue = listener == null ? null : catalogue(parent);
      }
    }
    Object list;
    try {
      list = objects(f.elementType(), t, refs);
    } finally {
      catalogue = null;
    }
    if (refs != null && list instanceof ImmutableList && resolved) {
      if (f == DatasetWire.TEACHERS) {
        prechecked().teachersChecked = (List<?>) list;
      } else {
        prechecked().plansChecked = (List<?>) list;
      }
    }
    return list;
  }

  private DatasetReferences.Prechecked prechecked() {
    if (prechecked == null) {
      prechecked = new DatasetReferences.Prechecked();
    }
    return prechecked;
  }

  /**
   * The catalogue a {@link PlanListener} is given, to build when first asked for: the data set's
   * lists other than its plans, if every one of them was read before the plans, each entry built;
   * else null.
   */
  @SuppressWarnings("unchecked")
  private static Supplier<Dataset> catalogue(Object[] parent) {
    WireField[] fields = {DatasetWire.PROGRAMMES, DatasetWire.SCHOOLS, DatasetWire.TEACHERS,
        DatasetWire.ACTIVITIES, DatasetWire.DRIVERS};
    List<?>[] lists = new List<?>[fields.length];
    for (int i = 0; i < fields.length; i++) {
      Object v = parent[fields[i].index()];
      if (!(v instanceof ImmutableList)) {
        return null; // not read yet (it may come after the plans), or read with a problem
      }
      lists[i] = (List<?>) v;
    }
    return Suppliers.memoize(() -> Dataset.builder()
        .formatVersion(Dataset.FORMAT_VERSION)
        .programmes((List<org.vetcpd.core.Programme>) lists[0])
        .schools((List<org.vetcpd.core.School>) lists[1])
        .teachers((List<org.vetcpd.core.Teacher>) lists[2])
        .activities((List<org.vetcpd.core.CpdActivity>) lists[3])
        .drivers((List<org.vetcpd.core.Driver>) lists[4])
        .build());
  }

  /** A list field of the parent read whole, every entry built; empty if absent; else null. */
  private static List<?> built(Object[] parent, WireField f) {
    Object v = parent[f.index()];
    return v == null ? List.of() : v instanceof ImmutableList ? (List<?>) v : null;
  }

  private static ImmutableSet<String> ids(List<?> entities) {
    ImmutableSet.Builder<String> ids = ImmutableSet.builderWithExpectedSize(entities.size());
    for (Object o : entities) {
      ids.add(o instanceof org.vetcpd.core.Teacher ? ((org.vetcpd.core.Teacher) o).id()
          : o instanceof org.vetcpd.core.CpdActivity ? ((org.vetcpd.core.CpdActivity) o).id()
          : ((org.vetcpd.core.Driver) o).id());
    }
    return ids.build();
  }

  private Object objects(WireType<?> type, JsonToken t, DatasetReferences refs)
      throws IOException, Stop {
    if (t != JsonToken.START_ARRAY) {
      if (problem()) {
        add("expected an array, was " + describe(t));
      }
      skip(t);
      return WireValues.FAILED;
    }
    List<Object> out = scratchList(depth);
    boolean all = true;
    boolean resolves = refs != null;
    int i = 0;
    while (next() != JsonToken.END_ARRAY) {
      pushIndex(i++);
      Object v = readObject(type);
      depth--;
      all &= v != null && !(v instanceof WireValues);
      if (resolves && all) {
        resolves = v instanceof org.vetcpd.core.CpdPlan ? refs.resolves((org.vetcpd.core.CpdPlan) v)
            : refs.resolves((org.vetcpd.core.Teacher) v);
        if (resolves && catalogue != null) {
          listener.plan(catalogue, i - 1, (org.vetcpd.core.CpdPlan) v);
        }
      }
      out.add(v);
    }
    resolved = resolves && all;
    if (all) {
      return ImmutableList.copyOf(out);
    }
    return new ArrayList<>(out);
  }

  private Object strings(WireField f, JsonToken t) throws IOException, Stop {
    if (t != JsonToken.START_ARRAY) {
      if (problem()) {
        add("expected an array, was " + describe(t));
      }
      skip(t);
      return WireValues.FAILED;
    }
    boolean set = f.kind() != WireKind.STRING_LIST;
    Names type = f.kind() == WireKind.ENUM_SET ? NAMES.get(f.enumType()) : null;
    // sets are small: a list scanned for repeats, a hash set only past a few entries
    List<Object> list = scratchList(depth);
    Set<Object> seen = null;
    int i = 0;
    boolean bad = false;
    JsonToken e;
    while ((e = next()) != JsonToken.END_ARRAY) {
      pushIndex(i++);
      Object v = type != null ? constant(e, type) : f.isShared() ? sharedString(e) : string(e);
      if (v == WireValues.FAILED) {
        bad = true;
      } else if (set && (seen != null ? !seen.add(v) : list.contains(v))) {
        bad = true;
        if (problem()) {
          add("duplicate value \"" + (v instanceof Enum ? ((Enum<?>) v).name() : v) + "\"");
        }
      } else {
        list.add(v);
        if (set && seen == null && list.size() > 8) {
          seen = new HashSet<>(list);
        }
      }
      depth--;
    }
    // a set with a bad entry is not checked further: its entries' places would shift
    if (bad) {
      return WireValues.FAILED;
    }
    if (type != null) {
      // Guava's enum-backed set, kept as it is by the domain types; equal sets are one value
      long key = packedSet(list);
      if (key < 0) {
        return enumSet(list);
      }
      PackedValues seenSets = packedValues(f);
      Object same = seenSets.get(key);
      return same != null ? same : seenSets.put(key, enumSet(list));
    }
    return set ? ImmutableSet.copyOf(list) : ImmutableList.copyOf(list);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ImmutableSet<?> enumSet(List<Object> constants) {
    return constants.isEmpty() ? ImmutableSet.of() : Sets.immutableEnumSet((List) constants);
  }

  private Object map(WireField f, JsonToken t) throws IOException, Stop {
    if (t != JsonToken.START_OBJECT) {
      if (problem()) {
        add("expected an object, was " + describe(t));
      }
      skip(t);
      return WireValues.FAILED;
    }
    // an enum-keyed map is gathered by the constants' ordinals and built in their order, as an
    // EnumMap would iterate (without an EnumMap, its entry objects and a second immutable copy)
    Map<Object, Object> out = f.kind() == WireKind.STRING_NUMBER_MAP ? new LinkedHashMap<>() : null;
    Names keyNames = out == null ? NAMES.get(f.enumType()) : null;
    Names valueNames = f.kind() == WireKind.ENUM_ENUM_MAP ? NAMES.get(f.valueEnumType()) : null;
    Enum<?>[] keys = out == null ? keyNames.constants : null;
    Object[] byOrdinal = out == null ? new Object[keys.length] : null;
    int size = 0;
    String key;
    int i = 0;
    while ((key = nextFieldName()) != null) {
      push(key, i++);
      Object k = key;
      if (keyNames != null) {
        k = keyNames.named(key);
        if (k == null) {
          if (problem()) {
            add("unknown key \"" + Excerpt.of(key) + "\"; expected one of "
                + constants(f.enumType()));
          }
          next();
          skipChildren();
          depth--;
          continue;
        }
      }
      if (out != null ? out.containsKey(k) : byOrdinal[((Enum<?>) k).ordinal()] != null) {
        report(duplicate(key));
        next();
        skipChildren();
        depth--;
        continue;
      }
      JsonToken v = next();
      Object value;
      if (v == JsonToken.VALUE_NULL) {
        report("must not be null");
        value = WireValues.FAILED;
      } else if (valueNames != null) {
        value = constant(v, valueNames);
      } else {
        value = number(v);
      }
      if (value != WireValues.FAILED) {
        if (out != null) {
          out.put(k, value);
        } else {
          byOrdinal[((Enum<?>) k).ordinal()] = value;
          size++;
        }
      }
      depth--;
    }
    if (out != null) {
      return ImmutableMap.copyOf(out);
    }
    if (size == 0) {
      return ImmutableMap.of();
    }
    long packed = f.kind() == WireKind.ENUM_ENUM_MAP ? packedMap(byOrdinal) : -1;
    if (packed < 0) {
      return enumMap(keys, byOrdinal);
    }
    // equal maps of constants (a teacher's needs) are one value
    PackedValues seenMaps = packedValues(f);
    Object same = seenMaps.get(packed);
    return same != null ? same : seenMaps.put(packed, enumMap(keys, byOrdinal));
  }

  /**
   * The enum constants of a map by key ordinal (null where a key is absent) packed 5 bits a key
   * (the value's ordinal and one, 0 for none); -1 if they do not fit (more than 12 keys, or a
   * value's type of more than 31 constants).
   */
  static long packedMap(Object[] byOrdinal) {
    if (byOrdinal.length > 12) {
      return -1;
    }
    long key = 0;
    for (Object v : byOrdinal) {
      int code = v == null ? 0 : ((Enum<?>) v).ordinal() + 1;
      if (code >= 32) {
        return -1;
      }
      key = key << 5 | code;
    }
    return key;
  }

  /** The constants of a set as a bit per ordinal; -1 if an ordinal is 63 or more. */
  static long packedSet(List<Object> constants) {
    long key = 0;
    for (Object c : constants) {
      int o = ((Enum<?>) c).ordinal();
      if (o >= 63) {
        return -1;
      }
      key |= 1L << o;
    }
    return key;
  }

  /**
   * The immutable enum map of the non-null values by ordinal: Guava's enum-backed map, which the
   * domain types keep as it is (their builders' and {@code with} methods' {@link
   * Maps#immutableEnumMap} returns it unchanged).
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ImmutableMap<Object, Object> enumMap(Enum<?>[] keys, Object[] byOrdinal) {
    EnumMap map = new EnumMap(keys[0].getDeclaringClass());
    for (int o = 0; o < byOrdinal.length; o++) {
      if (byOrdinal[o] != null) {
        map.put(keys[o], byOrdinal[o]);
      }
    }
    return Maps.immutableEnumMap(map);
  }

  // --- scalars ---------------------------------------------------------------------------------

  private Object string(JsonToken t) throws IOException, Stop {
    if (t != JsonToken.VALUE_STRING) {
      if (problem()) {
        add("expected a string, was " + describe(t));
      }
      skip(t);
      return WireValues.FAILED;
    }
    return text();
  }

  /** A string of a shared field: the one copy of its value. */
  private Object sharedString(JsonToken t) throws IOException, Stop {
    if (t != JsonToken.VALUE_STRING) {
      return string(t);
    }
    inText = true;
    try {
      char[] chars = p.getTextCharacters();
      int length = p.getTextLength();
      if (length > SharedStrings.MAX_LENGTH || length > options.maxStringLength()) {
        // a long text is not shared; getText() checks its length as for any other string
        return p.getText();
      }
      return shared.get(chars, p.getTextOffset(), length);
    } catch (StreamConstraintsException e) {
      throw stop(e);
    } catch (StreamReadException e) {
      throw stop(e);
    } finally {
      inText = false;
    }
  }

  private Object number(JsonToken t) throws IOException, Stop {
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      if (problem()) {
        add("expected a number, was " + describe(t));
      }
      skip(t);
      return WireValues.FAILED;
    }
    // most numbers are short decimals (37.5): converted here, the parser's conversion otherwise
    double d = plainDecimal(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    if (d != d) {
      d = p.getDoubleValue();
    }
    if (!Double.isFinite(d)) {
      if (problem()) {
        add("number out of range: " + numberText());
      }
      return WireValues.FAILED;
    }
    if (d == 0 && underflows()) {
      return WireValues.FAILED;
    }
    return d;
  }

  /**
   * Whether the number token just read is not zero but too close to zero for a double (the parser
   * reads {@code 1e-400} as 0), having reported it so: its value would silently be 0.
   */
  private boolean underflows() throws IOException {
    if (!NumberText.nonZero(p.getText())) {
      return false;
    }
    if (problem()) {
      add("number out of range: " + p.getText() + " is too close to 0 for a number"
          + " (it would be read as 0)");
    }
    return true;
  }

  /** The powers of ten that a double holds exactly. */
  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
  };

  /** The most digits of a plain decimal: its digits make a whole number below 2^53. */
  private static final int PLAIN_DIGITS = 15;

  /**
   * The value of a number token that is a plain decimal of at most 15 digits ({@code 37.5},
   * {@code -2}, {@code 0.001}), exactly as {@link Double#parseDouble} gives it: its digits are a
   * whole number below 2^53 and the power of ten is at most 10^15, both exact doubles, so their
   * quotient is rounded once, correctly. NaN for any other form (an exponent, more digits), which
   * the parser converts.
   */
  static double plainDecimal(char[] chars, int offset, int length) {
    int i = offset;
    int end = offset + length;
    boolean negative = i < end && chars[i] == '-';
    if (negative) {
      i++;
    }
    long digits = 0;
    int count = 0;
    int fraction = -1;
    for (; i < end; i++) {
      char c = chars[i];
      if (c >= '0' && c <= '9') {
        if (++count > PLAIN_DIGITS) {
          return Double.NaN;
        }
        digits = digits * 10 + (c - '0');
        if (fraction >= 0) {
          fraction++;
        }
      } else if (c == '.' && fraction < 0) {
        fraction = 0;
      } else {
        return Double.NaN;
      }
    }
    if (count == 0) {
      return Double.NaN;
    }
    double value = fraction > 0 ? digits / POWERS_OF_TEN[fraction] : (double) digits;
    return negative ? -value : value;
  }

  private Object integer(JsonToken t) throws IOException, Stop {
    if (t == JsonToken.VALUE_NUMBER_INT) {
      if (p.getNumberType() != JsonParser.NumberType.INT) {
        if (problem()) {
          add("number out of range: " + p.getText());
        }
        return WireValues.FAILED;
      }
      return p.getIntValue();
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      // judged as written, not on a double near it; rare in a data set
      String text = p.getText();
      NumberText.Whole whole = NumberText.whole(text);
      if (whole != NumberText.Whole.INT) {
        if (problem()) {
          // a whole number written with an exponent or decimals (1e20, 4e9) is out of range as
          // the one written without (4000000000) is
          add(whole == NumberText.Whole.FRACTION ? "expected a whole number, was " + text
              : "number out of range: " + text);
        }
        return WireValues.FAILED;
      }
      return NumberText.intValue(text);
    }
    if (problem()) {
      add("expected a whole number, was " + describe(t));
    }
    skip(t);
    return WireValues.FAILED;
  }

  private Object bool(JsonToken t) throws IOException, Stop {
    if (t == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    if (problem()) {
      add("expected true or false, was " + describe(t));
    }
    skip(t);
    return WireValues.FAILED;
  }

  private Object constant(JsonToken t, Class<? extends Enum<?>> type) throws IOException, Stop {
    return constant(t, NAMES.get(type));
  }

  private Object constant(JsonToken t, Names names) throws IOException, Stop {
    if (t != JsonToken.VALUE_STRING) {
      if (problem()) {
        add("expected one of " + names.list + ", was " + describe(t));
      }
      skip(t);
      return WireValues.FAILED;
    }
    Object e = constantOrNull(names);
    if (e == null) {
      String s = text();
      if (problem()) {
        add("unknown value \"" + Excerpt.of(s) + "\"; expected one of " + names.list);
      }
      return WireValues.FAILED;
    }
    return e;
  }

  private String describe(JsonToken t) throws IOException, Stop {
    switch (t) {
      case VALUE_STRING:
        String s = text();
        // never half a surrogate pair
        int keep = s.length() > 40 && Character.isHighSurrogate(s.charAt(39)) ? 39 : 40;
        return "a string \"" + (s.length() > 40 ? s.substring(0, keep) + "…" : s) + "\"";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number " + numberText();
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      case START_ARRAY:
        return "an array";
      case START_OBJECT:
        return "an object";
      default:
        return t.asString();
    }
  }

  /**
   * The number token as written ({@code 4e9}, {@code 1e400}), as every other message quotes a
   * value: not as a double prints it ({@code 4.0E9}, {@code Infinity}).
   */
  private String numberText() throws IOException {
    return Excerpt.of(p.getText());
  }

  // --- the parser, its limits and its errors ---------------------------------------------------

  private String text() throws IOException, Stop {
    inText = true;
    try {
      return p.getText();
    } catch (StreamConstraintsException e) {
      throw stop(e);
    } catch (StreamReadException e) {
      throw stop(e);
    } finally {
      inText = false;
    }
  }

  private JsonToken next() throws IOException, Stop {
    try {
      return p.nextToken();
    } catch (StreamConstraintsException e) {
      throw stop(e);
    } catch (StreamReadException e) {
      throw stop(e);
    }
  }

  private String nextFieldName() throws IOException, Stop {
    try {
      return p.nextFieldName();
    } catch (StreamConstraintsException e) {
      throw stop(e);
    } catch (StreamReadException e) {
      readingName = true;
      throw stop(e);
    }
  }

  private boolean nextFieldNameIs(SerializedString expected) throws IOException, Stop {
    String before = p.getParsingContext().getCurrentName();
    try {
      return p.nextFieldName(expected);
    } catch (StreamConstraintsException e) {
      throw stop(e);
    } catch (StreamReadException e) {
      // a name matched on its bytes is the object's current name before the parser reads past
      // its colon (the token is still the one before): what stopped it then is the field's, as
      // when the name is read the usual way
      readingName = p.getParsingContext().getCurrentName() == before;
      throw stop(e);
    }
  }

  private void skip(JsonToken t) throws IOException, Stop {
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY
        || t == JsonToken.VALUE_STRING) {
      skipChildren();
    }
  }

  /**
   * Skips the current value. A string is read to its end now (the parser would skip it when asked
   * for the next token), so that a byte in it that is not UTF-8 is its field's problem, not taken
   * for one in the next field's name.
   */
  private void skipChildren() throws IOException, Stop {
    try {
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        inText = true;
        p.finishToken();
      } else {
        skipping = true;
        p.skipChildren();
      }
    } catch (StreamConstraintsException e) {
      throw stop(e);
    } catch (StreamReadException e) {
      throw stop(e);
    } finally {
      inText = false;
      skipping = false;
    }
  }

  /** Records the limit reached, with its place, and stops reading. */
  private Stop stop(StreamConstraintsException e) {
    settleUtf8(p.currentLocation());
    String m = e.getOriginalMessage();
    if (pastMark(p.currentLocation())) {
      // reached past a byte that is not UTF-8: a name whose closing quote it was ran on
      inName = m.startsWith("Name length") || inNextName();
      stopReport(contextPath(),
          "the document is not valid UTF-8" + whereNotUtf8(p.currentLocation()));
      return new Stop();
    }
    String message;
    if (m.startsWith("Document nesting depth")) {
      message = "nesting deeper than the limit of " + options.maxNestingDepth()
          + " (JsonOptions.maxNestingDepth)";
    } else if (m.startsWith("String value length") && !inText) {
      // a number's digits are buffered as text: its length is checked at the string limit
      message = "a number longer than the limit of " + options.maxNumberLength()
          + " characters (JsonOptions.maxNumberLength)";
    } else if (m.startsWith("Name length")) {
      // the parser of a byte stream counts a name's UTF-8 bytes, the parser of text its chars
      message = "a field name longer than the limit of " + options.maxStringLength()
          + (p instanceof UTF8StreamJsonParser ? " bytes" : " characters")
          + " (JsonOptions.maxStringLength)";
      // the object's current name is still the field before: the problem is the object's
      inName = true;
    } else if (m.startsWith("String value length")) {
      message = "a string longer than the limit of " + options.maxStringLength()
          + " characters (JsonOptions.maxStringLength)";
    } else if (m.startsWith("Number value length")) {
      message = "a number longer than the limit of " + options.maxNumberLength()
          + " characters (JsonOptions.maxNumberLength)";
    } else if (m.startsWith("Document length")) {
      message = "the document is longer than the limit of " + options.maxDocumentLength()
          + (p instanceof UTF8StreamJsonParser ? " bytes" : " characters")
          + " (JsonOptions.maxDocumentLength)";
    } else {
      message = ParserMessages.plain(m);
    }
    // the parser's path for nesting is as deep as the nesting: the reader's names the value
    String at = m.startsWith("Document nesting depth") ? path() : contextPath();
    stopReport(at, message + where(p.currentLocation()));
    return new Stop();
  }

  /** Records malformed JSON, with its place, and stops reading. */
  private Stop stop(StreamReadException e) {
    String m = e.getOriginalMessage();
    int cut = m.indexOf("\n at [Source");
    if (cut >= 0) {
      m = m.substring(0, cut);
    }
    // where the fault is: a control character between tokens is one byte back
    JsonLocation at = ParserMessages.at(e.getLocation(), m, utf8);
    settleUtf8(at);
    // at or past the byte the check marked, the parser has met the mark, whatever it says of it
    // (outside a string, an unexpected character; in place of a name's closing quote, a name
    // that runs on)
    boolean notUtf8 = m.startsWith("Invalid UTF-8") || pastMark(at);
    String message = notUtf8
        ? "the document is not valid UTF-8" + whereNotUtf8(at)
        : "malformed JSON" + where(at) + ": " + ParserMessages.plain(opened(ParserMessages.named(m.strip(), at, utf8)));
    if (m.contains("field name") || m.endsWith("included in name")
        || readingName && !p.hasToken(JsonToken.FIELD_NAME)) {
      // the parser stopped where a name was to come or in one (it says so, or it stopped before
      // the name was whole: a bad escape, a cut): the object's current name is still the field
      // before, so the problem is the object's
      inName = true;
    }
    if (notUtf8 && inNextName()) {
      inName = true;
    }
    stopReport(contextPath(), message);
    return new Stop();
  }

  /**
   * Whether a byte that is not UTF-8 is in the next field name: bytes are decoded only in
   * strings, and every string value is read (or skipped, read to its end) before the next name,
   * so in an object, not in a value's text and after anything but a name, the string is the next
   * name. The object's current name is then still the field before, so the problem is the
   * object's.
   */
  private boolean inNextName() {
    return !inText && !skipping && p.getParsingContext().inObject()
        && !p.hasToken(JsonToken.FIELD_NAME);
  }

  /** A repeated key, placed as Jackson places it: just after the name's closing quote. */
  private String duplicate(String name) {
    JsonLocation at = p.currentTokenLocation();
    String where = at == null || at.getLineNr() < 0 ? ""
        : place(at.getLineNr(), at.getColumnNr() + name.length() + 2,
            at.getByteOffset() < 0 ? -1 : at.getByteOffset() + name.length() + 3);
    return "malformed JSON" + where + ": Duplicate field '" + name + "'";
  }

  /**
   * Lets the check read on to the end of a sequence the parser stopped in or at ({@link
   * Utf8#settle}), so that whether the bytes there are UTF-8 does not depend on where a block of
   * the input ended. A failing stream leaves the check as it is: the parser's error is reported.
   */
  private void settleUtf8(JsonLocation stopped) {
    if (utf8 != null && stopped != null && stopped.getByteOffset() >= 0) {
      try {
        utf8.settle(stopped.getByteOffset());
      } catch (IOException ignored) {
        // the parser's own error stands; the stream's is the next read's, if any
      }
    }
  }

  /**
   * Whether the parser stopped at or past the bytes that are not UTF-8 (if the check marked
   * some): the byte marked, or the start of the sequence it cut short, which the parser meets
   * first when it is outside a string.
   */
  private boolean pastMark(JsonLocation at) {
    return utf8 != null && utf8.marked() >= 0 && at != null
        && at.getByteOffset() >= utf8.badFrom();
  }

  /**
   * The place of the first byte that is not UTF-8: the byte the check marked, on the line where
   * the parser stopped (just past it, further on in a field name, or just before it at the start
   * of a sequence it cut short; never on another line: the mark takes a line break's place).
   */
  private String whereNotUtf8(JsonLocation at) {
    if (utf8 == null || utf8.marked() < 0 || at == null || at.getLineNr() < 0
        || at.getByteOffset() < utf8.badFrom()) {
      return where(at);
    }
    long column = at.getColumnNr() - (at.getByteOffset() - utf8.marked());
    return column < 1 ? where(at) : place(at.getLineNr(), column, utf8.marked() + 1);
  }

  /**
   * Tells the reader which check the bytes it reads went through, so that a byte that is not
   * UTF-8 is placed exactly ({@link Utf8#marked()}).
   *
   * @param check the check, or null if the bytes were not checked
   */
  public void utf8(Utf8 check) {
    this.utf8 = check;
  }

  /** Where the parser says the array or object a wrong close marker would close starts. */
  private static final Pattern OPENED = Pattern.compile(
      "\\s*\\(for (Array|Object) starting at \\[Source: .*?; line: (\\d+), column: (\\d+)\\]\\)");

  /**
   * A wrong close marker's message, with the place where the array or object it would close
   * starts in the reader's words ({@code (the array starts at line 1, column 1)}), not the
   * parser's (a source description and its settings).
   */
  private String opened(String message) {
    Matcher x = OPENED.matcher(message);
    if (!x.find()) {
      return message;
    }
    long line = Long.parseLong(x.group(2));
    long column = Long.parseLong(x.group(3));
    return message.substring(0, x.start()) + " (the " + x.group(1).toLowerCase(Locale.ROOT)
        + " starts" + place(line, column, prefix == null ? -1 : ParserMessages.byteInLine(utf8, line, column)) + ")"
        + message.substring(x.end());
  }

  private String where(JsonLocation at) {
    return at == null || at.getLineNr() < 0 ? ""
        : place(at.getLineNr(), at.getColumnNr(), at.getByteOffset() + 1);
  }

  /**
   * {@code at line L, column C}; within a stream's value (a JSON Lines line, whose number the
   * path names already) {@code at column C}, C counted in bytes from the line's start ({@code
   * byteInLine}, from 1; the parser's own {@code column} if that is not known): the parser's
   * column starts again after a CR inside the line.
   */
  private String place(long line, long column, long byteInLine) {
    return prefix != null ? " at column " + (byteInLine > 0 ? byteInLine : column)
        : " at line " + line + ", column " + column;
  }

  /** The parser's own path, which goes below the values this reader skips. */
  private String contextPath() {
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        if (c.getEntryCount() > 0) {
          parts.add("[" + c.getCurrentIndex() + "]");
        }
      } else if (c.getCurrentName() != null && !(inName && c == p.getParsingContext())) {
        parts.add(c.getCurrentName());
      }
    }
    StringBuilder b = new StringBuilder();
    for (int i = parts.size() - 1; i >= 0; i--) {
      String s = parts.get(i);
      if (!s.startsWith("[") && b.length() > 0) {
        b.append('.');
      }
      b.append(s);
    }
    return prefix == null ? b.toString() : new Problem(b.toString(), "-").under(prefix).path();
  }

  /** Records the problem that stops reading: after every other problem of the value. */
  private void stopReport(String path, String message) {
    reported++;
    if (prefix == null) {
      problems.addStop(path, message);
      return;
    }
    depth = base;
    push(null, Integer.MAX_VALUE);
    if (problems.wants(ords, depth)) {
      problems.add(path.isEmpty() ? prefix : path, message);
    }
    depth = base;
  }

  // --- the path --------------------------------------------------------------------------------

  private void push(String name, int ord) {
    grow();
    names[depth] = name;
    indexes[depth] = -1;
    ords[depth] = ord;
    depth++;
  }

  private void pushIndex(int index) {
    grow();
    names[depth] = null;
    indexes[depth] = index;
    ords[depth] = index;
    depth++;
  }

  private void grow() {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
      ords = Arrays.copyOf(ords, depth * 2);
    }
  }

  /**
   * Counts a problem at the current path and tells whether it is kept; only then is its message
   * built ({@link #add}), so that a document with a million problems builds a thousand messages.
   */
  private boolean problem() {
    reported++;
    return problems.wants(ords, depth);
  }

  private void add(String message) {
    problems.add(path(), message);
  }

  private void report(String message) {
    if (problem()) {
      add(message);
    }
  }

  private String path() {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i < depth; i++) {
      if (indexes[i] >= 0) {
        b.append('[').append(indexes[i]).append(']');
      } else if (names[i] != null) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(names[i]);
      }
    }
    return b.toString();
  }

  // --- enums -----------------------------------------------------------------------------------

  /**
   * The constants of an enum type with their names: as characters, for a match on the parser's;
   * as interned strings, for a match by identity on the field names the parser gives (it interns
   * them), else by equality; and as the list a problem names.
   */
  private static final class Names {
    final char[][] names;
    final String[] interned;
    final Enum<?>[] constants;
    final String list;

    Names(Class<?> type) {
      Object[] all = type.getEnumConstants();
      names = new char[all.length][];
      interned = new String[all.length];
      constants = new Enum<?>[all.length];
      for (int i = 0; i < all.length; i++) {
        constants[i] = (Enum<?>) all[i];
        names[i] = constants[i].name().toCharArray();
        interned[i] = constants[i].name().intern();
      }
      list = Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** The constant of a name, or null: by identity first, then by equality. */
    Enum<?> named(String name) {
      for (int i = 0; i < interned.length; i++) {
        if (interned[i] == name) {
          return constants[i];
        }
      }
      for (int i = 0; i < interned.length; i++) {
        if (interned[i].equals(name)) {
          return constants[i];
        }
      }
      return null;
    }

    Enum<?> find(char[] chars, int offset, int length) {
      for (int i = 0; i < names.length; i++) {
        char[] name = names[i];
        if (name.length == length && (length == 0 || name[0] == chars[offset])
            && Arrays.equals(name, 0, length, chars, offset, offset + length)) {
          return constants[i];
        }
      }
      return null;
    }
  }

  private static final ClassValue<Names> NAMES = new ClassValue<>() {
    @Override
    protected Names computeValue(Class<?> type) {
      return new Names(type);
    }
  };

  /**
   * The constant named by the current string token, matched on the parser's characters without
   * making a string; null if none is named so.
   */
  private Enum<?> constantOrNull(Names names) throws IOException, Stop {
    inText = true;
    try {
      char[] chars = p.getTextCharacters();
      int length = p.getTextLength();
      if (length > options.maxStringLength()) {
        // getText() reports the limit, as for any other string
        return names.named(p.getText());
      }
      return names.find(chars, p.getTextOffset(), length);
    } catch (StreamConstraintsException e) {
      throw stop(e);
    } catch (StreamReadException e) {
      throw stop(e);
    } finally {
      inText = false;
    }
  }

  static String constants(Class<?> type) {
    return NAMES.get(type).list;
  }
}
