package org.vetcpd.core.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.ValidationException;

/**
 * A problem whose message cannot be built because its value is itself malformed JSON (a string
 * with a bad escape where an object is due) is reported once, as the malformed JSON that stopped
 * reading: never as an uncounted "… and 1 more problem" (found by JsonFuzzProperties).
 */
class StopWhileDescribingTest {
  private static final Dataset CATALOGUE = VetcpdJson.parseDataset("{\"formatVersion\":1,"
      + "\"programmes\":[{\"code\":\"P1\",\"name\":\"a\"}],\"schools\":[],\"teachers\":[{\"id\":"
      + "\"t1\",\"programme\":\"P1\",\"needs\":{},\"barriers\":[]}],\"activities\":[],"
      + "\"drivers\":[],\"plans\":[]}");

  @Test
  void aLineThatIsAMalformedStringHasOneProblem() {
    String line = "\"\\uZZZZ\"\"id\":\"p1\",\"teacher\":\"t1\",\"items\":[],"
        + "\"leaderInvolvement\":\"NONE\"}\n";
    assertThatThrownBy(() -> VetcpdJson.streamPlans(
        new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), CATALOGUE,
        JsonOptions.strict()).forEach(p -> { }))
        .isInstanceOfSatisfying(ValidationException.class, e -> org.assertj.core.api.Assertions
            .assertThat(e.problems()).singleElement().satisfies(p -> {
              org.assertj.core.api.Assertions.assertThat(p.path()).isEqualTo("line 1");
              org.assertj.core.api.Assertions.assertThat(p.message())
                  .startsWith("malformed JSON at column 4");
            }));
  }
}
