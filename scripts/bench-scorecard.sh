#!/usr/bin/env bash
# Measures every scorecard request on a data folder loaded with the benchmark workload, and
# prints per request kind the SQL statements it ran and its latency percentiles.
#
#   ./mvnw -q package -DskipTests
#   python3 ../shared/bench/gen_cases.py 1000000 42 > /tmp/cases-1m.jsonl
#   java -jar target/portico.jar analytics load-cases --file=/tmp/cases-1m.jsonl \
#       --portico.data-dir=/tmp/scorecard-bench
#   scripts/bench-scorecard.sh [data-folder]
#
# Adds the bench supervisor when the folder has none, starts Portico on port 8092 (PORT),
# signs in, then for each address: one request to count its SQL statements (JdbcTemplate and
# Hibernate debug lines in the server log; a background job that runs at that moment adds
# its own), a 5 s warm-up (WARMUP; the first addresses need longer on a busy machine before
# the JIT compiler has caught up), and wrk with 2 connections for 20 s (DURATION) printing p50/p95/p99
# and the server's CPU time per request. The load average is printed beside every figure: on
# a busy machine the latencies say little, so repeat on a quiet one before judging the 50 ms
# target.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=${JAR:-target/portico.jar}
data=${1:-/tmp/scorecard-bench}
port=${PORT:-8092}
duration=${DURATION:-20s}
warmup=${WARMUP:-5s}
base="http://127.0.0.1:$port"
log="$data/bench-server.log"
cookies=$(mktemp /tmp/scorecard-cookies.XXXXXX)
command -v wrk >/dev/null || { echo "install wrk first (apt-get install -y wrk)" >&2; exit 1; }

PORTICO_PASSWORD=portico-bench java -jar "$jar" users add \
    --email=bench-supervisor@example.invalid --name="Bench Supervisor" --role=SUPERVISOR \
    --portico.data-dir="$data" --portico.demo=false >/dev/null 2>&1 || true

java -jar "$jar" --server.port="$port" --portico.data-dir="$data" --portico.demo=false \
    --logging.level.org.springframework.jdbc.core.JdbcTemplate=DEBUG \
    --logging.level.org.hibernate.SQL=DEBUG >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$cookies"' EXIT
until curl -fs -o /dev/null "$base/console/signin"; do
  kill -0 $pid 2>/dev/null || { echo "Portico stopped; see $log" >&2; exit 1; }
  sleep 1
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
  "/console/dashboard?$year"
  "/console/dashboard?$year&topic=billing&cfrom=2025-01-06&cto=2025-06-30"
  "/api/v1/analytics/scorecard?$year"
  "/api/v1/analytics/topic-trends?$year"
  "/api/v1/analytics/content-impact?$year"
  "/api/v1/analytics/cases-by-topic?weeks=104"
  "/console/dashboard/export/trends.csv?$year"
  "/console/dashboard/export/channels.csv?$year"
  "/console/dashboard/cases?from=2025-06-02&to=2025-06-02&basis=OPENED"
  "/console/dashboard/cases?$year&topic=privacy&basis=SOLVED&after=2025-09-01T00:00:00Z_0"
  "/console/dashboard/export/cases.csv?from=2025-06-02&to=2025-06-02&basis=OPENED"
)
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $session" "$base${targets[1]}")
[ "$status" = 200 ] || { echo "sign-in failed (dashboard answered $status)" >&2; exit 1; }

statements() {
  grep -c -E 'Executing (prepared )?SQL (query|update|batch update)|org\.hibernate\.SQL' \
      "$log" || true
}

cpu_ticks() {
  awk '{print $14 + $15}' "/proc/$pid/stat"
}

export COOKIE=$session
echo "jar $jar, data $data, $(nproc) cores"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for target in "${targets[@]}"; do
  sleep 2  # let requests of the previous address finish, so they are not counted here
  before=$(statements)
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $session" "$base$target")
  queries=$(( $(statements) - before ))
  TARGET=$target wrk -t1 -c2 -d"$warmup" --timeout 30s -s scripts/scorecard.lua "$base" >/dev/null
  ticks=$(cpu_ticks)
  result=$(TARGET=$target wrk -t1 -c2 -d"$duration" --timeout 30s -s scripts/scorecard.lua \
      "$base" | grep -F "$target:")
  requests=$(echo "$result" | grep -o '[0-9]* requests' | cut -d' ' -f1)
  cpu=$(awk -v t=$(( $(cpu_ticks) - ticks )) -v n="${requests:-0}" -v hz="$(getconf CLK_TCK)" \
      'BEGIN { if (n > 0) printf "%.1f", t * 1000 / hz / n; else print "?" }')
  echo "$result, status $code, $queries SQL statements, server CPU $cpu ms/request," \
      "load $(cut -d' ' -f1 /proc/loadavg)"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
