package org.vetcpd.core.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.internal.Utf8;
import org.vetcpd.core.wire.DatasetReferences;
import org.vetcpd.core.wire.DatasetWire;
import org.vetcpd.core.wire.ProblemCollector;
import org.vetcpd.core.wire.WireJson;
import org.vetcpd.core.wire.SharedStrings;
import org.vetcpd.core.wire.WireReader;
import org.vetcpd.core.wire.WireValues;

/**
 * Reads and writes vetcpd's JSON: data sets, JSON Lines streams of plans, and any library value.
 *
 * <p>Reading is strict (see {@link JsonOptions#strict()}): a document is either valid and read
 * whole, or a {@link ValidationException} lists every problem with its path, e.g. {@code
 * plans[3].items[0].hours: must be > 0, was -2} (at most {@link JsonOptions#maxProblems()} of
 * them, then one line {@code … and N more problems}). Duplicate keys, text after the document, a
 * bare {@code null}, numbers given as strings, fractions for whole numbers, enum constants by
 * index, unknown fields and unknown enum constants are all problems. Types are never taken from
 * the input. A document is read in one pass over its tokens, never held whole in memory, in time
 * linear in its length whatever it holds; a UTF-8 byte order mark at its start is ignored.
 *
 * <p>Writing uses a stable property order, {@code .} as the decimal separator, two-space
 * indentation and {@code \n} line ends; absent optional fields and empty lists are left out, which
 * reads back as the same value.
 *
 * <p>This class is thread-safe: its mappers are built once and shared.
 */
public final class VetcpdJson {
  /**
   * The shared mapper and writers, built when first used: reading goes through core's streaming
   * reader, so a command that only reads and writes CSV never sets up Jackson's object mapper.
   */
  private static final class Mappers {
    static final JsonMapper STRICT = mapper(JsonOptions.strict());
    static final ObjectWriter PRETTY = STRICT.writer(prettyPrinter());
    static final ObjectWriter COMPACT = STRICT.writer();
  }

  private VetcpdJson() {}

  // --- data sets -------------------------------------------------------------------------------

  /**
   * Reads a data set from a UTF-8 file, strictly.
   *
   * @param path the file
   * @return the data set
   * @throws ValidationException listing every problem, if the document is invalid
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Dataset readDataset(Path path) {
    return readDataset(path, JsonOptions.strict());
  }

  /**
   * Reads a data set from a UTF-8 file.
   *
   * @param path the file
   * @param options the reading options
   * @return the data set
   * @throws ValidationException listing every problem, if the document is invalid
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Dataset readDataset(Path path, JsonOptions options) {
    requireNonNull(path, "path");
    requireNonNull(options, "options");
    return WireJson.read(path, DatasetWire.DATASET, options, VetcpdJson::datasetChecks);
  }

  /**
   * Reads a data set from a UTF-8 file, telling {@code listener} of its plans while the rest of the
   * document is still being read (see {@link PlanListener} for which plans, when, and on what
   * terms). The data set returned, and every problem thrown, are those of {@link
   * #readDataset(Path, JsonOptions)}.
   *
   * @param path the file
   * @param options the reading options
   * @param listener who hears of the plans
   * @return the data set
   * @throws ValidationException listing every problem, if the document is invalid
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Dataset readDataset(Path path, JsonOptions options, PlanListener listener) {
    requireNonNull(path, "path");
    requireNonNull(options, "options");
    requireNonNull(listener, "listener");
    return WireJson.read(path, DatasetWire.DATASET, options, VetcpdJson::datasetChecks, listener);
  }

  /**
   * Reads a data set from a UTF-8 stream, strictly; the stream is not closed.
   *
   * @param in the stream
   * @return the data set
   * @throws ValidationException listing every problem, if the document is invalid
   */
  public static Dataset readDataset(InputStream in) {
    return readDataset(in, JsonOptions.strict());
  }

