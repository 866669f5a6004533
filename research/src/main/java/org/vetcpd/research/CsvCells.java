package org.vetcpd.research;

/**
 * How vetcpd writes CSV cells taken from data (ids, names, periods): {@link #SAFE} by default, or
 * {@link #RAW} when exact values matter more than the safety of a spreadsheet.
 *
 * <p>This class is immutable and thread-safe.
 */
public enum CsvCells {
  /**
   * A cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, TAB or CR is prefixed with
   * {@code '}, so that a spreadsheet shows it as text and never runs it as a formula (OWASP, "CSV
   * injection"); a cell that is a plain number ({@code -0.5}, an id {@code -3}) is never changed,
   * as a spreadsheet reads it as that number. The prefix is not
   * removed on reading: use {@link #RAW} for cells that must read back exactly.
   */
  SAFE,
  /** Every cell exactly as it is ({@code --csv-raw}); open such a file in a spreadsheet with care. */
  RAW;

  /**
   * Returns a cell as this mode writes it.
   *
   * @param cell the cell, or null for an empty cell
   * @return the cell to write, or null
   */
  public String apply(String cell) {
    return this == SAFE ? CsvTableWriter.neutralise(cell) : cell;
  }
}
