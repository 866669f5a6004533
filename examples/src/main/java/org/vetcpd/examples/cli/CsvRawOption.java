package org.vetcpd.examples.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code --csv-raw} option of the commands that write CSV (a picocli mixin declared in code:
 * {@link CodedOptions}), read by {@link OutputOptions#cells()}.
 */
public final class CsvRawOption {
  private final OptionValue<Boolean> raw = new OptionValue<>();

  /** Creates the mixin; {@link #addTo} declares its option. */
  public CsvRawOption() {}

  /**
   * Adds {@code --csv-raw} to a command, as the mixin {@code csvRaw}.
   *
   * @param command the command's spec
   */
  public void addTo(CommandSpec command) {
    CommandSpec mixin = CommandSpec.wrapWithoutInspection(this);
    mixin.addOption(OptionSpec.builder("--csv-raw")
        .type(boolean.class)
        .initialValue(false)
        .description("With CSV: write cells from data exactly. By default a cell that begins with"
            + " =, +, -, @, TAB or CR gets a ' prefix so that a spreadsheet never runs it as a"
            + " formula (numbers are never changed).")
        .setter(raw)
        .getter(raw)
        .build());
    command.addMixin("csvRaw", mixin);
  }
}
