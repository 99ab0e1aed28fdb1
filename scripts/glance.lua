-- wrk script for scripts/bench-glance.sh: opens random case pages of the console with the
-- agent's session cookie. FIRST and COUNT (environment) give the loaded case numbers.
local first = tonumber(os.getenv("FIRST"))
local count = tonumber(os.getenv("COUNT"))
local cookie = os.getenv("COOKIE")

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
end

function request()
  local number = string.format("%08d", first + math.random(0, count - 1))
  return wrk.format("GET", "/console/cases/" .. number, { ["Cookie"] = cookie })
end

function done(summary, latency, requests)
  io.write(string.format("glance: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, " ..
    "%d requests, %.1f requests/s, non-2xx %d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.requests,
    summary.requests / (summary.duration / 1e6), summary.errors.status))
end
