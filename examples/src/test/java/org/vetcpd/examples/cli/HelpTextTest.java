package org.vetcpd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The help of {@code vetcpd} and of each command, held to the text under {@code
 * src/test/resources/help/}: the options, their descriptions and defaults, the examples and the
 * exit codes, word for word.
 *
 * <p>The texts were printed by the build before {@code vetcpd} and {@code score} were declared in
 * code, with the options every command shares ({@link CodedOptions}); until then all of it was
 * read from picocli's annotations. So this test shows the declarations in code say what the
 * annotations said, and it catches any later change to the help, which is what users read. A
 * deliberate change updates the file: {@code java -jar examples/target/vetcpd.jar COMMAND --help
 * > examples/src/test/resources/help/COMMAND.txt}.
 */
class HelpTextTest {
  /** Every command, also those added later, and {@code vetcpd} itself (as "vetcpd"). */
  static Set<String> commands() {
    Set<String> names = UniformCliTest.commands();
    names.remove("");
    names.add("vetcpd");
    return names;
  }

  @ParameterizedTest
  @MethodSource("commands")
  void theHelpIsAsPinned(String command) throws IOException {
    CliRun run = command.equals("vetcpd") ? CliRun.of("--help") : CliRun.of(command, "--help");
    assertThat(run.exitCode()).as(command).isZero();
    assertThat(run.err()).as(command).isEmpty();
    assertThat(normalised(run.out())).as(command + " --help").isEqualTo(pinned(command));
  }

  private static String pinned(String command) throws IOException {
    String name = "/help/" + command + ".txt";
    try (InputStream in = HelpTextTest.class.getResourceAsStream(name)) {
      assertThat(in).as("a pinned help text " + name + " for the command " + command).isNotNull();
      return normalised(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** The text with every line ending as \n (picocli ends lines as the platform does). */
  private static String normalised(String text) {
    return text.replace("\r\n", "\n");
  }
}
