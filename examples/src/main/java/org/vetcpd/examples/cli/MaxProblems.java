package org.vetcpd.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vetcpd.core.Problem;
import org.vetcpd.core.json.JsonOptions;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --max-problems N} option (DESIGN.md, "Second round"): a command that reports invalid
 * data prints at most N problems, then one line {@code … and M more problems} with the exact
 * count. Add it to a command with {@link #addTo} ({@link CodedOptions}); {@link VetcpdCli}
 * applies it to every invalid-data error the command ends with, and a command that reads a stream
 * keeps only the first N problems with a {@link ProblemLines}.
 */
public final class MaxProblems {
  /** The default for {@code --max-problems}: 1 000. */
  public static final int DEFAULT = 1000;

  /**
   * The N of the command being run on this thread: picocli sets it when it parses the command line
   * (to the default when the option is not given), and {@link Inputs} reads with it, so that the
   * reader in core keeps N problems and counts the others: one cap, one exact count.
   */
  private static final ThreadLocal<Integer> CURRENT = ThreadLocal.withInitial(() -> DEFAULT);

  /** The last problem a core reader lists when it kept fewer than it found. */
  private static final Pattern MORE = Pattern.compile("\u2026 and (\\d+) more problems?");

  private CommandSpec mixee;

  private int max = DEFAULT;

  /** Creates the option with its default; {@link #addTo} declares it. */
  public MaxProblems() {}

  /**
   * Adds {@code --max-problems} to a command, as the mixin {@code maxProblems}.
   *
   * @param command the command's spec
   */
  public void addTo(CommandSpec command) {
    mixee = command;
    Binding binding = new Binding();
    CommandSpec mixin = CommandSpec.wrapWithoutInspection(this);
    mixin.addOption(OptionSpec.builder("--max-problems")
        .paramLabel("N")
        .type(int.class)
        .defaultValue("" + DEFAULT)
        .initialValue(DEFAULT)
        .description("Print at most N problems of invalid data, then one line '... and M more"
            + " problems'. Default: ${DEFAULT-VALUE}.")
        .setter(binding)
        .getter(binding)
        .build());
    command.addMixin("maxProblems", mixin);
  }

  /** Where picocli sets N (checked) and reads it back. */
  private final class Binding implements ISetter, IGetter {
    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
      return (T) Integer.valueOf(max);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T set(T value) {
      int old = max;
      setMax((Integer) value);
      return (T) Integer.valueOf(old);
    }
  }

  private void setMax(int n) {
    if (n < 0) {
      throw new ParameterException(mixee == null ? null : mixee.commandLine(),
          "--max-problems must be >= 0, was " + n);
    }
    max = n;
    CURRENT.set(n);
  }

  /** Returns N, the most problems to print. */
  public int max() {
    return max;
  }

  /** Returns a collector of problem lines that keeps the first N. */
  public ProblemLines collector() {
    return new ProblemLines(max);
  }

  /** Returns the {@code --max-problems} of the command being run on this thread. */
  static int current() {
    return CURRENT.get();
  }

  /**
   * Returns the options a command reads JSON with: strict, keeping {@code --max-problems} problems
   * (at least one, as core requires; with 0 the CLI prints only the count).
   */
  static JsonOptions jsonOptions() {
    return JsonOptions.strict().withMaxProblems(Math.max(1, current()));
  }

  /**
   * Returns how many problems a core reader's last line {@code … and N more problems} counts, or
   * -1 if {@code p} is not that line.
   */
  static long more(Problem p) {
    if (!p.path().isEmpty()) {
      return -1;
    }
    Matcher m = MORE.matcher(p.message());
    return m.matches() ? Long.parseLong(m.group(1)) : -1;
  }

  /** Returns the {@code --max-problems} of the command that ran, or the default without one. */
  static int of(CommandLine command) {
    for (CommandSpec mixin : command.getCommandSpec().mixins().values()) {
      if (mixin.userObject() instanceof MaxProblems) {
        return ((MaxProblems) mixin.userObject()).max();
      }
    }
    return DEFAULT;
  }

  /**
   * Returns the lines to print: the first {@code max} of {@code lines}, then, if any were left out
   * here or before ({@code omitted}), one line saying how many.
   */
  static List<String> cap(List<String> lines, long omitted, int max) {
    List<String> out = new ArrayList<>(lines.subList(0, Math.min(max, lines.size())));
    long more = omitted + Math.max(0, lines.size() - max);
    if (more > 0) {
      out.add(more(more));
    }
    return out;
  }

  /** {@code … and 3 more problems}. */
  static String more(long n) {
    return "\u2026 and " + n + " more problem" + (n == 1 ? "" : "s");
  }
}
