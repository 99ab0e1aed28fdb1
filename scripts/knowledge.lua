-- wrk script for scripts/bench-knowledge.sh: requests the paths of the file PATHS (one a
-- line, already URL-encoded) in turn, each thread from its own starting line, and prints the
-- latency percentiles under the name NAME.
local name = os.getenv("NAME")
local paths = {}
for line in io.lines(os.getenv("PATHS")) do
  paths[#paths + 1] = line
end
local next = 1

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
  next = math.random(1, #paths)
end

function request()
  next = next % #paths + 1
  return wrk.format("GET", paths[next])
end

function done(summary, latency, requests)
  io.write(string.format("%s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, " ..
    "%d requests, %.1f requests/s, non-2xx %d, socket errors %d\n", name,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.requests,
    summary.requests / (summary.duration / 1e6), summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write +
    summary.errors.timeout))
end
