package org.vetcpd.core.wire;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.internal.Utf8;
import org.vetcpd.core.json.JsonOptions;
import org.vetcpd.core.json.PlanListener;

/**
 * Reads whole documents of a declared type with the one {@link WireReader}: from text, a stream or
 * a file, a UTF-8 byte order mark accepted, the limits of {@link JsonOptions} enforced by the
 * parser as it reads. The readers of data sets, rubrics and reports are built on this.
 *
 * <p>This class is thread-safe: the parser factory of the default options is built once.
 */
public final class WireJson {
  private static final JsonFactory STRICT = factory(JsonOptions.strict());

  /**
   * A byte order mark after the one at the start: not JSON, though the parser would skip it as
   * if it were the first.
   */
  public static final String SECOND_BOM = "malformed JSON at line 1, column 1: a second byte order"
      + " mark (U+FEFF); one is allowed, at the start";

  private WireJson() {}

  /**
   * Returns Jackson's read limits for the options: nesting depth, string (values and field
   * names), number and document length. The one place they are set, for the reader and for {@code VetcpdJson}'s mapper.
   *
   * @param options the options
   * @return the constraints
   */
  public static StreamReadConstraints constraints(JsonOptions options) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(options.maxNestingDepth())
        .maxStringLength(options.maxStringLength())
        // a field's name is a string too (Jackson's own limit for names would be 50 000)
        .maxNameLength(options.maxStringLength())
        .maxNumberLength(options.maxNumberLength())
        .maxDocumentLength(options.maxDocumentLength())
        .build();
  }

  /**
   * Returns a parser factory enforcing the options' limits.
   *
   * @param options the options
   * @return the factory
   */
  public static JsonFactory factory(JsonOptions options) {
    if (options.equals(JsonOptions.strict()) && STRICT != null) {
      return STRICT;
    }
    return JsonFactory.builder()
        .streamReadConstraints(constraints(options))
        // the reader sees repeated fields itself, at no cost
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        // correctly rounded, and several times faster than Double.parseDouble
        .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
        // a caller's stream stays open; files are closed by their own try-with-resources
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
  }

  /**
   * Reads a document of {@code type} from text.
   *
   * @param <T> the value's type
   * @param json the text; a leading byte order mark is ignored
   * @param type the root type
   * @param options the options
   * @param onFailure checks made when some field had a problem (e.g. references), or null
   * @return the value
   * @throws ValidationException listing every problem (capped), if the document is invalid
   */
  public static <T> T parse(String json, WireType<T> type, JsonOptions options,
      BiConsumer<WireValues, ProblemCollector> onFailure) {
    requireNonNull(json, "json");
    String text = !json.isEmpty() && json.charAt(0) == '\uFEFF' ? json.substring(1) : json;
    if (text != json && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
      throw new ValidationException(List.of(new Problem("", SECOND_BOM)));
    }
    if (text.length() > options.maxDocumentLength()) {
      // judged before a character is parsed: the whole text is its place
      throw new ValidationException(List.of(new Problem("", "the document is " + text.length()
          + " characters, longer than the limit of " + options.maxDocumentLength()
          + " characters (JsonOptions.maxDocumentLength); it is not read")));
    }
    try (JsonParser p = factory(options).createParser(text)) {
      return read(p, type, options, onFailure, null, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a document of {@code type} from a UTF-8 stream, which is not closed; see {@link
   * #parse}.
   *
   * @param <T> the value's type
   * @param in the stream
   * @param type the root type
   * @param options the options
   * @param onFailure checks made when some field had a problem, or null
   * @return the value
   * @throws ValidationException listing every problem, if the document is invalid
   * @throws UncheckedIOException if the stream fails
   */
  public static <T> T read(InputStream in, WireType<T> type, JsonOptions options,
      BiConsumer<WireValues, ProblemCollector> onFailure) {
    return read(in, type, options, onFailure, null);
  }

  /**
   * Reads a document of {@code type} from a UTF-8 stream, as {@link #read(InputStream, WireType,
   * JsonOptions, BiConsumer)} does, telling {@code listener} (if not null) of a data set's plans
   * as they are read.
   *
   * @param <T> the value's type
   * @param in the stream
   * @param type the root type
   * @param options the options
   * @param onFailure checks made when some field had a problem, or null
   * @param listener who hears of a data set's plans, or null
   * @return the value
   * @throws ValidationException listing every problem, if the document is invalid
   * @throws UncheckedIOException if the stream fails
   */
  public static <T> T read(InputStream in, WireType<T> type, JsonOptions options,
      BiConsumer<WireValues, ProblemCollector> onFailure, PlanListener listener) {
    requireNonNull(in, "in");
    try {
      Utf8 check = new Utf8();
      InputStream body = check.checking(utf8(in));
      try (JsonParser p = factory(options).createParser(body)) {
        return read(p, type, options, onFailure, listener, check);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a document of {@code type} from a UTF-8 file; see {@link #parse}.
   *
   * @param <T> the value's type
   * @param path the file
   * @param type the root type
   * @param options the options
   * @param onFailure checks made when some field had a problem, or null
   * @return the value
   * @throws ValidationException listing every problem, if the document is invalid
   * @throws UncheckedIOException if the file cannot be read
   */
  public static <T> T read(Path path, WireType<T> type, JsonOptions options,
      BiConsumer<WireValues, ProblemCollector> onFailure) {
    return read(path, type, options, onFailure, null);
  }

  /**
   * Reads a document of {@code type} from a UTF-8 file, telling {@code listener} (if not null) of
   * a data set's plans as they are read; see {@link #parse}.
   *
   * @param <T> the value's type
   * @param path the file
   * @param type the root type
   * @param options the options
   * @param onFailure checks made when some field had a problem, or null
   * @param listener who hears of a data set's plans, or null
   * @return the value
   * @throws ValidationException listing every problem, if the document is invalid
   * @throws UncheckedIOException if the file cannot be read
   */
  public static <T> T read(Path path, WireType<T> type, JsonOptions options,
      BiConsumer<WireValues, ProblemCollector> onFailure, PlanListener listener) {
    requireNonNull(path, "path");
    // The parser asks for 8 000 bytes at a time; a regular file is read 64 KiB per system call
    // instead. Not a pipe: the buffer asks its stream for available(), which a pipe's channel
    // cannot tell ("Illegal seek").
    try (InputStream file = Files.newInputStream(path);
        InputStream in = Files.isRegularFile(path)
            ? new BufferedInputStream(file, FILE_BUFFER) : file) {
      return read(in, type, options, onFailure, listener);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getCause().getMessage(),
          e.getCause());
    }
  }

  /** The bytes of a file read at a time. */
  private static final int FILE_BUFFER = 1 << 16;

  private static <T> T read(JsonParser p, WireType<T> type, JsonOptions options,
      BiConsumer<WireValues, ProblemCollector> onFailure, PlanListener listener, Utf8 check)
      throws IOException {
    ProblemCollector problems = new ProblemCollector(options.maxProblems());
    WireReader reader = new WireReader(p, options, problems);
    reader.utf8(check);
    if (listener != null) {
      reader.listen(listener);
    }
    Object value = reader.readDocument(type);
    if (problems.isEmpty() && value != null && !(value instanceof WireValues)) {
      @SuppressWarnings("unchecked")
      T t = (T) value;
      return t;
    }
    if (value instanceof WireValues && !((WireValues) value).checksFailed() && onFailure != null) {
      onFailure.accept((WireValues) value, problems);
    }
    problems.throwIfAny();
    throw new IllegalStateException("the reader returned no value and no problem");
  }

  /**
   * Returns the stream past a UTF-8 byte order mark, if it starts with one.
   *
   * @param in the stream
   * @return the stream to parse
   * @throws IOException if the stream fails
   * @throws ValidationException if the stream starts with a zero byte (UTF-16 or UTF-32 text)
   */
  public static InputStream utf8(InputStream in) throws IOException {
    // a byte order mark and the bytes the parser guesses the encoding by
    byte[] head = new byte[Utf8.BOM_LENGTH + Utf8.SNIFFED];
    PushbackInputStream pushback = new PushbackInputStream(in, head.length);
    int n = pushback.readNBytes(head, 0, head.length);
    boolean bom = Utf8.startsWithBom(head, 0, n);
    if (Utf8.zeroByteAtStart(head, bom ? Utf8.BOM_LENGTH : 0, n)) {
      throw new ValidationException(List.of(new Problem("",
          "the document is not UTF-8 text: it has a zero byte at its start")));
    }
    if (bom && Utf8.startsWithBom(head, Utf8.BOM_LENGTH, n)) {
      // the parser would skip this one too, as if it were the first
      throw new ValidationException(List.of(new Problem("", SECOND_BOM)));
    }
    if (bom) {
      pushback.unread(head, Utf8.BOM_LENGTH, n - Utf8.BOM_LENGTH);
    } else if (n > 0) {
      pushback.unread(head, 0, n);
    }
    return pushback;
  }
}
