-- GET one fixed path (BENCH_PATH), with a session token only if BENCH_TOKENS is set.
package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
require("common")
local path = os.getenv("BENCH_PATH")
function request()
  return wrk.format("GET", path, bench_headers())
end
