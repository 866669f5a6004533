package org.vetcpd.core.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.json.VetcpdJson;

/**
 * The reader's shortcuts change nothing but speed: shared strings are equal to the text read, and
 * references checked while reading (teachers and plans read after the lists they refer to) give
 * the same data set, or the same problems, as the data set's own check.
 */
class ReadingShortcutsTest {

  /**
   * Teachers with equal needs (or barriers) share one immutable map (or set), equal to what was
   * read; unequal ones do not. Every map of needs and every set of barriers packs to a key of its
   * own, so two are shared only when they are equal.
   */
  @Test
  void equalMapsAndSetsOfConstantsAreOneValue() {
    Dataset one = VetcpdJson.readDataset(getClass().getResourceAsStream("/valid/dataset.json"));
    // two barriers: a set of one is Guava's single-element set, which the teacher copies
    org.vetcpd.core.Teacher t = one.teachers().get(0).withBarriers(
        org.vetcpd.core.Barrier.COST, org.vetcpd.core.Barrier.NO_SUBSTITUTE_COVER);
    java.util.Map<org.vetcpd.core.CompetenceArea, org.vetcpd.core.NeedLevel> other =
        new java.util.EnumMap<>(t.needs());
    other.put(org.vetcpd.core.CompetenceArea.WORKING_COMMUNITY, org.vetcpd.core.NeedLevel.HIGH);
    Dataset written = Dataset.builder().from(one).teachers(List.of(t,
        t.withId("t-same"),
        t.withId("t-other").withNeeds(other).withBarriers(List.of()))).build();
    // written and read back in another key order, so that equal maps come in differing orders
    String json = VetcpdJson.writeCompact(written)
        .replace("\"VOCATIONAL\":\"HIGH\",\"PEDAGOGICAL\":\"LOW\"}",
            "\"PEDAGOGICAL\":\"LOW\",\"VOCATIONAL\":\"HIGH\"}");
    Dataset ds = VetcpdJson.parseDataset(json);
    assertThat(ds).isEqualTo(written);
    List<org.vetcpd.core.Teacher> ts = ds.teachers();
    assertThat(ts.get(1).needs()).isSameAs(ts.get(0).needs());
    assertThat(ts.get(1).barriers()).isSameAs(ts.get(0).barriers());
    assertThat(ts.get(2).needs()).isNotEqualTo(ts.get(0).needs())
        .containsEntry(org.vetcpd.core.CompetenceArea.WORKING_COMMUNITY,
            org.vetcpd.core.NeedLevel.HIGH);
    assertThat(ts.get(2).barriers()).isEmpty();

    org.vetcpd.core.NeedLevel[] levels = org.vetcpd.core.NeedLevel.values();
    int areas = org.vetcpd.core.CompetenceArea.values().length;
    java.util.Map<Long, String> maps = new java.util.HashMap<>();
    int combinations = (int) Math.pow(levels.length + 1, areas);
    for (int c = 0; c < combinations; c++) {
      Object[] byOrdinal = new Object[areas];
      for (int a = 0, rest = c; a < areas; a++, rest /= levels.length + 1) {
        int digit = rest % (levels.length + 1); // 0: the area left out
        byOrdinal[a] = digit == 0 ? null : levels[digit - 1];
      }
      assertThat(maps.put(WireReader.packedMap(byOrdinal), java.util.Arrays.toString(byOrdinal)))
          .isNull();
    }
    org.vetcpd.core.Barrier[] barriers = org.vetcpd.core.Barrier.values();
    java.util.Set<Long> sets = new java.util.HashSet<>();
    for (int bits = 0; bits < 1 << barriers.length; bits++) {
      List<Object> set = new java.util.ArrayList<>();
      for (int b = 0; b < barriers.length; b++) {
        if ((bits >> b & 1) != 0) {
          set.add(barriers[b]);
        }
      }
      assertThat(sets.add(WireReader.packedSet(set))).isTrue();
    }
  }

