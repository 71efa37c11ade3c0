package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
require("common")
-- Every request books a free slot: (thread, n) maps to a distinct (doctor, time),
-- so the overlap check runs on every booking and none conflicts.
local doctors = tonumber(os.getenv("BENCH_DOCTORS") or "50")
local first_doctor = tonumber(os.getenv("BENCH_FIRST_DOCTOR") or "1")
local max_patient = tonumber(os.getenv("BENCH_MAX_ID") or "10000")
local base = tonumber(os.getenv("BENCH_BASE_EPOCH"))
local peer = os.getenv("BENCH_PEER") == "1"
local n = 0
function init(args) math.randomseed(os.time() + thread_index * 31) end
function request()
  n = n + 1
  local slot = n * 2 + thread_index
  local doctor = first_doctor + (slot % doctors)
  local when = os.date("!%Y-%m-%dT%H:%M:%SZ", base + math.floor(slot / doctors) * 1800)
  local body
  if peer then
    body = string.format('{"patient_id":%d,"doctor_name":"Doctor %d","appointment_datetime":"%s","reason":"Bench"}',
      math.random(1, max_patient), doctor, string.sub(when, 1, 19))
  else
    body = string.format('{"patient_id":%d,"doctor_id":%d,"appointment_datetime":"%s","duration_minutes":30,"reason":"Bench"}',
      math.random(1, max_patient), doctor, when)
  end
  return wrk.format("POST", "/api/appointments", bench_headers({["Content-Type"] = "application/json"}), body)
end
