package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
require("common")
local max_id = tonumber(os.getenv("BENCH_MAX_ID") or "10000")
function init(args) math.randomseed(os.time() + thread_index * 7919) end
function request()
  return wrk.format("GET", "/api/patients/" .. math.random(1, max_id), bench_headers())
end