  /**
   * The table of packed maps and sets finds every value kept, by its key alone (keys that differ
   * only in high bits, or that fill one run of slots, among them), keeps at most {@value
   * WireReader#SHARED_ENUM_VALUES} and finds nothing it did not keep.
   */
  @Test
  void packedValuesAreFoundByTheirKeysAndStayBounded() {
    WireReader.PackedValues table = new WireReader.PackedValues();
    int n = 5_000;
    for (int i = 0; i < n; i++) {
      long key = i % 2 == 0 ? i : (long) i << 40;
      assertThat(table.get(key)).isNull();
      table.put(key, "v" + i);
    }
    for (int i = 0; i < n; i++) {
      long key = i % 2 == 0 ? i : (long) i << 40;
      assertThat(table.get(key)).as("key %d", key)
          .isEqualTo(i < WireReader.SHARED_ENUM_VALUES ? "v" + i : null);
    }
    assertThat(table.get(1L << 62)).isNull();
  }

  @Test
  void sharedStringsKeepOneCopyOfEachValue() {
    SharedStrings s = new SharedStrings();
    char[] chars = "xx a-afl yy".toCharArray();
    String first = s.get(chars, 3, 5);
    assertThat(first).isEqualTo("a-afl");
    assertThat(s.get("a-afl".toCharArray(), 0, 5)).isSameAs(first);
    assertThat(s.get(chars, 0, 0)).isEmpty();
    String kept = new String("t-1");
    s.addAll(List.of(kept));
    assertThat(s.get("t-1".toCharArray(), 0, 3)).isSameAs(kept);
  }

  @Test
  void sharedStringsStayBoundedAndCorrectPastTheirCapacity() {
    SharedStrings s = new SharedStrings();
    int n = SharedStrings.MAX_ENTRIES + 1000;
    for (int i = 0; i < n; i++) {
      char[] c = ("t" + i).toCharArray();
      assertThat(s.get(c, 0, c.length)).isEqualTo("t" + i);
    }
    // the ones kept are found again, by identity; the others are still equal
    for (int i = 0; i < n; i += 97) {
      char[] c = ("t" + i).toCharArray();
      assertThat(s.get(c, 0, c.length)).isEqualTo("t" + i);
    }
    char[] c = "t0".toCharArray();
    assertThat(s.get(c, 0, 2)).isSameAs(s.get(c, 0, 2));
  }

  @Test
  void valuesOfOneHashAreNeverALongWalk() {
    // "Aa" and "BB" have one hashCode, so every string of k such pairs has the same: a hostile
    // document can hold thousands; past MAX_PROBES of them a look-up stops and does not keep it
    SharedStrings s = new SharedStrings();
    List<String> same = new java.util.ArrayList<>();
    for (int i = 0; i < 1 << 10; i++) {
      StringBuilder b = new StringBuilder();
      for (int bit = 0; bit < 10; bit++) {
        b.append((i >> bit & 1) == 0 ? "Aa" : "BB");
      }
      same.add(b.toString());
    }
    assertThat(same).extracting(String::hashCode).containsOnly(same.get(0).hashCode());
    int kept = 0;
    for (String v : same) {
      char[] c = v.toCharArray();
      String first = s.get(c, 0, c.length);
      assertThat(first).isEqualTo(v);
      if (s.get(c, 0, c.length) == first) {
        kept++;
      }
    }
    assertThat(kept).isEqualTo(SharedStrings.MAX_PROBES);
    // a value of another hash is still kept
    char[] other = "t-1".toCharArray();
    assertThat(s.get(other, 0, 3)).isSameAs(s.get(other, 0, 3));
  }