  /**
   * Reads a data set from a UTF-8 stream; the stream is not closed. The document is read in one
   * pass straight from the stream into the domain types, never held whole in memory.
   *
   * @param in the stream
   * @param options the reading options
   * @return the data set
   * @throws ValidationException listing every problem, if the document is invalid
   * @throws UncheckedIOException if the stream fails
   */
  public static Dataset readDataset(InputStream in, JsonOptions options) {
    requireNonNull(in, "in");
    requireNonNull(options, "options");
    return WireJson.read(in, DatasetWire.DATASET, options, VetcpdJson::datasetChecks);
  }

  /**
   * Reads a data set from a JSON text, strictly.
   *
   * @param json the text
   * @return the data set
   * @throws ValidationException listing every problem, if the document is invalid
   */
  public static Dataset parseDataset(String json) {
    return parseDataset(json, JsonOptions.strict());
  }

  /**
   * Reads a data set from a JSON text.
   *
   * @param json the text
   * @param options the reading options
   * @return the data set
   * @throws ValidationException listing every problem, if the document is invalid
   */
  public static Dataset parseDataset(String json, JsonOptions options) {
    requireNonNull(json, "json");
    requireNonNull(options, "options");
    return WireJson.parse(json, DatasetWire.DATASET, options, VetcpdJson::datasetChecks);
  }

  /**
   * The checks of a data set some of whose entries failed: repeated ids and references, those of
   * the entries that failed included, once, after everything was read.
   */
  private static void datasetChecks(WireValues root, ProblemCollector problems) {
    DatasetReferences.checkAll(problems::addAtEnd, list(root, DatasetWire.PROGRAMMES),
        list(root, DatasetWire.SCHOOLS), list(root, DatasetWire.TEACHERS),
        list(root, DatasetWire.ACTIVITIES), list(root, DatasetWire.DRIVERS),
        list(root, DatasetWire.PLANS));
  }

  private static List<?> list(WireValues root, org.vetcpd.core.wire.WireField f) {
    List<?> l = root.get(f);
    return l == null ? List.of() : l;
  }

  // --- plan streams ----------------------------------------------------------------------------

  /**
   * Streams the plans of a JSON Lines file (one {@code CpdPlan} object a line; blank lines are
   * skipped), each checked against a catalogue data set that holds the teachers, activities and
   * drivers the plans refer to. Memory use does not grow with the number of lines, and a line is
   * never held past {@link JsonOptions#lineLimit()} (16 MiB by default): a longer one is a problem
   * of its line.
   *
   * <p>The stream throws a {@link ValidationException} at the first invalid line, listing every
   * problem of that line with a path such as {@code line 7.items[0].hours}; use {@link
   * #validatePlans(Path, Dataset)} first to list the problems of every line. Close the stream
   * (try-with-resources) to close the file.
   *
   * @param path the JSON Lines file, UTF-8
   * @param catalogue the data set the plans refer to
   * @return the plans, lazily read
   * @throws UncheckedIOException if the file cannot be opened
   */
  public static Stream<CpdPlan> streamPlans(Path path, Dataset catalogue) {
    return streamPlans(path, catalogue, JsonOptions.strict());
  }

