package org.vetcpd.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.vetcpd.core.ActivityType;
import org.vetcpd.core.Barrier;
import org.vetcpd.core.CareerStyle;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Department;
import org.vetcpd.core.Driver;
import org.vetcpd.core.DriverKind;
import org.vetcpd.core.DriverScope;
import org.vetcpd.core.Formality;
import org.vetcpd.core.Initiator;
import org.vetcpd.core.KnowledgeCategory;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.LeaderRole;
import org.vetcpd.core.NeedLevel;
import org.vetcpd.core.PlanItem;
import org.vetcpd.core.Programme;
import org.vetcpd.core.School;
import org.vetcpd.core.Scope;
import org.vetcpd.core.Teacher;

/**
 * Reads a valid data set straight from Jackson's token stream into the builders, without a tree:
 * the fast path for the common case, a document with nothing wrong in it.
 *
 * <p>It only ever reads valid documents. At the first thing that is not plainly valid (a syntax
 * error or a limit, an unknown or missing field, a null, a wrong type, a repeated set entry, a
 * broken invariant, a number it does not convert exactly as {@link JsonFields} does) it gives up
 * and returns null, and the caller reads the document again with the tree reader ({@link
 * DatasetReader}), which finds and words every problem. So there is one source of problem lists,
 * and this class never reports one.
 */
final class DatasetStreamReader {
  /** Thrown to give up; no stack trace, it is control flow. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super(null, null, false, false);
    }
  }

  private static final GiveUp GIVE_UP = new GiveUp();

  /** Strings up to this length may be shared (see {@link #shared()}). */
  private static final int SHARED_LENGTH = 32;

  private final JsonParser p;
  private final int maxStringLength;
  /** Open addressing, filled to half at most; the first strings seen of each text win. */
  private final String[] shared = new String[1024];
  private int sharedCount;

  private DatasetStreamReader(JsonParser p, int maxStringLength) {
    this.p = p;
    this.maxStringLength = maxStringLength;
  }

  /**
   * Reads a data set from well-formed UTF-8 bytes.
   *
   * @param factory the factory of the strict mapper, with its limits and duplicate detection
   * @param bytes the document
   * @return the data set, or null if the document is not plainly valid
   */
  static Dataset read(JsonFactory factory, byte[] bytes) {
    try (JsonParser p = factory.createParser(bytes)) {
      // every object read here has known fields or enum keys: a repeated one gives up in once()
      // or in the maps, cheaper than the parser's hash set per object
      p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      // correctly rounded, as Double.parseDouble on the tree path is: the same double, sooner
      p.enable(JsonParser.Feature.USE_FAST_DOUBLE_PARSER);
      return new DatasetStreamReader(p, factory.streamReadConstraints().getMaxStringLength())
          .dataset();
    } catch (IOException | RuntimeException e) {
      // a syntax error, a limit, a broken invariant or GIVE_UP: the tree reader says what is wrong
      return null;
    }
  }

