package org.vetcpd.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Department;
import org.vetcpd.core.Driver;
import org.vetcpd.core.PlanItem;
import org.vetcpd.core.Programme;
import org.vetcpd.core.School;
import org.vetcpd.core.Teacher;
import org.vetcpd.core.testing.DomainArbitraries;
import org.vetcpd.core.wire.DatasetWire;
import org.vetcpd.core.wire.WireJson;
import org.vetcpd.core.wire.WireType;

/** Writing any value as JSON and reading it back gives an equal value. */
@PropertyDefaults(tries = 100)
class JsonRoundTripProperties {
  private static final JsonOptions STRICT = JsonOptions.strict();
  private static final ObjectMapper TREES = new ObjectMapper();

  @Provide
  Arbitrary<Dataset> datasets() {
    return DomainArbitraries.datasets();
  }

  @Property(tries = 200)
  void datasetRoundTripsThroughText(@ForAll("datasets") Dataset ds) {
    String json = VetcpdJson.write(ds);
    assertThat(VetcpdJson.parseDataset(json)).isEqualTo(ds);
    assertThat(VetcpdJson.parseDataset(VetcpdJson.writeCompact(ds))).isEqualTo(ds);
  }

  @Property
  void datasetRoundTripsThroughUtf8Bytes(@ForAll("datasets") Dataset ds) {
    byte[] bytes = VetcpdJson.write(ds).getBytes(StandardCharsets.UTF_8);
    assertThat(VetcpdJson.readDataset(new ByteArrayInputStream(bytes))).isEqualTo(ds);
  }

  @Property(tries = 30)
  void datasetRoundTripsThroughAFile(@ForAll("datasets") Dataset ds) throws IOException {
    Path file = Files.createTempFile("vetcpd-", ".json");
    try {
      VetcpdJson.write(ds, file);
      assertThat(VetcpdJson.readDataset(file)).isEqualTo(ds);
    } finally {
      Files.delete(file);
    }
  }

  @Property
  void writingIsStable(@ForAll("datasets") Dataset ds) throws IOException {
    String json = VetcpdJson.write(ds);
    assertThat(VetcpdJson.write(VetcpdJson.parseDataset(json))).isEqualTo(json);
    assertThat(VetcpdJson.writeCompact(ds)).doesNotContain("\n");
    assertThat(TREES.readTree(VetcpdJson.writeCompact(ds))).isEqualTo(TREES.readTree(json));
  }

