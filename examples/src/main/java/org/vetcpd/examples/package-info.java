/**
 * vetcpd-examples: what a person meets first. The {@code vetcpd} command line tool ({@link
 * org.vetcpd.examples.cli.VetcpdCli}), the bundled sample data sets ({@link
 * org.vetcpd.examples.cli.Samples}), and, outside the Java sources, the jshell scripts in {@code
 * examples/jshell/} and the data sets in {@code examples/data/}.
 *
 * <p>The build packages all of it, with the library and its dependencies, into one executable jar,
 * {@code examples/target/vetcpd.jar}, which is also jshell's class path.
 *
 * <p><b>API stability: none.</b> The examples are an application, not a library: depend on
 * vetcpd-core, vetcpd-rules and vetcpd-research, never on vetcpd-examples.
 */
package org.vetcpd.examples;