  private Dataset dataset() throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw GIVE_UP;
    }
    Dataset.Builder b = Dataset.builder();
    boolean version = false;
    int seen = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "formatVersion" -> {
          seen = once(seen, 1);
          int v = integer();
          if (v != Dataset.FORMAT_VERSION) {
            throw GIVE_UP;
          }
          b.formatVersion(v);
          version = true;
        }
        case "programmes" -> {
          seen = once(seen, 2);
          objects(this::programme, b::addProgrammes);
        }
        case "schools" -> {
          seen = once(seen, 4);
          objects(this::school, b::addSchools);
        }
        case "teachers" -> {
          seen = once(seen, 8);
          objects(this::teacher, b::addTeachers);
        }
        case "activities" -> {
          seen = once(seen, 16);
          objects(this::activity, b::addActivities);
        }
        case "drivers" -> {
          seen = once(seen, 32);
          objects(this::driver, b::addDrivers);
        }
        case "plans" -> {
          seen = once(seen, 64);
          objects(this::plan, b::addPlans);
        }
        default -> throw GIVE_UP;
      }
    }
    endObject();
    // nothing may follow the document (FAIL_ON_TRAILING_TOKENS on the tree path)
    if (!version || p.nextToken() != null) {
      throw GIVE_UP;
    }
    return b.build();
  }

  private Programme programme() throws IOException {
    Programme.Builder b = Programme.builder();
    int seen = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "code" -> {
          seen = once(seen, 1);
          b.code(id());
        }
        case "name" -> {
          seen = once(seen, 2);
          b.name(text());
        }
        case "sector" -> {
          seen = once(seen, 4);
          b.sector(text());
        }
        default -> throw GIVE_UP;
      }
    }
    endObject();
    return b.build();
  }

  private School school() throws IOException {
    School.Builder b = School.builder();
    int seen = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "id" -> {
          seen = once(seen, 1);
          b.id(id());
        }
        case "name" -> {
          seen = once(seen, 2);
          b.name(text());
        }
        case "region" -> {
          seen = once(seen, 4);
          b.region(text());
        }
        case "departments" -> {
          seen = once(seen, 8);
          start(JsonToken.START_ARRAY);
          while (p.nextToken() == JsonToken.START_OBJECT) {
            b.addDepartments(department());
          }
          end(JsonToken.END_ARRAY);
        }
        default -> throw GIVE_UP;
      }
    }
    endObject();
    return b.build();
  }

  private Department department() throws IOException {
    Department.Builder b = Department.builder();
    int seen = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "id" -> {
          seen = once(seen, 1);
          b.id(id());
        }
        case "name" -> {
          seen = once(seen, 2);
          b.name(text());
        }
        case "programmes" -> {
          seen = once(seen, 4);
          b.programmes(textSet());
        }
        default -> throw GIVE_UP;
      }
    }
    endObject();
    return b.build();
  }

  private Teacher teacher() throws IOException {
    Teacher.Builder b = Teacher.builder();
    int seen = 0;
    for (int f = nextField(TEACHER_ORDER, 0); f >= 0; f = nextField(TEACHER_ORDER, seen)) {
      seen = once(seen, 1 << f);
      switch (f) {
        case 0 -> b.id(id()); // id
        case 1 -> b.programme(shared()); // programme
        case 2 -> b.school(shared()); // school
        case 3 -> b.department(shared()); // department
        case 4 -> b.yearsInIndustry(number()); // yearsInIndustry
        case 5 -> b.yearsTeaching(number()); // yearsTeaching
        case 6 -> b.yearsSinceIndustryContact(number()); // yearsSinceIndustryContact
        case 7 -> b.needs(enumMap(CompetenceArea.class, NeedLevel.class)); // needs
        case 8 -> b.barriers(enumSet(Barrier.class)); // barriers
        case 9 -> b.careerStyle(constant(CareerStyle.class)); // careerStyle
        default -> throw GIVE_UP;
      }
    }
    endObject();
    return b.build();
  }

  private CpdActivity activity() throws IOException {
    CpdActivity.Builder b = CpdActivity.builder();
    int seen = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "id" -> {
          seen = once(seen, 1);
          b.id(id());
        }
        case "title" -> {
          seen = once(seen, 2);
          b.title(text());
        }
        case "type" -> {
          seen = once(seen, 4);
          b.type(constant(ActivityType.class));
        }
        case "areas" -> {
          seen = once(seen, 8);
          b.areas(enumNumberMap(CompetenceArea.class));
        }
        case "knowledge" -> {
          seen = once(seen, 16);
          b.knowledge(enumSet(KnowledgeCategory.class));
        }
        case "contextualisation" -> {
          seen = once(seen, 32);
          b.contextualisation(constant(Contextualisation.class));
        }
        case "programmes" -> {
          seen = once(seen, 64);
          b.programmes(textSet());
        }
        case "scope" -> {
          seen = once(seen, 128);
          b.scope(constant(Scope.class));
        }
        case "initiator" -> {
          seen = once(seen, 256);
          b.initiator(constant(Initiator.class));
        }
        case "formality" -> {
          seen = once(seen, 512);
          b.formality(constant(Formality.class));
        }
        case "industryContact" -> {
          seen = once(seen, 1024);
          b.industryContact(bool());
        }
        case "requiresSubstitute" -> {
          seen = once(seen, 2048);
          b.requiresSubstitute(bool());
        }
        case "spanWeeks" -> {
          seen = once(seen, 4096);
          b.spanWeeks(integer());
        }
        case "costPerHour" -> {
          seen = once(seen, 8192);
          b.costPerHour(number());
        }
        case "provider" -> {
          seen = once(seen, 16384);
          b.provider(text());
        }
        case "description" -> {
          seen = once(seen, 32768);
          b.description(text());
        }
        case "maxHours" -> {
          seen = once(seen, 65536);
          b.maxHours(number());
        }
        default -> throw GIVE_UP;
      }
    }
    endObject();
    return b.build();
  }

  private Driver driver() throws IOException {
    Driver.Builder b = Driver.builder();
    int seen = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      switch (name) {
        case "id" -> {
          seen = once(seen, 1);
          b.id(id());
        }
        case "kind" -> {
          seen = once(seen, 2);
          b.kind(constant(DriverKind.class));
        }
        case "scope" -> {
          seen = once(seen, 4);
          b.scope(constant(DriverScope.class));
        }
        case "strength" -> {
          seen = once(seen, 8);
          b.strength(number());
        }
        case "pulls" -> {
          seen = once(seen, 16);
          b.pulls(enumNumberMap(CompetenceArea.class));
        }
        case "programmes" -> {
          seen = once(seen, 32);
          b.programmes(textSet());
        }
        case "description" -> {
          seen = once(seen, 64);
          b.description(text());
        }
        default -> throw GIVE_UP;
      }
    }
    endObject();
    return b.build();
  }

  private CpdPlan plan() throws IOException {
    CpdPlan.Builder b = CpdPlan.builder();
    int seen = 0;
    for (int f = nextField(PLAN_ORDER, 0); f >= 0; f = nextField(PLAN_ORDER, seen)) {
      seen = once(seen, 1 << f);
      switch (f) {
        case 0 -> b.id(id()); // id
        case 1 -> b.teacher(id()); // teacher
        case 2 -> b.period(text()); // period
        case 3 -> { // items
          start(JsonToken.START_ARRAY);
          while (p.nextToken() == JsonToken.START_OBJECT) {
            b.addItems(item());
          }
          end(JsonToken.END_ARRAY);
        }
        case 4 -> b.drivers(Optional.of(textSet())); // drivers
        case 5 -> b.leaderInvolvement(constant(LeaderInvolvement.class)); // leaderInvolvement
        case 6 -> b.facilitator(constant(LeaderRole.class)); // facilitator
        default -> throw GIVE_UP;
      }
    }
    endObject();
    return b.build();
  }

  private PlanItem item() throws IOException {
    PlanItem.Builder b = PlanItem.builder();
    int seen = 0;
    for (int f = nextField(ITEM_ORDER, 0); f >= 0; f = nextField(ITEM_ORDER, seen)) {
      seen = once(seen, 1 << f);
      switch (f) {
        case 0 -> b.activity(shared()); // activity
        case 1 -> b.hours(number()); // hours
        case 2 -> b.timeAllocated(bool()); // timeAllocated
        case 3 -> b.substituteFunded(bool()); // substituteFunded
        case 4 -> b.costFunded(bool()); // costFunded
        default -> throw GIVE_UP;
      }
    }
    endObject();
    return b.build();
  }

  /** The fields of the objects that come by the thousand, in the order vetcpd writes them. */
  private static final SerializedString[] TEACHER_ORDER = names(DatasetReader.TEACHER_FIELDS);
  private static final SerializedString[] PLAN_ORDER = names(DatasetReader.PLAN_FIELDS);
  private static final SerializedString[] ITEM_ORDER = names(DatasetReader.ITEM_FIELDS);

  private static SerializedString[] names(String[] fields) {
    SerializedString[] names = new SerializedString[fields.length];
    for (int i = 0; i < fields.length; i++) {
      names[i] = new SerializedString(fields[i]);
    }
    return names;
  }

  /**
   * Reads the next field name and returns its index in {@code order}, first trying the field that
   * follows the last one read (bit {@code i} of {@code seen} marks field {@code i}): the parser
   * matches an expected name on its bytes, without a symbol table look-up or a string switch. Any
   * order is read; this one is faster.
   *
   * @return the index, or -1 at the end of the object (or at anything but a name)
   */
  private int nextField(SerializedString[] order, int seen) throws IOException {
    int next = Integer.SIZE - Integer.numberOfLeadingZeros(seen);
    if (next < order.length && p.nextFieldName(order[next])) {
      return next;
    }
    String name = next < order.length
        ? (p.currentToken() == JsonToken.FIELD_NAME ? p.currentName() : null)
        : p.nextFieldName();
    if (name == null) {
      return -1;
    }
    for (int i = 0; i < order.length; i++) {
      if (order[i].getValue().equals(name)) {
        return i;
      }
    }
    throw GIVE_UP;
  }

  /**
   * Marks a field as read; a repeated key gives up (the tree reader reports it), so that the
   * parser's own duplicate detection, a hash set per object, can be off on this path.
   */
  private static int once(int seen, int bit) {
    if ((seen & bit) != 0) {
      throw GIVE_UP;
    }
    return seen | bit;
  }

  // --- values: each reads the next token, and gives up unless it is plainly valid --------------

  /** Reads one entity of a data set list from the object the parser is at. */
  @FunctionalInterface
  private interface EntityReader<T> {
    T read() throws IOException;
  }

  /**
   * Reads a list of objects of the data set (programmes, teachers, ...), adding each to the
   * builder. Called once per list, so its two lambdas cost nothing per element.
   */
  private <T> void objects(EntityReader<T> entity, Consumer<T> add) throws IOException {
    start(JsonToken.START_ARRAY);
    while (p.nextToken() == JsonToken.START_OBJECT) {
      add.accept(entity.read());
    }
    end(JsonToken.END_ARRAY);
  }

  private void start(JsonToken expected) throws IOException {
    if (p.nextToken() != expected) {
      throw GIVE_UP;
    }
  }

  /** Checks the current token: an array's elements must all have been objects. */
  private void end(JsonToken expected) {
    if (p.currentToken() != expected) {
      throw GIVE_UP;
    }
  }

  private void endObject() {
    end(JsonToken.END_OBJECT);
  }

  private String text() throws IOException {
    start(JsonToken.VALUE_STRING);
    return p.getText();
  }

  /**
   * An id or a reference to one, hashed now, while its bytes are in the cache: the data set's
   * indexes and checks hash every id, and later that costs a cache miss per id.
   */
  private String id() throws IOException {
    String id = text();
    id.hashCode();
    return id;
  }

  /**
   * A string that recurs (a reference such as an item's activity, an enum constant's name): one
   * shared instance per text, looked up in the parser's buffer. Saves a string per occurrence, and
   * the id indexes then hash it once rather than once per item.
   */
  private String shared() throws IOException {
    start(JsonToken.VALUE_STRING);
    return sharedHere();
  }

  /** {@link #shared()} of the current token. */
  private String sharedHere() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw GIVE_UP;
    }
    int length = p.getTextLength();
    if (length > SHARED_LENGTH || length > maxStringLength) {
      return p.getText();
    }
    char[] buffer = p.getTextCharacters();
    int offset = p.getTextOffset();
    int hash = 0;
    for (int k = 0; k < length; k++) {
      hash = 31 * hash + buffer[offset + k];
    }
    int mask = shared.length - 1;
    for (int i = (hash ^ (hash >>> 16)) & mask; ; i = (i + 1) & mask) {
      String s = shared[i];
      if (s == null) {
        s = new String(buffer, offset, length);
        if (sharedCount < shared.length / 2) {
          shared[i] = s;
          sharedCount++;
        }
        return s;
      }
      if (s.hashCode() == hash && s.length() == length && same(s, buffer, offset)) {
        return s;
      }
    }
  }

  private static boolean same(String s, char[] buffer, int offset) {
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) != buffer[offset + k]) {
        return false;
      }
    }
    return true;
  }

  /** A finite number, converted as the tree does (a double, or an int or long widened). */
  private double number() throws IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NUMBER_INT) {
      JsonParser.NumberType type = p.getNumberType();
      if (type == JsonParser.NumberType.INT) {
        return p.getIntValue();
      }
      if (type == JsonParser.NumberType.LONG) {
        return p.getLongValue();
      }
      throw GIVE_UP;
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      double d = p.getDoubleValue();
      if (Double.isFinite(d)) {
        return d;
      }
    }
    throw GIVE_UP;
  }

  /** A JSON integer in {@code int} range; anything else (2.0 included) is left to the tree. */
  private int integer() throws IOException {
    start(JsonToken.VALUE_NUMBER_INT);
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw GIVE_UP;
    }
    return p.getIntValue();
  }

  private boolean bool() throws IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw GIVE_UP;
  }

  private <E extends Enum<E>> E constant(Class<E> type) throws IOException {
    return constantNamed(shared(), type);
  }

  private static <E extends Enum<E>> E constantNamed(String name, Class<E> type) {
    E e = JsonFields.constantOrNull(name, type);
    if (e == null) {
      throw GIVE_UP;
    }
    return e;
  }

  /** An array of distinct strings, in document order. */
  private ImmutableSet<String> textSet() throws IOException {
    start(JsonToken.START_ARRAY);
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    int n = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      b.add(sharedHere());
      n++;
    }
    return distinct(b.build(), n);
  }

  /** An array of distinct enum constants, in document order. */
  private <E extends Enum<E>> ImmutableSet<E> enumSet(Class<E> type) throws IOException {
    start(JsonToken.START_ARRAY);
    ImmutableSet.Builder<E> b = ImmutableSet.builder();
    int n = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      b.add(constantNamed(sharedHere(), type));
      n++;
    }
    return distinct(b.build(), n);
  }

  private static <T> ImmutableSet<T> distinct(ImmutableSet<T> set, int entries) {
    if (set.size() != entries) {
      throw GIVE_UP;
    }
    return set;
  }

  /** An object of enum keys and enum values, in the keys' declaration order as the tree reads. */
  private <K extends Enum<K>, V extends Enum<V>> ImmutableMap<K, V> enumMap(
      Class<K> keyType, Class<V> valueType) throws IOException {
    start(JsonToken.START_OBJECT);
    Map<K, V> out = new EnumMap<>(keyType);
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      if (out.put(constantNamed(key, keyType), constant(valueType)) != null) {
        throw GIVE_UP;
      }
    }
    endObject();
    return ImmutableMap.copyOf(out);
  }

  /** An object of enum keys and finite numbers, in the keys' declaration order. */
  private <K extends Enum<K>> ImmutableMap<K, Double> enumNumberMap(Class<K> keyType)
      throws IOException {
    start(JsonToken.START_OBJECT);
    Map<K, Double> out = new EnumMap<>(keyType);
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      if (out.put(constantNamed(key, keyType), number()) != null) {
        throw GIVE_UP;
      }
    }
    endObject();
    return ImmutableMap.copyOf(out);
  }
}
