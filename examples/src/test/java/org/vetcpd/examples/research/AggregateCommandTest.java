package org.vetcpd.examples.research;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Department;
import org.vetcpd.core.School;
import org.vetcpd.core.Teacher;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.examples.cli.CliRun;

/** {@code vetcpd aggregate} on data sets made to trip it up. */
class AggregateCommandTest {
  private static final Dataset SAMPLE = VetcpdJson.readDataset(DataFiles.data("sample.json"));

  @TempDir Path dir;

  /**
   * The sample with its schools' ids (and names) and departments' ids renamed: {@code schools}
   * maps an old school id to the new one, {@code departments} maps "old school/old department" to
   * the new department id.
   */
  private Path renamed(String file, Map<String, String> schools,
      Map<String, String> departments) {
    List<School> ss = new ArrayList<>();
    for (School s : SAMPLE.schools()) {
      List<Department> ds = new ArrayList<>();
      for (Department d : s.departments()) {
        ds.add(d.withId(departments.getOrDefault(s.id() + "/" + d.id(), d.id())));
      }
      String id = schools.getOrDefault(s.id(), s.id());
      ss.add(s.withId(id).withName(id.equals(s.id()) ? s.name() : id).withDepartments(ds));
    }
    List<Teacher> ts = new ArrayList<>();
    for (Teacher t : SAMPLE.teachers()) {
      String school = t.school().orElseThrow();
      String department = t.department().orElseThrow();
      ts.add(t.withSchool(schools.getOrDefault(school, school)).withDepartment(
          departments.getOrDefault(school + "/" + department, department)));
    }
    Path out = dir.resolve(file);
    VetcpdJson.write(Dataset.builder().from(SAMPLE).schools(ss).teachers(ts).build(), out);
    return out;
  }

  /** School s-1 renamed {@code (none)}, and teacher t-rm-07 (of s-2) without a school. */
  private Path schoolNamedNone() {
    Path renamed = renamed("none.json", Map.of("s-1", "(none)"), Map.of());
    Dataset ds = VetcpdJson.readDataset(renamed);
    List<Teacher> ts = ds.teachers().stream()
        .map(t -> t.id().equals("t-rm-07")
            ? t.withSchool(java.util.Optional.empty()).withDepartment(java.util.Optional.empty())
            : t)
        .collect(Collectors.toList());
    VetcpdJson.write(ds.withTeachers(ts), renamed);
    return renamed;
  }

  private static List<String> keys(String json, String field) throws Exception {
    List<String> keys = new ArrayList<>();
    new ObjectMapper().readTree(json).forEach(n -> keys.add(n.get(field).asText()));
    return keys;
  }

