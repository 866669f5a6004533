package org.vetcpd.examples.cli;

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
    addMethodSubcommands = false, // none: picocli need not scan every method of the class
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VetcpdCli.Version.class,
    description = {
      "Writes one self-contained HTML file for school leaders: per school and department the"
          + " spread of scores, band shares and hours; per teacher a radar of target against"
          + " plan, the ten criteria, findings and recommendations.",
      "The file loads nothing from anywhere (no script, font or image) and prints on A4."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  vetcpd report examples/data/sample.json -o report.html",
      "  vetcpd report examples/data/health-care.json --rubric my-rubric.json -o out/health.html"
    })
final class ReportCommand implements Callable<Integer>, CodedOptions {
  @Spec private CommandSpec spec;

  @Parameters(
      arity = "1",
      paramLabel = "DATASET",
      description = Inputs.DATASET_HELP)
  private Path dataset;

  @Option(
      names = "--rubric",
      paramLabel = "FILE",
      description = "A rubric JSON file. Default: the standard rubric.")
  private Path rubric;

  private final OutputOptions output = new OutputOptions();

  private final MaxProblems maxProblems = new MaxProblems();

  @Override
  public void addCodedOptions(CommandSpec command) {
    output.addTo(command, OutputOptions.Written.HTML);
    maxProblems.addTo(command);
  }

  @Override
  public Integer call() {
    output.checkName(); // at once, before the data set is read
    Dataset ds = Inputs.dataset(dataset);
    TailoringScorer scorer = TailoringScorer.of(Inputs.rubric(rubric));
    HtmlReport report = HtmlReport.of(ds, scorer.scoreAll(ds)).withVersion(VetcpdCli.version());
    // -o writes atomically (a temporary file, then renamed), creating missing folders
    output.open().print(report.render());
    output.commit();
    return VetcpdCli.EXIT_OK;
  }
}
