#!/usr/bin/env bash
# Builds the Debian packages from a release build, checks them with lintian,
# installs hms-server on this machine, starts the installed binary as the hms
# user with the packaged configuration, takes a backup with it, stops it, and
# removes the packages again. The systemd unit is checked where systemd runs
# it: tests/package/check-service.sh boots the package in a minimal Debian
# root (systemd-analyze verify and security, start, reload, restart, stop).
# Usage: tests/package/check-packages.sh   (as root, or with sudo)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=$(pwd)/build/release
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

step "scripts/package (release build, cpack -G DEB)"
scripts/package
server_deb=$(ls "$build"/hms-server_*.deb)
client_deb=$(ls "$build"/hms-client_*.deb)
dpkg-deb -f "$server_deb" Package Version Depends
dpkg-deb -f "$client_deb" Package Version Depends

step "lintian (errors fail the check)"
lintian --fail-on error --tag-display-limit 0 "$server_deb" "$client_deb" 2>&1 | grep -v "root privileges" || true
lintian --fail-on error "$server_deb" "$client_deb" >/dev/null 2>&1 || fail "lintian reports errors"

if dpkg-query -W -f='${Status}' hms-server 2>/dev/null | grep -q "install ok installed"; then
  fail "hms-server is already installed on this machine; this check installs and removes its own"
fi
state_existed=no
[ -e /var/lib/hms ] && state_existed=yes

cleanup() {
  if [ -n "${server_pid:-}" ]; then $sudo kill "$server_pid" 2>/dev/null || true; fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq hms-server hms-client >/dev/null 2>&1 || true
  if [ "$state_existed" = no ]; then $sudo rm -rf /var/lib/hms /var/log/hms /etc/hms; fi
}
trap cleanup EXIT

step "install both packages (apt resolves their dependencies)"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$server_deb" "$client_deb" >/dev/null
getent passwd hms >/dev/null || fail "postinst did not create the hms user"
[ "$(stat -c '%U:%G %a' /var/lib/hms)" = "hms:hms 750" ] || fail "/var/lib/hms is $(stat -c '%U:%G %a' /var/lib/hms)"
[ "$(stat -c '%U:%G %a' /etc/hms/server.conf)" = "root:hms 640" ] || fail "/etc/hms/server.conf is $(stat -c '%U:%G %a' /etc/hms/server.conf)"
grep -qx '/etc/hms/server.conf' /var/lib/dpkg/info/hms-server.conffiles || fail "server.conf is not a conffile"
/usr/bin/hms-server --help | grep -q "hms-server backup --output FILE" || fail "--help does not list backup"
zcat /usr/share/man/man8/hms-server.8.gz | grep -q "hms-server backup" || fail "the man page does not describe backup"
test -f /usr/share/applications/hms-client.desktop || fail "no desktop entry"
QT_QPA_PLATFORM=offscreen /usr/bin/hms-client --help | grep -q -- "--ca-certificates" || fail "hms-client --help"
echo "installed: user hms, /var/lib/hms hms:hms 750, /etc/hms/server.conf root:hms 640 (conffile)"

step "start the installed binary as hms with /etc/hms/server.conf"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
if [ -d /run/systemd/system ]; then
  $sudo mkdir -p /etc/systemd/system/hms-server.service.d
  printf '[Service]\nEnvironment=HMS_PORT=%s\n' "$port" | $sudo tee /etc/systemd/system/hms-server.service.d/port.conf >/dev/null
  $sudo systemctl daemon-reload
  $sudo systemctl restart hms-server
else
  # No systemd here: run it as the unit would, as the hms user (setpriv execs, so signals reach it).
  $sudo env HMS_PORT="$port" HMS_DEMO=true setpriv --reuid=hms --regid=hms --init-groups --no-new-privs \
    /usr/bin/hms-server serve --config /etc/hms/server.conf \
    >"$build/package-server.log" 2>&1 &
  server_pid=$!
fi
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$port/ready" >/dev/null && break
  sleep 0.1
done
curl -sf "http://127.0.0.1:$port/ready" || { cat "$build/package-server.log" >&2 || true; fail "the installed server is not ready"; }
echo
[ "$(stat -c '%U' /var/lib/hms/hms.sqlite)" = hms ] || fail "the database is not owned by hms"
echo "serving on $port from /var/lib/hms/hms.sqlite"

step "backup with the installed binary"
$sudo runuser -u hms -- /usr/bin/hms-server backup --config /etc/hms/server.conf --output /var/lib/hms/check.backup
$sudo runuser -u hms -- /usr/bin/hms-server audit verify --config /etc/hms/server.conf

step "stop"
if [ -n "${server_pid:-}" ]; then
  $sudo kill -TERM "$server_pid"
  wait "$server_pid" || fail "hms-server did not exit 0 on SIGTERM"
  server_pid=""
  grep -q '"msg":"stopped"' "$build/package-server.log" || fail "no clean stop in the log"
else
  $sudo systemctl stop hms-server
fi
echo "stopped cleanly"

step "audit verify against the chain heads the server published"
if [ -s /var/lib/hms/audit-anchors ]; then
  tail -n 1 /var/lib/hms/audit-anchors
  $sudo runuser -u hms -- /usr/bin/hms-server audit verify --config /etc/hms/server.conf \
    --anchor /var/lib/hms/audit-anchors || fail "audit verify --anchor"
  [ "$(stat -c '%U' /var/lib/hms/audit-anchors)" = hms ] || fail "the anchor file is not owned by hms"
else
  echo "no entries were sealed (no demo data): no chain head to check"
fi

step "remove keeps the data and the configuration"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq hms-server >/dev/null
test -f /var/lib/hms/hms.sqlite || fail "removing the package deleted the database"
test -f /etc/hms/server.conf || fail "removing the package deleted the conffile"
echo "package checks passed"