  @Test
  void aSchoolCalledNoneIsNotTheGroupOfTeachersWithoutASchool() throws Exception {
    String data = schoolNamedNone().toString();
    CliRun text = CliRun.of("aggregate", data, "--by", "school");
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.outLines().subList(1, 4)).extracting(l -> l.replaceAll("^(\\S+) +(\\d+) .*", "$1 $2"))
        .containsExactly("\"(none)\" 4", "(none) 1", "s-2 3");
    CliRun json = CliRun.of("aggregate", data, "--by", "school", "-f", "json");
    assertThat(keys(json.out(), "key")).containsExactly("\"(none)\"", "(none)", "s-2");
    CliRun csv = CliRun.of("aggregate", data, "--by", "school", "-f", "csv");
    assertThat(csv.outLines()).hasSize(4);
    assertThat(csv.outLines().subList(1, 4)).extracting(l -> l.substring(0, l.indexOf(",", 7)))
        .containsExactly("SCHOOL,\"\"\"(none)\"\"\"", "SCHOOL,(none)", "SCHOOL,s-2");
    JsonNode ci = new ObjectMapper().readTree(CliRun.of("aggregate", data, "--by", "school",
        "--ci", "--resamples", "100", "--cluster", "school", "-f", "json").out());
    assertThat(keys(ci.get("intervals").toString(), "key"))
        .containsExactly("\"(none)\"", "(none)", "s-2");
    assertThat(keys(ci.get("intervals").toString(), "count")).containsExactly("4", "1", "3");
    CliRun all = CliRun.of("aggregate", data, "--by", "all", "--ci", "--resamples", "100",
        "--cluster", "school", "-f", "csv");
    assertThat(all.outLines().get(1)).startsWith("ALL,all,8,3,"); // three schools resampled
  }

  @Test
  void departmentsWhoseIdsJoinToTheSameKeyStayApart() throws Exception {
    String data = renamed("slash.json", Map.of("s-1", "x/y", "s-2", "x"),
        Map.of("s-1/d-rm", "z", "s-2/d-rm", "y/z")).toString();
    List<String> expected = List.of("\"x/y\"/d-tech", "\"x/y\"/z", "x/\"y/z\"");
    CliRun json = CliRun.of("aggregate", data, "--by", "department", "-f", "json");
    assertThat(json.exitCode()).as(json.err()).isZero();
    assertThat(keys(json.out(), "key")).containsExactly(expected.toArray(new String[0]));
    assertThat(keys(json.out(), "count")).containsExactly("1", "3", "4");
    CliRun text = CliRun.of("aggregate", data, "--by", "department");
    assertThat(text.outLines().subList(1, 4)).extracting(l -> l.split(" +")[0])
        .containsExactlyElementsOf(expected);
    CliRun csv = CliRun.of("aggregate", data, "--by", "department", "-f", "csv");
    assertThat(csv.outLines()).hasSize(4);
    assertThat(csv.outLines().get(2)).startsWith("DEPARTMENT,\"\"\"x/y\"\"/z\",3,");
    assertThat(csv.outLines().get(3)).startsWith("DEPARTMENT,\"x/\"\"y/z\"\"\",4,");
    CliRun differences = CliRun.of("aggregate", data, "--by", "department", "--ci",
        "--resamples", "100", "--differences", "-f", "csv");
    assertThat(differences.exitCode()).as(differences.err()).isZero();
    assertThat(differences.outLines()).hasSize(1 + 3)
        .anySatisfy(l -> assertThat(l).startsWith(
            "DEPARTMENT,\"\"\"x/y\"\"/z\",\"x/\"\"y/z\"\"\","));
  }

  /**
   * {@code --resamples} out of 100 to 100 000 is a one-line usage error in every command that
   * takes it: 1 gave an "interval" that missed the estimate, 2 absurd ones, 2 147 483 647 ran out
   * of memory (exit 4) on the sample.
   */
  @Test
  void resamplesOutOfRangeAreOneLineUsageErrors() {
    List<List<String>> commands = List.of(
        List.of("aggregate", DataFiles.sample(), "--by", "school", "--ci"),
        List.of("sensitivity", DataFiles.sample(), "--method", "sobol", "--samples", "8",
            "--no-progress"));
    for (List<String> command : commands) {
      for (String n : List.of("1", "2", "99", "100001", "2147483647", "0", "-5")) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--resamples", n));
        CliRun run = CliRun.of(args.toArray(new String[0]));
        assertThat(run.exitCode()).as(args + ": " + run.err()).isEqualTo(2);
        assertThat(run.errLines()).as(args.toString()).containsExactly(
            "vetcpd: --resamples must be at least 100 and at most 100000, was " + n);
        assertThat(run.out()).isEmpty();
      }
      for (String n : List.of("100", "100000")) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--resamples", n, "-f", "json"));
        if (n.equals("100000") && command.get(0).equals("sensitivity")) {
          continue; // the sample's 27 factors: slow, and the bound is the same code
        }
        CliRun run = CliRun.of(args.toArray(new String[0]));
        assertThat(run.exitCode()).as(args + ": " + run.err()).isZero();
      }
      CliRun help = CliRun.of(command.get(0), "--help");
      assertThat(help.out().replaceAll("\\s+", " "))
          .contains("--resamples=N", "100 to 100000. Default:");
    }
    assertThat(org.vetcpd.research.Sobol.MAX_RESAMPLES)
        .isEqualTo(org.vetcpd.research.Bootstrap.MAX_RESAMPLES).isEqualTo(100_000);
  }

  /** The text of {@code --ci} says how the intervals were made in words, not in a toString. */
  @Test
  void ciTextNamesTheResamplesInWords() {
    CliRun plans = CliRun.of("aggregate", DataFiles.sample(), "--by", "school", "--ci");
    assertThat(plans.exitCode()).as(plans.err()).isZero();
    assertThat(plans.out()).doesNotContain("Bootstrap[", "PLAN", "level 0.95").contains(
        "95% bootstrap percentile intervals from 1000 resamples, seed 1, by school: each"
            + " group's plans resampled with replacement within the group.");
    CliRun schools = CliRun.of("aggregate", DataFiles.sample(), "--by", "programme", "--ci",
        "--resamples", "200", "--seed", "7", "--cluster", "school");
    assertThat(schools.out()).doesNotContain("Bootstrap[").contains(
        "95% bootstrap percentile intervals from 200 resamples, seed 7, by programme: each"
            + " group's schools resampled with replacement within the group.");
  }

  /**
   * {@code --differences} chooses the CSV table; text and JSON print the differences beside the
   * intervals, so with them it is refused rather than ignored.
   */
  @Test
  void differencesWithoutCsvAreAUsageError() throws Exception {
    for (List<String> format : List.of(List.<String>of(), List.of("-f", "text"),
        List.of("-f", "json"), List.of("-o", dir.resolve("ci.json").toString()))) {
      List<String> args = new ArrayList<>(List.of("aggregate", DataFiles.sample(), "--by",
          "school", "--ci", "--differences"));
      args.addAll(format);
      CliRun run = CliRun.of(args.toArray(new String[0]));
      assertThat(run.exitCode()).as(args + ": " + run.err()).isEqualTo(2);
      assertThat(run.errLines()).containsExactly("vetcpd: --differences goes with --format csv"
          + " (text and JSON show the differences beside the intervals)");
      assertThat(run.out()).isEmpty();
    }
    assertThat(dir.resolve("ci.json")).doesNotExist();
    CliRun text = CliRun.of("aggregate", DataFiles.sample(), "--by", "school", "--ci");
    assertThat(text.out()).contains("difference of means");
    CliRun csv = CliRun.of("aggregate", DataFiles.sample(), "--by", "school", "--ci",
        "--differences", "-o", dir.resolve("d.csv").toString());
    assertThat(csv.exitCode()).as(csv.err()).isZero();
    assertThat(java.nio.file.Files.readAllLines(dir.resolve("d.csv")).get(0))
        .startsWith("grouping,group,other,");
  }

  /**
   * A data set without plans is not an error (the header alone is the right table), but each
   * research command says so on stderr, as {@code score} does, instead of printing a bare header.
   */
  @Test
  void researchCommandsSayWhenThereAreNoPlans() throws Exception {
    Path bare = dir.resolve("bare.json");
    java.nio.file.Files.writeString(bare, "{\"formatVersion\":1}");
    Path noPlans = dir.resolve("no-plans.json");
    VetcpdJson.write(SAMPLE.withPlans(List.of()), noPlans);
    Path onlyEmpty = dir.resolve("only-empty.json");
    VetcpdJson.write(SAMPLE.withPlans(List.of(SAMPLE.plans().get(0).withItems(List.of()))),
        onlyEmpty);
    Path rubric = dir.resolve("r.json");
    VetcpdJson.write(org.vetcpd.rules.Rubric.standard(), rubric);
    Map<String, List<String>> commands = new java.util.LinkedHashMap<>();
    commands.put("tabulate", List.of("table"));
    commands.put("aggregate", List.of("aggregate", "--by", "school"));
    commands.put("analyse", List.of("criteria"));
    commands.put("compare", List.of("compare", "--rubric", rubric.toString(), "--rubric",
        rubric.toString()));
    for (Path data : List.of(bare, noPlans)) {
      for (Map.Entry<String, List<String>> c : commands.entrySet()) {
        for (String format : List.of("text", "json", "csv")) {
          List<String> args = new ArrayList<>(c.getValue().subList(0, 1));
          args.add(data.toString());
          args.addAll(c.getValue().subList(1, c.getValue().size()));
          args.addAll(List.of("-f", format));
          CliRun run = CliRun.of(args.toArray(new String[0]));
          assertThat(run.exitCode()).as(args + ": " + run.err()).isZero();
          assertThat(run.errLines()).as(args.toString())
              .containsExactly("vetcpd: nothing to " + c.getKey() + ": " + data + " has no plans");
          assertThat(run.out()).as(args.toString()).isNotEmpty();
        }
      }
    }
    CliRun ci = CliRun.of("aggregate", noPlans.toString(), "--by", "school", "--ci");
    assertThat(ci.exitCode()).isZero();
    assertThat(ci.errLines())
        .containsExactly("vetcpd: nothing to aggregate: " + noPlans + " has no plans");
    CliRun dirichlet = CliRun.of("sensitivity", bare.toString(), "--draws", "10",
        "--no-progress");
    assertThat(dirichlet.exitCode()).isZero();
    assertThat(dirichlet.errLines())
        .containsExactly("vetcpd: nothing to analyse: " + bare + " has no plans");
    CliRun excluded = CliRun.of("aggregate", onlyEmpty.toString(), "--by", "school",
        "--exclude-empty");
    assertThat(excluded.exitCode()).isZero();
    assertThat(excluded.errLines()).containsExactly(
        "vetcpd: --exclude-empty left out 1 plan without items",
        "vetcpd: nothing to aggregate: " + onlyEmpty + " has no plans with items");
    Path stream = dir.resolve("none.jsonl");
    java.nio.file.Files.writeString(stream, "");
    CliRun table = CliRun.of("table", DataFiles.sample(), "--plans", stream.toString());
    assertThat(table.exitCode()).as(table.err()).isZero();
    assertThat(table.errLines())
        .containsExactly("vetcpd: nothing to tabulate: " + stream + " has no plans");
    CliRun score = CliRun.of("score", bare.toString());
    assertThat(score.errLines())
        .containsExactly("vetcpd: nothing to score: " + bare + " has no plans");
    CliRun some = CliRun.of("aggregate", DataFiles.sample(), "--by", "school");
    assertThat(some.err()).isEmpty();
  }
}
