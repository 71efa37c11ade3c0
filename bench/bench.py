#!/usr/bin/env python3
"""HMS benchmark: hms-server against the Flask peer, in one run on one machine.

Starts a throwaway PostgreSQL (durable settings), hms-server on it with auth and
audit on, the Flask peer on its own database, loads the same data into both,
drives both with wrk (same connections, same duration, one after the other),
then measures hms-server alone at 10k, 100k and 1M patients on PostgreSQL and
SQLite. Prints a table and writes it to bench/results/.
"""
import datetime
import functools
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request

import dataset

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, "bench", "work")
LUA = os.path.join(ROOT, "bench", "lua")
# BENCH_SERVER: another hms-server binary (an earlier build, to compare two in the same conditions).
SERVER = os.environ.get("BENCH_SERVER", os.path.join(ROOT, "build", "release", "server", "hms-server"))
FIRST_ROWS = os.path.join(ROOT, "build", "release", "bench", "hms-bench-first-rows")
PGCLUSTER = os.path.join(ROOT, "tests", "support", "pgcluster.sh")
PEER = os.environ.get("BENCH_PEER_RUN", os.path.join(ROOT, "..", "shared", "peers", "seed-flask", "run"))
PG_PORT, HMS_PORT, PEER_PORT = 54400, 18500, 18600
PGDIR = os.path.join(WORK, "pg")
# Both servers reach PostgreSQL the way a one-machine install does (and the
# peer does by default): through its Unix socket. BENCH_PG_TCP=1: loopback TCP.
PG_TCP = os.environ.get("BENCH_PG_TCP") == "1"
# BENCH_SMOKE=1: seconds instead of minutes, no targets, results kept out of
# bench/results; the test command runs it so that the benchmark cannot rot.
SMOKE = os.environ.get("BENCH_SMOKE") == "1"
DURATION = os.environ.get("BENCH_DURATION", "2s" if SMOKE else "15s")
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "4" if SMOKE else "32"))
SCALE_CONNECTIONS = int(os.environ.get("BENCH_SCALE_CONNECTIONS", "4"))
THREADS = 2
PATIENTS = 10_000
DOCTORS, FIRST_DOCTOR = 50, 2
PASSWORD = "benchmark password 1"
SCALES = [int(s) for s in os.environ.get("BENCH_SCALES", "2000,4000" if SMOKE else "10000,100000,1000000").split(",")]
PEER_PRESENT = os.path.exists(PEER)
# What an operator runs after a bulk import into PostgreSQL: fresh statistics,
# and a visibility map so that index-only scans need not visit the table; then
# a checkpoint, so that the import's writes are not flushed during a measurement.
BULK_LOAD_DONE = "VACUUM ANALYZE;\nCHECKPOINT;\n"

# Endpoints both servers have that do the same work: answer from memory, and
# run one trivial query.
REFERENCE = [("GET /health (no database)", "/health"), ("GET /ready (SELECT 1)", "/ready")]

processes = []


def log(message):
    print(message, file=sys.stderr, flush=True)


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kw)


def psql(db, sql):
    bindir = sorted(p for p in os.listdir("/usr/lib/postgresql"))[-1]
    exe = f"/usr/lib/postgresql/{bindir}/bin/psql"
    subprocess.run([exe, "-v", "ON_ERROR_STOP=1", "-q", "-h", "127.0.0.1", "-p", str(PG_PORT), "-U", "postgres", "-d", db],
                   input=sql, text=True, check=True, capture_output=True)


def sqlite(path, sql):
    subprocess.run(["sqlite3", path], input=sql, text=True, check=True, capture_output=True)


def http(method, url, body=None, token=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method)
    if data:
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.loads(resp.read() or b"{}")


