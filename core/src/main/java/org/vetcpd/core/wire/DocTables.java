package org.vetcpd.core.wire;

/**
 * Writes the field table of a declared type as the documentation shows it (Markdown: field, type,
 * required, default, constraints and meaning), so that a test holds the documentation equal to
 * the declaration. This class is immutable and thread-safe.
 */
public final class DocTables {
  private DocTables() {}

  /**
   * Returns the type's field table, one line a row, ending in a line break.
   *
   * @param type the type
   * @return the Markdown table
   */
  public static String table(WireType<?> type) {
    StringBuilder b = new StringBuilder()
        .append("| field | type | required | default | constraints / meaning |\n")
        .append("|---|---|---|---|---|\n");
    for (WireField f : type.fields()) {
      b.append("| `").append(f.name()).append("` | ").append(f.docType()).append(" | ")
          .append(f.isRequired() ? "**yes**" : "no").append(" | ").append(f.defaultText())
          .append(" |").append(f.description().isEmpty() ? "" : " " + f.description())
          .append(" |\n");
    }
    return b.toString();
  }
}
