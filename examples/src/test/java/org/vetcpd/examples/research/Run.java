package org.vetcpd.examples.research;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.vetcpd.examples.cli.VetcpdCli;

/** One in-process run of a {@code vetcpd} research command: its exit code and what it printed. */
record Run(int exitCode, String out, String err) {

  static Run of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = VetcpdCli.run(args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  List<String> errLines() {
    return err.isEmpty() ? List.of() : Arrays.asList(err.split("\\R"));
  }

  List<String> outLines() {
    return out.isEmpty() ? List.of() : Arrays.asList(out.split("\\R"));
  }

  /** A file of {@code examples/data}: surefire runs in the module, an IDE maybe at the root. */
  static Path data(String file) {
    Path inModule = Path.of("data", file);
    return Files.exists(inModule) ? inModule : Path.of("examples", "data", file);
  }

  static String sample() {
    return data("sample.json").toString();
  }
}
