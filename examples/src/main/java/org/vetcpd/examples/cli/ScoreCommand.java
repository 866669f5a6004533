package org.vetcpd.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.rules.TailoringScorer;
import org.vetcpd.research.ReportCsv;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code vetcpd score}: one report per plan, in plan order, as text, JSON or CSV.
 *
 * <p>Declared in code, not by picocli's annotations ({@link #spec()}): most runs of {@code vetcpd}
 * are this command, and reading annotations costs a cold JVM tens of milliseconds ({@link
 * CodedOptions}).
 */
final class ScoreCommand implements Callable<Integer> {
  /** How many plan ids an unknown-plan error lists, to keep it on one readable line. */
  private static final int MAX_LISTED = 10;

  private CommandSpec spec;

  private final OutputOptions output = new OutputOptions();

  private final CsvRawOption csvRaw = new CsvRawOption();

  private final MaxProblems maxProblems = new MaxProblems();

  private final OptionValue<Path> dataset = new OptionValue<>();

  private final OptionValue<Path> rubric = new OptionValue<>();

  private final OptionValue<Format> format = new OptionValue<>();

  private final OptionValue<List<String>> plans = new OptionValue<>();

  private final OptionValue<Path> planStream = new OptionValue<>();

  /** Creates the command; {@link #spec()} declares its options. */
  ScoreCommand() {}

  /**
   * The command's declaration, its options bound to this object: what picocli's annotations
   * declared before, name for name, so that help, errors and parsing are as they were.
   */
  CommandSpec spec() {
    CommandSpec s = CommandSpec.wrapWithoutInspection(this).name("score");
    s.usageMessage()
        .description(
            "Scores the plans of a data set: one report per plan, in plan order.",
            "Without DATASET, scores the bundled sample data set (and says so on stderr).")
        .footerHeading("%nExamples:%n")
        .footer(
            "  vetcpd score examples/data/sample.json",
            "  vetcpd score my-spreadsheets/ --format csv > scores.csv   (a folder of CSV files)",
            "  vetcpd score data.json --rubric my-rubric.json --plan p-1 --format json",
            "  vetcpd score catalogue.json --plans cohort.jsonl --format csv > cohort.csv");
    s.addPositional(PositionalParamSpec.builder()
        .arity("0..1")
        .paramLabel("DATASET")
        .type(Path.class)
        .description(Inputs.DATASET_HELP + " Default: the bundled sample data set.")
        .setter(dataset)
        .getter(dataset)
        .build());
    s.addOption(OptionSpec.builder("--rubric")
        .paramLabel("FILE")
        .type(Path.class)
        .description("A rubric JSON file ('vetcpd rubric' prints the standard one to start from)."
            + " Default: the standard rubric.")
        .setter(rubric)
        .getter(rubric)
        .build());
    s.addOption(OptionSpec.builder("-f", "--format")
        .paramLabel("FORMAT")
        .type(Format.class)
        .defaultValue("text")
        .converters(new Format.Converter())
        .description("${COMPLETION-CANDIDATES}: readable text blocks, a JSON array of reports,"
            + " or one CSV row per plan. Default: ${DEFAULT-VALUE}.")
        .setter(format)
        .getter(format)
        .build());
    s.addOption(OptionSpec.builder("-p", "--plan")
        .paramLabel("ID")
        .type(List.class)
        .auxiliaryTypes(String.class)
        .description("Score only this plan (may be repeated; reports stay in plan order).")
        .setter(plans)
        .getter(plans)
        .build());
    s.addOption(OptionSpec.builder("--plans")
        .paramLabel("FILE")
        .type(Path.class)
        .description("Score the plans of this JSON Lines file (one plan a line) instead of the"
            + " data set's, in constant memory; DATASET is the catalogue their teachers,"
            + " activities and drivers are in. The file is read once (so /dev/stdin and pipes"
            + " work); nothing is printed unless every line is valid.")
        .setter(planStream)
        .getter(planStream)
        .build());
    output.addTo(s);
    csvRaw.addTo(s);
    maxProblems.addTo(s);
    spec = s;
    return s;
  }

