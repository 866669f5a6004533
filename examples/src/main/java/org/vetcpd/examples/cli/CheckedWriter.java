package org.vetcpd.examples.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A writer that never loses a write error (coreutils' {@code close_stdout}): onto a {@link
 * PrintStream}, which swallows errors, it checks the stream's error flag on every flush and every
 * {@value #CHECK_EVERY} characters, so that a full disk or a closed pipe ends the run promptly;
 * onto a {@link Writer}, it passes every error on. Errors are thrown as {@link OutputException},
 * which {@link java.io.PrintWriter} does not swallow; after the first, the writer drops all
 * output.
 */
final class CheckedWriter extends Writer {
  /** Characters written between two checks of a print stream: a few system calls per MiB. */
  static final int CHECK_EVERY = 8192;

  private final PrintStream stream;
  private final boolean utf8;
  private final Writer writer;
  private final String target;
  private final Recorder recorder;
  private int unchecked;
  private OutputException failure;

  private CheckedWriter(PrintStream stream, boolean utf8, Writer writer, String target,
      Recorder recorder) {
    this.stream = stream;
    this.utf8 = utf8;
    this.writer = writer;
    this.target = target;
    this.recorder = recorder;
  }

  /**
   * Writes onto a print stream; {@code recorder} (may be null) tells why it failed; {@code utf8}
   * says that the stream encodes characters in UTF-8, so that a UTF-8 file can be copied onto it
   * as it is ({@link #copyUtf8}).
   */
  static CheckedWriter of(PrintStream stream, String target, Recorder recorder, boolean utf8) {
    return new CheckedWriter(stream, utf8, null, target, recorder);
  }

  /** Writes onto a writer that throws its errors. */
  static CheckedWriter of(Writer writer, String target) {
    return new CheckedWriter(null, false, writer, target, null);
  }

  /**
   * Copies a UTF-8 file's bytes onto the print stream, if it encodes in UTF-8: the same bytes as
   * writing the file's characters, without decoding and encoding them again (a spooled output of
   * a million plans is 300 MB). Errors are checked as for characters, every mebibyte.
   *
   * @return false, having written nothing, if the file's characters must be written instead (a
   *     writer, or a stream in another encoding)
   * @throws IOException if the file cannot be read
   */
  boolean copyUtf8(Path file) throws IOException {
    if (stream == null || !utf8) {
      return false;
    }
    if (failure != null) {
      return true;
    }
    byte[] buffer = new byte[1 << 20];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0 && failure == null; n = in.read(buffer)) {
        writeUtf8(buffer, 0, n); // checked as characters are, every CHECK_EVERY bytes
      }
    }
    return true;
  }

  /**
   * Writes UTF-8 bytes onto the print stream, if it encodes in UTF-8: the same bytes as writing
   * their characters, without a string of them made and encoded (a 10 000-plan CSV is 3 MB).
   * Errors are checked as for characters.
   *
   * @return false, having written nothing, if the characters must be written instead (a writer,
   *     or a stream in another encoding)
   */
  boolean writeUtf8(byte[] bytes, int offset, int length) {
    if (stream == null || !utf8) {
      return false;
    }
    if (failure != null) {
      return true;
    }
    stream.write(bytes, offset, length);
    unchecked += length;
    if (unchecked >= CHECK_EVERY) {
      check();
    }
    return true;
  }

  /**
   * A print writer onto a checked writer, which it can hand bytes to ({@link #copyUtf8}, {@link
   * #writeUtf8}).
   */
  static final class Printer extends PrintWriter {
    private final CheckedWriter checked;

    Printer(CheckedWriter checked) {
      super(checked, false);
      this.checked = checked;
    }

    /**
     * Copies a UTF-8 file onto the output as bytes, if it can ({@link CheckedWriter#copyUtf8}),
     * after what was written before.
     */
    boolean copyUtf8(Path file) throws IOException {
      flush();
      return checked.copyUtf8(file);
    }

    /**
     * Writes UTF-8 bytes onto the output as they are, if it can ({@link
     * CheckedWriter#writeUtf8}), after what was written before.
     */
    boolean writeUtf8(byte[] bytes, int offset, int length) {
      flush();
      return checked.writeUtf8(bytes, offset, length);
    }
  }

  /** Returns the first error, or null. */
  OutputException failure() {
    return failure;
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    write(new String(chars, offset, length));
  }

  @Override
  public void write(String s, int offset, int length) {
    write(s.substring(offset, offset + length));
  }

  @Override
  public void write(String s) {
    if (failure != null) {
      return;
    }
    if (writer != null) {
      try {
        writer.write(s);
      } catch (IOException e) {
        throw fail(reason(e));
      }
      return;
    }
    stream.print(s);
    unchecked += s.length();
    if (unchecked >= CHECK_EVERY) {
      check();
    }
  }

  @Override
  public void flush() {
    if (failure != null) {
      return;
    }
    if (writer != null) {
      try {
        writer.flush();
      } catch (IOException e) {
        throw fail(reason(e));
      }
      return;
    }
    check();
  }

  @Override
  public void close() {
    flush();
  }

  private void check() {
    unchecked = 0;
    if (stream.checkError()) {
      IOException cause = recorder == null ? null : recorder.error;
      throw fail(cause == null ? "write error" : reason(cause));
    }
  }

  private OutputException fail(String reason) {
    failure = new OutputException(target, reason);
    return failure;
  }

  private static String reason(IOException e) {
    return org.vetcpd.research.AtomicFile.reason(e);
  }

  /**
   * An output stream that keeps the last error of the stream below it, which it passes on, and
   * whether anything was written to it.
   */
  static final class Recorder extends FilterOutputStream {
    private volatile IOException error;
    private volatile boolean wrote;

    Recorder(OutputStream out) {
      super(out);
    }

    /** Whether any byte was passed on (or tried): a command's output has begun. */
    boolean wrote() {
      return wrote;
    }

    @Override
    public void write(int b) throws IOException {
      wrote = true;
      try {
        out.write(b);
      } catch (IOException e) {
        error = e;
        throw e;
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len > 0) {
        wrote = true;
      }
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        error = e;
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        error = e;
        throw e;
      }
    }
  }
}
