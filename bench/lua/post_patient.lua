package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
require("common")
local run = os.getenv("BENCH_RUN_ID") or "0"
local n = 0
function request()
  n = n + 1
  local body = string.format(
    '{"name":"Bench Person %d","date_of_birth":"1985-03-14","email":"bench.%s.%d.%d@example.org",' ..
    '"phone":"+1 555 %04d","blood_group":"O+"}', n, run, thread_index, n, n % 10000)
  return wrk.format("POST", "/api/patients", bench_headers({["Content-Type"] = "application/json"}), body)
end
