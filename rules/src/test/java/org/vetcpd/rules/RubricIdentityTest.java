package org.vetcpd.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.rules.testing.Cohorts;

/** Rubric identity: id, version and a content fingerprint that no changed copy shares. */
class RubricIdentityTest {
  private static final JsonMapper JSON = new JsonMapper();

  @Test
  void fingerprintIsSha256OfTheCanonicalJsonComputedIndependently() throws Exception {
    Rubric r = Rubric.standard();
    String canonical = RubricFingerprint.canonical(r);
    assertThat(canonical).startsWith("{\"barrierWeight\":2.0,\"collaborationTarget\":0.35,")
        .contains("\"id\":\"vetcpd-standard\"", "\"sustainedWeeks\":4,",
            "\"weights\":{\"collaboration\":0.06,\"contextualisation\":0.15,")
        .doesNotContain(" ", "\n");
    // The canonical text is the written JSON re-serialised with sorted keys: equal as trees.
    assertThat(JSON.readTree(canonical)).isEqualTo(JSON.readTree(VetcpdJson.write(r)));
    byte[] hash = MessageDigest.getInstance("SHA-256")
        .digest(canonical.getBytes(StandardCharsets.UTF_8));
    assertThat(r.fingerprint()).isEqualTo("sha256:" + HexFormat.of().formatHex(hash))
        .hasSize(71);
    assertThat(r.ref()).isEqualTo(new RubricRef("vetcpd-standard", "1.0", r.fingerprint()));
    assertThat(r.ref().toString()).isEqualTo("vetcpd-standard 1.0 (" + r.fingerprint() + ")");
  }

  @Test
  void theStandardsKnownFingerprintIsTheComputedOne() {
    // Rubric.standard() takes its fingerprint as known; every other instance computes its own.
    Rubric copy = Rubric.parse(VetcpdJson.write(Rubric.standard()));
    assertThat(copy).isNotSameAs(Rubric.standard()).isEqualTo(Rubric.standard());
    assertThat(copy.fingerprint())
        .isEqualTo(RubricFingerprint.of(Rubric.standard()))
        .isEqualTo(Rubric.standard().fingerprint());
  }

