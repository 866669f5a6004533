package org.vetcpd.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.core.wire.WireField;
import org.vetcpd.core.wire.WireKind;

/**
 * The ranges the rubric's declaration gives (and with it {@code rubric.schema.json}) are the ones
 * building a rubric holds its constants to: for every bounded number of the declaration (each
 * weight, each ladder value, each constant), the standard rubric with that number at its bound
 * reads, and with the number just past the bound it is rejected with a problem at its path. So an
 * editor that checks a rubric against the schema says what vetcpd says.
 */
class RubricDeclaredRangesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every bounded number of the declaration: (path into the rubric's JSON, its field). */
  static Stream<Arguments> bounded() {
    List<Arguments> out = new ArrayList<>();
    for (WireField f : RubricReader.RUBRIC.fields()) {
      if (f.min() == null && f.max() == null) {
        continue;
      }
      if (f.kind() == WireKind.NUMBER || f.kind() == WireKind.INTEGER) {
        out.add(Arguments.of(f.name(), f));
      } else {
        // a map of numbers: each of its keys
        JsonNode map = standard().get(f.name());
        map.fieldNames().forEachRemaining(k -> out.add(Arguments.of(f.name() + "." + k, f)));
      }
    }
    assertThat(out).hasSizeGreaterThan(30);
    return out.stream();
  }

  private static ObjectNode standard() {
    try {
      return (ObjectNode) JSON.readTree(VetcpdJson.write(Rubric.standard()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The standard rubric with one number set, under an id of its own. */
  private static String with(String path, double value) {
    ObjectNode r = standard();
    r.put("id", "ranges");
    String[] parts = path.split("\\.");
    ObjectNode at = parts.length == 1 ? r : (ObjectNode) r.get(parts[0]);
    String name = parts[parts.length - 1];
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      at.put(name, (long) value);
    } else {
      at.put(name, value);
    }
    if (path.startsWith("weights.")) {
      r.withObject("/weights").put(name.equals("needs-alignment") ? "vocational-focus"
          : "needs-alignment", 1.0); // never all weights 0
    }
    if (path.startsWith("contextualisation.") || path.startsWith("leader.")) {
      // a ladder must not fall: every other level at this value too
      ObjectNode ladder = (ObjectNode) r.get(parts[0]);
      List<String> keys = new ArrayList<>();
      ladder.fieldNames().forEachRemaining(keys::add);
      keys.forEach(k -> ladder.put(k, value));
    }
    if (path.equals("tailoredLimit") || path.equals("partlyTailoredLimit")) {
      r.put("tailoredLimit", value);
      r.put("partlyTailoredLimit", value); // tailoredLimit >= partlyTailoredLimit
    }
    return r.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bounded")
  void theDeclaredRangeIsTheRubricsOwn(String path, WireField f) {
    boolean integer = f.kind() == WireKind.INTEGER;
    if (f.min() != null) {
      double inside = f.minExclusive() ? (integer ? f.min() + 1 : Math.nextUp(f.min())) : f.min();
      double outside = f.minExclusive() ? f.min() : integer ? f.min() - 1 : Math.nextDown(f.min());
      assertThat(Rubric.parse(with(path, inside))).as(path + " = " + inside).isNotNull();
      assertRejected(path, outside);
    }
    if (f.max() != null) {
      assertThat(Rubric.parse(with(path, f.max()))).as(path + " = " + f.max()).isNotNull();
      assertRejected(path, integer ? f.max() + 1 : Math.nextUp(f.max()));
    }
  }

  private static void assertRejected(String path, double value) {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> Rubric.parse(with(path, value)));
    assertThat(e).as(path + " = " + value + " must be rejected").isNotNull();
    assertThat(e.problems()).as(path + " = " + value).extracting(Problem::path)
        .anyMatch(p -> p.startsWith(path.startsWith("contextualisation.")
            || path.startsWith("leader.") ? path.substring(0, path.indexOf('.')) : path));
  }

  /**
   * The table "Valid ranges" of {@code docs/rubric.md} gives each bounded field the declared
   * interval ({@code (0, 1]}, {@code [0, 8 760]}), in the row that names it.
   */
  @Test
  void theValidRangesTableOfTheDocsSaysTheDeclaredRanges() throws java.io.IOException {
    String docs = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/rubric.md"));
    String table = docs.substring(docs.indexOf("### Valid ranges"));
    table = table.substring(0, table.indexOf("\n\n", table.indexOf("| field |")));
    List<String> rows = table.lines().filter(l -> l.startsWith("| `")).toList();
    int checked = 0;
    for (WireField f : RubricReader.RUBRIC.fields()) {
      if (f.min() == null || f.max() == null) {
        continue;
      }
      String name = f.kind() == WireKind.NUMBER || f.kind() == WireKind.INTEGER ? f.name()
          : f.name().equals("weights") ? "weights.<criterion>" : f.name() + ".*";
      List<String> row = rows.stream().filter(r -> r.contains("`" + name + "`")).toList();
      assertThat(row).as("a row of " + name).hasSize(1);
      String interval = (f.minExclusive() ? "(" : "[") + spaced(f.min()) + ", " + spaced(f.max())
          + "]";
      String range = row.get(0).split("\\|")[2]; // the column "valid range"
      assertThat(range).as(name).contains(interval);
      checked++;
    }
    assertThat(checked).isEqualTo(19);
  }

  /** 8760 as the docs write it, {@code 8 760}; 0.001 as it is. */
  private static String spaced(double v) {
    if (v != Math.rint(v)) {
      return java.math.BigDecimal.valueOf(v).toPlainString();
    }
    String digits = Long.toString((long) v);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        b.append(' ');
      }
      b.append(digits.charAt(i));
    }
    return b.toString();
  }
}
