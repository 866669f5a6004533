package org.vetcpd.examples;

import org.vetcpd.core.Dataset;
import org.vetcpd.core.json.VetcpdJson;
import org.vetcpd.examples.cli.Samples;
import org.vetcpd.rules.TailoringReport;
import org.vetcpd.rules.TailoringScorer;

/** README's "Java in ten lines": score the bundled sample, then explain one plan. */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Scores every plan of the bundled sample, then prints one report for people and for programs.
   *
   * @param args none
   */
  public static void main(String[] args) {
    Dataset ds = Samples.read("sample");                          // or VetcpdJson.readDataset(path)
    TailoringScorer scorer = TailoringScorer.standard();          // Rubric.standard()
    for (TailoringReport r : scorer.scoreAll(ds)) {               // in plan order
      System.out.printf("%-28s %5.1f %s%n", r.plan(), r.score(), r.band());
    }
    TailoringReport r = scorer.score(ds, "p-s1-tailored-t-rm-02"); // one plan, by id
    System.out.println(r.toText());                               // for people
    System.out.println(VetcpdJson.write(r));                      // for programs
  }
}
