// How far do the scores and the ranking of a cohort depend on the rubric's weights? Draws the
// weights around the rubric's (Dirichlet, seeded: the same seed gives the same numbers) and
// prints each plan's score interval and the ranking's stability.
//
// From the repository root, after ./mvnw -B package:
//   jshell --class-path examples/target/vetcpd.jar examples/jshell/startup.jsh examples/jshell/research-sensitivity.jsh
//
// Adapt: draws, concentration (larger: draws closer to the rubric), seed, the rubric.

import java.nio.file.*;
import java.util.*;
import org.vetcpd.core.*;
import org.vetcpd.core.json.*;
import org.vetcpd.rules.*;
import org.vetcpd.research.*;

Path data = Path.of(System.getProperty("vetcpd.data", "examples/data/sample.json"));
int draws = 2000;
double concentration = 100;
long seed = 1;

Rubric rubric = Rubric.standard();
List<CohortRow> rows = CohortTable.of(TailoringScorer.of(rubric), VetcpdJson.readDataset(data));
// (jshell ends a statement at a line end where it can: keep the dots at the ends of lines)
Sensitivity analysis = Sensitivity.of(rubric).withDraws(draws).
    withConcentration(concentration).withSeed(seed);
SensitivityResult result = analysis.run(rows,
    done -> { if (done % (draws / 4) == 0) System.err.println(done + " draws"); });

System.out.printf(Locale.ROOT, "%d draws, concentration %.0f, seed %d: tau-b mean %.3f min %.3f%n",
    result.draws(), result.concentration(), result.seed(), result.tauMean(), result.tauMin());
for (PlanSensitivity p : result.plans()) {
    System.out.printf(Locale.ROOT, "%s %.1f %s spread over rubric draws %.1f to %.1f, in its band in %.3f of draws%n",
        p.plan(), p.baseScore(), p.baseBand(), p.p05(), p.p95(),
        p.bandShares().get(p.baseBand()));
}
/exit
