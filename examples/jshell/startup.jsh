// vetcpd's jshell startup: the imports a researcher needs and a few helpers.
//
// Interactive session, from the repository root, after ./mvnw -B package:
//   jshell --class-path examples/target/vetcpd.jar --startup DEFAULT --startup examples/jshell/startup.jsh
// A script, non-interactively (every script ends with /exit):
//   jshell --class-path examples/target/vetcpd.jar examples/jshell/startup.jsh examples/jshell/score-sample.jsh
//
// Then, for example:
//   Dataset ds = sample();              // or sample("health-care"), read("path/to/data.json")
//   List<TailoringReport> reports = score(ds);   // the standard rubric, in plan order
//   System.out.println(reports.get(0).toText());
//   Rubric mine = Rubric.standard().withWeight("industry-contact", 0.30).withId("mine"); // a new id:
//                                          // every report names the rubric it was scored with
//   TailoringScorer.of(mine).score(ds, reports.get(0).plan()).score()
//   VetcpdJson.write(reports, Path.of("reports.json"))

import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import org.vetcpd.core.*;
import org.vetcpd.core.json.*;
import org.vetcpd.rules.*;
import org.vetcpd.research.*;
import org.vetcpd.examples.cli.Samples;

/** The bundled sample data set: seed 000's two Restaurant and Food Processing schools. */
Dataset sample() {
    return Samples.sample();
}

/** Another data set bundled from examples/data/, by file name, e.g. sample("health-care"). */
Dataset sample(String name) {
    return Samples.read(name);
}

/** Reads a data set from a JSON file (strictly: a ValidationException lists every problem). */
Dataset read(String path) {
    return VetcpdJson.readDataset(Path.of(path));
}

/** Scores every plan of a data set with the standard rubric, in plan order. */
List<TailoringReport> score(Dataset ds) {
    return TailoringScorer.standard().scoreAll(ds);
}

/** Scores every plan of a data set with the given rubric, in plan order. */
List<TailoringReport> score(Dataset ds, Rubric rubric) {
    return TailoringScorer.of(rubric).scoreAll(ds);
}
