#!/usr/bin/env bash
# JSON Lines throughput: `vetcpd score CATALOGUE --plans PLANS.jsonl --format csv` at -Xmx256m on a
# generated stream (GenerateCohort --jsonl: a cohort of 10 000 teachers, its plans repeated under
# new ids). Rerun from the repository root after
# `./mvnw -B -q -pl examples -am package -DskipTests`:
#
#   bash examples/bench/jsonl.sh [PLANS] [ITEMS] [RUNS]      (default 1000000 12 1)
#
# Times the launcher examples/bin/vetcpd (VETCPD_JAVA_OPTS=-Xmx256m; says whether its CDS archive
# was used) and plain `java -Xmx256m -jar`, each with its wall time, plans per second and
# maximum resident memory (GNU time). Needs about 1.3 KB of /tmp per plan of 12 items.
set -euo pipefail
cd "$(dirname "$0")/../.."
PLANS=${1:-1000000}
ITEMS=${2:-12}
RUNS=${3:-1}
JAR=examples/target/vetcpd.jar
LAUNCHER=examples/bin/vetcpd
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

java -cp "$JAR" org.vetcpd.examples.bench.GenerateCohort "$PLANS" "$ITEMS" 1 \
  --jsonl "$WORK/catalogue.json" > "$WORK/plans.jsonl"
CDS=$(VETCPD_LAUNCHER_DEBUG=1 "$LAUNCHER" --version 2>&1 >/dev/null | sed -n 's/^vetcpd launcher: CDS archive \([a-z]*\).*/\1/p')
echo "$PLANS plans of $ITEMS items, $(du -m "$WORK/plans.jsonl" | cut -f1) MB; launcher CDS archive: ${CDS:-unknown}"
echo "uptime before: $(uptime)"
run() {
  local label=$1; shift
  /usr/bin/time -o "$WORK/time" -f '%e %M' "$@" > "$WORK/out.csv"
  read -r wall rss < "$WORK/time"
  printf '  %-28s %6.2f s, %7.0f plans/s, max RSS %d MB, %d rows\n' "$label" "$wall" \
    "$(echo "$PLANS / $wall" | bc -l)" "$((rss / 1024))" "$(($(wc -l < "$WORK/out.csv") - 1))"
}
for _ in $(seq "$RUNS"); do
  VETCPD_JAVA_OPTS=-Xmx256m run "launcher, -Xmx256m:" \
    "$LAUNCHER" score "$WORK/catalogue.json" --plans "$WORK/plans.jsonl" --format csv
  run "java -Xmx256m -jar:" \
    java -Xmx256m -jar "$JAR" score "$WORK/catalogue.json" --plans "$WORK/plans.jsonl" --format csv
done
echo "uptime after: $(uptime)"
