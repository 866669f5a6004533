package org.vetcpd.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.PlanItem;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.planner.PlanConstraints;
import org.vetcpd.planner.PlanOptimizer;
import org.vetcpd.rules.TailoringScorer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vetcpd plan}: the best plan a school can afford for a teacher, or for every teacher of a
 * department under a shared budget (docs/planner.md).
 */
@Command(
    addMethodSubcommands = false, // none: picocli need not scan every method of the class
    name = "plan",
    mixinStandardHelpOptions = true,
    versionProvider = VetcpdCli.Version.class,
    description = {
      "Plans the CPD a school can afford: the best plan for a teacher with the hours and money"
          + " given, or for every teacher of a department sharing the money (docs/planner.md).",
      "Without DATASET, plans in the bundled sample data set."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  vetcpd plan examples/data/sample.json --teacher t-rm-01 --hours 40 --budget 2000",
      "  vetcpd plan examples/data/sample.json --teacher t-rm-01 --hours 40 --keep a-afl:10 -f json",
      "  vetcpd plan examples/data/sample.json --department d-rm --school s-1 --hours 40 --budget 6000"
    })
final class PlanCommand implements Callable<Integer>, CodedOptions {
  @Spec private CommandSpec spec;

  private final OutputOptions output = new OutputOptions();

  private final MaxProblems maxProblems = new MaxProblems();

  @Parameters(
      arity = "0..1",
      paramLabel = "DATASET",
      description = Inputs.DATASET_HELP + " Default: the bundled sample data set.")
  private Path dataset;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Who who;

  /** A teacher or a department. */
  static final class Who {
    @Option(names = "--teacher", paramLabel = "ID", required = true,
        description = "Plan this teacher.")
    String teacher;

    @Option(names = "--department", paramLabel = "ID", required = true,
        description = "Plan every teacher of this department at once: each has --hours, the"
            + " money (--budget) is the department's, allocated leximin (the lowest score first).")
    String department;
  }

  @Option(names = "--school", paramLabel = "ID",
      description = "With --department: the school, when several have a department of that id.")
  private String school;

