package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
require("common")
-- Word prefixes of the loaded names: first names, surname starts, whole surnames.
local prefixes = {"oli", "liam", "em", "noa", "ame", "sop", "luc", "mia", "kenj", "fati", "sve", "chi", "die", "pri",
                  "ha", "kow", "tan", "gar", "oka", "ngu", "ros", "mul", "lar", "pat", "dub", "men", "sil", "coh",
                  "kimura", "haddasilva", "bremen", "mor", "vas", "ber"}
local path = os.getenv("BENCH_SEARCH_PATH") or "/api/patients?limit=50&q="
function init(args) math.randomseed(os.time() + thread_index * 104729) end
function request()
  return wrk.format("GET", path .. prefixes[math.random(1, #prefixes)], bench_headers())
end
