package org.vetcpd.examples.cli.research;

import java.io.PrintWriter;
import java.util.function.IntConsumer;

/**
 * A progress bar on stderr, {@code [##########..........] 52% 5200/10000 draws}, redrawn in place
 * with a carriage return each time the percentage changes (at most 101 times, so a log file that
 * captures stderr stays small), and ended with a line break.
 */
final class ProgressBar implements IntConsumer {
  private static final int WIDTH = 20;

  private final PrintWriter err;
  private final int total;
  private final String unit;
  private int shown = -1;

  ProgressBar(PrintWriter err, int total) {
    this(err, total, "draws");
  }

  ProgressBar(PrintWriter err, int total, String unit) {
    this.err = err;
    this.total = total;
    this.unit = unit;
  }

  /** Shows {@code done} of the total; called one at a time, with growing counts. */
  @Override
  public synchronized void accept(int done) {
    int percent = (int) (100L * done / total);
    if (percent == shown) {
      return;
    }
    shown = percent;
    err.print("\r" + bar(done, total, unit));
    if (done >= total) {
      err.println();
    }
    err.flush();
  }

  static String bar(int done, int total) {
    return bar(done, total, "draws");
  }

  static String bar(int done, int total, String unit) {
    int percent = (int) (100L * done / total);
    int filled = (int) ((long) WIDTH * done / total);
    return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + percent + "% " + done
        + "/" + total + " " + unit;
  }
}
