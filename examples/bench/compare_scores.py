#!/usr/bin/env python3
"""Checks that two score CSVs (vetcpd's and the reference scorer's) agree: same plans in the
same order, same bands, every score and criterion value within 1e-9 (empty = not assessed in
both). Compares columns by position after plan, teacher, score, band, so that header spellings
may differ. Exits 1 with the first difference; prints the largest difference otherwise."""
import csv
import sys


def main(a_path, b_path, tolerance=1e-9):
    with open(a_path, encoding="utf-8-sig") as fa, open(b_path, encoding="utf-8-sig") as fb:
        a = list(csv.reader(fa))
        b = list(csv.reader(fb))
    if len(a) != len(b):
        sys.exit(f"{a_path} has {len(a) - 1} plans, {b_path} {len(b) - 1}")
    worst = 0.0
    for ra, rb in zip(a[1:], b[1:]):
        plan = ra[0].lstrip("'")
        if plan != rb[0].lstrip("'") or ra[3] != rb[3]:
            sys.exit(f"plan {plan}: {ra[:4]} against {rb[:4]}")
        for col, (x, y) in enumerate(zip([ra[2]] + ra[4:14], [rb[2]] + rb[4:14])):
            if x == "" or y == "":
                if x != y:
                    sys.exit(f"plan {plan} column {col}: {x!r} against {y!r}")
                continue
            worst = max(worst, abs(float(x) - float(y)))
            if abs(float(x) - float(y)) > tolerance:
                sys.exit(f"plan {plan} column {col}: {x} against {y}")
    print(f"{len(a) - 1} plans agree; largest difference {worst:.3g}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
