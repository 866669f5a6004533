package org.vetcpd.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JSON Schema files generated from the wire declarations, held equal to them: each lives in
 * {@code docs/schema/} and in core's jar resources ({@code org/vetcpd/core/schema/}). Used by
 * core's and rules' schema tests, from any module's folder.
 */
public final class SchemaFiles {
  private static final List<Path> FOLDERS = List.of(Path.of("../docs/schema"),
      Path.of("../core/src/main/resources/org/vetcpd/core/schema"));

  private SchemaFiles() {}

  /**
   * Holds a generated schema equal to its two files; rewrites them when the system property
   * {@code vetcpd.regenerate} is set ({@code -Dvetcpd.regenerate=true}).
   *
   * @param file the file name, e.g. {@code dataset.schema.json}
   * @param generated the schema generated from the declaration
   * @throws IOException if a file cannot be read or written
   */
  public static void holdEqual(String file, String generated) throws IOException {
    for (Path dir : FOLDERS) {
      Path path = dir.resolve(file);
      if (Boolean.getBoolean("vetcpd.regenerate")) {
        Files.createDirectories(dir);
        Files.writeString(path, generated, StandardCharsets.UTF_8);
      }
      assertThat(path).as("%s (run the test with -Dvetcpd.regenerate=true)", path).exists();
      assertThat(Files.readString(path, StandardCharsets.UTF_8)).as(path.toString())
          .isEqualTo(generated);
    }
  }
}
