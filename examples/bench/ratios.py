"""Prints the speed targets' ratios from the JMH JSON results of ratios.sh's rounds.

usage: python3 ratios.py GROUP GROUP-ROUND-K.json...

The files of one round (GROUP-ROUND-1.json, GROUP-ROUND-2.json, ...) are read together; each
ratio is computed within one round, then summarised over the rounds: median, lowest, highest, and
how many rounds met the target.
"""
import json
import os
import re
import statistics
import sys

# group -> (label, numerator, denominator, target, "le" when the ratio must be at most the
# target, "ge" when at least; None, None for a ratio shown without a target); a benchmark name
# may carry a parameter as name[items=4]
RATIOS = {
    "reading": [
        ("readOnly / readTree (time)", "readOnly", "baselineJacksonReadTree", 1.0, "le"),
        ("readAndScore / readTree (time)", "readAndScore", "baselineJacksonReadTree", 1.2, "le"),
        ("rejectBroken / readOnly (time)", "rejectBroken", "readOnly", 3.0, "le"),
        ("readOnly / readTree (allocation)", "readOnly:alloc", "baselineJacksonReadTree:alloc",
         1.0, "le"),
        # no target: how much of the tree's time Jackson's token stream alone takes, and what
        # reading into the validated domain adds to it
        ("floorJacksonTokens / readTree (time)", "floorJacksonTokens", "baselineJacksonReadTree",
         None, None),
        ("readOnly / floorJacksonTokens (time)", "readOnly", "floorJacksonTokens", None, None),
    ],
    "scoring": [
        (f"{what} / {base}, {n} items", f"{what}[items={n}]", f"{base}[items={n}]", target, "le")
        for n in (4, 12)
        for what, base, target in (
            ("scorePlan", "floorOnePassDomain", 1.5),
            ("scorePlanWithRecommendations", "scorePlan", 5.0),
            ("scorePlanCriteria", "scorePlan", 5.0),
            ("scoreCohortPlansWithRecommendations", "scoreCohortPlans", 5.0),
        )
    ],
    "parallel": [
        ("scoreAllSequential / scoreAllParallel (speed-up)", "scoreAllSequential",
         "scoreAllParallel", 1.8, "ge"),
    ],
}


def figures(path):
    """Maps 'name[param=value]' to the time score, and 'name...:alloc' to bytes per operation."""
    out = {}
    with open(path) as f:
        for r in json.load(f):
            name = r["benchmark"].rsplit(".", 1)[1]
            params = r.get("params") or {}
            if params:
                name += "[" + ",".join(f"{k}={v}" for k, v in sorted(params.items())) + "]"
            out[name] = r["primaryMetric"]["score"]
            alloc = (r.get("secondaryMetrics") or {}).get("gc.alloc.rate.norm")
            if alloc:
                out[name.replace("[", ":alloc[", 1) if "[" in name else name + ":alloc"] = alloc[
                    "score"]
    return out


def expanded(ratios, rounds):
    """Each ratio whose names carry no parameter, once for every parameter its numerator was
    measured with (CohortBenchmark's items=mixed, or items=4 and 12 given as JMH_ARGS="-p
    items=4,12"); a ratio whose names carry one, as it is."""
    out = []
    for label, num, den, target, sense in ratios:
        if "[" in num:
            out.append((label, num, den, target, sense))
            continue
        found = sorted({m.group(1) for r in rounds for n in r
                        for m in [re.fullmatch(re.escape(num) + r"(\[.*\])", n)] if m},
                       key=lambda s: (len(s), s))  # items=4 before items=12
        for s in found or [""]:
            out.append((label + (f", {s[1:-1]}" if s else ""), num + s, den + s, target, sense))
    return out


def main():
    group, paths = sys.argv[1], sys.argv[2:]
    by_round = {}
    for p in paths:
        r = int(re.fullmatch(r".*-(\d+)-\d+\.json", os.path.basename(p)).group(1))
        by_round.setdefault(r, {}).update(figures(p))
    rounds = [by_round[r] for r in sorted(by_round)]
    print(f"{group}: {len(rounds)} rounds")
    for label, num, den, target, sense in expanded(RATIOS[group], rounds):
        ratios = [r[num] / r[den] for r in rounds if num in r and den in r and r[den] > 0]
        if not ratios:
            print(f"  {label}: no figures")
            continue
        if target is None:
            verdict = "no target"
        else:
            met = sum(1 for x in ratios if (x <= target if sense == "le" else x >= target))
            verdict = (f"target {'<=' if sense == 'le' else '>='} {target}: "
                       f"met in {met} of {len(ratios)}")
        print(f"  {label}: median {statistics.median(ratios):.2f}, "
              f"range {min(ratios):.2f} to {max(ratios):.2f} "
              f"({verdict}); "
              f"rounds: {' '.join(f'{x:.2f}' for x in ratios)}")


if __name__ == "__main__":
    main()
