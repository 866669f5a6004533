package org.vetcpd.examples.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --csv-raw} option of the commands that write CSV (a picocli mixin), read by {@link
 * OutputOptions#cells()}.
 */
public final class CsvRawOption {
  @Option(
      names = "--csv-raw",
      description = "With CSV: write cells from data exactly. By default a cell that begins with"
          + " =, +, -, @, TAB or CR gets a ' prefix so that a spreadsheet never runs it as a"
          + " formula (numbers are never changed).")
  private boolean raw;

  /** Creates the mixin; picocli sets its option. */
  public CsvRawOption() {}
}
