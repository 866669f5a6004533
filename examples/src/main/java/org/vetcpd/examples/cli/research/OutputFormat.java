package org.vetcpd.examples.cli.research;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** An output format of the research commands; shown and typed in lower case. */
enum OutputFormat {
  /** An aligned table, for people. */
  TEXT,
  /** JSON, for programs: the research library's values as {@code VetcpdJson} writes them. */
  JSON,
  /** RFC 4180 CSV with a header, for R, pandas and spreadsheets. */
  CSV;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a format in any case, naming the formats in lower case when the value is unknown. */
  static final class Converter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      for (OutputFormat f : values()) {
        if (f.name().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new TypeConversionException("expected one of "
          + Arrays.stream(values()).map(OutputFormat::toString).collect(Collectors.joining(", "))
          + " but was '" + value + "'");
    }
  }
}
