package org.vetcpd.examples.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.research.SyntheticCohort;

/**
 * Writes a generated cohort (research's {@link SyntheticCohort}) as a data set to standard output,
 * for the end-to-end benchmark {@code examples/bench/e2e.sh}.
 *
 * <p>Usage: {@code java -cp examples/target/vetcpd.jar org.vetcpd.examples.bench.GenerateCohort
 * PLANS ITEMS_PER_PLAN SEED > cohort.json}.
 */
public final class GenerateCohort {
  private GenerateCohort() {}

  /**
   * Writes the cohort.
   *
   * @param args plans, items per plan, seed
   * @throws IOException if standard output cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: GenerateCohort PLANS ITEMS_PER_PLAN SEED");
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
}
