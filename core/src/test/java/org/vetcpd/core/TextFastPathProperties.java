package org.vetcpd.core;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The fast path of the character rules ({@link TextRules#isPlainAscii}) never hides a problem: a
 * text it passes is not blank and has no character any rule rejects, checked against the full
 * rules on strings that mix printable ASCII with spaces, controls, surrogates, bidirectional
 * controls and other characters.
 */
@PropertyDefaults(tries = 2000)
class TextFastPathProperties {

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Character> chars = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(12, Arbitraries.chars().range('!', '~')),
        net.jqwik.api.Tuple.of(3, Arbitraries.just(' ')),
        net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\u0000', '\u001f')),
        net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\u007f', '\u00a0')),
        net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\ud800', '\udfff')),
        net.jqwik.api.Tuple.of(1, Arbitraries.of('\u061c', '\u200e', '\u202a', '\u2066', '\u2069')),
        net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\u00a1', '\uffff')));
    return chars.list().ofMaxSize(8).map(l -> {
      StringBuilder b = new StringBuilder();
      l.forEach(b::append);
      return b.toString();
    });
  }

  @Property
  void theFastPathAgreesWithTheFullRules(@ForAll("texts") String s) {
    boolean fast = TextRules.isPlainAscii(s);
    boolean clean = !TextRules.isBlank(s) && TextRules.firstProblem(s, TextRules.IDENTIFIER) == null
        && TextRules.firstProblem(s, TextRules.TEXT) == null
        && TextRules.firstProblem(s, TextRules.MULTILINE) == null;
    boolean ascii = s.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    Statistics.label("fast path").collect(fast);
    Statistics.label("clean by the full rules").collect(clean);
    Statistics.label("fast path").coverage(c -> c.check(true).count(n -> n > 100));
    Statistics.label("clean by the full rules").coverage(c -> c.check(false).count(n -> n > 100));
    // the fast path takes exactly the printable ASCII texts that are not blank
    assertThat(fast).isEqualTo(ascii && !s.isBlank());
    if (fast) {
      assertThat(clean).isTrue();
    }
    // and the checks give the same problems with or without it
    assertThat(problems(s)).isEqualTo(fullRules(s));
  }

  @Example
  void edges() {
    assertThat(TextRules.isPlainAscii("")).isFalse();
    assertThat(TextRules.isPlainAscii("   ")).isFalse();
    assertThat(TextRules.isPlainAscii(" a ")).isTrue();
    assertThat(TextRules.isPlainAscii("a\tb")).isFalse();
    assertThat(TextRules.isPlainAscii("a\u007f")).isFalse();
    assertThat(TextRules.isPlainAscii("~!")).isTrue();
  }

  private static java.util.List<String> problems(String s) {
    Problems p = new Problems().identifier("i", s).text("t", s).multilineText("m", s);
    return p.list().stream().map(Problem::toString).toList();
  }

  /** The rules as they were written before the fast path: blank, then the first bad character. */
  private static java.util.List<String> fullRules(String s) {
    java.util.List<String> out = new java.util.ArrayList<>();
    int[] kinds = {TextRules.IDENTIFIER, TextRules.TEXT, TextRules.MULTILINE};
    String[] paths = {"i", "t", "m"};
    for (int k = 0; k < 3; k++) {
      String m = TextRules.isBlank(s) ? "must not be blank" : TextRules.firstProblem(s, kinds[k]);
      if (m != null) {
        out.add(new Problem(paths[k], m).toString());
      }
    }
    return out;
  }
}