  @Property(tries = 60)
  void plansRoundTripThroughJsonLines(@ForAll("datasets") Dataset ds) throws IOException {
    Path file = Files.createTempFile("vetcpd-", ".jsonl");
    try {
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        VetcpdJson.writeJsonLines(ds.plans(), out);
      }
      assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(ds.plans().size());
      assertThat(VetcpdJson.readPlans(file, ds)).isEqualTo(ds.plans());
      assertThat(VetcpdJson.validatePlans(file, ds)).isEmpty();
      try (Stream<CpdPlan> plans = VetcpdJson.streamPlans(file, ds)) {
        assertThat(plans).containsExactlyElementsOf(ds.plans());
      }
    } finally {
      Files.delete(file);
    }
  }

  @Property
  void jsonLinesAreOneValueALine(@ForAll("datasets") Dataset ds) {
    StringWriter out = new StringWriter();
    VetcpdJson.writeJsonLines(ds.plans(), out);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(ds.plans().size());
    for (int i = 0; i < lines.size(); i++) {
      assertThat(read(lines.get(i), DatasetWire.PLAN))
          .isEqualTo(ds.plans().get(i));
    }
  }

  // --- every type on its own -------------------------------------------------------------------

  @Property(tries = 30)
  void enumConstantsAreWrittenByName(@ForAll("enumConstants") Enum<?> constant) {
    assertThat(VetcpdJson.write(constant)).isEqualTo("\"" + constant.name() + "\"");
  }

  @Provide
  Arbitrary<Enum<?>> enumConstants() {
    List<Class<? extends Enum<?>>> types = List.of(org.vetcpd.core.CompetenceArea.class,
        org.vetcpd.core.KnowledgeCategory.class, org.vetcpd.core.ActivityType.class,
        org.vetcpd.core.Contextualisation.class, org.vetcpd.core.Scope.class,
        org.vetcpd.core.Initiator.class, org.vetcpd.core.Formality.class,
        org.vetcpd.core.DriverKind.class, org.vetcpd.core.DriverScope.class,
        org.vetcpd.core.NeedLevel.class, org.vetcpd.core.Barrier.class,
        org.vetcpd.core.CareerStyle.class, org.vetcpd.core.LeaderInvolvement.class,
        org.vetcpd.core.LeaderRole.class);
    return net.jqwik.api.Arbitraries.of(types.stream()
        .flatMap(t -> java.util.Arrays.stream(t.getEnumConstants())).toList());
  }

  @Property(tries = 30)
  void problemsAreWrittenAsPathAndMessage(@ForAll String path, @ForAll String message)
      throws IOException {
    JsonNode node = TREES.readTree(VetcpdJson.write(new org.vetcpd.core.Problem(path, message)));
    assertThat(node.size()).isEqualTo(2);
    assertThat(node.get("path").textValue()).isEqualTo(path);
    assertThat(node.get("message").textValue()).isEqualTo(message);
  }

  @Property
  void programmeRoundTrips(@ForAll("programmes") Programme v) {
    assertThat(readBack(v, DatasetWire.PROGRAMME))
        .isEqualTo(v);
  }

  @Property
  void departmentRoundTrips(@ForAll("departments") Department v) {
    assertThat(readBack(v, DatasetWire.DEPARTMENT))
        .isEqualTo(v);
  }

  @Property
  void schoolRoundTrips(@ForAll("schools") School v) {
    assertThat(readBack(v, DatasetWire.SCHOOL)).isEqualTo(v);
  }

  @Property
  void teacherRoundTrips(@ForAll("teachers") Teacher v) {
    assertThat(readBack(v, DatasetWire.TEACHER)).isEqualTo(v);
  }

  @Property
  void activityRoundTrips(@ForAll("activities") CpdActivity v) {
    assertThat(readBack(v, DatasetWire.ACTIVITY)).isEqualTo(v);
  }

  @Property
  void driverRoundTrips(@ForAll("drivers") Driver v) {
    assertThat(readBack(v, DatasetWire.DRIVER)).isEqualTo(v);
  }

  @Property
  void planItemRoundTrips(@ForAll("planItems") PlanItem v) {
    assertThat(readBack(v, DatasetWire.ITEM)).isEqualTo(v);
  }

  @Property
  void planRoundTrips(@ForAll("plans") CpdPlan v) {
    assertThat(readBack(v, DatasetWire.PLAN)).isEqualTo(v);
  }

  @Provide
  Arbitrary<Programme> programmes() {
    return DomainArbitraries.programmes();
  }

  @Provide
  Arbitrary<Department> departments() {
    return DomainArbitraries.departments();
  }

  @Provide
  Arbitrary<School> schools() {
    return DomainArbitraries.schools();
  }

  @Provide
  Arbitrary<Teacher> teachers() {
    return DomainArbitraries.teachers();
  }

  @Provide
  Arbitrary<CpdActivity> activities() {
    return DomainArbitraries.activities();
  }

  @Provide
  Arbitrary<Driver> drivers() {
    return DomainArbitraries.drivers();
  }

  @Provide
  Arbitrary<PlanItem> planItems() {
    return DomainArbitraries.planItems();
  }

  @Provide
  Arbitrary<CpdPlan> plans() {
    return DomainArbitraries.plans();
  }

  /** Writes with {@link VetcpdJson#write(Object)}, reads with the one reader, as its type. */
  private static <T> T readBack(Object value, WireType<T> type) {
    String pretty = VetcpdJson.write(value);
    T fromCompact = read(VetcpdJson.writeCompact(value), type);
    T fromPretty = read(pretty, type);
    assertThat(fromCompact).isEqualTo(fromPretty);
    return fromPretty;
  }

  private static <T> T read(String json, WireType<T> type) {
    return WireJson.parse(json, type, STRICT, null);
  }
}
