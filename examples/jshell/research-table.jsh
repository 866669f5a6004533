// Scores a data set into a cohort table (one row per plan) and writes it as CSV for R or pandas.
//
// From the repository root, after ./mvnw -B package:
//   jshell --class-path examples/target/vetcpd.jar examples/jshell/startup.jsh examples/jshell/research-table.jsh
// (the script has its own imports, so it also runs without startup.jsh)
//
// Adapt: the data set (a JSON file, or CsvImport.read(Path.of("my-folder")) for spreadsheets),
// the rubric, the output file. In R: read.csv("cohort.csv"); in pandas: pd.read_csv("cohort.csv").

import java.nio.file.*;
import java.util.*;
import org.vetcpd.core.*;
import org.vetcpd.core.json.*;
import org.vetcpd.rules.*;
import org.vetcpd.research.*;

Path data = Path.of(System.getProperty("vetcpd.data", "examples/data/sample.json"));
Path csv = Path.of(System.getProperty("vetcpd.out", "cohort.csv"));

Dataset ds = VetcpdJson.readDataset(data);
TailoringScorer scorer = TailoringScorer.standard();   // or TailoringScorer.of(myRubric)
List<CohortRow> rows = CohortTable.of(scorer, ds);

for (CohortRow r : rows) {
    System.out.printf(Locale.ROOT, "%s %s %.1f %s vocational=%.0f%% industry=%.1fh%n",
        r.plan(), r.teacher(), r.score(), r.band(),
        100 * (r.hours(CompetenceArea.VOCATIONAL) + r.hours(CompetenceArea.INDUSTRY_COOPERATION))
            / Math.max(r.totalHours(), 1e-9),
        r.industryContactHours());
}

CohortCsv.write(rows, csv);
System.out.printf(Locale.ROOT, "wrote %d rows to %s; read back equal: %s%n",
    rows.size(), csv, CohortCsv.read(csv).equals(rows));
/exit
