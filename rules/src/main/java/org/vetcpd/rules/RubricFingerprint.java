package org.vetcpd.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.vetcpd.core.json.VetcpdJson;

/**
 * The content fingerprint of a rubric (DESIGN.md, "Second round"): {@code sha256:} and the hex
 * SHA-256 of the rubric's canonical JSON &mdash; the JSON that {@code VetcpdJson.write(rubric)}
 * writes, with the keys of every object sorted, no white space, and every number in Java's
 * shortest round-trip form ({@link #number(double)}), so that the fingerprint is the same on every
 * JDK and platform.
 */
final class RubricFingerprint {
  private static final JsonMapper TREES = JsonMapper.builder().build();
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private RubricFingerprint() {}

  /** Returns the fingerprint of the rubric as it is. */
  static String of(AbstractRubric rubric) {
    return sha256(canonical(tree(rubric)));
  }

  /** Returns the fingerprint the rubric's content would have under another id and version. */
  static String of(AbstractRubric rubric, String id, String version) {
    ObjectNode tree = tree(rubric);
    tree.set("id", TextNode.valueOf(id));
    tree.set("version", TextNode.valueOf(version));
    return sha256(canonical(tree));
  }

  /** Returns the rubric's canonical JSON text. */
  static String canonical(AbstractRubric rubric) {
    return canonical(tree(rubric));
  }

  private static ObjectNode tree(AbstractRubric rubric) {
    try {
      return (ObjectNode) TREES.readTree(VetcpdJson.writeCompact(rubric));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("vetcpd wrote a rubric it cannot read back", e);
    }
  }

  private static String canonical(JsonNode node) {
    StringBuilder b = new StringBuilder(1024);
    write(node, b);
    return b.toString();
  }

  private static void write(JsonNode node, StringBuilder b) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      Collections.sort(names);
      b.append('{');
      for (int i = 0; i < names.size(); i++) {
        if (i > 0) {
          b.append(',');
        }
        string(names.get(i), b);
        b.append(':');
        write(node.get(names.get(i)), b);
      }
      b.append('}');
    } else if (node.isArray()) {
      b.append('[');
      Iterator<JsonNode> it = node.elements();
      for (int i = 0; it.hasNext(); i++) {
        if (i > 0) {
          b.append(',');
        }
        write(it.next(), b);
      }
      b.append(']');
    } else if (node.isTextual()) {
      string(node.textValue(), b);
    } else if (node.isIntegralNumber()) {
      b.append(node.bigIntegerValue());
    } else if (node.isNumber()) {
      b.append(number(node.doubleValue()));
    } else {
      b.append(node.toString()); // true, false, null
    }
  }

  /** A JSON string: only {@code "}, {@code \} and control characters escaped. */
  private static void string(String s, StringBuilder b) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      } else {
        b.append(c);
      }
    }
    b.append('"');
  }

  /**
   * Returns a number as {@code Double.toString} writes it from Java 19 on (JDK-4511638): the
   * decimal of fewest digits, at least two, that reads back as {@code v}, the closest to {@code v}
   * of those (an even last digit on a tie); plain from 10<sup>-3</sup> up to below 10<sup>7</sup>
   * ({@code 0.6}, {@code 15.0}), otherwise in computerised scientific notation ({@code 1.0E-5}).
   * Written out here so that Java 17's older algorithm never changes a fingerprint.
   */
  static String number(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return Double.toString(v);
    }
    if (v == 0) {
      return 1 / v < 0 ? "-0.0" : "0.0";
    }
    String sign = v < 0 ? "-" : "";
    double a = Math.abs(v);
    BigDecimal d = shortest(a);
    if (a >= 1e-3 && a < 1e7) {
      String plain = d.toPlainString();
      return sign + (plain.indexOf('.') < 0 ? plain + ".0" : plain);
    }
    String digits = d.unscaledValue().toString();
    int exponent = digits.length() - 1 - d.scale();
    String fraction = digits.length() > 1 ? digits.substring(1) : "0";
    return sign + digits.charAt(0) + "." + fraction + "E" + exponent;
  }

  /**
   * The fewest digits (at least two) whose decimal reads back as {@code a}, found by bisection:
   * if some decimal of n digits reads back, the one of n digits next to {@code a} below or above
   * it does (the doubles reading as {@code a} are an interval around it), and so does a decimal
   * of n + 1 digits (append a zero), so "reads back at n digits" is monotone in n. Java 17's
   * {@code Double.toString} reads back, so its digit count bounds the search from above.
   */
  private static BigDecimal shortest(double a) {
    BigDecimal exact = new BigDecimal(a);
    int low = 2;
    int high = Math.max(low, Math.min(17, new BigDecimal(Double.toString(a)).stripTrailingZeros()
        .precision()));
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (readsBack(exact, mid, a)) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    BigDecimal down = exact.round(new MathContext(low, RoundingMode.FLOOR));
    BigDecimal up = exact.round(new MathContext(low, RoundingMode.CEILING));
    boolean downReads = down.doubleValue() == a;
    boolean upReads = up.doubleValue() == a;
    if (downReads && upReads) {
      int c = exact.subtract(down).compareTo(up.subtract(exact));
      if (c == 0) {
        return (down.unscaledValue().testBit(0) ? up : down).stripTrailingZeros();
      }
      return (c < 0 ? down : up).stripTrailingZeros();
    }
    if (downReads) {
      return down.stripTrailingZeros();
    }
    if (upReads) {
      return up.stripTrailingZeros();
    }
    return exact.round(MathContext.DECIMAL64).stripTrailingZeros();
  }

  private static boolean readsBack(BigDecimal exact, int digits, double a) {
    return exact.round(new MathContext(digits, RoundingMode.FLOOR)).doubleValue() == a
        || exact.round(new MathContext(digits, RoundingMode.CEILING)).doubleValue() == a;
  }

  private static String sha256(String text) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    byte[] hash = md.digest(text.getBytes(StandardCharsets.UTF_8));
    StringBuilder b = new StringBuilder("sha256:".length() + 64).append("sha256:");
    for (byte x : hash) {
      b.append(HEX[(x >> 4) & 0xF]).append(HEX[x & 0xF]);
    }
    return b.toString();
  }
}
