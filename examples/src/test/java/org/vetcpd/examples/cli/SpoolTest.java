package org.vetcpd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A spooled output reaches standard output as the same bytes whether it is copied as bytes (a
 * UTF-8 stream) or as characters (any other), after what was written before it.
 */
class SpoolTest {
  /** Text with one-, two-, three- and four-byte characters, and 3 MB more. */
  private static String text() {
    StringBuilder b = new StringBuilder("plan,teacher\np-ø€😀,t-Åse\n");
    String row = "p-0123456789,t-abcdefghij,73.5,TAILORED\n";
    while (b.length() < 3 << 20) {
      b.append(row);
    }
    return b.toString();
  }

  private static byte[] copied(boolean asBytes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(bytes, false, StandardCharsets.UTF_8);
    CheckedWriter checked = CheckedWriter.of(stream, "standard output", null, asBytes);
    PrintWriter out = new CheckedWriter.Printer(checked);
    out.print("before\n");
    try (Spool spool = Spool.create()) {
      spool.writer().print(text());
      spool.copyTo(out);
    }
    out.flush();
    return bytes.toByteArray();
  }

  @Test
  void bytesAndCharactersGiveTheSameOutput() {
    byte[] asBytes = copied(true);
    byte[] asCharacters = copied(false);
    assertThat(asBytes).isEqualTo(asCharacters);
    String read = new String(asBytes, StandardCharsets.UTF_8);
    assertThat(read).startsWith("before\nplan,teacher\np-ø€😀,t-Åse\n");
    assertThat(asBytes.length).isGreaterThan(3 << 20);
  }
}
