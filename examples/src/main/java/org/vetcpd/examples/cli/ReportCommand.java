package org.vetcpd.examples.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vetcpd.core.Dataset;
import org.vetcpd.report.HtmlReport;
import org.vetcpd.rules.TailoringScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vetcpd report}: the self-contained HTML report of a data set's plans for leaders. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VetcpdCli.Version.class,
    description = {
      "Writes one self-contained HTML file for school leaders: per school and department the"
          + " spread of scores, band shares and hours; per teacher a radar of target against"
          + " plan, the ten criteria, findings and recommendations.",
      "The file loads nothing from anywhere (no script, font or image) and prints on A4."
    })
final class ReportCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(
      arity = "1",
      paramLabel = "DATASET",
      description = "The data set, a JSON file (see docs/).")
  private Path dataset;

  @Option(
      names = "--rubric",
      paramLabel = "FILE",
      description = "A rubric JSON file. Default: the standard rubric.")
  private Path rubric;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the HTML to FILE (written whole, folders created)."
          + " Default: standard output.")
  private Path output;

  @Override
  public Integer call() {
    Dataset ds = Inputs.dataset(dataset);
    TailoringScorer scorer = TailoringScorer.of(Inputs.rubric(rubric));
    HtmlReport report = HtmlReport.of(ds, scorer.scoreAll(ds)).withVersion(VetcpdCli.version());
    if (output == null) {
      spec.commandLine().getOut().print(report.render());
      return VetcpdCli.EXIT_OK;
    }
    if (Files.isDirectory(output)) {
      throw CliException.usage("vetcpd: cannot write " + output + ": it is a folder");
    }
    try {
      report.write(output);
    } catch (IOException e) {
      throw CliException.usage("vetcpd: cannot write " + output + ": " + why(e));
    }
    return VetcpdCli.EXIT_OK;
  }

  private static String why(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return ((FileSystemException) e).getFile() + " is not a folder";
    }
    if (e instanceof NoSuchFileException) {
      return "no such folder";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    return String.valueOf(e.getMessage());
  }
}
