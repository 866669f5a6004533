#!/usr/bin/env bash
# End-to-end timing: `vetcpd score … --format csv` against the plain-Python reference scorer
# (reference_scorer.py, same rubric) on generated cohorts of two plan sizes, after checking that
# the two agree. Rerun from the repository root after
# `./mvnw -B -q -pl examples -am package -DskipTests`:
#
#   bash examples/bench/e2e.sh [PLANS] [RUNS]
#
# vetcpd runs two ways, each timed: through the launcher examples/bin/vetcpd (quick-JIT and serial
# GC flags, and the class-data-sharing archive it makes on its first run; the script says whether
# the archive was made, used or unused) and as plain `java -jar examples/target/vetcpd.jar`.
# Prints, per plan size, the wall time of each run (seconds), the medians of wall and CPU time
# (user + system), the ratios of the medians to Python's, and the median of the runs' own ratios
# (Python's time over vetcpd's in the same round of three runs). Needs python3 and GNU time (/usr/bin/time). Figures depend on the machine and its load; compare the ratios.
set -euo pipefail
cd "$(dirname "$0")/../.."
PLANS=${1:-10000}
RUNS=${2:-5}
JAR=examples/target/vetcpd.jar
LAUNCHER=examples/bin/vetcpd
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
# Wall and CPU (user + system) seconds of one run, as "WALL CPU" (GNU time).
seconds() { /usr/bin/time -o "$WORK/time" -f '%e %U %S' "$@" > /dev/null; awk '{print $1, $2 + $3}' "$WORK/time"; }

# The launcher's first run makes its archive (a training run of a second or two): make it now,
# untimed, and say which way the timed runs go.
"$LAUNCHER" --version > /dev/null 2>&1 || true
CDS=$(VETCPD_LAUNCHER_DEBUG=1 "$LAUNCHER" --version 2>&1 >/dev/null | sed -n 's/^vetcpd launcher: CDS archive \([a-z]*\).*/\1/p')
echo "launcher $LAUNCHER: CDS archive ${CDS:-unknown} (made on its first run; 'unused' if it could not be made)"
echo "uptime before: $(uptime)"

for ITEMS in 4 12; do
  DS="$WORK/cohort-$ITEMS.json"
  java -cp "$JAR" org.vetcpd.examples.bench.GenerateCohort "$PLANS" "$ITEMS" 1 > "$DS"
  "$LAUNCHER" score "$DS" --format csv > "$WORK/launcher.csv"
  java -jar "$JAR" score "$DS" --format csv > "$WORK/java.csv"
  cmp -s "$WORK/launcher.csv" "$WORK/java.csv" || { echo "launcher and java -jar differ" >&2; exit 1; }
  python3 examples/bench/reference_scorer.py "$DS" > "$WORK/python.csv"
  python3 examples/bench/compare_scores.py "$WORK/java.csv" "$WORK/python.csv"
  L=(); J=(); P=(); LC=(); JC=(); PC=()
  for _ in $(seq "$RUNS"); do
    read -r w c < <(seconds "$LAUNCHER" score "$DS" --format csv); L+=("$w"); LC+=("$c")
    read -r w c < <(seconds java -jar "$JAR" score "$DS" --format csv); J+=("$w"); JC+=("$c")
    read -r w c < <(seconds python3 examples/bench/reference_scorer.py "$DS"); P+=("$w"); PC+=("$c")
  done
  m() { printf '%s\n' "$@" | median; }
  LM=$(m "${L[@]}"); JM=$(m "${J[@]}"); PM=$(m "${P[@]}")
  LCM=$(m "${LC[@]}"); JCM=$(m "${JC[@]}"); PCM=$(m "${PC[@]}")
  printf '%d plans of %d items (%s MB); median wall s (runs), median CPU s, python/vetcpd wall:\n' \
    "$PLANS" "$ITEMS" "$(du -m "$DS" | cut -f1)"
  printf '  vetcpd, launcher (CDS %s): %s (%s), CPU %s, %.2f\n' \
    "${CDS:-unknown}" "$LM" "${L[*]}" "$LCM" "$(echo "$PM / $LM" | bc -l)"
  printf '  vetcpd, java -jar:          %s (%s), CPU %s, %.2f\n' \
    "$JM" "${J[*]}" "$JCM" "$(echo "$PM / $JM" | bc -l)"
  printf '  python:                     %s (%s), CPU %s\n' "$PM" "${P[*]}" "$PCM"
  # each run's own ratio (the three programs ran one right after the other), then their median:
  # steadier than the ratio of the medians when the machine's speed drifts between runs
  RL=(); RJ=()
  for i in "${!P[@]}"; do
    RL+=("$(echo "${P[i]} / ${L[i]}" | bc -l)"); RJ+=("$(echo "${P[i]} / ${J[i]}" | bc -l)")
  done
  printf '  python/vetcpd, median of the runs'"'"' own ratios: launcher %.2f (%s), java -jar %.2f\n' \
    "$(m "${RL[@]}")" "$(printf '%.2f ' "${RL[@]}" | sed 's/ $//')" "$(m "${RJ[@]}")"
done
echo "uptime after: $(uptime)"
