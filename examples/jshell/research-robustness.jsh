// How robust are a cohort's scores, ranks and bands to the choices inside the rubric? Three
// analyses a methodologist asks of a composite indicator, on the sample data set:
//   1. uncertainty: draw rubrics (weights and constants) and see how far each plan's score, rank
//      and band move, and how often one school's mean beats the other's;
//   2. Sobol indices: which choice explains how much of the variance of the results;
//   3. a comparison of the standard rubric with an alternative you could defend.
// It also checks the Sobol estimator on the Ishigami function, whose indices are known.
// Every analysis is seeded: the same seed gives the same numbers on any JVM.
//
// From the repository root, after ./mvnw -B package:
//   jshell --class-path examples/target/vetcpd.jar examples/jshell/research-robustness.jsh
//
// Adapt: the data set (-R-Dvetcpd.data=...), the draws, samples, seeds, the alternative rubric.

import java.nio.file.*;
import java.util.*;
import org.vetcpd.core.*;
import org.vetcpd.core.json.*;
import org.vetcpd.rules.*;
import org.vetcpd.research.*;

Path data = Path.of(System.getProperty("vetcpd.data", "examples/data/sample.json"));
Dataset dataset = VetcpdJson.readDataset(data);
Rubric rubric = Rubric.standard();
long seed = 1;

// 1. Uncertainty over the weights and the constants (docs/rubric.md, "Plausible ranges").
SensitivityResult u = Sensitivity.of(rubric).withDraws(500).withSeed(seed).
    withVary(Vary.ALL).withGrouping(Grouping.SCHOOL).run(dataset, done -> { });
System.out.printf(Locale.ROOT, "uncertainty: %d draws of weights and constants, tau-b mean %.3f%n",
    u.draws(), u.tauMean());
for (PlanSensitivity p : u.plans()) {
    // The spread over rubric draws is not a confidence interval.
    System.out.printf(Locale.ROOT,
        "  %s score %.1f spread %.1f to %.1f, rank %.0f (median %.1f, %.1f to %.1f), P(band change) %.3f%n",
        p.plan(), p.baseScore(), p.p05(), p.p95(), p.baseRank(), p.medianRank(), p.rankP05(),
        p.rankP95(), p.bandChange());
}
for (GroupComparison g : u.groups()) {
    System.out.printf(Locale.ROOT, "  P(mean of %s > mean of %s) = %.3f +- %.3f%n",
        g.group(), g.other(), g.probability(), g.mcse());
}

// 2. Sobol indices of the cohort's mean score, TAILORED share and mean absolute rank shift.
SobolResult s = RubricSobol.of(rubric).withSamples(128).withSeed(seed).
    run(dataset, done -> { });
System.out.printf(Locale.ROOT, "sobol: %d factors, %d rubrics scored%n", s.factors().size(),
    s.evaluations());
for (SobolOutput o : s.outputs()) {
    double[] total = o.indices().total();
    int top = 0;
    for (int i = 1; i < total.length; i++) {
        if (total[i] > total[top]) top = i;
    }
    System.out.printf(Locale.ROOT, "  %s: largest total index %s %.3f [%.3f, %.3f]%n",
        o.output(), s.factors().get(top).factor(), total[top],
        o.indices().totalLower()[top], o.indices().totalUpper()[top]);
}

// 3. The standard rubric against one that weighs industry contact twice as much.
Rubric industry = rubric.withId("industry-heavy").withVersion("1").
    withWeight("industry-contact", 0.30);
RubricComparison c = RubricComparison.of(dataset, rubric, industry);
System.out.printf(Locale.ROOT, "compare: tau-b %.3f, spearman %.3f, weighted kappa %.3f%n",
    c.kendallTauB(), c.spearman(), c.weightedKappa());
for (Mover m : c.movers().subList(0, Math.min(3, c.movers().size()))) {
    System.out.printf(Locale.ROOT, "  %s %.1f -> %.1f, rank %.0f -> %.0f%n",
        m.plan(), m.scoreA(), m.scoreB(), m.rankA(), m.rankB());
}

// The estimator on Ishigami's function (a = 7, b = 0.1) against its analytic indices.
double[] analyticFirst = {0.3139, 0.4424, 0.0};
double[] analyticTotal = {0.5576, 0.4424, 0.2437};
SobolIndices ish = Sobol.estimate(3, x -> {
    double x1 = -Math.PI + 2 * Math.PI * x[0];
    double x2 = -Math.PI + 2 * Math.PI * x[1];
    double x3 = -Math.PI + 2 * Math.PI * x[2];
    return Math.sin(x1) + 7 * Math.pow(Math.sin(x2), 2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
}, 32768, seed);
for (int i = 0; i < 3; i++) {
    System.out.printf(Locale.ROOT,
        "ishigami x%d: S %.4f [%.4f, %.4f] (analytic %.4f), ST %.4f [%.4f, %.4f] (analytic %.4f)%n",
        i + 1, ish.firstOrder()[i], ish.firstOrderLower()[i], ish.firstOrderUpper()[i],
        analyticFirst[i], ish.total()[i], ish.totalLower()[i], ish.totalUpper()[i],
        analyticTotal[i]);
}
/exit
