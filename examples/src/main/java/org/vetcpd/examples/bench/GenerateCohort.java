package org.vetcpd.examples.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.research.SyntheticCohort;

/**
 * Writes a generated cohort (research's {@link SyntheticCohort}) as a data set to standard output,
 * for the end-to-end benchmarks {@code examples/bench/e2e.sh} and {@code examples/bench/jsonl.sh}.
 *
 * <p>Usage: {@code java -cp examples/target/vetcpd.jar org.vetcpd.examples.bench.GenerateCohort
 * PLANS ITEMS_PER_PLAN SEED > cohort.json}, or, for a JSON Lines stream of any length, {@code
 * ... GenerateCohort PLANS ITEMS_PER_PLAN SEED --jsonl CATALOGUE.json > plans.jsonl}: a cohort of
 * at most {@value #COHORT} teachers goes to {@code CATALOGUE.json} (with only its first plan) and
 * PLANS plans, one a line, to standard output: line {@code i} is the cohort's plan {@code i mod
 * n} under the id {@code PLAN-ID-k}, {@code k = i / n}, so that ids stay unique.
 */
public final class GenerateCohort {
  /** The most teachers (and distinct plans) of the cohort behind a JSON Lines stream. */
  static final int COHORT = 10_000;

  private GenerateCohort() {}

  /**
   * Writes the cohort.
   *
   * @param args plans, items per plan, seed, and optionally {@code --jsonl CATALOGUE.json}
   * @throws IOException if standard output or the catalogue cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 5 && args[3].equals("--jsonl")) {
      jsonLines(Long.parseLong(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]),
          Path.of(args[4]));
      return;
    }
    if (args.length != 3) {
      System.err.println("usage: GenerateCohort PLANS ITEMS_PER_PLAN SEED [--jsonl CATALOGUE.json]");
      System.exit(2);
    }
    Dataset ds = SyntheticCohort.generate(
        Integer.parseInt(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]));
    OutputStream out = new BufferedOutputStream(System.out);
    out.write(VetcpdJson.write(ds).getBytes(StandardCharsets.UTF_8));
    out.flush();
    if (System.out.checkError()) {
      System.err.println("GenerateCohort: could not write standard output");
      System.exit(5);
    }
  }

  private static void jsonLines(long plans, int items, long seed, Path catalogue)
      throws IOException {
    Dataset ds = SyntheticCohort.generate((int) Math.min(plans, COHORT), items, seed);
    Files.writeString(catalogue, VetcpdJson.write(ds.withPlans(ds.plans().subList(0, 1))));
    List<CpdPlan> cohort = ds.plans();
    Writer out = new BufferedWriter(
        new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    for (long i = 0; i < plans; i++) {
      int k = (int) (i % cohort.size());
      long round = i / cohort.size();
      CpdPlan p = cohort.get(k);
      out.write(VetcpdJson.writeCompact(p.withId(p.id() + "-" + round)));
      out.write('\n');
    }
    out.flush();
    if (System.out.checkError()) {
      System.err.println("GenerateCohort: could not write standard output");
      System.exit(5);
    }
  }
}
