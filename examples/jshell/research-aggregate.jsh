// Summarises a scored cohort by school, department, programme and facilitator role, then
// overall: the picture of seed 000 (Ballangrud & Nilsen, 2022) -- collective, generic CPD where
// leaders drive it, individual, vocational CPD left to the teacher.
//
// From the repository root, after ./mvnw -B package:
//   jshell --class-path examples/target/vetcpd.jar examples/jshell/startup.jsh examples/jshell/research-aggregate.jsh
//
// Adapt: the data set, the grouping (Grouping.SCHOOL, DEPARTMENT, PROGRAMME, FACILITATOR, ALL),
// and Aggregates.writeCsv(summaries, writer) for a table.

import java.nio.file.*;
import java.util.*;
import org.vetcpd.core.*;
import org.vetcpd.core.json.*;
import org.vetcpd.rules.*;
import org.vetcpd.research.*;

Path data = Path.of(System.getProperty("vetcpd.data", "examples/data/sample.json"));
List<CohortRow> rows = CohortTable.of(VetcpdJson.readDataset(data));

/** Prints one line per group: scores, hours in generic activities, hours with industry contact. */
void printSummaries(List<GroupSummary> summaries) {
    for (GroupSummary s : summaries) {
        System.out.printf(Locale.ROOT,
            "%s %s n=%d mean=%.1f median=%.1f iqr=%.1f generic=%.0f%% industry=%.0f%% tailored=%.0f%%%n",
            s.grouping(), s.key(), s.count(), s.mean(), s.median(), s.iqr(),
            100 * s.contextualisationShares().get(Contextualisation.GENERIC),
            100 * s.industryContactShare(), 100 * s.bandShares().get(Band.TAILORED));
    }
}

printSummaries(Aggregates.by(rows, Grouping.SCHOOL));
printSummaries(Aggregates.by(rows, Grouping.DEPARTMENT));
printSummaries(Aggregates.by(rows, Grouping.PROGRAMME));
printSummaries(Aggregates.by(rows, Grouping.FACILITATOR));
printSummaries(List.of(Aggregates.overall(rows)));
/exit
