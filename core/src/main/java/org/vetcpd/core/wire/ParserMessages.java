package org.vetcpd.core.wire;

import com.fasterxml.jackson.core.JsonLocation;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vetcpd.core.internal.Utf8;

/**
 * Jackson's messages and places, made a reader's: worded for a person who edits a data file, each
 * problem placed at the character it is about, and that character named as it is. The bytes the
 * parser read are looked at through the {@link Utf8} check they went through, when there is one.
 */
final class ParserMessages {
  private ParserMessages() {}

  /**
   * Rewords Jackson's messages for a person who edits a data file: no Java class names, parser
   * features or source excerpts.
   */
  static String plain(String message) {
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

  /**
   * The place of the character a parser's message is about: where it stopped, except after a
   * control character between tokens, which it has just passed (its place is one back, on the same
   * line: a line break is white space), and in the middle of a character of several bytes (a
   * token that starts with one is placed at its last byte), which is placed at its first byte.
   * {@code utf8} is the check the bytes went through, or null (text, or bytes not checked).
   */
  static JsonLocation at(JsonLocation stopped, String message, Utf8 utf8) {
    if (stopped == null) {
      return null;
    }
    if (message.startsWith("Illegal character ((CTRL-CHAR")) {
      return back(stopped, 1);
    }
    long offset = stopped.getByteOffset();
    if (utf8 == null || offset < 0) {
      return stopped;
    }
    if (message.startsWith("Unrecognized token '")) {
      // the parser places a token it does not know as many bytes past its start as the
      // characters it had matched took more bytes than characters (trueé: one): the token starts
      // after the last byte before it that no token holds (white space, punctuation, a quote)
      long start = offset;
      int b = 0;
      while (start > 0 && offset - start < 16 && (b = utf8.byteAt(start - 1)) >= 0
          && inToken(b)) {
        start--;
      }
      if (start == 0 || b >= 0 && !inToken(b)) {
        return back(stopped, (int) (offset - start));
      }
    }
    int back = 0;
    while (back < 3 && (utf8.byteAt(offset - back) & 0xC0) == 0x80) {
      back++; // a continuation byte (a byte not read, -1, is none)
    }
    return back(stopped, back);
  }

  /**
   * Jackson's description of an unexpected character ({@code ('Ã' (code 195))}, {@code ('\uf600'
   * (code 128512 / 0x1f600))}, {@code ((CTRL-CHAR, code 0))}), or the first character of a token
   * it does not know ({@code Unrecognized token 'é…'}).
   */
  private static final Pattern CHARACTER = Pattern.compile("^(?:Unexpected character (\\('.' "
      + "\\(code (\\d+)(?: / 0x[0-9a-f]+)?\\)\\)|\\(\\(CTRL-CHAR, code (\\d+)\\)\\))"
      + "|Unrecognized token '(.))", Pattern.DOTALL);

  /**
   * Names the character a parser's message is about as it is, when it is a character of several
   * bytes: where a comma, a colon or a name's quote is expected, the parser names it by its first
   * byte read as Latin-1 ({@code 'Ã' (code 195)} for {@code é}); where a value or a name is, it
   * decodes it but cuts one outside the Basic Multilingual Plane to 16 bits ({@code '{' (code
   * 123)} for U+1007B). The character is read from the bytes checked (the text there is UTF-8, or
   * the problem would be that); if they are no longer at hand, the message stays as it is.
   */
  static String named(String message, JsonLocation at, Utf8 utf8) {
    Matcher x = CHARACTER.matcher(message);
    if (!x.find()) {
      return message;
    }
    String c = characterAt(at, utf8);
    if (c == null) {
      // its bytes are gone: only a code the parser gave whole can be named
      int code = x.group(2) != null ? Integer.parseInt(x.group(2)) : -1;
      return code > 0xFFFF ? message.substring(0, x.start(1))
          + characterDescription(Character.toString(code)) + message.substring(x.end(1)) : message;
    }
    if (x.group(4) != null) {
      // a token: its first character, as the parser cut it, is replaced
      return message.substring(0, x.start(4)) + c + message.substring(x.end(4));
    }
    return message.substring(0, x.start(1)) + characterDescription(c) + message.substring(x.end(1));
  }

  /** The character of several bytes that starts at {@code at}, if its bytes are at hand. */
  private static String characterAt(JsonLocation at, Utf8 utf8) {
    long offset = at == null ? -1 : at.getByteOffset();
    int lead = utf8 == null || offset < 0 ? -1 : utf8.byteAt(offset);
    if (lead < 0xC2 || lead > 0xF4) {
      return null;
    }
    byte[] bytes = new byte[lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4];
    for (int i = 0; i < bytes.length; i++) {
      int b = utf8.byteAt(offset + i);
      if (b < 0) {
        return null;
      }
      bytes[i] = (byte) b;
    }
    String c = new String(bytes, StandardCharsets.UTF_8);
    return c.length() == Character.charCount(c.codePointAt(0)) && c.codePointAt(0) != 0xFFFD
        ? c : null; // else not one whole character after all
  }

  /**
   * A character described as Jackson's messages describe one, in their parentheses: {@code ('é'
   * (code 233))}, {@code ((CTRL-CHAR, code 128))} ({@code c} is one code point).
   */
  private static String characterDescription(String c) {
    int cp = c.codePointAt(0);
    if (Character.isISOControl(cp)) {
      return "((CTRL-CHAR, code " + cp + "))";
    }
    return "('" + c + "' (code " + cp + (cp > 0xFF ? " / 0x" + Integer.toHexString(cp) : "")
        + "))";
  }

  /**
   * The place in bytes from a JSON Lines line's start (from 1) of the parser's line and column
   * within it (its lines restart after a CR inside the line), if the line's bytes are at hand;
   * -1 otherwise.
   */
  static long byteInLine(Utf8 utf8, long line, long column) {
    long offset = 0;
    for (long l = 1; l < line; ) {
      int b = utf8 == null ? -1 : utf8.byteAt(offset++);
      if (b < 0) {
        return -1;
      }
      if (b == '\r' || b == '\n') {
        l++;
        if (b == '\r' && utf8.byteAt(offset) == '\n') {
          offset++;
        }
      }
    }
    return offset + column;
  }

  /**
   * Whether a byte can be part of a token the parser reads as one word (as it judges one, with a
   * sign before it: {@code -Infinity}).
   */
  private static boolean inToken(int b) {
    return b >= 0x80 || b == '-' || b == '+' || Character.isJavaIdentifierPart((char) b);
  }

  /** {@code at}, {@code n} bytes (or characters) back on its line, if the line has them. */
  private static JsonLocation back(JsonLocation at, int n) {
    if (n == 0 || at.getColumnNr() <= n) {
      return at;
    }
    return new JsonLocation(at.contentReference(),
        at.getByteOffset() < 0 ? -1 : at.getByteOffset() - n,
        at.getCharOffset() < 0 ? -1 : at.getCharOffset() - n,
        at.getLineNr(), at.getColumnNr() - n);
  }
}
