package org.vetcpd.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.examples.jshell.ExternalProcess;

/**
 * The packaged jars (after {@code package}; see examples/pom.xml, execution {@code
 * packaged-jar}): README's Java example runs from any folder with the vetcpd.jar alone, and every
 * jar names its version and commit in its manifest.
 */
class PackagedArtifactsIT {
  @TempDir static Path elsewhere;

  private static Path repository() {
    return Path.of(System.getProperty("vetcpd.repository", "..")).toAbsolutePath().normalize();
  }

  @Test
  void quickStartRunsFromAnyFolderWithTheJarAlone() throws Exception {
    Path jar = repository().resolve("examples/target/vetcpd.jar");
    ExternalProcess run = ExternalProcess.run(elsewhere, ExternalProcess.noInput(), elsewhere,
        "quick-start", ExternalProcess.java(
            "-cp", jar.toString(), QuickStart.class.getName()));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("p-s1-tailored-t-rm-02").contains("\"plan\"");
  }

  @Test
  void everyJarNamesItsVersionAndCommit() throws IOException {
    String version = System.getProperty("vetcpd.version");
    String commit = System.getProperty("vetcpd.build.commit");
    assertThat(version).isNotBlank();
    assertThat(commit).matches("[0-9a-f]{40}|unknown");
    List<Path> jars;
    try (Stream<Path> modules = Files.list(repository())) {
      jars = modules.map(m -> m.resolve("target"))
          .filter(Files::isDirectory)
          .flatMap(PackagedArtifactsIT::jarsIn)
          .collect(Collectors.toList());
    }
    assertThat(jars).extracting(p -> p.getFileName().toString())
        .contains("vetcpd.jar", "vetcpd-core-" + version + ".jar",
            "vetcpd-rules-" + version + ".jar", "vetcpd-research-" + version + ".jar");
    for (Path jar : jars) {
      try (JarFile file = new JarFile(jar.toFile())) {
        Attributes main = file.getManifest().getMainAttributes();
        assertThat(main.getValue("Implementation-Version")).as(jar.toString()).isEqualTo(version);
        assertThat(main.getValue("Build-Commit")).as(jar.toString()).isEqualTo(commit);
      }
    }
  }

  private static Stream<Path> jarsIn(Path target) {
    try (Stream<Path> files = Files.list(target)) {
      return files.filter(f -> f.toString().endsWith(".jar"))
          .filter(f -> !f.getFileName().toString().startsWith("original-"))
          .filter(f -> !f.getFileName().toString().matches(".*-(sources|javadoc)\\.jar"))
          .collect(Collectors.toList()).stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
