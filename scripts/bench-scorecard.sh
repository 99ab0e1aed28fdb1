#!/usr/bin/env bash
# Measures every scorecard request on a data folder loaded with the benchmark workload.
#
#   ./mvnw -q package -DskipTests
#   python3 ../shared/bench/gen_cases.py 1000000 42 > /tmp/cases-1m.jsonl
#   java -jar target/portico.jar analytics load-cases --file=/tmp/cases-1m.jsonl \
#       --portico.data-dir=/tmp/scorecard-bench
#   PORTICO_PASSWORD=portico-bench java -jar target/portico.jar users add \
#       --email=bench-supervisor@example.invalid --name="Bench Supervisor" --role=SUPERVISOR \
#       --portico.data-dir=/tmp/scorecard-bench
#   scripts/bench-scorecard.sh [data-folder]
#
# Starts Portico on port 18760, signs in as the bench supervisor, then for each address warms
# up for 5 s and runs wrk with 2 connections for 20 s, printing p50/p95/p99.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=${JAR:-target/portico.jar}
data=${1:-/tmp/scorecard-bench}
port=${PORT:-18760}
base="http://127.0.0.1:$port"
cookies=$(mktemp /tmp/scorecard-cookies.XXXXXX)
command -v wrk >/dev/null || { echo "install wrk first (apt-get install -y wrk)" >&2; exit 1; }

java -jar "$jar" --server.port=$port --portico.data-dir="$data" --portico.demo=false \
    >"$data/bench-server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$cookies"' EXIT
until curl -fs -o /dev/null "$base/console/signin"; do
  kill -0 $pid 2>/dev/null || { echo "Portico stopped; see $data/bench-server.log" >&2; exit 1; }
  sleep 0.5
done

csrf=$(curl -fs -c "$cookies" -b "$cookies" "$base/console/signin" \
    | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="\([^"]*\)"/\1/')
curl -fs -o /dev/null -c "$cookies" -b "$cookies" \
    --data-urlencode "email=bench-supervisor@example.invalid" \
    --data-urlencode "password=portico-bench" --data-urlencode "_csrf=$csrf" "$base/signin"
session=$(awk '$6 == "SESSION" || $6 == "JSESSIONID" {print $6 "=" $7}' "$cookies" | tail -1)

year="from=2025-01-06&to=2026-01-04"
targets=(
  "/console/dashboard"
  "/console/dashboard?from=2025-10-13&to=2026-01-04"
  "/console/dashboard?$year"
  "/console/dashboard?$year&topic=billing&cfrom=2025-01-06&cto=2025-06-30"
  "/api/v1/analytics/scorecard?$year"
  "/api/v1/analytics/topic-trends?$year"
  "/api/v1/analytics/cases-by-topic?weeks=104"
  "/console/dashboard/export/trends.csv?$year"
  "/console/dashboard/cases?from=2025-06-02&to=2025-06-02&basis=OPENED"
  "/console/dashboard/cases?$year&topic=privacy&basis=SOLVED&page=100"
)
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $session" "$base${targets[2]}")
[ "$status" = 200 ] || { echo "sign-in failed (dashboard answered $status)" >&2; exit 1; }

export COOKIE=$session
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for target in "${targets[@]}"; do
  TARGET=$target wrk -t1 -c2 -d5s -s scripts/scorecard.lua "$base" >/dev/null
  TARGET=$target wrk -t1 -c2 -d20s -s scripts/scorecard.lua "$base" | grep -F "$target:"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
