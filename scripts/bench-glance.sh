#!/usr/bin/env bash
# Measures the console case page with the customer at a glance on a large data folder.
#
#   ./mvnw -q package -DskipTests
#   java -jar target/portico.jar console bench --customers=10000 --cases=100000 \
#       --messages=1000000 --portico.data-dir=/tmp/glance-bench
#   scripts/bench-glance.sh [data-folder] [first-case-number] [case-count]
#
# Starts Portico on port 18700, signs in as bench-agent@example.com, warms up for 10 s, then
# runs wrk with 2 connections for 30 s on random case numbers and prints p50/p95/p99.
# SERVER_ARGS adds server options, for example SERVER_ARGS=--spring.flyway.target=11 on a
# copy of the folder loaded before V13 to measure without the staff index.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/portico.jar
data=${1:-/tmp/glance-bench}
first=${2:-10001}
count=${3:-100000}
port=${PORT:-18700}
base="http://127.0.0.1:$port"
cookies=$(mktemp /tmp/glance-cookies.XXXXXX)
command -v wrk >/dev/null || { echo "install wrk first (apt-get install -y wrk)" >&2; exit 1; }

# shellcheck disable=SC2086 # SERVER_ARGS holds several options
java -jar "$jar" --server.port=$port --portico.data-dir="$data" --portico.demo=false \
    ${SERVER_ARGS:-} >"$data/bench-server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$cookies"' EXIT
until curl -fs -o /dev/null "$base/console/signin"; do
  kill -0 $pid 2>/dev/null || { echo "Portico stopped; see $data/bench-server.log" >&2; exit 1; }
  sleep 0.5
done

csrf=$(curl -fs -c "$cookies" -b "$cookies" "$base/console/signin" \
    | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="\([^"]*\)"/\1/')
curl -fs -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "email=bench-agent@example.com" \
    --data-urlencode "password=portico-bench" --data-urlencode "_csrf=$csrf" "$base/signin"
session=$(awk '$6 == "SESSION" || $6 == "JSESSIONID" {print $6 "=" $7}' "$cookies" | tail -1)
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $session" \
    "$base/console/cases/$(printf %08d "$first")")
[ "$status" = 200 ] || { echo "sign-in failed (case page answered $status)" >&2; exit 1; }

export FIRST=$first COUNT=$count COOKIE=$session
echo "warm-up 10 s"
wrk -t1 -c2 -d10s -s scripts/glance.lua "$base" >/dev/null
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t1 -c2 -d30s --latency -s scripts/glance.lua "$base" | grep '^glance:'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
