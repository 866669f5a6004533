package org.vetcpd.examples.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An output format of the {@code vetcpd} commands; shown and typed in lower case. What each
 * command writes in each format is in its help.
 */
public enum Format {
  /** Readable text, for people: report blocks ({@code score}) or aligned tables. */
  TEXT,
  /** JSON, for programs: docs/data-format.md's names, as {@code VetcpdJson} writes them. */
  JSON,
  /** RFC 4180 CSV with a header row, for R, pandas and spreadsheets. */
  CSV;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a format in any case, naming the formats in lower case when the value is unknown. */
  public static final class Converter implements ITypeConverter<Format> {
    /** Creates the converter; picocli calls this. */
    public Converter() {}

    @Override
    public Format convert(String value) {
      for (Format f : values()) {
        if (f.name().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new TypeConversionException("expected one of "
          + Arrays.stream(values()).map(Format::toString).collect(Collectors.joining(", "))
          + " but was '" + value + "'");
    }
  }
}
