package org.vetcpd.examples.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;

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
  private final Writer writer;
  private final String target;
  private final Recorder recorder;
  private int unchecked;
  private OutputException failure;

  private CheckedWriter(PrintStream stream, Writer writer, String target, Recorder recorder) {
    this.stream = stream;
    this.writer = writer;
    this.target = target;
    this.recorder = recorder;
  }

  /** Writes onto a print stream; {@code recorder} (may be null) tells why it failed. */
  static CheckedWriter of(PrintStream stream, String target, Recorder recorder) {
    return new CheckedWriter(stream, null, target, recorder);
  }

  /** Writes onto a writer that throws its errors. */
  static CheckedWriter of(Writer writer, String target) {
    return new CheckedWriter(null, writer, target, null);
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