  /**
   * Streams the plans of a JSON Lines file; see {@link #streamPlans(Path, Dataset)}.
   *
   * @param path the JSON Lines file, UTF-8
   * @param catalogue the data set the plans refer to
   * @param options the reading options; {@code maxLineLength} bounds each line
   * @return the plans, lazily read
   * @throws UncheckedIOException if the file cannot be opened
   */
  public static Stream<CpdPlan> streamPlans(Path path, Dataset catalogue, JsonOptions options) {
    requireNonNull(path, "path");
    requireNonNull(catalogue, "catalogue");
    requireNonNull(options, "options");
    InputStream in;
    try {
      in = Files.newInputStream(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
    return streamPlans(in, catalogue, options).onClose(() -> {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * Streams the plans of JSON Lines read from a UTF-8 stream; see {@link #streamPlans(Path,
   * Dataset)}. The stream is read once, as the plans are consumed; closing the returned stream
   * does not close {@code in}.
   *
   * @param in the JSON Lines bytes
   * @param catalogue the data set the plans refer to
   * @param options the reading options; {@code maxLineLength} bounds each line
   * @return the plans, lazily read
   */
  public static Stream<CpdPlan> streamPlans(
      InputStream in, Dataset catalogue, JsonOptions options) {
    requireNonNull(in, "in");
    requireNonNull(catalogue, "catalogue");
    requireNonNull(options, "options");
    JsonLines lines = new JsonLines(in, options.lineLimit());
    PlanLineReader reader = new PlanLineReader(catalogue, options);
    Iterator<CpdPlan> it = new Iterator<>() {
      private CpdPlan next;
      /** The collector of the lines read so far: all clean, or a new one is made. */
      private ProblemCollector problems = new ProblemCollector(options.maxProblems());

      @Override
      public boolean hasNext() {
        while (next == null) {
          if (!lines.next()) {
            return false;
          }
          if (!problems.isEmpty()) {
            problems = new ProblemCollector(options.maxProblems());
          }
          next = reader.read(lines, problems);
          problems.throwIfAny();
        }
        return true;
      }

      @Override
      public CpdPlan next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        CpdPlan plan = next;
        next = null;
        return plan;
      }
    };
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /**
   * Reads the plans of a JSON Lines stream on {@code threads} threads at once, for a long stream
   * on a machine with several cores: each line is read and checked exactly as {@link
   * #streamPlans(InputStream, Dataset, JsonOptions)} reads it, and each valid plan goes to {@code
   * work} on the thread that read it (score it there, say, and make its output ready); then, on
   * the calling thread and in the order of the lines, each result goes to {@code results} and
   * each invalid line's problems (paths such as {@code line 7.items[0].hours}) go to {@code
   * invalid}, and reading goes on.
   *
   * <p>The stream is read once, from its first byte to its last, on a thread of its own (so a
   * pipe works); it is not closed. Memory stays bounded whatever the stream holds: lines are read
   * in batches of a few hundred, the bytes of the lines read but not yet handed on are at
   * most a 64th of the heap, between 256 KiB and 16 MiB (or one line, if it is longer), and lines
   * longer than 256 KiB are read one at a time. If {@code work}, {@code results} or
   * {@code invalid} throws, reading stops and the exception reaches the caller; so does an
   * {@link UncheckedIOException} if the stream fails.
   *
   * @param in the JSON Lines bytes, UTF-8
   * @param catalogue the data set the plans refer to
   * @param options the reading options; {@code maxLineLength} bounds each line
   * @param threads how many threads read and check lines (and run {@code work}), at least 1
   * @param work what is done with each valid plan, on a reading thread; must be thread-safe
   * @param results what is done with each result of {@code work}, in line order, on this thread
   * @param invalid what is done with the problems of each invalid line, in line order, on this
   *     thread
   * @param <R> what {@code work} makes of a plan
   * @return the number of valid plans
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public static <R> long readPlans(InputStream in, Dataset catalogue, JsonOptions options,
      int threads, Function<? super CpdPlan, ? extends R> work, Consumer<? super R> results,
      Consumer<? super ValidationException> invalid) {
    requireNonNull(in, "in");
    requireNonNull(catalogue, "catalogue");
    requireNonNull(options, "options");
    requireNonNull(work, "work");
    requireNonNull(results, "results");
    requireNonNull(invalid, "invalid");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    return new ParallelPlanLines<R>(in, catalogue, options, threads, work).run(results, invalid);
  }

  /**
   * Reads every plan of a JSON Lines file, or throws listing the problems of every line: nothing
   * is half-read. Holds all plans in memory; use {@link #streamPlans(Path, Dataset)} for large
   * cohorts.
   *
   * @param path the JSON Lines file, UTF-8
   * @param catalogue the data set the plans refer to
   * @return the plans, in file order
   * @throws ValidationException listing every problem of every line (capped)
   */
  public static ImmutableList<CpdPlan> readPlans(Path path, Dataset catalogue) {
    List<CpdPlan> plans = new ArrayList<>();
    ProblemCollector problems = scanPlans(path, catalogue, JsonOptions.strict(), plans);
    problems.throwIfAny();
    return ImmutableList.copyOf(plans);
  }

  /**
   * Checks every line of a JSON Lines file of plans against a catalogue, in constant memory.
   *
   * @param path the JSON Lines file, UTF-8
   * @param catalogue the data set the plans refer to
   * @return every problem, with paths such as {@code line 7.items[0].hours} (at most {@link
   *     JsonOptions#maxProblems()}, then one line {@code … and N more problems}); empty if valid
   */
  public static ImmutableList<Problem> validatePlans(Path path, Dataset catalogue) {
    return validatePlans(path, catalogue, JsonOptions.strict());
  }

  /**
   * Checks every line of a JSON Lines file of plans against a catalogue, in constant memory.
   *
   * @param path the JSON Lines file, UTF-8
   * @param catalogue the data set the plans refer to
   * @param options the reading options
   * @return every problem (capped); empty if valid
   */
  public static ImmutableList<Problem> validatePlans(
      Path path, Dataset catalogue, JsonOptions options) {
    requireNonNull(options, "options");
    return scanPlans(path, catalogue, options, null).list();
  }

  private static ProblemCollector scanPlans(
      Path path, Dataset catalogue, JsonOptions options, List<CpdPlan> sink) {
    requireNonNull(path, "path");
    requireNonNull(catalogue, "catalogue");
    ProblemCollector problems = new ProblemCollector(options.maxProblems());
    PlanLineReader reader = new PlanLineReader(catalogue, options);
    try (InputStream in = Files.newInputStream(path)) {
      JsonLines lines = new JsonLines(in, options.lineLimit());
      while (lines.next()) {
        CpdPlan plan = reader.read(lines, problems);
        if (plan != null && sink != null) {
          sink.add(plan);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
    return problems;
  }

  /** The references a plan of a stream may make: the catalogue's teachers, activities, drivers. */
  private static DatasetReferences references(Dataset catalogue) {
    return new DatasetReferences(ImmutableSet.of(), ImmutableMap.of(),
        catalogue.teacherIndex().keySet(),
        catalogue.activityIndex().keySet(), catalogue.driverIndex().keySet());
  }

  /**
   * The stream's one copy of each repeated value, holding the catalogue's activity and driver ids
   * from the start: a plan's references to them are then the catalogue's own strings. (A plan's
   * teacher is not a shared field: see {@link org.vetcpd.core.wire.DatasetWire#PLAN_TEACHER}.)
   */
  private static SharedStrings shared(Dataset catalogue) {
    SharedStrings shared = new SharedStrings();
    shared.addAll(catalogue.activityIndex().keySet());
    shared.addAll(catalogue.driverIndex().keySet());
    return shared;
  }

  /**
   * Reads the plans of one stream's lines: one table of shared values and one reader for all of
   * them, so that a line costs no setup beyond its parser.
   */
  static final class PlanLineReader {
    private final DatasetReferences refs;
    private final SharedStrings shared;
    private final JsonOptions options;
    private WireReader reader;

    PlanLineReader(Dataset catalogue, JsonOptions options) {
      this.refs = references(catalogue);
      this.shared = shared(catalogue);
      this.options = options;
    }

    CpdPlan read(JsonLines lines, ProblemCollector problems) {
      return read(lines.bytes(), lines.start(), lines.length(), lines.number(), lines.tooLong(),
          problems);
    }

    /**
     * Reads one line, {@code bytes[start..start + length)}, line {@code number} of its stream;
     * a line longer than the limit ({@code tooLong}) is only reported.
     */
    CpdPlan read(byte[] bytes, int start, int length, int number, boolean tooLong,
        ProblemCollector problems) {
      String prefix = "line " + number;
      if (tooLong) {
        WireReader.reportLine(problems, prefix, number, "the line is longer than the"
            + " limit of " + options.lineLimit() + " bytes (" + options.lineLimitName() + ")");
        return null;
      }
      // (the first line's byte order mark is not part of it)
      if (Utf8.zeroByteAtStart(bytes, start, start + length)) {
        WireReader.reportLine(problems, prefix, number,
            "the line is not UTF-8 text: it has a zero byte at its start");
        return null;
      }
      if (Utf8.startsWithBom(bytes, start, start + length)) {
        // the parser would skip it, as at a document's start
        // (on the first line, after the file's own)
        WireReader.reportLine(problems, prefix, number, "malformed JSON at column 1: a "
            + (number == 1 ? "second " : "") + "byte order mark (U+FEFF); one is allowed, at the"
            + " start of the file");
        return null;
      }
      Utf8 check = new Utf8();
      check.check(bytes, start, start + length);
      // a line that ends inside a character is not UTF-8 at its end (the byte after it): the
      // parser stops at the cut character, after the line's other problems, as in a document
      check.markCutEnd();
      try (JsonParser p = WireJson.factory(options).createParser(bytes, start, length)) {
        if (reader == null) {
          reader = new WireReader(p, options, problems, prefix, number, shared);
        } else {
          reader.nextValue(p, problems, prefix, number);
        }
        reader.utf8(check);
        WireReader r = reader;
        Object value = r.readDocument(DatasetWire.PLAN);
        if (value instanceof CpdPlan || value instanceof WireValues
            && !((WireValues) value).checksFailed()) {
          refs.plan(r::reportAfter, "", value);
        }
        return value instanceof CpdPlan && r.clean() ? (CpdPlan) value : null;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  // --- writing ---------------------------------------------------------------------------------

  /**
   * Writes any vetcpd value (a data set, a plan, a report, a rubric, a list of them) as indented
   * JSON.
   *
   * @param value the value
   * @return the JSON text, ending without a newline
   */
  public static String write(Object value) {
    requireNonNull(value, "value");
    try {
      return Mappers.PRETTY.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON: "
          + e.getOriginalMessage(), e);
    }
  }

  /**
   * Writes any vetcpd value as JSON on one line, as JSON Lines needs.
   *
   * @param value the value
   * @return the JSON text, without line breaks
   */
  public static String writeCompact(Object value) {
    requireNonNull(value, "value");
    try {
      return Mappers.COMPACT.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON: "
          + e.getOriginalMessage(), e);
    }
  }

  /**
   * Writes any vetcpd value as indented UTF-8 JSON to a file, replacing it.
   *
   * @param value the value
   * @param path the file
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Object value, Path path) {
    requireNonNull(path, "path");
    try (OutputStream out = Files.newOutputStream(path)) {
      write(value, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes any vetcpd value as indented UTF-8 JSON to a stream, which is not closed.
   *
   * @param value the value
   * @param out the stream
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Object value, OutputStream out) {
    requireNonNull(value, "value");
    requireNonNull(out, "out");
    try {
      out.write(write(value).getBytes(StandardCharsets.UTF_8));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes values as JSON Lines (one compact JSON value a line), e.g. plans for {@link
   * #streamPlans(Path, Dataset)}; the writer is flushed, not closed.
   *
   * @param values the values
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void writeJsonLines(Iterable<?> values, Writer out) {
    requireNonNull(values, "values");
    requireNonNull(out, "out");
    try {
      for (Object v : values) {
        out.write(writeCompact(v));
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- the mapper ------------------------------------------------------------------------------

  private static JsonMapper mapper(JsonOptions options, boolean shared) {
    return shared && options.equals(JsonOptions.strict()) ? Mappers.STRICT : mapper(options);
  }

  private static JsonMapper mapper(JsonOptions options) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(WireJson.constraints(options))
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        // readDataset(InputStream) promises not to close the caller's stream; files are closed
        // by this class's own try-with-resources
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
    JsonMapper mapper = JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS))
        .addModule(OptionalSerializers.module())
        .build();
    mapper.coercionConfigDefaults()
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setAcceptBlankAsEmpty(false);
    return mapper;
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withArrayIndenter(indenter)
        .withObjectIndenter(indenter);
  }
}