  private Path dataset() {
    return dataset.value();
  }

  private Path rubric() {
    return rubric.value();
  }

  private Format format() {
    return format.value();
  }

  /** The plans of {@code --plan}, in the order given; empty without one. */
  private List<String> plans() {
    return plans.value() == null ? List.of() : plans.value();
  }

  private Path planStream() {
    return planStream.value();
  }

  @Override
  public Integer call() {
    ScoreAhead ahead = scoreAhead();
    try {
      return score(ahead);
    } finally {
      if (ahead != null) {
        ahead.stop();
      }
    }
  }

  /**
   * Starts scoring the plans of the data set being read ahead, if it is, as they are read ({@link
   * ScoreAhead}); returns it, or null. Only for every plan of a data set scored with the standard
   * rubric: a rubric file is read, and its problems reported, after the data set's.
   */
  private ScoreAhead scoreAhead() {
    if (planStream() != null || rubric() != null || !plans().isEmpty() || dataset() == null) {
      return null;
    }
    ScoreAhead ahead = DatasetReadAhead.plansAhead(dataset(), MaxProblems.jsonOptions());
    if (ahead == null) {
      return null;
    }
    TailoringScorer scorer = TailoringScorer.of(Inputs.rubric(null));
    Format chosen = output.format(format());
    ReportWriter preparer = ReportWriter.preparer(chosen, output.cells());
    // The outputs are held until the read is over: at most a 64th of the heap of them, at about
    // 512 bytes a CSV row and 8 KiB a text or JSON report, and at most 65 536.
    long each = chosen == Format.CSV ? 512 : 8192;
    int max = (int) Math.min(1 << 16, Runtime.getRuntime().maxMemory() / 64 / each);
    ahead.start((catalogue, plan) -> preparer.prepare(scorer.score(catalogue, plan)), max);
    return ahead;
  }

  private int score(ScoreAhead ahead) {
    Dataset ds = Inputs.dataset(dataset());
    TailoringScorer scorer = TailoringScorer.of(Inputs.rubric(rubric()));
    Set<String> wanted = new LinkedHashSet<>(plans());
    Format chosen = output.format(format());
    long scored;
    if (planStream() == null) {
      scored = scoreDataset(ds, scorer, wanted,
          ReportWriter.of(chosen, output.open(), output.cells()),
          ahead == null ? new ScoreAhead.Done(List.of(), ds) : ahead.finish(ds));
    } else {
      scored = scoreStream(ds, scorer, wanted, chosen);
    }
    output.commit(chosen == Format.CSV ? ReportCsv.COLUMNS : null, scorer.rubric().ref());
    Inputs.noteBundledSample(dataset(), spec.commandLine().getErr());
    if (scored == 0) {
      Inputs.noteNoPlans(spec.commandLine().getErr(), "score", planStream() != null
          ? planStream() : dataset() != null ? dataset() : "the bundled sample", 0);
    }
    return VetcpdCli.EXIT_OK;
  }

  /** Plans scored on all cores at a time: enough to share out, few enough to hold. */
  private static final int BATCH = 1024;

