package org.vetcpd.core.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Problem;
import org.vetcpd.core.Problems;
import org.vetcpd.core.ValidationException;

/**
 * Reads and writes vetcpd's JSON: data sets, JSON Lines streams of plans, and any library value.
 *
 * <p>Reading is strict (see {@link JsonOptions#strict()}): a document is either valid and read
 * whole, or a {@link ValidationException} lists every problem with its path, e.g. {@code
 * plans[3].items[0].hours: must be > 0, was -2}. Duplicate keys, text after the document, a bare
 * {@code null}, numbers given as strings, fractions for whole numbers, enum constants by index,
 * unknown fields and unknown enum constants are all problems. Types are never taken from the input.
 *
 * <p>Writing uses a stable property order, {@code .} as the decimal separator, two-space
 * indentation and {@code \n} line ends; absent optional fields and empty lists are left out, which
 * reads back as the same value.
 *
 * <p>This class is thread-safe: its mappers are built once and shared.
 */
public final class VetcpdJson {
  private static final JsonMapper STRICT = mapper(JsonOptions.strict());
  private static final ObjectWriter PRETTY = STRICT.writer(prettyPrinter());
  private static final ObjectWriter COMPACT = STRICT.writer();

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
    try (InputStream in = Files.newInputStream(path)) {
      return readDataset(in, options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
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
   * Reads a data set from a UTF-8 stream; the stream is not closed.
   *
   * <p>The document's bytes are read into memory first (up to {@link
   * JsonOptions#maxDocumentLength()} plus one byte; a data set takes several times its size in
   * memory anyway). A valid document is then read straight from the token stream into the domain
   * types; a document with any problem is read again through a tree, which lists every problem,
   * so the problems never depend on the path taken.
   *
   * @param in the stream
   * @param options the reading options
   * @return the data set
   * @throws ValidationException listing every problem, if the document is invalid
   */
  public static Dataset readDataset(InputStream in, JsonOptions options) {
    requireNonNull(in, "in");
    requireNonNull(options, "options");
    byte[] bytes;
    try {
      // at most one byte over the limit: enough to know the document is too long
      bytes = in.readNBytes((int) Math.min(options.maxDocumentLength() + 1, MAX_BUFFER));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    boolean plain = plainUtf8(bytes, options);
    if (plain) {
      // the fast path reads a valid document; any other is read again below, to list its problems
      Dataset ds = readValidDataset(bytes, options);
      if (ds != null) {
        return ds;
      }
    }
    JsonNode root = plain ? parseUtf8(bytes, options) : null;
    if (root == null) {
      // the text path, the reference for every problem: rereading gives exactly its messages
      InputStream rest = new FilterInputStream(in) {
        @Override
        public void close() {
          // the caller's stream stays open (SequenceInputStream closes a stream it finished)
        }
      };
      InputStream whole = new SequenceInputStream(new ByteArrayInputStream(bytes), rest);
      // a decoder, not the charset: malformed bytes are reported, not replaced by U+FFFD
      root = parseTree(new InputStreamReader(whole, StandardCharsets.UTF_8.newDecoder()), options);
    }
    return readDataset(root, options);
  }

  /**
   * Reads a valid data set from plain UTF-8 without a tree; null if the document is not plainly
   * valid (see {@link DatasetStreamReader}).
   */
  static Dataset readValidDataset(byte[] bytes, JsonOptions options) {
    return DatasetStreamReader.read(mapper(options, true).getFactory(), bytes);
  }

  /** The most bytes read ahead into memory before parsing; over it, the text path reads on. */
  private static final int MAX_BUFFER = Integer.MAX_VALUE - 16;

  /**
   * Returns whether Jackson's byte parser reads {@code bytes} exactly as the text path reads its
   * decoded characters: the document is whole, within the length limit counted in bytes, well
   * formed UTF-8 without a byte order mark (the text path rejects one), and does not look like
   * UTF-16 or UTF-32 (no zero byte in its first four, which Jackson would take for another
   * encoding).
   */
  private static boolean plainUtf8(byte[] bytes, JsonOptions options) {
    if (bytes.length > options.maxDocumentLength() || bytes.length >= MAX_BUFFER) {
      return false;
    }
    if (bytes.length >= 3
        && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
      return false;
    }
    for (int i = 0; i < Math.min(4, bytes.length); i++) {
      if (bytes[i] == 0) {
        return false;
      }
    }
    return isAscii(bytes) || isUtf8(bytes);
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static boolean isAscii(byte[] bytes) {
    int i = 0;
    for (; i + Long.BYTES <= bytes.length; i += Long.BYTES) {
      if (((long) LONGS.get(bytes, i) & 0x8080808080808080L) != 0) {
        return false;
      }
    }
    for (; i < bytes.length; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /** The JDK's decoder is the judge of well-formed UTF-8, as on the text path. */
  private static boolean isUtf8(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isError()) {
        return false;
      }
      out.clear();
      if (r.isUnderflow()) {
        r = decoder.flush(out);
        return !r.isError();
      }
    }
  }

  /**
   * Parses well-formed UTF-8 with Jackson's byte parser, the fast path; returns null on any
   * problem, for the text path to report it in its own words.
   */
  private static JsonNode parseUtf8(byte[] bytes, JsonOptions options) {
    JsonNode root;
    try {
      root = mapper(options, true).readTree(bytes);
    } catch (IOException e) {
      return null;
    }
    return root == null || root.isMissingNode() || root.isNull() ? null : root;
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
    return readDataset(new StringReader(json), options);
  }

  private static Dataset readDataset(Reader reader, JsonOptions options) {
    return readDataset(parseTree(reader, options), options);
  }

  private static Dataset readDataset(JsonNode root, JsonOptions options) {
    Problems problems = new Problems();
    Dataset ds = new DatasetReader(problems, options).dataset(root);
    problems.throwIfAny();
    if (ds == null) {
      throw new IllegalStateException("reader returned no data set and no problem");
    }
    return ds;
  }

  // --- plan streams ----------------------------------------------------------------------------

  /**
   * Streams the plans of a JSON Lines file (one {@code CpdPlan} object a line; blank lines are
   * skipped), each checked against a catalogue data set that holds the teachers, activities and
   * drivers the plans refer to. Memory use does not grow with the number of lines.
   *
   * <p>The stream throws a {@link ValidationException} at the first invalid line, listing every
   * problem of that line with a path such as {@code line 7.items[0].hours}; use {@link
   * #validatePlans(Path, Dataset)} first to list the problems of every line. Close the stream
   * (try-with-resources) to close the file.
   *
   * @param path the JSON Lines file, UTF-8
   * @param catalogue the data set the plans refer to
   * @return the plans, lazily read
   * @throws UncheckedIOException if the file cannot be opened, or reading fails
   */
  public static Stream<CpdPlan> streamPlans(Path path, Dataset catalogue) {
    return streamPlans(path, catalogue, JsonOptions.strict());
  }

  /**
   * Streams the plans of a JSON Lines file; see {@link #streamPlans(Path, Dataset)}.
   *
   * @param path the JSON Lines file, UTF-8
   * @param catalogue the data set the plans refer to
   * @param options the reading options (the document length limit applies per line)
   * @return the plans, lazily read
   */
  public static Stream<CpdPlan> streamPlans(Path path, Dataset catalogue, JsonOptions options) {
    requireNonNull(path, "path");
    requireNonNull(catalogue, "catalogue");
    requireNonNull(options, "options");
    BufferedReader reader;
    try {
      reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
    return streamPlans(reader, catalogue, options).onClose(() -> {
      try {
        reader.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * Streams the plans of JSON Lines text read from {@code reader}; see {@link
   * #streamPlans(Path, Dataset)}. Closing the stream does not close the reader.
   *
   * @param reader the text
   * @param catalogue the data set the plans refer to
   * @param options the reading options
   * @return the plans, lazily read
   */
  public static Stream<CpdPlan> streamPlans(
      BufferedReader reader, Dataset catalogue, JsonOptions options) {
    requireNonNull(reader, "reader");
    requireNonNull(catalogue, "catalogue");
    requireNonNull(options, "options");
    Iterator<CpdPlan> it = new Iterator<>() {
      private int lineNumber;
      private CpdPlan next;

      @Override
      public boolean hasNext() {
        while (next == null) {
          String line;
          try {
            line = reader.readLine();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          if (line == null) {
            return false;
          }
          lineNumber++;
          if (!line.isBlank()) {
            Problems problems = new Problems();
            next = readPlanLine(line, lineNumber, catalogue, options, problems);
            problems.throwIfAny();
          }
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
   * Reads every plan of a JSON Lines file, or throws listing the problems of every line: nothing
   * is half-read. Holds all plans in memory; use {@link #streamPlans(Path, Dataset)} for large
   * cohorts.
   *
   * @param path the JSON Lines file, UTF-8
   * @param catalogue the data set the plans refer to
   * @return the plans, in file order
   * @throws ValidationException listing every problem of every line
   */
  public static ImmutableList<CpdPlan> readPlans(Path path, Dataset catalogue) {
    List<CpdPlan> plans = new ArrayList<>();
    Problems problems = scanPlans(path, catalogue, plans);
    problems.throwIfAny();
    return ImmutableList.copyOf(plans);
  }

  /**
   * Checks every line of a JSON Lines file of plans against a catalogue, in constant memory (but
   * for the problems found).
   *
   * @param path the JSON Lines file, UTF-8
   * @param catalogue the data set the plans refer to
   * @return every problem, with paths such as {@code line 7.items[0].hours}; empty if valid
   */
  public static ImmutableList<Problem> validatePlans(Path path, Dataset catalogue) {
    return scanPlans(path, catalogue, null).list();
  }

  private static Problems scanPlans(Path path, Dataset catalogue, List<CpdPlan> sink) {
    requireNonNull(path, "path");
    requireNonNull(catalogue, "catalogue");
    Problems problems = new Problems();
    try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        CpdPlan plan = readPlanLine(line, n, catalogue, JsonOptions.strict(), problems);
        if (plan != null && sink != null) {
          sink.add(plan);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
    return problems;
  }

  private static CpdPlan readPlanLine(
      String line, int lineNumber, Dataset catalogue, JsonOptions options, Problems problems) {
    String prefix = "line " + lineNumber;
    JsonNode node;
    try {
      node = parseTree(new StringReader(line), options);
    } catch (ValidationException e) {
      problems.addAll(prefix, e.problems());
      return null;
    }
    Problems own = new Problems();
    CpdPlan plan = new DatasetReader(own, options)
        .plan(JsonFields.of(node, "", own, options, DatasetReader.PLAN));
    if (plan != null) {
      own.addAll("", catalogue.problemsOf(plan));
    }
    problems.addAll(prefix, own.list());
    return own.isEmpty() ? plan : null;
  }

  // --- trees -----------------------------------------------------------------------------------

  /**
   * Parses a JSON text into a tree, strictly (duplicate keys, trailing content, an empty or
   * {@code null} document, and texts over the limits are problems). Readers of other vetcpd values
   * (such as a rubric) build on this and {@link JsonFields}.
   *
   * @param json the text
   * @param options the reading options
   * @return the root node, never null or missing
   * @throws ValidationException if the text is not one well-formed JSON value within the limits
   */
  public static JsonNode parseTree(String json, JsonOptions options) {
    requireNonNull(json, "json");
    requireNonNull(options, "options");
    return parseTree(new StringReader(json), options);
  }

  /**
   * Parses a UTF-8 file into a tree, strictly; see {@link #parseTree(String, JsonOptions)}.
   *
   * @param path the file
   * @param options the reading options
   * @return the root node
   * @throws ValidationException if the text is not one well-formed JSON value within the limits
   * @throws UncheckedIOException if the file cannot be read
   */
  public static JsonNode parseTree(Path path, JsonOptions options) {
    requireNonNull(path, "path");
    requireNonNull(options, "options");
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return parseTree(reader, options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private static JsonNode parseTree(Reader reader, JsonOptions options) {
    JsonMapper mapper = mapper(options, true);
    JsonNode root;
    try {
      root = mapper.readTree(reader);
    } catch (JsonProcessingException e) {
      throw new ValidationException(List.of(syntaxProblem(e)));
    } catch (CharacterCodingException e) {
      throw new ValidationException(List.of(new Problem("", "the document is not valid UTF-8")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (root == null || root.isMissingNode()) {
      throw new ValidationException(List.of(new Problem("", "the document is empty")));
    }
    if (root.isNull()) {
      throw new ValidationException(List.of(new Problem("", "the document is null")));
    }
    return root;
  }

  private static Problem syntaxProblem(JsonProcessingException e) {
    String path = "";
    if (e instanceof StreamReadException && ((StreamReadException) e).getProcessor() != null) {
      JsonParser p = ((StreamReadException) e).getProcessor();
      path = pointerToPath(p.getParsingContext().pathAsPointer().toString());
    } else if (e instanceof MismatchedInputException) {
      path = pointerToPath(pathOf((MismatchedInputException) e));
    }
    JsonLocation at = e.getLocation();
    String where = at == null || at.getLineNr() < 0
        ? ""
        : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    String message = e.getOriginalMessage();
    int cut = message.indexOf("\n at [Source");
    if (cut >= 0) {
      message = message.substring(0, cut);
    }
    return new Problem(path, "malformed JSON" + where + ": " + plainWords(message.strip()));
  }

  /**
   * Rewords Jackson's messages for a person who edits a data file: no Java class names, parser
   * features or source excerpts.
   */
  static String plainWords(String message) {
    if (message.startsWith("Trailing token")) {
      return "unexpected content after the end of the document";
    }
    String m = message
        .replaceAll("\\s*\\(start marker at \\[Source:.*?\\]\\)", "")
        .replaceAll(": enable `[^`]+` to allow", " is not allowed")
        .replaceAll(", from `StreamReadConstraints\\.getM(ax\\w+)\\(\\)`", ", see JsonOptions.m$1")
        .replaceAll("\\s*\\(bound as `[^`]+`\\)", "");
    return m.strip();
  }

  private static String pathOf(MismatchedInputException e) {
    StringBuilder b = new StringBuilder();
    for (var ref : e.getPath()) {
      b.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : ref.getIndex());
    }
    return b.toString();
  }

  /** Turns a JSON pointer such as {@code /plans/3/items} into {@code plans[3].items}. */
  static String pointerToPath(String pointer) {
    StringBuilder b = new StringBuilder();
    for (String part : pointer.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      String name = part.replace("~1", "/").replace("~0", "~");
      if (name.chars().allMatch(Character::isDigit)) {
        b.append('[').append(name).append(']');
      } else {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(name);
      }
    }
    return b.toString();
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
      return PRETTY.writeValueAsString(value);
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
      return COMPACT.writeValueAsString(value);
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
    return shared && options.equals(JsonOptions.strict()) ? STRICT : mapper(options);
  }

  private static JsonMapper mapper(JsonOptions options) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(options.maxNestingDepth())
            .maxStringLength(options.maxStringLength())
            .maxNumberLength(options.maxNumberLength())
            .maxDocumentLength(options.maxDocumentLength())
            .build())
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
