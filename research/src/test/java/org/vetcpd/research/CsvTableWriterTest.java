package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one CSV format vetcpd writes: RFC 4180, numbers with a point and no exponent. */
class CsvTableWriterTest {

  @Test
  void quotesOnlyWhereNeededDoublesQuotesAndWritesNullsEmpty() {
    StringWriter s = new StringWriter();
    CsvTableWriter csv = CsvTableWriter.open(List.of("a", "b", "c", "d", "e", "f", "g"), s);
    csv.row(Arrays.asList("plain", "a,b", "say \"hi\"", "two\nlines", "cr\r", "", null));
    csv.flush();
    assertThat(s.toString()).isEqualTo("a,b,c,d,e,f,g\r\n"
        + "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\",,\r\n");
  }

  @Test
  void aTableWithoutRowsStillHasItsHeader() {
    StringWriter s = new StringWriter();
    CsvTableWriter.open(List.of("plan", "score"), s).flush();
    assertThat(s.toString()).isEqualTo("plan,score\r\n");
  }

  @Test
  void rowsMustHaveOneCellPerColumn() {
    CsvTableWriter csv = CsvTableWriter.open(List.of("plan", "score"), new StringWriter());
    assertThatThrownBy(() -> csv.row("p-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a row of 1 cells in a table of 2 columns");
  }

  @Test
  void numbersUseAPointAndNoExponentWhateverTheLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(CsvTableWriter.number(63.5)).isEqualTo("63.5");
      assertThat(CsvTableWriter.number(0.00001)).isEqualTo("0.00001");
      assertThat(CsvTableWriter.number(1e21)).doesNotContain("E");
      assertThat(Double.parseDouble(CsvTableWriter.number(0.1 + 0.2))).isEqualTo(0.1 + 0.2);
      assertThat(CsvTableWriter.number(100)).isEqualTo("100.0");
      assertThat(CsvTableWriter.number(0)).isEqualTo("0.0");
      assertThat(CsvTableWriter.number(-0.0)).isEqualTo("0.0");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void refusesNaNAndInfinity() {
    assertThatThrownBy(() -> CsvTableWriter.number(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CsvTableWriter.number(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
