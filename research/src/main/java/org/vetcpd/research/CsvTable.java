package org.vetcpd.research;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vetcpd.core.Problems;
import org.vetcpd.core.internal.Excerpt;
import org.vetcpd.core.internal.NumberText;
import org.vetcpd.core.internal.Utf8;
import org.vetcpd.core.json.JsonOptions;

/**
 * A CSV file read whole: its header and its rows, each cell read strictly with problems named
 * {@code FILE:row N:COLUMN} (the header is row 1, as a spreadsheet numbers it).
 *
 * <p>Cells: text as it is (an empty cell is absent); numbers with {@code .} as the decimal
 * separator ({@code 12}, {@code 0.5}, {@code 1e3}; never {@code 1,5}, {@code NaN} or spaces);
 * booleans {@code true}/{@code false} in any case; enum constants by name; lists separated by
 * {@code ;}; maps as {@code KEY=VALUE;KEY=VALUE}.
 */
final class CsvTable {
  private static final Pattern NUMBER =
      Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");

  /** A byte order mark after the file's first: as a JSON document's second (WireJson). */
  static final String SECOND_BOM = "malformed CSV at line 1, column 1: a second byte order mark"
      + " (U+FEFF); one is allowed, at the start";

  private final String name;
  private final ImmutableList<String> header;
  private final ImmutableList<Row> rows;

  private CsvTable(String name, ImmutableList<String> header, ImmutableList<Row> rows) {
    this.name = name;
    this.header = header;
    this.rows = rows;
  }

  /** Thrown by a {@link #limited} stream once more bytes than its limit were read. */
  private static final class TooLong extends IOException {
    private static final long serialVersionUID = 1L;

    TooLong() {
      super("longer than the limit");
    }
  }

  /**
   * The problem of a CSV file longer than the document limit, {@value
   * JsonOptions#DEFAULT_MAX_DOCUMENT_LENGTH} bytes ({@code JsonOptions.maxDocumentLength}, as a
   * JSON document).
   *
   * @param size the file's size in bytes, or -1 when it was found while reading
   */
  static String tooLong(long size) {
    return (size < 0 ? "the file is longer than" : "the file is " + size + " bytes, more than")
        + " the limit of " + JsonOptions.DEFAULT_MAX_DOCUMENT_LENGTH
        + " bytes (512 MiB, JsonOptions.maxDocumentLength); it is not read"
        + (size < 0 ? " further" : "");
  }