  @Mixin private PlannerOptions constraints = new PlannerOptions();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = Format.Converter.class,
      description = "text or json: {plan, report, optimal, gap, binding, marginal}"
          + " (a department: {school, department, allocation, before, after, plans}). Default:"
          + " ${DEFAULT-VALUE}.")
  private Format format;

  @Override
  public void addCodedOptions(CommandSpec command) {
    output.addTo(command, OutputOptions.Written.TEXT_OR_JSON);
    maxProblems.addTo(command);
  }

  @Override
  public Integer call() {
    Format chosen = output.format(format); // without --format, -o FILE.json writes JSON
    PlannerOptions.checkFormat(chosen, format);
    PlanConstraints c = constraints.constraints(true);
    Dataset ds = Inputs.dataset(dataset);
    PlanOptimizer optimizer = PlanOptimizer.of(TailoringScorer.of(Inputs.rubric(
        constraints.rubric)));
    PrintWriter out = output.open();
    Object result;
    String text;
    try {
      if (who.teacher != null) {
        if (school != null) {
          throw CliException.usage("vetcpd: --school goes with --department, not --teacher");
        }
        if (ds.teacher(who.teacher).isEmpty()) {
          throw CliException.usage("vetcpd: no teacher \"" + who.teacher + "\" in "
              + (dataset == null ? "the sample data set" : dataset.toString()));
        }
        var r = optimizer.optimize(ds, who.teacher, c);
        result = r;
        text = r.toText();
      } else {
        var r = school == null ? optimizer.department(ds, who.department, c)
            : optimizer.department(ds, school, who.department, c);
        result = r;
        text = r.toText();
      }
    } catch (IllegalArgumentException e) {
      throw CliException.usage("vetcpd: " + e.getMessage());
    }
    out.println(chosen == Format.JSON ? VetcpdJson.write(result) : text.stripTrailing());
    output.commit();
    return VetcpdCli.EXIT_OK;
  }

  /** The constraint options {@code plan} and {@code improve} share. */
  static final class PlannerOptions {
    @Option(names = "--hours", paramLabel = "H",
        description = "Hours available (each teacher's, with --department). Required for plan;"
            + " improve: default no limit.")
    Double hours;

    @Option(names = "--budget", paramLabel = "M",
        description = "Money available: fees and substitute cover. Default: no limit.")
    Double budget;

    @Option(names = "--substitute-rate", paramLabel = "R", defaultValue = "0",
        description = "Money per hour of an activity that needs a substitute. Default:"
            + " ${DEFAULT-VALUE}.")
    double substituteRate;

    @Option(names = "--step", paramLabel = "S", defaultValue = "5",
        description = "Hours are planned in steps of S. Default: ${DEFAULT-VALUE}.")
    double step;

    @Option(names = "--keep", paramLabel = "ID[:HOURS]",
        description = "Keep this activity with at least HOURS (default: one step); may be"
            + " repeated, e.g. a mandated whole-school project.")
    List<String> keep = new ArrayList<>();

    @Option(names = "--rubric", paramLabel = "FILE",
        description = "A rubric JSON file. Default: the standard rubric.")
    Path rubric;

    /**
     * The most money {@code --budget} takes: 10<sup>15</sup>, far beyond what any department can
     * spend (a plan costs at most 1.752 × 10<sup>10</sup>, {@link
     * PlanConstraints#MAX_SUBSTITUTE_RATE}), so that the money printed and summed stays a plain
     * finite number (docs/planner.md).
     */
    static final double MAX_BUDGET = 1e15;

    PlanConstraints constraints(boolean hoursRequired) {
      if (hours == null && hoursRequired) {
        throw CliException.usage("vetcpd: --hours H is required");
      }
      double h = hours == null ? PlanItem.MAX_HOURS : hours;
      check("--hours", h, 0, PlanItem.MAX_HOURS, true);
      check("--step", step, PlanItem.MIN_HOURS, PlanItem.MAX_HOURS, true);
      if (h / step > PlanConstraints.MAX_STEPS) {
        throw CliException.usage("vetcpd: --hours / --step must be at most "
            + PlanConstraints.MAX_STEPS + " steps, was " + PlanResultText.num(h) + " / "
            + PlanResultText.num(step) + (hours == null ? " (--hours left out: "
            + PlanResultText.num(PlanItem.MAX_HOURS) + ")" : "") + "; use --step "
            + PlanResultText.num(PlanConstraints.leastStep(h)) + " or more");
      }
      check("--substitute-rate", substituteRate, 0, PlanConstraints.MAX_SUBSTITUTE_RATE, true);
      PlanConstraints.Builder b = PlanConstraints.builder().hours(h).step(step)
          .substituteRate(substituteRate);
      if (budget != null) {
        check("--budget", budget, 0, MAX_BUDGET, true);
        b.budget(budget);
      }
      java.util.Map<String, String> given = new java.util.HashMap<>();
      for (String k : keep) {
        int colon = k.lastIndexOf(':');
        String kept = colon > 0 ? k.substring(0, colon) : k;
        String before = given.putIfAbsent(kept, k);
        if (before != null) {
          // the last would silently win: the user meant one of them, not both
          throw CliException.usage("vetcpd: --keep " + kept + " is given more than once ("
              + before + ", " + k + "); keep each activity once, with the hours it needs");
        }
        if (colon > 0) {
          String id = k.substring(0, colon);
          double kh;
          try {
            kh = Double.parseDouble(k.substring(colon + 1));
          } catch (NumberFormatException e) {
            throw CliException.usage("vetcpd: --keep " + k + ": HOURS must be a number");
          }
          check("--keep " + id, kh, 0, PlanItem.MAX_HOURS, false);
          b.keep(id, kh);
        } else {
          b.keep(k);
        }
      }
      return b.build();
    }

    private static void check(String option, double v, double lo, double hi, boolean closed) {
      boolean ok = Double.isFinite(v) && (closed ? v >= lo : v > lo) && v <= hi;
      if (!ok) {
        throw CliException.usage("vetcpd: " + option + " must be " + (closed ? ">= " : "> ")
            + PlanResultText.num(lo) + (hi < Double.MAX_VALUE ? " and <= "
                + PlanResultText.num(hi) : "") + ", was " + PlanResultText.num(v));
      }
    }

    /**
     * Refuses CSV, whether given with {@code --format} or implied by {@code -o FILE.csv}.
     *
     * @param chosen the format to write ({@link OutputOptions#format(Format)})
     * @param given the value of {@code --format} (its default when not given)
     */
    static void checkFormat(Format chosen, Format given) {
      if (chosen == Format.CSV) {
        throw CliException.usage("vetcpd: the planner writes text or json, not csv"
            + (given == Format.CSV ? "" : " (-o names a .csv file: give --format text or json,"
                + " or another file name)"));
      }
    }
  }

  /** Numbers in messages: integers without a decimal point. */
  static final class PlanResultText {
    private PlanResultText() {}

    static String num(double v) {
      return v == Math.rint(v) && Math.abs(v) < 1e16 ? String.valueOf((long) v) : String.valueOf(v);
    }
  }
}