  private static final String HEAD = "{\"formatVersion\":1,"
      + "\"programmes\":[{\"code\":\"RM\",\"name\":\"R\"}],"
      + "\"schools\":[{\"id\":\"s1\",\"name\":\"S\",\"departments\":[{\"id\":\"d1\",\"name\":\"D\"}]}],";
  private static final String TEACHERS =
      "\"teachers\":[{\"id\":\"t1\",\"programme\":\"RM\",\"school\":\"s1\",\"department\":\"d1\"},"
      + "{\"id\":\"t2\",\"programme\":\"RM\"}],";
  private static final String ACTIVITIES = "\"activities\":[{\"id\":\"a1\",\"title\":\"A\","
      + "\"type\":\"COURSE\",\"contextualisation\":\"GENERIC\"}],"
      + "\"drivers\":[{\"id\":\"dr1\",\"kind\":\"INDUSTRY_DEMAND\",\"strength\":0.5}],";
  private static final String PLANS = "\"plans\":[{\"id\":\"p1\",\"teacher\":\"t1\","
      + "\"items\":[{\"activity\":\"a1\",\"hours\":3}],\"drivers\":[\"dr1\"],"
      + "\"leaderInvolvement\":\"ACTIVE\"}]";

  @Test
  void aDataSetReadsTheSameWithItsListsInAnyOrder() {
    Dataset usual = VetcpdJson.parseDataset(HEAD + TEACHERS + ACTIVITIES + PLANS + "}");
    // plans first: nothing is checked while reading, the data set's check does it all
    Dataset plansFirst = VetcpdJson.parseDataset(
        "{" + PLANS + "," + HEAD.substring(1) + TEACHERS
            + ACTIVITIES.substring(0, ACTIVITIES.length() - 1) + "}");
    assertThat(plansFirst).isEqualTo(usual);
    assertThat(VetcpdJson.parseDataset(VetcpdJson.write(usual))).isEqualTo(usual);
  }

  @Test
  void aReferenceThatDoesNotResolveIsReportedWhereverItsListIs() {
    String badPlans = PLANS.replace("\"teacher\":\"t1\"", "\"teacher\":\"t9\"")
        .replace("\"activity\":\"a1\"", "\"activity\":\"a9\"")
        .replace("[\"dr1\"]", "[\"dr9\"]");
    String badTeachers = TEACHERS.replace("\"department\":\"d1\"", "\"department\":\"d9\"")
        .replace("{\"id\":\"t2\",\"programme\":\"RM\"}", "{\"id\":\"t2\",\"programme\":\"XX\"}");
    List<String> expected = List.of(
        "teachers[0].department: unknown department \"d9\" in school \"s1\"",
        "teachers[1].programme: unknown programme \"XX\"",
        "plans[0].teacher: unknown teacher \"t9\"",
        "plans[0].items[0].activity: unknown activity \"a9\"",
        "plans[0].drivers[0]: unknown driver \"dr9\"");
    assertThat(problems(HEAD + badTeachers + ACTIVITIES + badPlans + "}")).isEqualTo(expected);
    assertThat(problems("{" + badPlans + "," + HEAD.substring(1) + badTeachers
        + ACTIVITIES.substring(0, ACTIVITIES.length() - 1) + "}")).isEqualTo(expected);
    // only the plans bad: the teachers were checked while reading, the plans by the data set
    assertThat(problems(HEAD + TEACHERS + ACTIVITIES + badPlans + "}"))
        .isEqualTo(expected.subList(2, 5));
    assertThat(problems(HEAD + badTeachers + ACTIVITIES + PLANS + "}"))
        .isEqualTo(expected.subList(0, 2));
  }

  @Test
  void theCheckedListsAreForgottenAfterTheDataSetIsBuilt() {
    VetcpdJson.parseDataset(HEAD + TEACHERS + ACTIVITIES + PLANS + "}");
    // a data set built by hand on the same thread is checked in full
    Dataset ok = VetcpdJson.parseDataset(HEAD + TEACHERS + ACTIVITIES + PLANS + "}");
    assertThatThrownBy(() -> Dataset.builder().from(ok).teachers(List.of()).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("plans[0].teacher: unknown teacher \"t1\"");
  }

  private static List<String> problems(String json) {
    try {
      VetcpdJson.parseDataset(json);
    } catch (ValidationException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    return List.of();
  }
}
