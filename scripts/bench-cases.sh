#!/usr/bin/env bash
# Measures case creation over REST and customer case page views on the workload of
# ../shared/bench/gen_cases.py, at 4 and 16 connections.
#
#   ./mvnw -q package -DskipTests
#   scripts/bench-cases.sh [data-folder] [cases-in-workload] [preloaded]
#
# Fills an empty data folder with `cases bench` (every requestor becomes a customer with an
# API token, the first PRELOADED cases are stored), starts Portico on port 18731, warms up,
# then runs scripts/CaseLoad.java (a closed-loop driver that needs nothing but the JDK) for
# 30 s per run and prints requests per second and latency percentiles.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/portico.jar
data=${1:-/tmp/cases-bench}
total=${2:-40000}
preload=${3:-10000}
port=${PORT:-18731}
seconds=${SECONDS_PER_RUN:-30}
base="http://127.0.0.1:$port"
gen=../shared/bench/gen_cases.py
[ -f "$gen" ] || { echo "$gen not found: run from a checkout beside ../shared" >&2; exit 1; }

rm -rf "$data" && mkdir -p "$data"
python3 "$gen" "$total" 42 >"$data/cases.jsonl"
java -jar "$jar" cases bench --workload="$data/cases.jsonl" --preload="$preload" \
    --out="$data" --portico.data-dir="$data" --portico.demo=false

# shellcheck disable=SC2086 # SERVER_ARGS holds several options
java -jar "$jar" --server.port=$port --portico.data-dir="$data" --portico.demo=false \
    ${SERVER_ARGS:-} >"$data/bench-server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null' EXIT
until curl -fs -o /dev/null "$base/s/help/signin"; do
  kill -0 $pid 2>/dev/null || { echo "Portico stopped; see $data/bench-server.log" >&2; exit 1; }
  sleep 0.5
done

load() { java scripts/CaseLoad.java "$1" "$base" "$data/$2" "$3" "$4"; }
echo "warm-up"
load view view.tsv 4 10 >/dev/null
load create create.tsv 4 10 >/dev/null
for c in 4 16; do
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  load create create.tsv "$c" "$seconds"
  load view view.tsv "$c" "$seconds"
done
echo "cases stored at the end: $(grep -c . "$data/create.tsv") available to create"