  /**
   * Scores the plans of a data set and writes their reports; {@code ahead} holds the outputs of
   * its first plans, made ready by {@link ScoreAhead} while the data set was read, and the
   * catalogue to score the others against (a plan's report depends on the catalogue only).
   * Returns how many plans it scored.
   */
  private int scoreDataset(Dataset ds, TailoringScorer scorer, Set<String> wanted,
      ReportWriter writer, ScoreAhead.Done ahead) {
    List<Object> ready = ahead.outputs;
    Dataset against = ahead.against;
    for (String id : wanted) {
      if (!ds.planIndex().containsKey(id)) {
        throw unknownPlan(id, ds.plans().stream().map(CpdPlan::id).collect(Collectors.toList()),
            ds.plans().size(), dataset() == null ? "the sample data set" : dataset().toString());
      }
    }
    writer.begin();
    List<CpdPlan> chosen = ds.plans().stream()
        .filter(p -> wanted.isEmpty() || wanted.contains(p.id()))
        .collect(Collectors.toList());
    for (Object r : ready) {
      writer.writePrepared(r);
    }
    int start = ready.size();
    if (start < chosen.size()) {
      // the first alone, so that the scorer resolves the catalogue once, before the others
      writer.write(scorer.score(against, chosen.get(start)));
      start++;
    }
    for (int from = start; from < chosen.size(); from += BATCH) {
      // scored and made ready (text, JSON, CSV cells) on every core; written in plan order here
      chosen.subList(from, Math.min(chosen.size(), from + BATCH)).parallelStream()
          .map(p -> writer.prepare(scorer.score(against, p)))
          .collect(Collectors.toList())
          .forEach(writer::writePrepared);
    }
    writer.end();
    return chosen.size();
  }

  /**
   * Scores a JSON Lines file of plans in one pass, in constant memory: each line is checked and
   * scored as it is read (on every core: {@link PlanLines#readAhead}), and its report written,
   * in line order, to a {@link Spool} on this thread; the spool reaches stdout only
   * if every line was valid (and every plan of {@code --plan} was found), so nothing half-written
   * does. Only the ids of {@code --plan} and the first ids of the stream are held. Returns how many
   * plans the stream had.
   */
  private long scoreStream(
      Dataset catalogue, TailoringScorer scorer, Set<String> wanted, Format chosen) {
    ProblemLines problems = maxProblems.collector();
    Set<String> found = new HashSet<>();
    List<String> first = new ArrayList<>();
    long plansRead;
    try (Spool spool = Spool.create()) {
      ReportWriter writer = ReportWriter.of(chosen, spool.writer(), output.cells());
      writer.begin();
      // Scored and made ready on the reading threads; written here, in line order.
      plansRead = PlanLines.readAhead(planStream(), catalogue, problems, plan -> {
        boolean asked = wanted.isEmpty() || wanted.contains(plan.id());
        // once a line is invalid the output will not be printed: only check the lines left
        Object ready = asked && problems.isEmpty()
            ? writer.prepare(scorer.score(catalogue, plan)) : null;
        return new Read(plan.id(), asked, ready);
      }, read -> {
        if (first.size() < MAX_LISTED) {
          first.add(read.id);
        }
        if (!problems.isEmpty() || !read.asked) {
          return;
        }
        if (!wanted.isEmpty()) {
          found.add(read.id); // at most the ids of --plan: memory stays constant
        }
        writer.writePrepared(read.ready);
      });
      if (!problems.isEmpty()) {
        throw problems.exception();
      }
      for (String id : wanted) {
        if (!found.contains(id)) {
          throw unknownPlan(id, first, plansRead, planStream().toString());
        }
      }
      writer.end();
      spool.copyTo(output.open());
    }
    return plansRead;
  }

  /** A plan of the stream as its reading thread left it: its id, and its report made ready. */
  private static final class Read {
    final String id;
    /** Whether it is one of {@code --plan}'s, or there are none. */
    final boolean asked;
    /** {@link ReportWriter#prepare}'s, or null if it was not scored. */
    final Object ready;

    Read(String id, boolean asked, Object ready) {
      this.id = id;
      this.asked = asked;
      this.ready = ready;
    }
  }

  /** A usage error for an unknown plan id, listing the first known ids on the same line. */
  private static CliException unknownPlan(
      String id, List<String> known, long total, String where) {
    String list = known.stream().limit(MAX_LISTED).collect(Collectors.joining(", "))
        + (total > MAX_LISTED ? ", ... (" + total + " plans)" : "");
    return CliException.usage("vetcpd: no plan \"" + id + "\" in " + where
        + (total == 0 ? " (it has no plans)" : "; its plans: " + list));
  }
}
