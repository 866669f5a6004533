package org.vetcpd.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.testing.SchemaFiles;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.core.wire.JsonSchemas;

/**
 * The rubric and report schemas are generated from their declarations ({@link RubricReader},
 * {@link ReportReader}), held equal to {@code docs/schema/} and core's jar (run with {@code
 * -Dvetcpd.regenerate=true} to rewrite them), and checked by an independent validator: the
 * standard rubric and the reports of the sample data sets validate; broken ones do not.
 */
class RulesSchemaTest {
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  static String rubricSchema() {
    return JsonSchemas.schema("rubric.schema.json", "vetcpd rubric", RubricReader.RUBRIC);
  }

  static String reportSchema() {
    return JsonSchemas.schema("report.schema.json", "vetcpd tailoring report (one plan)",
        ReportReader.REPORT);
  }

  @Test
  void theSchemasAreGeneratedFromTheDeclarations() throws IOException {
    SchemaFiles.holdEqual("rubric.schema.json", rubricSchema());
    SchemaFiles.holdEqual("report.schema.json", reportSchema());
  }

  @Test
  void theStandardRubricAndTheSampleReportsValidate() throws IOException {
    JsonSchema rubric = FACTORY.getSchema(rubricSchema());
    JsonSchema report = FACTORY.getSchema(reportSchema());
    String standard = VetcpdJson.write(Rubric.standard());
    assertThat(rubric.validate(TREES.readTree(standard))).isEmpty();
    assertThat(rubric.validate(TREES.readTree(standard.replace("\"leader\"", "\"leaders\""))))
        .isNotEmpty();
    assertThat(rubric.validate(TREES.readTree(
        standard.replace("\"sustainedWeeks\": 4", "\"sustainedWeeks\": 4.5")))).isNotEmpty();
    int reports = 0;
    for (String sample : List.of("sample.json", "health-care.json", "erasmus-partners.json")) {
      Dataset ds = VetcpdJson.readDataset(Path.of("../examples/data").resolve(sample));
      for (TailoringReport r : TailoringScorer.standard().scoreAll(ds)) {
        String json = VetcpdJson.write(r);
        assertThat(report.validate(TREES.readTree(json))).as(r.plan()).isEmpty();
        reports++;
      }
    }
    assertThat(reports).isGreaterThan(10);
    String one = VetcpdJson.write(TailoringScorer.standard()
        .scoreAll(VetcpdJson.readDataset(Path.of("../examples/data/sample.json"))).get(0));
    assertThat(report.validate(TREES.readTree(one.replace("\"band\"", "\"bnd\"")))).isNotEmpty();
  }

}
