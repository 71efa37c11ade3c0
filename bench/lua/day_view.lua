package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
require("common")
local doctors = tonumber(os.getenv("BENCH_DOCTORS") or "50")
local first_doctor = tonumber(os.getenv("BENCH_FIRST_DOCTOR") or "1")
local day0 = tonumber(os.getenv("BENCH_DAY0_EPOCH"))
local path = os.getenv("BENCH_DAY_PATH") -- the peer has no filters: it lists everything
function init(args) math.randomseed(os.time() + thread_index * 17) end
function request()
  if path then return wrk.format("GET", path, bench_headers()) end
  local day = os.date("!%Y-%m-%d", day0 + math.random(0, 13) * 86400)
  return wrk.format("GET", string.format("/api/appointments?from=%s&to=%s&doctor_id=%d&limit=50", day, day,
    first_doctor + math.random(0, doctors - 1)), bench_headers())
end
