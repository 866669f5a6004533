package org.vetcpd.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every colour text or chart ink is drawn in has a contrast of at least 4.5:1 on white (WCAG). */
class ContrastTest {
  private static final Pattern TEXT_COLOUR =
      Pattern.compile("(?<![-a-z])(?:color|fill):(#[0-9a-fA-F]{6})");

  /** WCAG 2 relative luminance of an sRGB colour {@code #rrggbb}. */
  static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double x = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  static double contrastOnWhite(String hex) {
    return (1.0 + 0.05) / (luminance(hex) + 0.05);
  }

  @Test
  void luminanceMatchesTheWcagExamples() {
    assertThat(contrastOnWhite("#000000")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(
        1e-9));
    assertThat(contrastOnWhite("#767676")).isCloseTo(4.54, org.assertj.core.data.Offset.offset(
        0.01));
  }

  @Test
  void textAndInkColoursReachFourAndAHalfToOne() {
    List<String> colours = new ArrayList<>(List.of(Charts.INK, Charts.TARGET));
    Matcher m = TEXT_COLOUR.matcher(Style.CSS);
    while (m.find()) {
      colours.add(m.group(1));
    }
    assertThat(colours).hasSizeGreaterThan(3);
    for (String c : colours) {
      assertThat(contrastOnWhite(c)).as(c).isGreaterThanOrEqualTo(4.5);
    }
  }
}
