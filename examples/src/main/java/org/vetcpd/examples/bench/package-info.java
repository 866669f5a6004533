/**
 * JMH benchmarks of scoring and reading. The normal build compiles them into {@code vetcpd.jar}
 * and never runs them; run them with {@code java -cp examples/target/vetcpd.jar
 * org.openjdk.jmh.Main} (see README). Each figure is reported beside a baseline measured in the
 * same run.
 */
package org.vetcpd.examples.bench;