def wait_ready(url, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except Exception:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not become ready")


def start(cmd, logname, env=None):
    logf = open(os.path.join(WORK, logname), "w")
    p = subprocess.Popen(cmd, stdout=logf, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    processes.append(p)
    return p


def stop(p):
    if p.poll() is None:
        os.killpg(p.pid, signal.SIGTERM)
        try:
            p.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)


def rss_kb(pid, field="VmRSS"):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def wrk(url, script, env, connections=CONNECTIONS, duration=DURATION):
    e = dict(os.environ, BENCH_LUA=LUA, **env)
    out = subprocess.run(["wrk", "-t", str(THREADS), "-c", str(connections), "-d", duration, "--timeout", "10s",
                          "-s", os.path.join(LUA, script), url], env=e, text=True, capture_output=True, check=True).stdout
    m = re.search(r"BENCH_JSON (\{.*\})", out)
    if not m:
        raise RuntimeError("wrk printed no summary:\n" + out)
    return json.loads(m.group(1))


def tokens_file(base, username, count):
    path = os.path.join(WORK, f"tokens-{username}.txt")
    with open(path, "w") as f:
        for _ in range(count):
            f.write(http("POST", base + "/api/auth/login", {"username": username, "password": PASSWORD})["token"] + "\n")
    return path


def hms_server(database, logname, extra_env=None):
    env = dict(os.environ, HMS_LOG_REQUESTS="false", HMS_LOG_FORMAT="json", **(extra_env or {}))
    p = start([SERVER, "serve", "--listen", "127.0.0.1", "--port", str(HMS_PORT), "--database", database], logname, env)
    wait_ready(f"http://127.0.0.1:{HMS_PORT}/ready")
    return p


def machine():
    cpu = "unknown CPU"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem = 0
    with open("/proc/meminfo") as f:
        mem = int(f.readline().split()[1]) // 1024 // 1024
    return f"{cpu}, {os.cpu_count()} cores, {mem} GiB RAM, {platform.platform()}"


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    pgdir = PGDIR
    env = dict(os.environ, PGCLUSTER_DURABLE="1")
    run([PGCLUSTER, "start", pgdir, str(PG_PORT)], env=env)
    try:
        report = bench(pgdir)
    finally:
        for p in processes:
            stop(p)
        subprocess.run([PGCLUSTER, "stop", pgdir])
    print(report)


def pg_url(db, peer=False, role="postgres"):
    if PG_TCP:
        return f"postgresql://{role}@127.0.0.1:{PG_PORT}/{db}"
    if peer:  # SQLAlchemy passes host and port from the query to libpq
        return f"postgresql://{role}@/{db}?host={PGDIR}&port={PG_PORT}"
    return f"postgresql://{role}@localhost:{PG_PORT}/{db}?host={PGDIR}"


def separate_roles():
    """Whether the server under test wants its two PostgreSQL roles (an earlier
    build, named by BENCH_SERVER, may predate them)."""
    return _has_option(SERVER, "--owner-database")


@functools.lru_cache(maxsize=None)
def _has_option(server, option):
    return option in subprocess.run([server, "--help"], text=True, capture_output=True).stdout


def create_hms_database(db):
    """A database for hms-server: owned by hms_owner, served as hms, as the
    operations guide sets it up (with an older build, postgres owns it)."""
    if separate_roles():
        psql("postgres", "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hms_owner') THEN "
                         "CREATE ROLE hms_owner LOGIN; CREATE ROLE hms LOGIN; END IF; END $$;")
        psql("postgres", f"CREATE DATABASE {db} OWNER hms_owner;")
    else:
        psql("postgres", f"CREATE DATABASE {db};")


def load_hms_pg(db, patients):
    if separate_roles():
        url = pg_url(db, role="hms")
        run([SERVER, "migrate", "--database", url, "--owner-database", pg_url(db, role="hms_owner")])
    else:
        url = pg_url(db)
        run([SERVER, "migrate", "--database", url])
    subprocess.run([SERVER, "user", "add", "--username", "front", "--role", "receptionist", "--full-name", "Front Desk",
                    "--password-stdin", "--database", url], input=PASSWORD + "\n", text=True, check=True, capture_output=True)
    psql(db, dataset.name_tables() + dataset.doctors_sql("postgresql", DOCTORS, FIRST_DOCTOR)
         + dataset.patients_sql("postgresql", 1, patients)
         + dataset.appointments_sql("postgresql", DOCTORS, FIRST_DOCTOR, day0(), patients) + BULK_LOAD_DONE)
    return url


def day0():
    return (datetime.date.today() + datetime.timedelta(days=1)).isoformat()


def bench(pgdir):
    results = {"machine": machine(), "date": datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M UTC"),
               "duration": DURATION, "connections": CONNECTIONS, "scenarios": [], "reference": [], "scale": []}
    create_hms_database("hms")
    psql("postgres", "CREATE DATABASE peer;")
    log("loading hms data ...")
    hms_url = load_hms_pg("hms", PATIENTS)

    if not PEER_PRESENT:
        if not SMOKE:
            raise SystemExit(f"the Flask peer is not at {PEER} (set BENCH_PEER_RUN)")
        log(f"no Flask peer at {PEER}: the smoke run measures hms-server alone")
    else:
        start_peer()
    run_scenarios(results, hms_url)
    run_scale(results)
    return write_report(results)


def start_peer():
    log("starting the peer ...")
    # Its workers each create the tables at import and race when the database is
    # empty, so one worker creates them first.
    peer_url = pg_url("peer", peer=True)
    first = start([PEER, str(PEER_PORT), peer_url], "peer-init.log", dict(os.environ, WORKERS="1"))
    wait_ready(f"http://127.0.0.1:{PEER_PORT}/ready", 300)
    stop(first)
    peer_env = dict(os.environ, WORKERS=os.environ.get("BENCH_PEER_WORKERS", "4"))
    peer = start([PEER, str(PEER_PORT), peer_url], "peer.log", peer_env)
    wait_ready(f"http://127.0.0.1:{PEER_PORT}/ready", 180)
    psql("peer", dataset.name_tables() + dataset.peer_sql(PATIENTS, DOCTORS, FIRST_DOCTOR, day0()) + "ANALYZE;\n")


def run_scenarios(results, hms_url):
    server = hms_server(hms_url, "hms.log")
    time.sleep(2)
    results["rss_idle_mb"] = rss_kb(server.pid) / 1024
    base = f"http://127.0.0.1:{HMS_PORT}"
    tokens = tokens_file(base, "front", CONNECTIONS)
    day0_epoch = int(datetime.datetime.fromisoformat(day0() + "T00:00:00+00:00").timestamp())
    book_epoch = day0_epoch + 400 * 86400
    common = {"BENCH_MAX_ID": str(PATIENTS), "BENCH_DOCTORS": str(DOCTORS), "BENCH_FIRST_DOCTOR": str(FIRST_DOCTOR),
              "BENCH_DAY0_EPOCH": str(day0_epoch), "BENCH_BASE_EPOCH": str(book_epoch)}
    scenarios = [
        ("GET /api/patients/{id}", "get_patient.lua", {}, {}),
        ("GET /api/patients?q= (search)", "search.lua", {}, {"BENCH_SEARCH_PATH": "/api/patients?q="}),
        ("POST /api/patients", "post_patient.lua", {"BENCH_RUN_ID": "hms"}, {"BENCH_RUN_ID": "peer"}),
        ("POST /api/appointments", "post_appointment.lua", {}, {"BENCH_PEER": "1"}),
        ("GET /api/appointments (doctor's day)", "day_view.lua", {}, {"BENCH_DAY_PATH": "/api/appointments"}),
    ]
    only = os.environ.get("BENCH_ONLY")  # a substring of scenario names, for quick experiments
    for name, script, hms_env, peer_env_extra in scenarios:
        if only and only not in name:
            continue
        log(f"{name}: hms-server ...")
        h = wrk(base, script, dict(common, BENCH_TOKENS=tokens, **hms_env))
        if SMOKE and (h["rps"] <= 0 or h["errors"] or h["non2xx"]):
            raise SystemExit(f"smoke: {name} on hms-server gave {h}")
        p = {"rps": 0.0, "p50_ms": 0.0, "p99_ms": 0.0, "errors": 0, "non2xx": 0}
        if PEER_PRESENT:
            log(f"{name}: peer ...")
            p = wrk(f"http://127.0.0.1:{PEER_PORT}", script, dict(common, **peer_env_extra))
        results["scenarios"].append({"name": name, "hms": h, "peer": p})
    # The same work on both sides: no sign-in, no audit. What the two stacks
    # cost around a request, to set against the rows above, where hms-server
    # also checks a session and commits an audit entry for every request.
    for name, path in REFERENCE:
        if only and only not in name:
            continue
        log(f"{name}: hms-server ...")
        h = wrk(base, "get_path.lua", {"BENCH_PATH": path})
        if SMOKE and (h["rps"] <= 0 or h["errors"] or h["non2xx"]):
            raise SystemExit(f"smoke: {name} on hms-server gave {h}")
        p = {"rps": 0.0, "p50_ms": 0.0, "p99_ms": 0.0, "errors": 0, "non2xx": 0}
        if PEER_PRESENT:
            log(f"{name}: peer ...")
            p = wrk(f"http://127.0.0.1:{PEER_PORT}", "get_path.lua", {"BENCH_PATH": path})
        results["reference"].append({"name": name, "hms": h, "peer": p})
    results["rss_peak_mb"] = rss_kb(server.pid, "VmHWM") / 1024
    stop(server)


def run_scale(results):
    # Scale: the same lookups as the clinic grows, PostgreSQL then SQLite.
    # First let the comparison runs' writes settle (their dead rows vacuumed,
    # their WAL checkpointed), so that no background work lands in these figures.
    psql("hms", "VACUUM ANALYZE;\nCHECKPOINT;\n")
    base = f"http://127.0.0.1:{HMS_PORT}"
    day0_epoch = int(datetime.datetime.fromisoformat(day0() + "T00:00:00+00:00").timestamp())
    common = {"BENCH_MAX_ID": str(PATIENTS), "BENCH_DOCTORS": str(DOCTORS), "BENCH_FIRST_DOCTOR": str(FIRST_DOCTOR),
              "BENCH_DAY0_EPOCH": str(day0_epoch), "BENCH_BASE_EPOCH": str(day0_epoch + 400 * 86400)}
    for engine in os.environ.get("BENCH_SCALE_ENGINES", "postgresql,sqlite").split(","):
        if not engine:
            continue
        loaded = 0
        if engine == "postgresql":
            create_hms_database("scale")
            url = load_hms_pg("scale", SCALES[0])
        else:
            path = os.path.join(WORK, "scale.sqlite")
            url = "sqlite://" + path
            run([SERVER, "migrate", "--database", url])
            subprocess.run([SERVER, "user", "add", "--username", "front", "--role", "receptionist", "--full-name", "Front",
                            "--password-stdin", "--database", url], input=PASSWORD + "\n", text=True, check=True,
                           capture_output=True)
            sqlite(path, dataset.name_tables() + dataset.doctors_sql("sqlite", DOCTORS, FIRST_DOCTOR)
                   + dataset.patients_sql("sqlite", 1, SCALES[0]) + "ANALYZE;\n")
        loaded = SCALES[0]
        for size in SCALES:
            if size > loaded:
                log(f"loading {engine} to {size} patients ...")
                if engine == "postgresql":
                    psql("scale", dataset.name_tables() + dataset.patients_sql("postgresql", loaded + 1, size) + BULK_LOAD_DONE)
                else:
                    sqlite(path, dataset.name_tables() + dataset.patients_sql("sqlite", loaded + 1, size) + "ANALYZE;\n")
                loaded = size
            server = hms_server(url, f"scale-{engine}-{size}.log")
            tokens = tokens_file(base, "front", SCALE_CONNECTIONS)
            env = dict(common, BENCH_TOKENS=tokens, BENCH_MAX_ID=str(size))
            log(f"scale {engine} {size}: lookups ...")
            g = wrk(base, "get_patient.lua", env, SCALE_CONNECTIONS)
            s = wrk(base, "search.lua", dict(env, BENCH_SEARCH_PATH="/api/patients?limit=50&q="), SCALE_CONNECTIONS)
            first_rows = None
            if os.path.exists(FIRST_ROWS):
                out = subprocess.run([FIRST_ROWS, base, "front", PASSWORD, "10"], text=True, capture_output=True)
                if out.returncode == 0:
                    first_rows = json.loads(out.stdout)
            results["scale"].append({"engine": engine, "patients": size, "get": g, "search": s,
                                     "first_rows": first_rows, "rss_peak_mb": rss_kb(server.pid, "VmHWM") / 1024})
            stop(server)


def comparison_rows(scenarios):
    rows = []
    for s in scenarios:
        h, p = s["hms"], s["peer"]
        if p["rps"]:
            peer = (f"{p['rps']:.0f} | {p['p50_ms']:.2f} | {p['p99_ms']:.2f} | {p['errors'] + p['non2xx']} | "
                    f"{h['rps'] / p['rps']:.1f}×")
        else:  # no peer in this run (a smoke run without it)
            peer = "– | – | – | – | –"
        rows.append(f"| {s['name']} | {h['rps']:.0f} | {h['p50_ms']:.2f} | {h['p99_ms']:.2f} | {h['errors'] + h['non2xx']} | "
                    f"{peer} |")
    return rows


def write_report(r):
    lines = [f"# HMS benchmark, {r['date']}", "", f"Machine: {r['machine']}.",
             f"wrk on the same machine, {THREADS} threads, {r['connections']} connections, {r['duration']} per run; "
             "hms-server (release build, default workers) with authentication and auditing on (a real session token on "
             "every request; every read and write audited), request logging off; the Flask peer as shipped "
             "(gunicorn, 4 workers); both on one throwaway PostgreSQL 15 with durable settings (fsync and "
             "synchronous_commit on), reached through its " + ("loopback TCP port" if PG_TCP else "Unix socket")
             + ", 10,000 patients and 11,200 appointments each.", "",
             "| Scenario | HMS req/s | HMS p50 ms | HMS p99 ms | HMS errors | Peer req/s | Peer p50 ms | Peer p99 ms | Peer errors | HMS ÷ peer |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    header = lines[-2:]
    lines += comparison_rows(r["scenarios"])
    lines += ["", f"hms-server RSS: {r['rss_idle_mb']:.1f} MB idle after start, {r['rss_peak_mb']:.1f} MB peak during the runs.", "",
              "The peer has no search and no appointment filters: its search and day-view rows are its list-everything "
              "endpoints, which is what a client of it has to call.", "",
              "The peer neither authenticates nor audits: its GET by id is one SELECT. hms-server's also checks the "
              "session and commits an audit entry, a write for every read.", "",
              "## Same work on both sides (no sign-in, no audit)", "", *header]
    lines += comparison_rows(r.get("reference", []))
    lines += ["",
              f"## Scale (hms-server alone, {SCALE_CONNECTIONS} connections, bulk-loaded patients)", "",
              "| Engine | Patients | GET by id p50 ms | p95 ms | p99 ms | req/s | Search p50 ms | p95 ms | p99 ms | req/s | "
              "Client first rows ms (median / max of 10) | peak RSS MB |",
              "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for s in r["scale"]:
        g, q = s["get"], s["search"]
        lines.append(f"| {s['engine']} | {s['patients']:,} | {g['p50_ms']:.2f} | {g['p95_ms']:.2f} | {g['p99_ms']:.2f} | {g['rps']:.0f} | "
                     f"{q['p50_ms']:.2f} | {q['p95_ms']:.2f} | {q['p99_ms']:.2f} | {q['rps']:.0f} | "
                     + (f"{s['first_rows']['median_ms']:.0f} / {s['first_rows']['max_ms']:.0f}" if s.get("first_rows") else "–")
                     + f" | {s['rss_peak_mb']:.1f} |")
    lines += ["", "Client first rows: `bench/client/first_rows.cpp` shows the real Patients tab (offscreen) "
              "against the server under test and times from show() to the first rows on screen."]
    text = "\n".join(lines) + "\n"
    folder = os.path.join(ROOT, "bench", "work" if SMOKE else "results")
    os.makedirs(folder, exist_ok=True)
    # The UTC start time in the name: runs on one day never overwrite each other.
    stamp = datetime.datetime.strptime(r["date"], "%Y-%m-%d %H:%M UTC").strftime("%Y-%m-%d-%H%M")
    name = ("smoke-" if SMOKE else "") + stamp + "-" + platform.node() + ".md"
    with open(os.path.join(folder, name), "w") as f:
        f.write(text)
    with open(os.path.join(folder, name.replace(".md", ".json")), "w") as f:
        json.dump(r, f, indent=2)
    return text


if __name__ == "__main__":
    main()
