package org.vetcpd.core.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.testing.SchemaFiles;
import org.vetcpd.core.AbstractCpdActivity;
import org.vetcpd.core.AbstractCpdPlan;
import org.vetcpd.core.AbstractDataset;
import org.vetcpd.core.AbstractDepartment;
import org.vetcpd.core.AbstractDriver;
import org.vetcpd.core.AbstractPlanItem;
import org.vetcpd.core.AbstractProgramme;
import org.vetcpd.core.AbstractSchool;
import org.vetcpd.core.AbstractTeacher;

/**
 * The declaration is the one source of the wire format: the writers' field order, the field
 * tables of {@code docs/data-format.md} and the JSON Schemas in {@code docs/schema/} and in the jar
 * are held equal to it here. Run with {@code -Dvetcpd.regenerate=true} to rewrite the schema
 * files after changing a declaration.
 */
class WireDeclarationTest {
  static final Path DOCS = Path.of("../docs");

  @Test
  void theWritersFieldOrderIsTheDeclaredOrder() {
    Map<Class<?>, WireType<?>> types = Map.of(
        AbstractDataset.class, DatasetWire.DATASET,
        AbstractProgramme.class, DatasetWire.PROGRAMME,
        AbstractSchool.class, DatasetWire.SCHOOL,
        AbstractDepartment.class, DatasetWire.DEPARTMENT,
        AbstractTeacher.class, DatasetWire.TEACHER,
        AbstractCpdActivity.class, DatasetWire.ACTIVITY,
        AbstractDriver.class, DatasetWire.DRIVER,
        AbstractCpdPlan.class, DatasetWire.PLAN,
        AbstractPlanItem.class, DatasetWire.ITEM);
    assertThat(types).hasSize(DatasetWire.TYPES.size());
    types.forEach((type, wire) -> assertThat(
        List.of(type.getAnnotation(JsonPropertyOrder.class).value()))
        .as(wire.name())
        .containsExactlyElementsOf(wire.fields().stream().map(WireField::name).toList()));
  }

  @Test
  void theDocumentedFieldTablesAreTheDeclarations() throws IOException {
    String docs = Files.readString(DOCS.resolve("data-format.md"), StandardCharsets.UTF_8);
    for (WireType<?> type : DatasetWire.TYPES) {
      assertThat(docs).as("the field table of %s in data-format.md", type.name())
          .contains(DocTables.table(type));
    }
  }

  @Test
  void theSchemasAreGeneratedFromTheDeclarations() throws IOException {
    SchemaFiles.holdEqual("dataset.schema.json", datasetSchema());
    SchemaFiles.holdEqual("plan.schema.json", planSchema());
  }

  static String datasetSchema() {
    return JsonSchemas.schema("dataset.schema.json", "vetcpd data set (formatVersion 1)",
        DatasetWire.DATASET);
  }

  static String planSchema() {
    return JsonSchemas.schema("plan.schema.json",
        "vetcpd CPD plan (one line of a JSON Lines plan stream)", DatasetWire.PLAN);
  }

}
