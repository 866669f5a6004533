package org.vetcpd.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;
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
    // a report's ids follow a data set's rules: such a report is refused, not printed
    assertThatThrownBy(() -> TailoringReport.parse(json.toString()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
            .extracting(Problem::toString).containsExactly(
                "plan: must not contain control character U+000A",
                "teacher: must not contain bidirectional control U+202E"));
  }
}
