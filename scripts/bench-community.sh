#!/usr/bin/env bash
# Measures the community question page (50 answers) and topic lists on a large data folder.
#
#   ./mvnw -q package -DskipTests
#   scripts/bench-community.sh [data-folder] [question-id] [requests]
#
# A data folder without a database is first filled by `community bench --questions=100000
# --answers=50` (about 5 minutes). Starts Portico on port 18710, waits until the community's
# search index holds every question (it is built on the first start), and, for each page,
# warms up with 50 requests, then sends the given number one after the other (one
# connection, as a visitor does, keeping the session cookie; COOKIES=0 sends none, so each
# request opens a session; needs only curl) and prints p50/p95/p99 of
# curl's total time and the server's CPU time per request. JAR=... runs another copy of the
# jar (for example one kept outside target/).
set -euo pipefail
cd "$(dirname "$0")/.."

jar=${JAR:-target/portico.jar}
data=${1:-/tmp/community-bench}
question=${2:-100001}
requests=${3:-400}
port=${PORT:-18710}
base="http://127.0.0.1:$port"

if [ ! -d "$data/db" ]; then
  mkdir -p "$data"
  java -jar "$jar" community bench --questions=100000 --answers=50 --portico.data-dir="$data"
fi
cookies=$(mktemp)
curl_visitor() { if [ "${COOKIES:-1}" = 0 ]; then curl "$@"; else curl -b "$cookies" -c "$cookies" "$@"; fi; }

java -jar "$jar" --server.port=$port --portico.data-dir="$data" --portico.demo=false \
    >"$data/bench-server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$cookies"' EXIT
until curl -fs -o /dev/null "$base/s/help/community" \
    && grep -q "Community question index ready" "$data/bench-server.log"; do
  kill -0 $pid 2>/dev/null || { echo "Portico stopped; see $data/bench-server.log" >&2; exit 1; }
  sleep 1
done

# CPU time (user + system) the server process has used so far, in clock ticks
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }

# measure NAME URL-PRODUCER: runs $requests requests one after the other and prints the
# percentiles of the response time and the server's CPU time per request (which does not
# depend on what else the machine is doing)
measure() {
  local name=$1 producer=$2 times before after
  for _ in $(seq 1 50); do curl_visitor -fs -o /dev/null "$($producer)"; done
  before=$(cpu_ticks)
  times=$(for _ in $(seq 1 "$requests"); do
    curl_visitor -fs -o /dev/null -w '%{time_total}\n' "$($producer)"
  done | sort -n)
  after=$(cpu_ticks)
  awk -v name="$name" -v cpu=$(( (after - before) * 1000 / $(getconf CLK_TCK) )) '
    { t[NR] = $1 * 1000 } END {
    printf "%s: n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms cpu=%.1f ms/request\n",
      name, NR, t[int(NR * 0.50)], t[int(NR * 0.95)], t[int(NR * 0.99)], t[NR], cpu / NR }' \
      <<<"$times"
}

question_page() { echo "$base/s/help/community/questions/$question"; }
topic_first() { echo "$base/s/help/community/topics/taxes"; }
topic_random() { echo "$base/s/help/community/topics/taxes?sort=newest&page=$((RANDOM % 600 + 1))"; }
topic_votes() { echo "$base/s/help/community/topics/budgets?sort=votes"; }
all_newest() { echo "$base/s/help/community"; }

status=$(curl -s -o /dev/null -w '%{http_code}' "$(question_page)")
[ "$status" = 200 ] || { echo "question $question answered $status" >&2; exit 1; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
measure "question page, 50 answers" question_page
measure "topic list, first page" topic_first
measure "topic list, random page 1-600" topic_random
measure "topic list, most voted" topic_votes
measure "all questions, newest" all_newest
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
