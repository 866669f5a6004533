package org.vetcpd.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A value that shows nothing is blank: white space, the other space separators (no-break spaces)
 * and the characters Unicode marks default-ignorable (DerivedCoreProperties.txt), which render as
 * nothing. An id of a no-break space, or of a zero-width space, would be a row nobody can read.
 */
class BlankTextTest {
  /** Characters that show nothing, each alone a blank value: the ends of every range too. */
  private static final int[] SHOW_NOTHING = {
    ' ', '\t', 0x00A0, 0x1680, 0x2000, 0x200A, 0x2007, 0x202F, 0x205F, 0x3000, 0x2028, 0x2029,
    0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B, 0x180F, 0x200B, 0x200F,
    0x202A, 0x202E, 0x2060, 0x206F, 0x2800, 0x3164, 0xFE00, 0xFE0F, 0xFEFF, 0xFFA0, 0xFFF0,
    0xFFF8, 0x1BCA0, 0x1BCA3, 0x1D173, 0x1D17A, 0xE0000, 0xE0001, 0xE0020, 0xE007F, 0xE0FFF
  };

  /** Their neighbours that show something (or are controls, reported as such). */
  private static final int[] SHOW_SOMETHING = {
    'a', '0', '-', 0x00A1, 0x00AC, 0x00AE, 0x034E, 0x0350, 0x061B, 0x061D, 0x115E, 0x1161,
    0x17B3, 0x17B6, 0x180A, 0x1810, 0x2010, 0x2070, 0x27FF, 0x2801, 0x3163, 0x3165, 0xFDFF,
    0xFE10, 0xFEFE, 0xFF21, 0xFF9F, 0xFFA1, 0xFFF9, 0x1BC9F, 0x1BCA4, 0x1D172, 0x1D17B,
    0xDFFFF, 0xE1000, 0x1F600
  };

  @Test
  void aValueOfCharactersThatShowNothingIsBlank() {
    for (int c : SHOW_NOTHING) {
      String alone = new String(Character.toChars(c));
      assertThat(TextRules.isBlank(alone)).as("U+%04X", c).isTrue();
      assertThat(new Problems().identifier("id", alone).list()).as("U+%04X", c)
          .extracting(Problem::toString).containsExactly("id: must not be blank");
    }
    for (int c : SHOW_SOMETHING) {
      assertThat(TextRules.isBlank(new String(Character.toChars(c)))).as("U+%04X", c).isFalse();
    }
  }

  @Test
  void invisibleCharactersBesideVisibleOnesAreNotBlankAndNotAProblemInAText() {
    assertThat(TextRules.isBlank("p\u200b1")).isFalse();
    assertThat(new Problems().text("title", "Caf\u00e9\u00a0Nord").list()).isEmpty();
    // a control character alone is reported as what it is
    assertThat(new Problems().identifier("id", "\u0007").list()).extracting(Problem::toString)
        .containsExactly("id: must not contain control character U+0007");
  }

  /** Blank pieces make a blank value; one character that shows makes it not blank. */
  @Property(tries = 1000)
  void blankIsEveryCharacterShowingNothing(@ForAll("pieces") List<Integer> blanks,
      @ForAll("shown") int shown, @ForAll boolean withShown) {
    StringBuilder b = new StringBuilder();
    blanks.forEach(b::appendCodePoint);
    if (withShown) {
      b.insert(blanks.isEmpty() ? 0 : b.offsetByCodePoints(0, blanks.size() / 2),
          Character.toChars(shown));
    }
    String s = b.toString();
    assertThat(TextRules.isBlank(s)).isEqualTo(!withShown);
    Statistics.label("value").collect(withShown ? "shows a character"
        : s.isBlank() ? "blank by String.isBlank too" : "blank only by the new rule");
  }

  @Provide
  Arbitrary<List<Integer>> pieces() {
    return Arbitraries.integers().between(0, SHOW_NOTHING.length - 1).map(i -> SHOW_NOTHING[i])
        .list().ofMinSize(1).ofMaxSize(6);
  }

  @Provide
  Arbitrary<Integer> shown() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, SHOW_SOMETHING.length - 1).map(i -> SHOW_SOMETHING[i]),
        Arbitraries.integers().between(0x21, 0x7E),
        // letters and digits anywhere in Unicode, but the Hangul fillers: letters that are
        // default-ignorable, and show nothing (Unicode's DerivedCoreProperties)
        Arbitraries.integers().between(0xA0, 0x10FFFF).filter(Character::isLetterOrDigit)
            .filter(c -> c != 0x115F && c != 0x1160 && c != 0x3164 && c != 0xFFA0));
  }
}
