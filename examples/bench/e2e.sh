#!/usr/bin/env bash
# End-to-end timing: `vetcpd score … --format csv` against the plain-Python reference scorer
# (reference_scorer.py, same rubric) on generated cohorts of two plan sizes, after checking that
# the two agree. Rerun from the repository root after `./mvnw -B -q package -DskipTests`:
#
#   bash examples/bench/e2e.sh [PLANS] [RUNS]
#
# Prints, per plan size, the wall time of each run of each scorer (seconds), their medians and
# the ratio. Needs python3. Figures depend on the machine; compare the ratio.
set -euo pipefail
cd "$(dirname "$0")/../.."
PLANS=${1:-10000}
RUNS=${2:-5}
JAR=examples/target/vetcpd.jar
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
seconds() { local s e; s=$(date +%s.%N); "$@" > /dev/null; e=$(date +%s.%N); echo "$e - $s" | bc -l; }

for ITEMS in 4 12; do
  DS="$WORK/cohort-$ITEMS.json"
  java -cp "$JAR" org.vetcpd.examples.bench.GenerateCohort "$PLANS" "$ITEMS" 1 > "$DS"
  java -jar "$JAR" score "$DS" --format csv > "$WORK/java.csv"
  python3 examples/bench/reference_scorer.py "$DS" > "$WORK/python.csv"
  python3 examples/bench/compare_scores.py "$WORK/java.csv" "$WORK/python.csv"
  J=(); P=()
  for _ in $(seq "$RUNS"); do
    J+=("$(seconds java -jar "$JAR" score "$DS" --format csv)")
    P+=("$(seconds python3 examples/bench/reference_scorer.py "$DS")")
  done
  JM=$(printf '%s\n' "${J[@]}" | median); PM=$(printf '%s\n' "${P[@]}" | median)
  printf '%d plans of %d items (%s MB): vetcpd %s s (runs %s), python %s s (runs %s), python/vetcpd %.2f\n' \
    "$PLANS" "$ITEMS" "$(du -m "$DS" | cut -f1)" "$JM" "${J[*]}" "$PM" "${P[*]}" "$(echo "$PM / $JM" | bc -l)"
done
