package org.vetcpd.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A temporary file that holds a command's output until the command knows its input was valid, so
 * that nothing half-written reaches stdout: {@link #copyTo(PrintWriter)} on success, {@link
 * #close()} (which deletes the file) in every case. The file is also deleted when the JVM exits,
 * should the command be interrupted.
 *
 * <p>Instances are mutable and not thread-safe.
 */
final class Spool implements AutoCloseable {
  private final Path file;
  private final PrintWriter writer;

  private Spool(Path file, PrintWriter writer) {
    this.file = file;
    this.writer = writer;
  }

  /** Creates an empty spool file in the temporary folder. */
  static Spool create() {
    Path file;
    try {
      file = Files.createTempFile("vetcpd-", ".out");
    } catch (IOException e) {
      throw CliException.output("vetcpd: cannot create a temporary file for the output in "
          + System.getProperty("java.io.tmpdir") + ": " + org.vetcpd.research.AtomicFile.reason(e));
    }
    file.toFile().deleteOnExit();
    try {
      BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      return new Spool(file, new PrintWriter(w, false));
    } catch (IOException e) {
      deleteQuietly(file);
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the writer into the spool. */
  PrintWriter writer() {
    return writer;
  }

  /**
   * Copies what was written to {@code out}, and flushes it: as the file's bytes if {@code out}
   * takes UTF-8 bytes ({@link CheckedWriter.Printer#copyUtf8}), else as its characters.
   */
  void copyTo(PrintWriter out) {
    writer.flush();
    if (writer.checkError()) {
      throw CliException.output("vetcpd: cannot write the temporary file " + file
          + " (is the disk full?)");
    }
    try {
      if (out instanceof CheckedWriter.Printer && ((CheckedWriter.Printer) out).copyUtf8(file)) {
        out.flush();
        return;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    char[] buffer = new char[1 << 16];
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }

  /** Closes and deletes the file. */
  @Override
  public void close() {
    writer.close();
    deleteQuietly(file);
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // deleteOnExit tries again
    }
  }
}
