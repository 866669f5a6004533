package org.vetcpd.research;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.rules.Rubric;
import org.vetcpd.rules.TailoringScorer;

/** Every public method rejects null arguments; values are equal by value. */
class ApiContractsTest {
  private static final Dataset COHORT = SyntheticCohort.generate(6, 2);
  private static final List<CohortRow> ROWS = CohortTable.of(COHORT);

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(Dataset.class, COHORT)
        .setDefault(CpdPlan.class, COHORT.plans().get(0))
        .setDefault(TailoringScorer.class, TailoringScorer.standard())
        .setDefault(Rubric.class, Rubric.standard())
        .setDefault(Path.class, Path.of("no-such-file.csv"))
        .setDefault(Writer.class, new StringWriter())
        .setDefault(Iterable.class, ROWS)
        .setDefault(List.class, ROWS)
        .setDefault(IntConsumer.class, done -> { })
        .setDefault(SensitivityResult.class,
            Sensitivity.of(Rubric.standard()).withDraws(2).run(ROWS))
        .setDefault(double[].class, new double[] {1, 2})
        .setDefault(Provenance.class, Provenance.builder().build())
        .setDefault(org.vetcpd.rules.RubricRef.class, Rubric.standard().ref())
        .setDefault(RubricComparison.class,
            RubricComparison.of(COHORT, Rubric.standard(), Rubric.standard()))
        .setDefault(CriterionStructure.class,
            CriterionStructure.of(Rubric.standard().ref(), ROWS))
        .setDefault(SobolResult.class, RubricSobol.of(Rubric.standard()).withSamples(2)
            .withResamples(2).withVary(Vary.WEIGHTS).run(COHORT, done -> { }));
  }

  @Test
  void publicStaticMethodsRejectNull() {
    NullPointerTester t = tester();
    for (Class<?> c : List.of(CohortTable.class, CohortCsv.class, Aggregates.class,
        CsvImport.class, KendallTau.class, Sensitivity.class, SensitivityCsv.class, Sobol.class,
        RubricSobol.class, RubricComparison.class, CriterionStructure.class, Bootstrap.class,
        RobustnessCsv.class)) {
      t.testAllPublicStaticMethods(c);
    }
  }

  @Test
  void publicInstanceMethodsRejectNull() {
    NullPointerTester t = tester();
    t.testAllPublicInstanceMethods(Sensitivity.of(Rubric.standard()).withDraws(2));
    t.testAllPublicInstanceMethods(ROWS.get(0));
    t.testAllPublicInstanceMethods(RubricSobol.of(Rubric.standard()));
    t.testAllPublicInstanceMethods(Bootstrap.of(Grouping.SCHOOL));
    t.testAllPublicInstanceMethods(CriterionStructure.of(Rubric.standard().ref(), ROWS));
    t.testAllPublicInstanceMethods(RubricConstant.TEACHER_VOICE);
  }

  @Test
  void valuesAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(ROWS.get(0), CohortRow.copyOf(ROWS.get(0)),
            CohortTable.of(COHORT).get(0))
        .addEqualityGroup(ROWS.get(1))
        .addEqualityGroup(ROWS.get(0).withScore(1.5))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Aggregates.overall(ROWS), Aggregates.overall(CohortTable.of(COHORT)))
        .addEqualityGroup(Aggregates.overall(ROWS.subList(0, 3)))
        .testEquals();
  }
}
