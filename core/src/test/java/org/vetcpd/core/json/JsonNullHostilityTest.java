package org.vetcpd.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.google.common.testing.NullPointerTester;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Problems;
import org.vetcpd.core.testing.DomainArbitraries;

/** The JSON entry points reject null arguments with a NullPointerException. */
class JsonNullHostilityTest {
  @TempDir Path dir;

  private NullPointerTester tester() throws IOException {
    Path file = Files.writeString(dir.resolve("data.json"), "{}");
    return new NullPointerTester()
        .setDefault(Path.class, file)
        .setDefault(Dataset.class, DomainArbitraries.datasets().sample())
        .setDefault(JsonOptions.class, JsonOptions.strict())
        .setDefault(BufferedReader.class, new BufferedReader(new StringReader("")))
        .setDefault(Writer.class, new StringWriter())
        .setDefault(JsonNode.class, JsonNodeFactory.instance.objectNode())
        .setDefault(Problems.class, new Problems())
        .setDefault(String.class, "x");
  }

  @Test
  void vetcpdJsonRejectsNull() throws IOException {
    tester().testAllPublicStaticMethods(VetcpdJson.class);
  }

  @Test
  void jsonOptionsRejectNull() throws IOException {
    tester().testAllPublicStaticMethods(JsonOptions.class);
    tester().testAllPublicInstanceMethods(JsonOptions.strict());
    tester().testAllPublicInstanceMethods(JsonOptions.builder());
  }
}
