#!/usr/bin/env bash
# Measures Portico's start-up time (until the first page is served) on an empty and on a
# filled data folder, the resident memory after start, and the time to import a help centre.
#
#   ./mvnw -q package -DskipTests && scripts/measure-startup.sh [help-centre-folder]
#
# Uses port 18080 and a fresh folder under /tmp; prints one line per measurement.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/portico.jar
docs=${1:-../shared/data/firefly-docs}
port=18080
data=$(mktemp -d /tmp/portico-measure.XXXXXX)
[ -f "$jar" ] || { echo "build the jar first: ./mvnw package -DskipTests" >&2; exit 1; }

start_and_wait() {
  local started=$(date +%s%N)
  java -jar "$jar" --server.port=$port --portico.data-dir="$data" >"$data/run-$1.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/s/help"; do
    kill -0 $pid 2>/dev/null || { echo "Portico stopped; see $data/run-$1.log" >&2; exit 1; }
    sleep 0.1
  done
  local served=$(date +%s%N)
  until grep -q "Portico is ready" "$data/run-$1.log"; do sleep 0.1; done
  local ready=$(date +%s%N)
  sleep 2
  local rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
  echo "start-up ($1 data folder): first page $(( (served - started) / 1000000 )) ms," \
       "ready (demo loaded) $(( (ready - started) / 1000000 )) ms, resident memory ${rss} MB"
}

stop() {
  kill $pid; wait $pid 2>/dev/null || true
}

start_and_wait empty
stop
start_and_wait filled
stop

if [ -d "$docs" ]; then
  started=$(date +%s%N)
  summary=$(java -jar "$jar" import knowledge --site=help --dir="$docs" --portico.data-dir="$data")
  echo "import of $docs: $(( ($(date +%s%N) - started) / 1000000 )) ms ($summary)"
  started=$(date +%s%N)
  summary=$(java -jar "$jar" import knowledge --site=help --dir="$docs" --portico.data-dir="$data")
  echo "repeated import: $(( ($(date +%s%N) - started) / 1000000 )) ms ($summary)"
fi
rm -rf "$data"
