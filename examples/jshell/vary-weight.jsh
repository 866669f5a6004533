// Raises one criterion's weight in the rubric and lists the plans of the sample whose band
// changes: how sensitive are the bands to what the rubric says matters?
//
//   jshell --class-path examples/target/vetcpd.jar examples/jshell/startup.jsh examples/jshell/vary-weight.jsh
//
// Adapt: change the criterion and the weight (ids: Rubric.CRITERIA), or the data set.

String criterion = "industry-contact";
double weight = 0.45;

Dataset ds = sample();
Rubric standard = Rubric.standard();
Rubric varied = standard.withWeight(criterion, weight).withId(criterion + "-" + weight);

List<TailoringReport> before = score(ds, standard);
List<TailoringReport> after = score(ds, varied);

/** Prints the plans whose band differs between two scorings of the same plans (same order). */
void printBandChanges(List<TailoringReport> before, List<TailoringReport> after) {
    int changed = 0;
    for (int i = 0; i < before.size(); i++) {
        TailoringReport b = before.get(i);
        TailoringReport a = after.get(i);
        if (b.band() != a.band()) {
            changed++;
            System.out.printf(Locale.ROOT, "%s (%s): %.1f %s -> %.1f %s%n",
                b.plan(), b.teacher(), b.score(), b.band(), a.score(), a.band());
        }
    }
    System.out.printf(Locale.ROOT, "%d of %d plans change band%n", changed, before.size());
}

System.out.printf(Locale.ROOT, "%s: weight %s -> %s (rubric %s)%n", criterion,
    standard.weight(criterion), varied.weight(criterion), varied.ref());
printBandChanges(before, after);
/exit
