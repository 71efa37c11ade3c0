#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and benchmarks, from Debian's packages.
#   pgcluster.sh start DIR PORT    initialise DIR (if needed) and start on 127.0.0.1:PORT
#   pgcluster.sh stop DIR          stop and remove DIR
#   pgcluster.sh restart DIR       restart (the tests use it to drop every connection)
#   pgcluster.sh halt DIR          stop, keeping the data;  pgcluster.sh resume DIR  start it again
# Connect as postgres@127.0.0.1:PORT without a password (trust, loopback only).
set -euo pipefail
cmd=${1:?usage: pgcluster.sh start|stop|restart DIR [PORT]}
dir=${2:?usage: pgcluster.sh start|stop|restart DIR [PORT]}
bindir=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
[ -x "$bindir/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
start)
  port=${3:?PORT required}
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  as_owner "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  # Tests trade durability for speed; PGCLUSTER_DURABLE=1 (benchmarks) keeps PostgreSQL's defaults.
  options="-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300"
  if [ "${PGCLUSTER_DURABLE:-0}" = 1 ]; then
    options="$options -c shared_buffers=512MB"
  else
    options="$options -c fsync=off -c full_page_writes=off"
  fi
  echo "$options" >"$dir/options"
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$(cat "$dir/options")" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "PostgreSQL running on 127.0.0.1:$port (data in $dir/data)"
  ;;
restart)
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -m fast restart >/dev/null
  ;;
halt)
  as_owner "$bindir/pg_ctl" -D "$dir/data" -w -t 60 -m fast stop >/dev/null
  ;;
resume)
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$(cat "$dir/options")" start >/dev/null
  ;;
stop)
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -w -t 60 -m fast stop >/dev/null || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "unknown command $cmd" >&2; exit 2 ;;
esac
