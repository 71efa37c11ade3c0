-- Shared by every scenario: tokens (one real session per slot, rotated per
-- request so every connection authenticates for real), and a JSON summary.
local tokens = {}
local function load_tokens()
  local path = os.getenv("BENCH_TOKENS")
  if path then
    for line in io.lines(path) do
      if #line > 0 then tokens[#tokens + 1] = line end
    end
  end
end
load_tokens()

local counter = 0
function bench_headers(extra)
  local h = extra or {}
  if #tokens > 0 then
    counter = counter + 1
    h["Authorization"] = "Bearer " .. tokens[(counter % #tokens) + 1]
  end
  return h
end

thread_index = 0
local threads = {}
function setup(thread)
  thread:set("thread_index", #threads)
  threads[#threads + 1] = thread
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "rps": %.1f, "p50_ms": %.3f, "p95_ms": %.3f, "p99_ms": %.3f, ' ..
    '"errors": %d, "non2xx": %d}\n',
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout, e.status))
end
