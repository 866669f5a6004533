package org.vetcpd.examples.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.vetcpd.core.Dataset;
import org.vetcpd.examples.cli.Samples;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.TailoringReport;
import org.vetcpd.rules.TailoringScorer;

/**
 * Runs the jshell scripts of {@code examples/jshell/} as a researcher would, in a separate {@code
 * jshell} of the JDK running the build, with this test's class path (the compiled core, rules and
 * examples with the bundled sample, and their dependencies), and checks what they print.
 */
// Each test waits for its own jshell process: two at a time use both cores.
@Execution(ExecutionMode.CONCURRENT)
class JshellScriptsTest {
  private static Path scripts;
  private static Dataset sample;

  @TempDir static Path work;

  @BeforeAll
  static void locate() {
    scripts = Path.of(System.getProperty("vetcpd.jshell.dir", "jshell")).toAbsolutePath();
    assertThat(scripts.resolve("startup.jsh")).as("the jshell scripts' folder").isRegularFile();
    sample = Samples.sample();
  }

  /** Runs {@code jshell --class-path CP startup.jsh SCRIPT}, with no input, as the README says. */
  private static ExternalProcess runScript(String script) throws Exception {
    return jshell(ExternalProcess.noInput(), Path.of(script).getFileName().toString(),
        scripts.resolve("startup.jsh").toString(), scripts.resolve(script).toString())
        .assertCleanJshellRun();
  }

  private static ExternalProcess jshell(File input, String name, String... args)
      throws Exception {
    List<String> command = ExternalProcess.jshell(
        "--class-path", System.getProperty("java.class.path"));
    command.addAll(Arrays.asList(args));
    return ExternalProcess.run(work, input, work, name, command);
  }

  @Test
  void varyWeightListsThePlansWhoseBandChanges() throws Exception {
    ExternalProcess run = runScript("vary-weight.jsh");

    // The script's own settings: industry-contact raised from 0.15 to 0.45.
    Rubric varied = Rubric.standard().withWeight("industry-contact", 0.45);
    List<TailoringReport> before = TailoringScorer.standard().scoreAll(sample);
    List<TailoringReport> after = TailoringScorer.of(varied).scoreAll(sample);
    List<String> changes = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      TailoringReport b = before.get(i);
      TailoringReport a = after.get(i);
      if (b.band() != a.band()) {
        changes.add(String.format(Locale.ROOT, "%s (%s): %.1f %s -> %.1f %s",
            b.plan(), b.teacher(), b.score(), b.band(), a.score(), a.band()));
      }
    }
    assertThat(changes).as("the sample should show the rubric's effect").isNotEmpty();

    List<String> lines = run.outLines();
    assertThat(lines.get(0)).startsWith("industry-contact: weight 0.15 -> 0.45");
    assertThat(lines.subList(1, lines.size() - 1)).containsExactlyElementsOf(changes);
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo(changes.size() + " of " + before.size() + " plans change band");
  }

  @Test
  void planTeacherPrintsKarisBestPlanAndItsMarginals() throws Exception {
    ExternalProcess run = runScript("plan-teacher.jsh");

    org.vetcpd.planner.PlanResult r = org.vetcpd.planner.PlanOptimizer.standard().optimize(
        sample, "t-rm-01",
        org.vetcpd.planner.PlanConstraints.builder().hours(40).budget(2000).build());
    List<String> expected = new ArrayList<>();
    expected.add(String.format(Locale.ROOT, "t-rm-01: score %.1f %s, proven optimal",
        r.report().score(), r.report().band()));
    assertThat(r.optimal()).isTrue();
    for (org.vetcpd.planner.Marginal.Item i : r.marginal().items()) {
      expected.add(String.format(Locale.ROOT,
          "  %-26s %3.0f h  cost %5.0f  %+5.1f points without it", i.activity(), i.hours(),
          i.cost(), -i.score()));
    }
    expected.add("binding: " + String.join(", ", r.binding()));
    expected.add(String.format(Locale.ROOT, "one more step of 5 h: %+.2f points",
        r.marginal().hours().score()));
    expected.add(String.format(Locale.ROOT, "%.0f more NOK: %+.2f points",
        r.marginal().money().get().unit(), r.marginal().money().get().score()));
    assertThat(run.outLines()).containsExactlyElementsOf(expected);
  }

  /**
   * The README's interactive session, {@code jshell --class-path ... --startup DEFAULT --startup
   * examples/jshell/startup.jsh}, with typed input: both the JDK's default imports and ours work,
   * and so does every helper of startup.jsh ({@code sample}, {@code read}, {@code score}).
   */
  @Test
  void interactiveSessionHasTheDefaultAndVetcpdStartupsAndHelpers() throws Exception {
    Path input = work.resolve("typed.txt");
    Files.writeString(input, String.join("\n",
        "List<TailoringReport> reports = score(sample())",
        "System.out.println(\"count=\" + reports.size())",
        "ConcurrentMap<String, Band> bands = new ConcurrentHashMap<>()",
        "System.out.println(\"band=\" + Band.valueOf(reports.get(0).band().name()))",
        "Dataset ds = sample()",
        "System.out.println(\"same \" + score(ds).equals(score(ds, Rubric.standard())))",
        "Path p = Files.createTempFile(\"vetcpd\", \".json\")",
        "VetcpdJson.write(ds, p)",
        "System.out.println(\"read \" + read(p.toString()).equals(ds))",
        "System.out.println(\"stream \" + Stream.of(ds).count())",
        "System.out.println(\"named \" + sample(\"sample\").equals(ds))",
        "Files.delete(p)",
        "/exit", ""));
    ExternalProcess run = jshell(input.toFile(), "interactive",
        "--startup", "DEFAULT", "--startup", scripts.resolve("startup.jsh").toString())
        .assertCleanJshellRun();
    assertThat(run.out()).contains("count=" + sample.plans().size())
        .contains("band=" + TailoringScorer.standard().scoreAll(sample).get(0).band());
    // typed input echoes a prompt before each result: "jshell>  same true"
    assertThat(run.out()).contains("same true", "read true", "stream 1", "named true")
        .doesNotContain("same false", "read false", "named false");
  }
}
