#!/usr/bin/env bash
# Measures knowledge search and suggestions while typing with 100,000 published articles.
#
#   ./mvnw -q package -DskipTests
#   scripts/bench-knowledge.sh [data-folder] [articles]
#
# Without a filled data folder it first runs `knowledge bench` (articles written from
# ../shared/data: banking77 questions and the Firefly III help pages), which builds the search
# index itself and prints the mass-index throughput. It then computes the articles' sentence
# vectors that are missing (`knowledge vectors`: all of them on a folder filled by
# `knowledge bench` or by a build before they were kept). Then it starts Portico on port 18740
# (PORT=...), warms up, and runs wrk on loopback for SECONDS_PER_RUN (30) seconds at
# CONNECTIONS (2) connections against:
#   search       /s/help/search?q=…      the first 2-6 words of a customer question
#   suggestions  /s/help/suggestions?q=… every prefix of a question from its third letter, as
#                                         the box sends them while a customer types
# and prints p50/p95/p99, the server's CPU time per request (independent of other load) and
# the load average. Then it sends the same two kinds of request at a steady RATE (50) a second,
# each when due whether or not the earlier ones were answered, and prints their latency
# counted from when they were due: the latency a customer sees on a server busy with that much
# search, where the two connections above keep both cores saturated and measure queueing too.
# SERVER_ARGS passes options to the server (for example --portico.knowledge.embeddings=false
# to measure suggestions without the sentence model).
set -euo pipefail
cd "$(dirname "$0")/.."

jar=${JAR:-target/portico.jar}
data=${1:-/tmp/knowledge-bench}
articles=${2:-100000}
port=${PORT:-18740}
seconds=${SECONDS_PER_RUN:-30}
connections=${CONNECTIONS:-2}
rate=${RATE:-50}
shared=${SHARED:-../shared/data}
base="http://127.0.0.1:$port"
[ -f "$shared/banking77/train.csv" ] || { echo "$shared/banking77 not found" >&2; exit 1; }

if [ ! -d "$data/index" ]; then
  rm -rf "$data" && mkdir -p "$data"
  java -jar "$jar" knowledge bench --articles="$articles" --shared="$shared" \
      --portico.data-dir="$data" --portico.demo=false \
      --spring.jpa.properties.hibernate.search.enabled=true
fi

# Articles loaded in bulk (or by a build before the vectors were kept) lack their sentence
# vectors; the server would compute them in the background while being measured, so compute
# them first (133 articles/s on a quiet machine: 12.5 minutes for 100,000; a no-op when none
# is missing).
case " ${SERVER_ARGS:-} " in
  *" --portico.knowledge.embeddings=false "*) ;;
  *) java -jar "$jar" knowledge vectors --portico.data-dir="$data" ;;
esac

python3 - "$shared/banking77/train.csv" "$data" <<'PY'
import csv, random, re, sys, urllib.parse
rows = [r["text"] for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))]
random.seed(3)
random.shuffle(rows)
def words(text):
    return re.sub(r"[^\w' ]+", " ", text).split()
with open(sys.argv[2] + "/search.paths", "w") as out:
    for text in rows[:2000]:
        query = " ".join(words(text)[:random.randint(2, 6)])
        out.write("/s/help/search?q=" + urllib.parse.quote(query) + "\n")
with open(sys.argv[2] + "/typing.paths", "w") as out:
    for text in rows[2000:2300]:
        typed = " ".join(words(text))
        for end in range(3, len(typed) + 1):
            out.write("/s/help/suggestions?q=" + urllib.parse.quote(typed[:end]) + "\n")
PY

# shellcheck disable=SC2086 # SERVER_ARGS holds several options
java -jar "$jar" --server.port=$port --portico.data-dir="$data" --portico.demo=false \
    ${SERVER_ARGS:-} >"$data/bench-server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null' EXIT
until curl -fs -o /dev/null "$base/s/help/search?q=card"; do
  kill -0 $pid 2>/dev/null || { echo "Portico stopped; see $data/bench-server.log" >&2; exit 1; }
  sleep 1
done

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }

# run NAME PATHS-FILE SECONDS: wrk at $connections connections, then CPU time per request
run() {
  local before after output requests
  before=$(cpu_ticks)
  output=$(NAME=$1 PATHS="$data/$2" wrk -t1 -c"$connections" -d"$3s" --timeout 10s \
      -s scripts/knowledge.lua "$base")
  after=$(cpu_ticks)
  requests=$(sed -n "s/^$1: .*, \([0-9]*\) requests,.*/\1/p" <<<"$output")
  echo "$output" | grep "^$1: " || { echo "$output" >&2; return 1; }
  awk -v t=$((after - before)) -v n="${requests:-0}" -v hz="$(getconf CLK_TCK)" \
      'BEGIN { if (n > 0) printf "  server CPU %.1f ms/request\n", t * 1000 / hz / n }'
}

# paced NAME PATHS-FILE: RATE requests a second for $seconds, sent whether or not the earlier
# ones were answered (scripts/OpenLoad.java), then CPU time per request
paced() {
  local before after output
  before=$(cpu_ticks)
  output=$(java scripts/OpenLoad.java "$1" "$base" "$data/$2" "$rate" "$seconds")
  after=$(cpu_ticks)
  echo "$output"
  awk -v t=$((after - before)) -v n="$(sed -n 's/.*, \([0-9]*\) requests,.*/\1/p' <<<"$output")" \
      -v hz="$(getconf CLK_TCK)" \
      'BEGIN { if (n > 0) printf "  server CPU %.1f ms/request\n", t * 1000 / hz / n }'
}

# The first minute of searching still compiles the hot code: measured before it is done, a
# search cost a third more CPU than it does from then on.
echo "warm-up"
run search search.paths 60 >/dev/null
run suggestions typing.paths 20 >/dev/null
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
run search search.paths "$seconds"
run suggestions typing.paths "$seconds"
paced "search at $rate/s" search.paths
paced "suggestions at $rate/s" typing.paths
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