  @Test
  void docsStateTheStandardsFingerprint() throws Exception {
    java.nio.file.Path doc = java.nio.file.Path.of("..", "docs", "output.md");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(doc));
    assertThat(java.nio.file.Files.readString(doc))
        .contains("`vetcpd-standard 1.0 (" + Rubric.standard().fingerprint() + ")`");
  }

  @Test
  void numbersAreWrittenInJavasShortestRoundTripForm() {
    assertThat(RubricFingerprint.number(0.6)).isEqualTo("0.6");
    assertThat(RubricFingerprint.number(15)).isEqualTo("15.0");
    assertThat(RubricFingerprint.number(0.001)).isEqualTo("0.001");
    assertThat(RubricFingerprint.number(1e-5)).isEqualTo("1.0E-5");
    assertThat(RubricFingerprint.number(1e7)).isEqualTo("1.0E7");
    assertThat(RubricFingerprint.number(1234567.5)).isEqualTo("1234567.5");
    assertThat(RubricFingerprint.number(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(RubricFingerprint.number(Double.MIN_VALUE)).isEqualTo("4.9E-324");
    // Older Double.toString may write extra digits here (JDK-4511638); this never does.
    assertThat(RubricFingerprint.number(2e-3)).isEqualTo("0.002");
    assertThat(RubricFingerprint.number(1.0E23)).isEqualTo("1.0E23");
  }

  @Property
  void numbersReadBackExactlyAndAreNeverLongerThanDoubleToString(@ForAll("doubles") double x) {
    String s = RubricFingerprint.number(x);
    assertThat(Double.parseDouble(s)).isEqualTo(x);
    assertThat(digits(s)).isLessThanOrEqualTo(Math.max(2, digits(Double.toString(x))));
    // the fewest digits: at each shorter length (of at least two digits), neither decimal next to
    // x reads back, checked by scanning every length rather than by the code's bisection
    if (x != 0) {
      BigDecimal exact = new BigDecimal(Math.abs(x));
      for (int n = 2; n < digits(s); n++) {
        for (RoundingMode m : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
          assertThat(exact.round(new MathContext(n, m)).doubleValue()).as("%d digits", n)
              .isNotEqualTo(Math.abs(x));
        }
      }
    }
    Statistics.collect(Math.abs(x) >= 1e-3 && Math.abs(x) < 1e7 ? "plain" : "scientific");
    Statistics.coverage(c -> {
      c.check("plain").count(n -> n > 50);
      c.check("scientific").count(n -> n > 50);
    });
  }

  @Provide
  Arbitrary<Double> doubles() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(0, 1).ofScale(3),
        Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite),
        Arbitraries.doubles().between(-1e9, 1e9));
  }

  private static int digits(String s) {
    String mantissa = s.replaceFirst("[eE].*", "").replace("-", "").replace(".", "");
    return new BigDecimal(mantissa).stripTrailingZeros().precision();
  }

  @Test
  void aChangedCopyOfTheStandardGetsADerivedIdAndAnotherFingerprint() {
    Rubric standard = Rubric.standard();
    Rubric changed = standard.withWeight("industry-contact", 0.30);
    assertThat(changed.id()).isEqualTo(Rubric.MODIFIED_STANDARD_ID);
    assertThat(changed.version()).isEqualTo("1.0");
    assertThat(changed.fingerprint()).isNotEqualTo(standard.fingerprint());
    assertThat(changed.ref().toString()).doesNotStartWith("vetcpd-standard 1.0");
    Rubric generated = standard.withTeacherVoice(0.7);
    assertThat(generated.id()).isEqualTo(Rubric.MODIFIED_STANDARD_ID);
    Rubric built = Rubric.builder().from(standard).findingThreshold(0.5).build();
    assertThat(built.id()).isEqualTo(Rubric.MODIFIED_STANDARD_ID);
    // The same content under the standard's name is the standard.
    assertThat(Rubric.builder().from(standard).build()).isEqualTo(standard);
    assertThat(standard.withWeight("industry-contact", 0.15)).isEqualTo(standard);
  }

  /**
   * An id or version that shows as the standard's without being it ({@code "vetcpd-standard "},
   * a zero-width space, {@code "1.0 "}) cannot pass for the standard: built in Java the rubric
   * gets the derived id; read from a file it is refused, whatever its content.
   */
  @Test
  void anIdThatOnlyLooksLikeTheStandardsIsNeverTheStandard() throws Exception {
    for (String[] lookalike : new String[][] {{"vetcpd-standard ", "1.0"},
        {"vetcpd-standard\u200b", "1.0"}, {"vetcpd-standard", "1.0 "},
        {" vetcpd-\u00a0standard", "1.\u20600"}}) {
      Rubric built = Rubric.standard().withId(lookalike[0]).withVersion(lookalike[1]);
      assertThat(built.id()).as(lookalike[0]).isEqualTo(Rubric.MODIFIED_STANDARD_ID);
      ObjectNode json = (ObjectNode) JSON.readTree(VetcpdJson.write(Rubric.standard()));
      json.put("id", lookalike[0]).put("version", lookalike[1]);
      assertThatThrownBy(() -> Rubric.parse(json.toString())).as(lookalike[0])
          .isInstanceOfSatisfying(ValidationException.class, e ->
              assertThat(e.problems()).singleElement().asString()
                  .contains("shows as the standard rubric's id and version"));
      ((ObjectNode) json.get("weights")).put("industry-contact", 0.30);
      assertThatThrownBy(() -> Rubric.parse(json.toString())).as(lookalike[0])
          .isInstanceOf(ValidationException.class);
    }
    // another id with spaces in it is just another id
    assertThat(Rubric.standard().withId("vetcpd standard variant").id())
        .isEqualTo("vetcpd standard variant");
  }

  @Test
  void aCopyOfAnotherRubricKeepsItsNameButNotItsFingerprint() {
    Rubric mine = Rubric.standard().withId("county").withVersion("2026");
    Rubric changed = mine.withWeight("coverage", 0.5);
    assertThat(changed.ref().id()).isEqualTo("county");
    assertThat(changed.fingerprint()).isNotEqualTo(mine.fingerprint());
    assertThat(mine.fingerprint()).isNotEqualTo(Rubric.standard().fingerprint());
  }

  @Test
  void readingARubricThatClaimsTheStandardWithOtherContentFailsNamingBothFingerprints()
      throws Exception {
    ObjectNode json = (ObjectNode) JSON.readTree(VetcpdJson.write(Rubric.standard()));
    assertThat(Rubric.parse(json.toString())).isEqualTo(Rubric.standard());
    ((ObjectNode) json.get("weights")).put("industry-contact", 0.30);
    Rubric claimed = Rubric.standard().withId("x").withWeight("industry-contact", 0.30);
    String claimedPrint = RubricFingerprint.of(claimed, "vetcpd-standard", "1.0");
    assertThatThrownBy(() -> Rubric.parse(json.toString()))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.problems()).hasSize(1);
          assertThat(e.problems().get(0).path()).isEqualTo("id");
          assertThat(e.problems().get(0).message())
              .contains(Rubric.standard().fingerprint(), claimedPrint);
        });
    json.put("id", "my-rubric");
    assertThat(Rubric.parse(json.toString()).id()).isEqualTo("my-rubric");
  }

  @Property(tries = 200)
  void twoRubricsShareAFingerprintExactlyWhenTheyAreEqual(
      @ForAll("rubrics") Rubric a, @ForAll("rubrics") Rubric b) {
    assertThat(a.fingerprint().equals(b.fingerprint())).isEqualTo(a.equals(b));
    assertThat(Rubric.parse(VetcpdJson.write(a)).fingerprint()).isEqualTo(a.fingerprint());
    Statistics.collect(a.equals(b) ? "equal" : "different");
  }

  @Provide
  Arbitrary<Rubric> rubrics() {
    return Arbitraries.oneOf(Arbitraries.just(Rubric.standard()),
        Arbitraries.just(Rubric.standard().withWeight("coverage", 0.05)), Cohorts.rubrics());
  }
}