  /**
   * A stream that fails with a problem of its own once more than {@code limit} bytes were read
   * from it, so that a CSV file that is no regular file (a FIFO) is not held past the limit.
   */
  static InputStream limited(InputStream in, long limit) {
    return new java.io.FilterInputStream(in) {
      private long read;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0 && ++read > limit) {
          throw new TooLong();
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0 && (read += n) > limit) {
          throw new TooLong();
        }
        return n;
      }
    };
  }

  /**
   * Reads CSV text, recording as problems a file without a header (then returning null) and rows
   * whose cell count differs from the header's (which are left out).
   */
  static CsvTable read(Reader in, String name, Problems p) {
    return read(in, name, true, p);
  }

  /**
   * Reads CSV text as {@link #read(Reader, String, Problems)} does; with {@code strip} false, text
   * cells keep their leading and trailing white space (a cohort table's ids are exact).
   */
  static CsvTable read(Reader in, String name, boolean strip, Problems p) {
    return read(in, name, strip, p, null);
  }

  /**
   * Reads CSV text as {@link #read(Reader, String, boolean, Problems)} does; text that is not
   * UTF-8 is placed by the line and column of its first bad byte in {@code source}, the file the
   * text is decoded from (if not null).
   */
  static CsvTable read(Reader in, String name, boolean strip, Problems p, Path source) {
    List<String[]> records = new ArrayList<>();
    BufferedReader text = new BufferedReader(in);
    try {
      if (source != null ? zeroAtStart(source) : zeroAtStart(text)) {
        // UTF-16 or UTF-32 without a byte order mark: decoded as UTF-8 its every other character
        // is U+0000, and each column would be reported unknown, each row short
        p.add(name, "not UTF-8 text: it has a zero byte at its start");
        return null;
      }
      try (MappingIterator<String[]> it = CohortCsv.arrays(text)) {
        while (it.hasNextValue()) {
          records.add(it.nextValue());
        }
      }
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof TooLong) {
        p.add(name + ":row " + (records.size() + 1), tooLong(-1));
        return null;
      }
      if (e.getCause() instanceof CharacterCodingException) {
        // past the decoder's first buffer, its error comes wrapped
        p.add(name, "not UTF-8 text" + notUtf8At(source));
        return null;
      }
      // a cell over the limit (the deserializer may wrap the parser's exception)
      boolean tooLong = e instanceof StreamConstraintsException
          || e.getCause() instanceof StreamConstraintsException;
      p.add(name + ":row " + (records.size() + 1), tooLong
          ? "a cell longer than the limit of " + JsonOptions.DEFAULT_MAX_STRING_LENGTH
              + " characters (JsonOptions.maxStringLength)"
          : "malformed CSV: " + e.getOriginalMessage());
      return null;
    } catch (TooLong e) {
      p.add(name + ":row " + (records.size() + 1), tooLong(-1));
      return null;
    } catch (CharacterCodingException e) {
      // the reader's decoder found bytes that are not UTF-8 (the parser passes its error on);
      // it reads ahead, so the row read last is not where they are: the file's bytes tell
      p.add(name, "not UTF-8 text" + notUtf8At(source));
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (records.isEmpty()) {
      p.add(name, "the file is empty; expected a header row");
      return null;
    }
    String[] head = records.get(0);
    if (head.length > 0 && head[0].startsWith("\uFEFF")) {
      // the file's byte order mark, as some spreadsheets write; a second one is no text
      head[0] = head[0].substring(1);
      if (head[0].startsWith("\uFEFF")) {
        p.add(name, SECOND_BOM);
        return null;
      }
    }
    List<String> header = new ArrayList<>();
    for (String h : head) {
      header.add(h.strip());
    }
    if (header.stream().allMatch(String::isEmpty)) {
      // a file of a byte order mark alone is as empty as one without; a blank first row is no header
      p.add(records.size() == 1 ? name : name + ":row 1", records.size() == 1
          ? "the file is empty; expected a header row" : "the header row is empty");
      return null;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < header.size(); i++) {
      String column = header.get(i);
      if (column.isEmpty()) {
        p.add(name + ":row 1", "column " + (i + 1) + " has no name");
      } else if (!seen.add(column)) {
        p.add(name + ":row 1:" + column, "repeated column");
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      String[] cells = records.get(i);
      int number = i + 1;
      if (cells.length == 1 && cells[0].isEmpty() || Arrays.stream(cells).allMatch(String::isEmpty)
          && cells.length <= header.size()) {
        continue; // a blank line
      }
      if (cells.length != header.size()) {
        p.add(name + ":row " + number, "has " + cells.length + " cells, the header "
            + header.size());
        continue;
      }
      Map<String, String> map = new HashMap<>();
      for (int k = 0; k < cells.length; k++) {
        map.put(header.get(k), cells[k]);
      }
      rows.add(new Row(name, number, map, strip));
    }
    return new CsvTable(name, ImmutableList.copyOf(header), ImmutableList.copyOf(rows));
  }

  ImmutableList<Row> rows() {
    return rows;
  }

  /** Records a problem for every required column missing and every column not known. */
  void requireColumns(Problems p, Collection<String> required, Collection<String> known) {
    for (String c : required) {
      if (!header.contains(c)) {
        p.add(name + ":row 1", "missing column " + c);
      }
    }
    for (String c : header) {
      if (!c.isEmpty() && !known.contains(c)) { // a nameless column is reported where it is read
        p.add(name + ":row 1:" + c, "unknown column; expected one of " + known);
      }
    }
  }

  /** One row: its number as a spreadsheet shows it, and its cells by column. */
  static final class Row {
    private final String file;
    private final int number;
    private final Map<String, String> cells;
    private final boolean strip;

    Row(String file, int number, Map<String, String> cells, boolean strip) {
      this.file = file;
      this.number = number;
      this.cells = cells;
      this.strip = strip;
    }

    private String textOf(String column) {
      return strip ? raw(column).strip() : raw(column);
    }

    int number() {
      return number;
    }

    /** The same row (file, number) with the given cells in place of its own. */
    Row replacing(Map<String, String> replaced) {
      Map<String, String> copy = new HashMap<>(cells);
      copy.putAll(replaced);
      return new Row(file, number, copy, strip);
    }

    /** Returns {@code FILE:row N:COLUMN}, or {@code FILE:row N} for the row as a whole. */
    String where(String column) {
      return file + ":row " + number + (column.isEmpty() ? "" : ":" + column);
    }

    private String raw(String column) {
      String c = cells.get(column);
      return c == null ? "" : c;
    }

    boolean isEmpty(String column) {
      return textOf(column).isEmpty();
    }

    /** Returns the cell's text, or "" with a problem when it is empty. */
    String text(String column, Problems p) {
      String c = textOf(column);
      if (c.isEmpty()) {
        p.add(where(column), "must not be empty");
      }
      return c;
    }

    String optionalText(String column) {
      String c = textOf(column);
      return c.isEmpty() ? null : c;
    }

    Optional<String> optional(String column) {
      return Optional.ofNullable(optionalText(column));
    }

    double number(String column, Problems p) {
      String c = raw(column).strip();
      if (c.isEmpty()) {
        p.add(where(column), "must not be empty; expected a number");
        return 0;
      }
      return parseNumber(c, where(column), p);
    }

    Double optionalNumber(String column, Problems p) {
      String c = raw(column).strip();
      return c.isEmpty() ? null : parseNumber(c, where(column), p);
    }

    int integer(String column, Problems p) {
      String c = raw(column).strip();
      if (INTEGER.matcher(c).matches()) {
        return Integer.parseInt(c);
      }
      // as JSON reads a whole number: any number written so (2.0, 2e0), judged as written
      NumberText.Whole whole = NUMBER.matcher(c).matches() ? NumberText.whole(c)
          : NumberText.Whole.FRACTION;
      if (whole != NumberText.Whole.INT) {
        p.add(where(column), whole == NumberText.Whole.FRACTION
            ? "must be a whole number, was \"" + c + "\""
            : "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                + ", was \"" + c + "\"");
        return 0;
      }
      return NumberText.intValue(c);
    }

    Integer optionalInteger(String column, Problems p) {
      return isEmpty(column) ? null : integer(column, p);
    }

    Boolean optionalBoolean(String column, Problems p) {
      String c = raw(column).strip();
      if (c.isEmpty()) {
        return null;
      }
      if (c.equalsIgnoreCase("true")) {
        return true;
      }
      if (c.equalsIgnoreCase("false")) {
        return false;
      }
      p.add(where(column), "must be true or false, was \"" + c + "\"");
      return null;
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> type, Problems p) {
      String c = raw(column).strip();
      if (c.isEmpty()) {
        p.add(where(column), "must not be empty; expected one of " + names(type));
        return type.getEnumConstants()[0];
      }
      E e = parseEnum(c, type, where(column), p);
      return e == null ? type.getEnumConstants()[0] : e;
    }

    <E extends Enum<E>> E optionalEnum(String column, Class<E> type, Problems p) {
      String c = raw(column).strip();
      return c.isEmpty() ? null : parseEnum(c, type, where(column), p);
    }

    /** Returns the {@code ;}-separated entries of a cell; empty for an empty cell. */
    List<String> list(String column, Problems p) {
      String c = raw(column).strip();
      if (c.isEmpty()) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      Set<String> seen = new LinkedHashSet<>();
      for (String part : c.split(";", -1)) {
        String s = part.strip();
        if (s.isEmpty()) {
          p.add(where(column), "has an empty entry in \"" + c + "\"; separate entries with ;");
        } else if (!seen.add(s)) {
          p.add(where(column), "repeats \"" + s + "\"");
        } else {
          out.add(s);
        }
      }
      return out;
    }

    <E extends Enum<E>> List<E> enumList(String column, Class<E> type, Problems p) {
      List<E> out = new ArrayList<>();
      for (String s : list(column, p)) {
        E e = parseEnum(s, type, where(column), p);
        if (e != null) {
          out.add(e);
        }
      }
      return out;
    }

    /** Reads {@code KEY=VALUE;KEY=VALUE} with enum keys; null for an empty cell. */
    <K extends Enum<K>, V> Map<K, V> map(String column, Class<K> keys,
        java.util.function.BiFunction<String, String, V> value, Problems p) {
      String c = raw(column).strip();
      if (c.isEmpty()) {
        return null;
      }
      Map<K, V> out = new EnumMap<>(keys);
      for (String entry : list(column, p)) {
        int eq = entry.indexOf('=');
        if (eq < 0) {
          p.add(where(column), "entry \"" + entry + "\" must be KEY=VALUE, e.g. "
              + keys.getEnumConstants()[0].name() + "=...");
          continue;
        }
        K k = parseEnum(entry.substring(0, eq).strip(), keys, where(column), p);
        V v = value.apply(entry.substring(eq + 1).strip(), where(column));
        if (k != null && v != null) {
          if (out.containsKey(k)) {
            p.add(where(column), "repeats the key " + k);
          }
          out.put(k, v);
        }
      }
      return out;
    }

    static double parseNumber(String c, String where, Problems p) {
      if (!NUMBER.matcher(c).matches()) {
        p.add(where, "must be a number with . as the decimal separator, was \"" + c + "\"");
        return 0;
      }
      double v = Double.parseDouble(c);
      if (!Double.isFinite(v)) {
        p.add(where, "must be a finite number, was \"" + c + "\"");
        return 0;
      }
      if (v == 0 && NumberText.nonZero(c)) {
        p.add(where, "is too close to 0 for a number, was \"" + c + "\" (it would be read as 0)");
        return 0;
      }
      return v;
    }

    static <E extends Enum<E>> E parseEnum(String c, Class<E> type, String where, Problems p) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(c)) {
          return e;
        }
      }
      p.add(where, "unknown value \"" + Excerpt.of(c) + "\"; expected one of " + names(type));
      return null;
    }

    private static String names(Class<? extends Enum<?>> type) {
      return Arrays.stream(type.getEnumConstants()).map(Enum::name)
          .collect(Collectors.joining(", "));
    }
  }

  /** {@code areas.VOCATIONAL} → {@code areas}; {@code programmes[0]} → {@code programmes}. */
  static String head(String path) {
    int cut = path.length();
    int dot = path.indexOf('.');
    int bracket = path.indexOf('[');
    if (dot >= 0) {
      cut = Math.min(cut, dot);
    }
    if (bracket >= 0) {
      cut = Math.min(cut, bracket);
    }
    return path.substring(0, cut);
  }

  /**
   * Whether the file has a zero byte among its first {@value Utf8#SNIFFED} bytes after a byte order
   * mark, as JSON documents are judged ({@link Utf8#zeroByteAtStart}): its bytes, which need not
   * decode (UTF-16 after {@code FF FE}).
   */
  private static boolean zeroAtStart(Path source) throws IOException {
    try (InputStream in = Files.newInputStream(source)) {
      byte[] head = in.readNBytes(Utf8.BOM_LENGTH + Utf8.SNIFFED);
      return Utf8.zeroByteAtStart(head,
          Utf8.startsWithBom(head, 0, head.length) ? Utf8.BOM_LENGTH : 0, head.length);
    }
  }

  /**
   * As {@link #zeroAtStart(Path)}, for text given as characters (its U+0000 counted among the
   * first bytes by their UTF-8 lengths); the reader is left where it was.
   */
  private static boolean zeroAtStart(BufferedReader text) throws IOException {
    char[] head = new char[Utf8.SNIFFED + 1];
    text.mark(head.length);
    int n = 0;
    for (int r; n < head.length && (r = text.read(head, n, head.length - n)) > 0; ) {
      n += r;
    }
    text.reset();
    int bytes = 0;
    for (int i = n > 0 && head[0] == '\uFEFF' ? 1 : 0; i < n && bytes < Utf8.SNIFFED; i++) {
      char c = head[i];
      if (c == 0) {
        return true;
      }
      // its UTF-8 bytes: a surrogate is half of a character of four
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return false;
  }

  /** " at line L, column C" of the first byte of {@code source} that is not UTF-8, or "". */
  private static String notUtf8At(Path source) {
    if (source == null) {
      return "";
    }
    try (InputStream in = Files.newInputStream(source)) {
      String place = Utf8.firstBadPlace(in);
      return place == null ? "" : " at " + place;
    } catch (IOException e) {
      return "";
    }
  }
}
