package org.vetcpd.examples.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * A command with options declared in code rather than by picocli's annotations: the options every
 * command shares ({@link OutputOptions}, {@link MaxProblems}, {@link CsvRawOption}). {@link
 * VetcpdCli} adds them when it builds the command, before it parses anything.
 *
 * <p>Why in code: picocli builds an annotated command by reflection, and the JVM reads each
 * annotation through a proxy class it generates on first use; on a cold JVM that costs tens of
 * milliseconds of a 0.25 s run (see {@code docs/performance.md}, "The seventeenth pass"). So
 * {@code vetcpd} itself and {@code score}, the command most runs are, are declared wholly in code
 * ({@link VetcpdCli}, {@link ScoreCommand}), and the options they share with the other commands
 * are declared in code once, here, for all of them.
 */
public interface CodedOptions {
  /**
   * Adds the command's options declared in code to its spec, each as a picocli mixin named as
   * the field holding it.
   *
   * @param command the command's spec, built from its annotations
   */
  void addCodedOptions(CommandSpec command);
}
