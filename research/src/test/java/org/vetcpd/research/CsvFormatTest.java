package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;

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
