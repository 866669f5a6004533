package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.wire.DatasetWire;
import org.vetcpd.core.wire.WireField;
import org.vetcpd.core.wire.WireType;

/**
 * The CSV data format is declared once ({@link CsvFormat}): the import's and export's columns, the
 * codebook and the CSV tables of {@code docs/data-format.md} are held equal to it here.
 */
class CsvFormatTest {
  @Test
  void theDocumentedCsvTablesAreTheDeclaration() throws IOException {
    String docs = Files.readString(Path.of("../docs/data-format.md"), StandardCharsets.UTF_8);
    for (String file : CsvFormat.FILES.keySet()) {
      assertThat(docs).as("the table of %s in data-format.md", file)
          .contains("### `" + file + "`\n\n" + CsvFormat.docTable(file, Codebook::dataFormatField));
    }
  }

  /**
   * Each column that stands for a field of the wire format's declaration ({@code years_in_industry}
   * for a teacher's {@code yearsInIndustry}; {@code plan} for a plan's {@code id}) has that
   * field's type, range and allowed values in the codebook: what {@code datapackage.json} tells a
   * reader of the CSV files is what vetcpd holds a value to.
   */
  @Test
  void everyColumnOfAWireFieldHasItsTypeRangeAndValues() {
    Map<String, WireType<?>> types = Map.of(CsvImport.TEACHERS, DatasetWire.TEACHER,
        CsvImport.ACTIVITIES, DatasetWire.ACTIVITY, CsvImport.DRIVERS, DatasetWire.DRIVER);
    int ranges = 0;
    int columns = 0;
    for (var file : CsvFormat.FILES.entrySet()) {
      for (var c : file.getValue()) {
        WireType<?> type = types.containsKey(file.getKey()) ? types.get(file.getKey())
            : CsvFormat.ITEM.names().contains(c.name()) ? DatasetWire.ITEM : DatasetWire.PLAN;
        WireField f = c.name().equals("plan") ? DatasetWire.PLAN_ID : type.field(camel(c.name()));
        if (f == null) {
          continue;
        }
        columns++;
        String at = file.getKey() + ": " + c.name();
        Codebook.Field field = Codebook.dataFormatField(c.name());
        switch (f.kind()) {
          case NUMBER:
          case INTEGER:
            assertThat(c.type()).as(at)
                .isEqualTo(f.kind().name().toLowerCase(java.util.Locale.ROOT));
            assertThat(field.minimum()).as(at + " minimum").isEqualTo(f.min());
            assertThat(field.maximum()).as(at + " maximum").isEqualTo(f.max());
            ranges++;
            break;
          case BOOLEAN:
            assertThat(c.type()).as(at).isEqualTo("boolean");
            break;
          default:
            assertThat(c.type()).as(at).isEqualTo("string");
        }
        // scope: one column of activities (Scope) and drivers (DriverScope), its values in words
        if (f.kind() == org.vetcpd.core.wire.WireKind.ENUM && CsvFormat.field(c.name()) != null
            && !c.name().equals("scope")) {
          assertThat(field.allowed()).as(at).containsExactly(
              java.util.Arrays.stream(f.enumType().getEnumConstants()).map(Enum::name)
                  .toArray(String[]::new));
        }
      }
    }
    assertThat(ranges).as("number columns compared").isEqualTo(8);
    assertThat(columns).as("columns compared").isGreaterThan(30);
  }

  /** {@code years_in_industry} → {@code yearsInIndustry}. */
  private static String camel(String column) {
    StringBuilder b = new StringBuilder();
    boolean up = false;
    for (char ch : column.toCharArray()) {
      if (ch == '_') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(ch) : ch);
        up = false;
      }
    }
    return b.toString();
  }

  @Test
  void theImportAndTheExportUseTheDeclaredColumns() {
    assertThat(CsvImport.TEACHER_COLUMNS).isEqualTo(CsvFormat.TEACHER.names());
    assertThat(CsvImport.PLAN_COLUMNS).containsExactly("plan", "teacher", "period",
        "leader_involvement", "facilitator", "drivers", "activity", "hours", "time_allocated",
        "substitute_funded", "cost_funded");
    assertThat(CsvFormat.FILES.keySet()).containsExactly(CsvImport.TEACHERS,
        CsvImport.ACTIVITIES, CsvImport.DRIVERS, CsvImport.PLAN_ITEMS);
    for (var columns : CsvFormat.FILES.values()) {
      for (var c : columns) {
        // every column is described, by the data format or as in the computed tables
        assertThat(Codebook.declaresDataFormat(c.name())).as(c.name()).isTrue();
        assertThat(Codebook.dataFormatField(c.name()).type()).as(c.name()).isEqualTo(c.type());
        assertThat(c.name()).matches("[a-z]+(_[a-z]+)*");
      }
    }
  }

  @Test
  void theRequiredColumnsAreTheOnesAHeaderMustHave(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    // a header with no column at all: every declared required column is named missing
    Files.writeString(dir.resolve(CsvImport.TEACHERS), "x\r\n1\r\n");
    Files.writeString(dir.resolve(CsvImport.ACTIVITIES), "x\r\n1\r\n");
    Files.writeString(dir.resolve(CsvImport.DRIVERS), "x\r\n1\r\n");
    Files.writeString(dir.resolve(CsvImport.PLAN_ITEMS), "x\r\n1\r\n");
    List<String> missing = new ArrayList<>();
    try {
      CsvImport.read(dir);
    } catch (ValidationException e) {
      for (Problem p : e.problems()) {
        if (p.message().startsWith("missing column ")) {
          missing.add(p.path() + " " + p.message().substring("missing column ".length()));
        }
      }
    }
    List<String> expected = new ArrayList<>();
    CsvFormat.TEACHER.required().forEach(c -> expected.add("teachers.csv:row 1 " + c));
    CsvFormat.ACTIVITY.required().forEach(c -> expected.add("activities.csv:row 1 " + c));
    CsvFormat.DRIVER.required().forEach(c -> expected.add("drivers.csv:row 1 " + c));
    CsvFormat.PLAN.required().forEach(c -> expected.add("plan-items.csv:row 1 " + c));
    assertThat(missing).containsExactlyElementsOf(expected);
    assertThat(expected).contains("teachers.csv:row 1 id", "activities.csv:row 1 contextualisation",
        "drivers.csv:row 1 strength", "plan-items.csv:row 1 leader_involvement");
  }
}
