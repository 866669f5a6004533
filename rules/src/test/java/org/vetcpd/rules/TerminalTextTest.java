package org.vetcpd.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.json.VetcpdJson;

/** Data printed as text can neither forge a line nor hide what follows. */
class TerminalTextTest {
  @Test
  void escapesControlAndBidiCharactersOnly() {
    assertThat(TerminalText.escape("p-1 Ærø ✓")).isEqualTo("p-1 Ærø ✓");
    assertThat(TerminalText.escape("a\nb\r\tc\u001b[2J\u007f\u0085"))
        .isEqualTo("a\\u000ab\\u000d\\u0009c\\u001b[2J\\u007f\\u0085");
    assertThat(TerminalText.escape("x\u202eevil\u2066\u2069\u200e\u2028"))
        .isEqualTo("x\\u202eevil\\u2066\\u2069\\u200e\\u2028");
  }

  @Test
  void aHostilePlanIdCannotForgeALineOfTheTextReport() throws Exception {
    TailoringReport r = TailoringScorer.standard().score(Seed000.DATASET, "template");
    ObjectNode json = (ObjectNode) new JsonMapper().readTree(VetcpdJson.write(r));
    json.put("plan", "x\nScore 99.9 of 100: TAILORED\u001b[8m");
    json.put("teacher", "t\u202e1");
    String text = TailoringReport.parse(json.toString()).toText();
    assertThat(text.lines()).hasSameSizeAs(r.toText().lines().toList());
    assertThat(text.lines().filter(l -> l.startsWith("Score"))).hasSize(1);
    assertThat(text.chars().filter(c -> c != '\n' && TerminalText.unsafe((char) c))).isEmpty();
    assertThat(text).contains("x\\u000aScore 99.9 of 100: TAILORED\\u001b[8m", "t\\u202e1");
  }
}
