package org.vetcpd.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.Dataset;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.TailoringScorer;

class RubricConstantTest {
  @Test
  void everyRangeHoldsTheStandardValueAndEveryDrawIsAValidRubric() {
    Rubric standard = Rubric.standard();
    for (RubricConstant c : RubricConstant.values()) {
      assertThat(c.valueIn(standard)).as(c.path()).isBetween(c.low(), c.high());
      assertThat(c.at(0)).isEqualTo(c.low());
      assertThat(c.at(1)).isEqualTo(c.high());
    }
    assertThat(RubricConstant.SUSTAINED_WEEKS.at(0.5)).isEqualTo(4);
    SplittableRandom r = new SplittableRandom(1);
    double[] w = Sensitivity.normalisedWeights(standard);
    for (int i = 0; i < 200; i++) {
      double[] c = new double[RubricConstant.values().length];
      for (RubricConstant x : RubricConstant.values()) {
        c[x.ordinal()] = x.at(r.nextDouble());
      }
      Rubric drawn = RubricConstant.apply(standard, w, c);
      for (RubricConstant x : RubricConstant.values()) {
        assertThat(x.valueIn(drawn)).isEqualTo(c[x.ordinal()]);
      }
    }
    // The constants at their standard values and the standard weights score as the standard.
    double[] base = new double[RubricConstant.values().length];
    for (RubricConstant x : RubricConstant.values()) {
      base[x.ordinal()] = x.valueIn(standard);
    }
    Dataset ds = SyntheticCohort.generate(20, 8);
    Rubric same = RubricConstant.apply(standard, w, base);
    for (int p = 0; p < ds.plans().size(); p++) {
      String id = ds.plans().get(p).id();
      assertThat(TailoringScorer.of(same).score(ds, id).score()).isCloseTo(
          TailoringScorer.standard().score(ds, id).score(),
          org.assertj.core.data.Offset.offset(1e-9));
    }
  }

  /** docs/rubric.md's table of plausible ranges states exactly these ranges. */
  @Test
  void docsStateTheseRanges() throws IOException {
    Path docs = Path.of("..", "docs", "rubric.md");
    String text = Files.readString(docs, StandardCharsets.UTF_8);
    for (RubricConstant c : RubricConstant.values()) {
      assertThat(text).as(c.path()).contains("| `" + c.path() + "` | " + number(c.low())
          + " to " + number(c.high()) + " |");
    }
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
  }
}
