// Scores the bundled sample data set and prints a table sorted by score, highest first.
//
//   jshell --class-path examples/target/vetcpd.jar examples/jshell/startup.jsh examples/jshell/score-sample.jsh
//
// Adapt: replace sample() by read("path/to/data.json"), or score with your own rubric:
// score(ds, Rubric.standard().withWeight("industry-contact", 0.30).withId("mine")).

Dataset ds = sample();
List<TailoringReport> reports = score(ds);

/** Prints plan, teacher, score and band, one plan a line, highest score first. */
void printTable(List<TailoringReport> reports) {
    List<TailoringReport> rows = reports.stream()
        .sorted(Comparator.comparingDouble(TailoringReport::score).reversed()
            .thenComparing(TailoringReport::plan))
        .collect(Collectors.toList());
    int planWidth = Math.max(4, rows.stream().mapToInt(r -> r.plan().length()).max().orElse(0));
    int teacherWidth = Math.max(7, rows.stream().mapToInt(r -> r.teacher().length()).max().orElse(0));
    String format = "%-" + planWidth + "s  %-" + teacherWidth + "s  %5s  %s%n";
    System.out.printf(Locale.ROOT, format, "plan", "teacher", "score", "band");
    for (TailoringReport r : rows) {
        System.out.printf(Locale.ROOT, format, r.plan(), r.teacher(),
            String.format(Locale.ROOT, "%.1f", r.score()), r.band());
    }
}

printTable(reports);
/exit
