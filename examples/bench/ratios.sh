#!/usr/bin/env bash
# The JMH ratios of the speed targets (issues 10 and 15), each from several short rounds rather
# than one long run. On a shared machine the time a benchmark takes drifts by tens of percent from
# one minute to the next (other tenants' load), and JMH measures one benchmark after the other, so
# a single run's ratio moves with the drift. Here the two benchmarks of a ratio are always
# measured in the same round, one right after the other (each in its own forked JVM, as JMH always
# does); odd rounds are one JMH run (name order), even rounds one JMH run per benchmark in reverse
# name order, so that a drift favours neither side; the median of the rounds' ratios is printed
# beside their range and the number of rounds that met the target.
# Rerun from the repository root after `./mvnw -B -q -pl examples -am package -DskipTests`:
#
#   bash examples/bench/ratios.sh [ROUNDS] [GROUP...]
#
# GROUP is reading, scoring or parallel (all three when none is given); ROUNDS defaults to 5.
# JMH_ARGS adds options to every JMH run, e.g. JMH_ARGS="-p items=4,12" to read and score plans of
# 4 and of 12 items rather than the cohort's own mix of 1 to 16 (CohortBenchmark's items).
# Each benchmark of a round runs with one fork, 2 warm-up and 3 measured iterations of 1 s
# (2 s for the reading group), -prof gc. Needs python3. Prints the machine's load before and after.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-5}
shift || true
GROUPS_=("$@")
[ ${#GROUPS_[@]} -gt 0 ] || GROUPS_=(reading scoring parallel)
JAR=examples/target/vetcpd.jar
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# group -> "regex seconds-per-iteration"; the ratios each group prints are in ratios.py below
declare -A BENCH=(
  [reading]='CohortBenchmark\.(baselineJacksonReadTree|floorJacksonTokens|readOnly|readAndScore|rejectBroken)$ 2'
  [scoring]='ScoringBenchmark\.(floorOnePassDomain|scorePlan|scorePlanWithRecommendations|scorePlanCriteria|scoreCohortPlans|scoreCohortPlansWithRecommendations)$ 1'
  [parallel]='CohortBenchmark\.scoreAll(Sequential|Parallel)$ 1'
)
echo "uptime before: $(uptime)"
for g in "${GROUPS_[@]}"; do
  [ -n "${BENCH[$g]:-}" ] || { echo "unknown group $g (reading, scoring, parallel)" >&2; exit 2; }
  read -r regex secs <<< "${BENCH[$g]}"
  mapfile -t names < <(java -cp "$JAR" org.openjdk.jmh.Main -l "$regex" | grep '\.' | sort)
  for r in $(seq "$ROUNDS"); do
    # odd rounds: one JMH run, which runs its benchmarks in name order; even rounds: one run per
    # benchmark, back to back in reverse name order (each benchmark has its own JVM either way)
    if (( r % 2 )); then
      runs=("$regex")
    else
      runs=()
      for (( k = ${#names[@]} - 1; k >= 0; k-- )); do runs+=("${names[k]//./\\.}\$"); done
    fi
    k=0
    for pattern in "${runs[@]}"; do
      k=$((k + 1))
      # shellcheck disable=SC2086
      java -cp "$JAR" org.openjdk.jmh.Main "$pattern" ${JMH_ARGS:-} -f 1 -wi 2 -i 3 -w "${secs}s" \
        -r "${secs}s" -prof gc -rf json -rff "$WORK/$g-$r-$k.json" > "$WORK/$g-$r-$k.log" 2>&1 \
        || { tail -20 "$WORK/$g-$r-$k.log" >&2; exit 1; }
    done
  done
  python3 examples/bench/ratios.py "$g" "$WORK"/"$g"-*.json
done
echo "uptime after: $(uptime)"
