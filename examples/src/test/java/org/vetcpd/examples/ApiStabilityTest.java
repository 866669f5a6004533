package org.vetcpd.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package of a library module says in its package-info whether its API is stable or
 * experimental, and the release build's API check (japicmp in the parent pom) holds exactly the
 * stable ones.
 */
class ApiStabilityTest {
  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
  private static final Pattern EXCLUDE = Pattern.compile("<exclude>([^<]+)</exclude>");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");

  @Test
  void everyLibraryPackageIsMarkedStableOrExperimentalAndJapicmpSkipsTheExperimentalOnes()
      throws IOException {
    Path parentPom = Path.of(System.getProperty("vetcpd.parent.pom", "../pom.xml"));
    String parent = Files.readString(parentPom, StandardCharsets.UTF_8);
    List<String> excluded = new ArrayList<>();
    for (Matcher m = EXCLUDE.matcher(parent); m.find(); ) {
      excluded.add(m.group(1).strip());
    }
    List<String> stable = new ArrayList<>();
    for (Matcher m = MODULE.matcher(parent); m.find(); ) {
      Path sources = parentPom.resolveSibling(m.group(1).strip()).resolve("src/main/java");
      if (m.group(1).strip().equals("examples") || !Files.isDirectory(sources)) {
        continue;
      }
      List<Path> infos;
      try (Stream<Path> files = Files.walk(sources)) {
        infos = files.filter(f -> f.getFileName().toString().equals("package-info.java"))
            .collect(Collectors.toList());
      }
      for (Path info : infos) {
        String text = Files.readString(info, StandardCharsets.UTF_8);
        Matcher name = PACKAGE.matcher(text);
        assertThat(name.find()).as(info.toString()).isTrue();
        boolean isStable = text.contains("<b>API stability: stable.</b>");
        boolean isExperimental = text.contains("<b>API stability: experimental.</b>");
        assertThat(isStable ^ isExperimental)
            .as(info + " says \"<b>API stability: stable.</b>\" or \"... experimental.</b>\"")
            .isTrue();
        assertThat(excluded.contains(name.group(1)))
            .as(name.group(1) + " is in japicmp's excludes exactly when it is experimental")
            .isEqualTo(isExperimental);
        if (isStable) {
          stable.add(name.group(1));
        }
      }
    }
    assertThat(stable).contains("org.vetcpd.core", "org.vetcpd.core.json", "org.vetcpd.rules");
  }
}
