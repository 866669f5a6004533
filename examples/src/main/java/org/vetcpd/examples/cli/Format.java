package org.vetcpd.examples.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** An output format of {@code vetcpd score}; shown and typed in lower case. */
enum Format {
  /** Each report's readable text block, for people. */
  TEXT,
  /** A JSON array of the reports (DESIGN.md's report names), for programs. */
  JSON,
  /** One row per plan: plan, teacher, score, band and each criterion's value, for tables. */
  CSV;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a format in any case, naming the formats in lower case when the value is unknown. */
  static final class Converter implements ITypeConverter<Format> {
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
