package org.vetcpd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** RFC 4180 output of {@link CsvWriter}. */
class CsvWriterTest {

  @Test
  void quotesFieldsWithCommasQuotesAndLineBreaksAndDoublesQuotes() {
    StringWriter s = new StringWriter();
    CsvWriter csv = new CsvWriter(new PrintWriter(s));
    csv.row(Arrays.asList("plain", "a,b", "say \"hi\"", "two\nlines", "cr\r", "", null));
    csv.row(Arrays.asList("x"));
    assertThat(s.toString()).isEqualTo(
        "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\",,\r\nx\r\n");
  }

  @Test
  void numbersUseAPointAndNoExponentWhateverTheLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(CsvWriter.number(63.5)).isEqualTo("63.5");
      assertThat(CsvWriter.number(0.00001)).isEqualTo("0.00001");
      assertThat(CsvWriter.number(1e21)).doesNotContain("E");
      assertThat(Double.parseDouble(CsvWriter.number(0.1 + 0.2))).isEqualTo(0.1 + 0.2);
      assertThat(CsvWriter.number(100)).isEqualTo("100.0");
      assertThat(CsvWriter.number(0)).isEqualTo("0.0");
      assertThat(CsvWriter.number(-0.0)).isEqualTo("0.0");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void refusesNaNAndInfinity() {
    assertThatThrownBy(() -> CsvWriter.number(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CsvWriter.number(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
