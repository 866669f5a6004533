package org.vetcpd.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.ValidationException;

/**
 * {@link VetcpdJson#readDataset(Path, JsonOptions, PlanListener)}: which plans are heard of, and
 * that the read itself is the same as without a listener.
 */
class PlanListenerTest {
  @TempDir Path dir;

  /** The valid document with plans p0 to p{n-1} before its own p1 (renamed p-last). */
  private static String withPlans(int n) throws IOException {
    String doc = Files.readString(BrokenDocumentsTest.VALID, StandardCharsets.UTF_8)
        .replace("\"id\": \"p1\"", "\"id\": \"p-last\"");
    StringBuilder plans = new StringBuilder();
    for (int i = 0; i < n; i++) {
      plans.append("    {\"id\": \"p").append(i).append("\", \"teacher\": \"t1\",")
          .append(" \"leaderInvolvement\": \"NONE\", \"items\": [{\"activity\": \"a")
          .append(1 + i % 2).append("\", \"hours\": ").append(1 + i).append("}]},\n");
    }
    return doc.replace("\"plans\": [\n", "\"plans\": [\n" + plans);
  }

  /** What a listener heard: each call's index and plan, and the catalogue suppliers given. */
  private static final class Heard implements PlanListener {
    final List<Integer> indexes = new ArrayList<>();
    final List<CpdPlan> plans = new ArrayList<>();
    final Set<Supplier<Dataset>> catalogues = new HashSet<>();

    @Override
    public void plan(Supplier<Dataset> catalogue, int index, CpdPlan plan) {
      indexes.add(index);
      plans.add(plan);
      catalogues.add(catalogue);
    }
  }

  private Path file(String doc) throws IOException {
    return Files.writeString(dir.resolve("d" + System.nanoTime() + ".json"), doc);
  }

  @Test
  void hearsEveryPlanOfAValidDocumentInOrderAndTheyAreTheDataSetsOwn() throws IOException {
    Path path = file(withPlans(5));
    Heard heard = new Heard();
    Dataset ds = VetcpdJson.readDataset(path, JsonOptions.strict(), heard);
    assertThat(ds).isEqualTo(VetcpdJson.readDataset(path));
    assertThat(heard.indexes).containsExactly(0, 1, 2, 3, 4, 5);
    for (int i = 0; i < heard.plans.size(); i++) {
      assertThat(heard.plans.get(i)).isSameAs(ds.plans().get(i));
    }
    // one catalogue for the read: the data set without its plans
    assertThat(heard.catalogues).hasSize(1);
    Dataset catalogue = heard.catalogues.iterator().next().get();
    assertThat(catalogue.plans()).isEmpty();
    assertThat(catalogue).isEqualTo(Dataset.builder().from(ds).plans(List.of()).build());
    assertThat(heard.catalogues.iterator().next().get()).isSameAs(catalogue);
  }

  @Test
  void hearsNothingWhenPartOfTheCatalogueComesAfterThePlans() throws IOException {
    // the drivers moved after the plans: a plan could name a driver not read yet
    String doc = withPlans(3);
    int drivers = doc.indexOf("  \"drivers\": [");
    int plans = doc.indexOf("  \"plans\": [");
    String moved = doc.substring(0, drivers) + doc.substring(plans, doc.lastIndexOf(']') + 1)
        + ",\n" + doc.substring(drivers, plans).replaceAll(",\\s*$", "") + "\n}\n";
    Path path = file(moved);
    Heard heard = new Heard();
    Dataset ds = VetcpdJson.readDataset(path, JsonOptions.strict(), heard);
    assertThat(ds.plans()).hasSize(4);
    assertThat(heard.plans).isEmpty();
  }

  @Test
  void hearsThePlansBeforeTheFirstOneWithAProblemAndTheReadFailsAsWithout()
      throws IOException {
    String doc = withPlans(5).replace("\"hours\": 3}", "\"hours\": -3}"); // plan p2
    Path path = file(doc);
    Heard heard = new Heard();
    ValidationException with = catchThrowableOfType(ValidationException.class,
        () -> VetcpdJson.readDataset(path, JsonOptions.strict(), heard));
    ValidationException without = catchThrowableOfType(ValidationException.class,
        () -> VetcpdJson.readDataset(path));
    assertThat(with.problems()).isEqualTo(without.problems()).isNotEmpty();
    assertThat(heard.indexes).containsExactly(0, 1);
  }

  @Test
  void hearsThePlansBeforeTheFirstWhoseReferencesDoNotResolve() throws IOException {
    String doc = withPlans(5).replace("{\"id\": \"p3\", \"teacher\": \"t1\"",
        "{\"id\": \"p3\", \"teacher\": \"t-nobody\"");
    Path path = file(doc);
    Heard heard = new Heard();
    assertThatThrownBy(() -> VetcpdJson.readDataset(path, JsonOptions.strict(), heard))
        .isInstanceOf(ValidationException.class);
    assertThat(heard.indexes).containsExactly(0, 1, 2);
  }

  @Test
  void aCatalogueThatBreaksARuleOfTheDataSetThrowsWhenAskedForAndTheReadFails()
      throws IOException {
    // a second teacher with the same id: each teacher reads, the data set's rule fails
    String doc = withPlans(2);
    int start = doc.indexOf("\"teachers\": [") + "\"teachers\": [".length();
    int end = doc.indexOf("\n  ],", start);
    String teacher = doc.substring(start, end).trim();
    Path path = file(doc.substring(0, start) + "\n    " + teacher + ",\n    " + teacher
        + doc.substring(end));
    List<RuntimeException> thrown = new ArrayList<>();
    assertThatThrownBy(() -> VetcpdJson.readDataset(path, JsonOptions.strict(),
        (catalogue, index, plan) -> {
          try {
            catalogue.get();
          } catch (ValidationException e) {
            thrown.add(e);
          }
        })).isInstanceOf(ValidationException.class);
    assertThat(thrown).isNotEmpty().allMatch(e -> e instanceof ValidationException);
  }

  @Test
  void whatTheListenerThrowsEndsTheReadAndReachesTheCaller() throws IOException {
    Path path = file(withPlans(3));
    IllegalStateException stop = new IllegalStateException("stop");
    assertThatThrownBy(() -> VetcpdJson.readDataset(path, JsonOptions.strict(),
        (catalogue, index, plan) -> {
          throw stop;
        })).isSameAs(stop);
  }

  @Test
  void rejectsNulls() throws IOException {
    Path path = file(withPlans(1));
    assertThatThrownBy(() -> VetcpdJson.readDataset(path, JsonOptions.strict(), null))
        .isInstanceOf(NullPointerException.class);
  }
}
