package org.vetcpd.examples.cli;

import java.util.concurrent.Callable;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.rules.Rubric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vetcpd rubric}: the standard rubric as JSON, to start editing one. */
@Command(
    addMethodSubcommands = false, // none: picocli need not scan every method of the class
    name = "rubric",
    mixinStandardHelpOptions = true,
    versionProvider = VetcpdCli.Version.class,
    description = {
      "Prints the standard rubric as JSON, to start editing one.",
      "Save it, change its id, version and any weight or constant, and score with it:"
          + " vetcpd score DATASET --rubric FILE."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  vetcpd rubric > my-rubric.json",
      "  vetcpd score examples/data/sample.json --rubric my-rubric.json"
    })
final class RubricCommand implements Callable<Integer>, CodedOptions {
  @Spec private CommandSpec spec;

  private final OutputOptions output = new OutputOptions();

  private final MaxProblems maxProblems = new MaxProblems();

  @Override
  public void addCodedOptions(CommandSpec command) {
    output.addTo(command, OutputOptions.Written.JSON);
    maxProblems.addTo(command);
  }

  @Override
  public Integer call() {
    output.checkName(); // at once, before the data set is read
    output.open().println(VetcpdJson.write(Rubric.standard()));
    output.commit();
    return VetcpdCli.EXIT_OK;
  }
}
