-- wrk script for scripts/bench-scorecard.sh: requests one address (TARGET, environment) with
-- the supervisor's session cookie and prints the latency percentiles.
local target = os.getenv("TARGET")
local cookie = os.getenv("COOKIE")

function request()
  return wrk.format("GET", target, { ["Cookie"] = cookie, ["Accept"] = "text/html,application/json" })
end

function done(summary, latency, requests)
  io.write(string.format("%s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, " ..
    "%d requests, non-2xx %d\n", target,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.requests,
    summary.errors.status))
end
