#!/usr/bin/env bash
# Boots the hms-server package under a real systemd: makes a minimal Debian 12
# root with mmdebstrap (variant minbase, from this machine's apt sources),
# installs the .deb into it with apt (so its Depends resolve), boots it with
# systemd-nspawn, and checks from outside, through nsenter into the
# container's namespaces: systemd-analyze verify accepts the unit and rates it
# OK or better, the service is active with its sandboxing in force, GET /ready
# answers 200, reload, restart and stop work (stop: inactive, exit status 0,
# within 5 s), the journal carries the server's start and stop lines, and the
# container powers off. Nothing is kept between runs: on exit, also on failure
# or Ctrl+C, every process of the container is ended, nothing stays mounted
# and the root is removed.
#
# Usage: tests/package/check-service.sh      (as root; works inside a chroot)
#   The package is the newest build/release/hms-server_*.deb (scripts/package
#   makes it when there is none), or HMS_SERVER_DEB=FILE.
set -euo pipefail
[ -n "${HMS_SERVER_DEB:-}" ] && HMS_SERVER_DEB=$(realpath -m "$HMS_SERVER_DEB")
cd "$(dirname "$0")/../.."
started=$SECONDS
step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "run as root: mmdebstrap, systemd-nspawn and nsenter need it"
# shellcheck source=tests/support/debian-root.sh
. tests/support/debian-root.sh
for tool in mmdebstrap systemd-nspawn nsenter curl; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (scripts/install-deps test)"
done

suite=bookworm
port=8080 # the packaged /etc/hms/server.conf leaves the default; the container has its own network
work=""
cgroup_name="hms-service-check.$$"
cgroup=""
cgroup_v1=""
nspawn_pid=""
leader=""
machine="hms-check-$$"
nspawn_state_existed=no
[ -e /run/systemd/nspawn ] && nspawn_state_existed=yes

# Every process in the container's cgroup (nspawn, the container's systemd and
# what it started), then the cgroup folders: nspawn makes payload/ and
# supervisor/ in the cgroup2 hierarchy and mirrors them into name=systemd.
remove_cgroups() {
  [ -n "$cgroup" ] || return 0
  local dirs=("$cgroup") dir procs=""
  [ -n "$cgroup_v1" ] && dirs+=("$cgroup_v1")
  [ -e "$cgroup/cgroup.kill" ] && echo 1 >"$cgroup/cgroup.kill" 2>/dev/null
  for _ in $(seq 1 50); do
    procs=""
    for dir in "${dirs[@]}"; do
      [ -d "$dir" ] && procs+=$(find "$dir" -name cgroup.procs -exec cat {} + 2>/dev/null | tr '\n' ' ')
    done
    [ -z "${procs// /}" ] && break
    # shellcheck disable=SC2086 # a list of process ids
    kill -KILL $procs 2>/dev/null
    sleep 0.1
  done
  if [ -n "${procs// /}" ]; then
    echo "cleanup: processes still in the container's cgroup: $procs" >&2
    return 1
  fi
  for dir in "${dirs[@]}"; do
    [ -d "$dir" ] || continue
    find "$dir" -depth -type d -exec rmdir {} + 2>/dev/null
    [ -d "$dir" ] && { echo "cleanup: could not remove the cgroup $dir" >&2; return 1; }
  done
  return 0
}

cleanup() {
  local rc=$?
  trap - EXIT
  trap '' INT TERM HUP # a second Ctrl+C must not cut the cleanup short
  set +e
  if [ -n "$nspawn_pid" ] && kill -0 "$nspawn_pid" 2>/dev/null; then
    # systemd-nspawn answers SIGTERM by halting the container's systemd.
    kill -TERM "$nspawn_pid" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$nspawn_pid" 2>/dev/null || break; sleep 0.1; done
  fi
  remove_cgroups || rc=1
  [ -n "$nspawn_pid" ] && wait "$nspawn_pid" 2>/dev/null
  if [ -n "$work" ] && [ -d "$work" ]; then
    # Anything still running from inside the root (a chroot'ed program).
    stop_processes_under "$work"
    remove_tree "$work" || rc=1
  fi
  # What systemd-nspawn leaves on a /run that is no tmpfs.
  if [ -n "$root_lock" ]; then rm -f "$root_lock"; fi
  rm -rf --one-file-system "/run/systemd/nspawn/propagate/$machine"
  if [ "$nspawn_state_existed" = no ]; then
    rmdir /run/systemd/nspawn/propagate /run/systemd/nspawn/locks /run/systemd/nspawn 2>/dev/null
  fi
  [ -n "$work" ] && [ ! -e "$work" ] && echo "cleanup: no process left, nothing mounted, $work removed"
  if [ "$rc" -eq 0 ]; then
    printf '\nservice checks passed in %d s\n' $((SECONDS - started))
  else
    printf '\nservice checks failed after %d s\n' $((SECONDS - started)) >&2
  fi
  exit "$rc"
}
root_lock=""
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

step "the hms-server package"
deb=${HMS_SERVER_DEB:-}
if [ -z "$deb" ]; then
  for f in build/release/hms-server_*.deb; do
    [ -f "$f" ] || continue
    if [ -z "$deb" ] || [ "$f" -nt "$deb" ]; then deb=$f; fi
  done
  if [ -z "$deb" ]; then
    echo "no build/release/hms-server_*.deb: scripts/package"
    scripts/package
    for f in build/release/hms-server_*.deb; do [ -f "$f" ] && deb=$f; done
    [ -n "$deb" ] || fail "scripts/package made no build/release/hms-server_*.deb"
  fi
fi
[ -f "$deb" ] || fail "no package at $deb"
deb=$(realpath "$deb")
echo "$deb"
dpkg-deb -f "$deb" Package Version Depends

step "minimal Debian root with systemd and the package (mmdebstrap --variant=minbase)"
mapfile -t sources < <(debian_apt_sources)
[ ${#sources[@]} -gt 0 ] || fail "no Debian apt sources on this machine (/etc/apt/sources.list, /etc/apt/sources.list.d)"
echo "apt sources: ${sources[*]}"
work=$(mktemp -d "${TMPDIR:-/tmp}/hms-service.XXXXXX")
root=$work/root
t=$SECONDS
# The file-mirror-automount hook makes the .deb visible inside the root for
# apt, which installs it together with systemd, so its Depends resolve.
if ! mmdebstrap --mode=root --variant=minbase --quiet \
  --include=systemd,systemd-sysv,dbus \
  --include="$deb" \
  --hook-dir=/usr/share/mmdebstrap/hooks/file-mirror-automount \
  --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
  "$suite" "$root" "${sources[@]}" >"$work/mmdebstrap.log" 2>&1; then
  tail -n 40 "$work/mmdebstrap.log" >&2
  fail "mmdebstrap could not make the root (log above)"
fi
[ -z "$(mounts_under "$root")" ] || fail "mmdebstrap left mounts under $root: $(mounts_under "$root")"
[ -x "$root/usr/bin/hms-server" ] || fail "hms-server is not installed in the root"
[ -L "$root/etc/systemd/system/multi-user.target.wants/hms-server.service" ] ||
  fail "the package did not enable hms-server.service (no multi-user.target.wants link)"
echo "root: $(du -sh --one-file-system "$root" | cut -f1) in $((SECONDS - t)) s; hms-server $(dpkg-query --admindir="$root/var/lib/dpkg" -W hms-server | cut -f2) installed and enabled"

step "boot it: systemd-nspawn -b --register=no"
# The container goes into a cgroup of its own, so that cleanup finds (and
# kills) every process of it, and two runs never share nspawn's payload/.
cgroup_root=""
for d in /sys/fs/cgroup /sys/fs/cgroup/unified; do
  if [ "$(stat -f -c %T "$d" 2>/dev/null)" = cgroup2fs ]; then cgroup_root=$d; break; fi
done
[ -n "$cgroup_root" ] || fail "no cgroup2 hierarchy at /sys/fs/cgroup or /sys/fs/cgroup/unified (systemd-nspawn needs one)"
own=$(sed -n 's/^0:://p' /proc/self/cgroup)
cgroup="$cgroup_root${own%/}/$cgroup_name"
[ "$cgroup_root" = /sys/fs/cgroup/unified ] && cgroup_v1="/sys/fs/cgroup/systemd${own%/}/$cgroup_name"
mkdir "$cgroup" || fail "cannot create the cgroup $cgroup"
root_lock="/run/systemd/nspawn/locks/inode-$(stat -c '%d:%i' "$root")"
t=$SECONDS
# systemd-nspawn first makes "/" a slave mount, which fails in a chroot (as
# in CI), where "/" is no mount point. So it runs in a mount namespace of its
# own, chrooted into a recursive bind of "/", which is one. Inside a chroot
# unshare cannot make "/" private either: there the bind may propagate out,
# which cleanup then unmounts. The namespace and its mounts end with nspawn.
# --keep-unit: no scope from a service manager (there may be none out here);
# --private-network: port 8080 is the container's own.
propagation=private
slash_is_mount_point || propagation=unchanged
mkdir "$work/sysroot"
(
  echo "$BASHPID" >"$cgroup/cgroup.procs"
  # shellcheck disable=SC2016 # $0 and $@ are the inner shell's
  exec unshare --mount --propagation "$propagation" -- \
    sh -c 'mount --rbind / "$0" && mount --make-rprivate "$0" && exec chroot "$0" "$@"' "$work/sysroot" \
    systemd-nspawn --directory="$root" --machine="$machine" --boot --register=no --keep-unit \
    --private-network --link-journal=no --resolv-conf=off --timezone=off --console=read-only
) >"$work/console.log" 2>&1 </dev/null &
nspawn_pid=$!

for _ in $(seq 1 300); do
  kill -0 "$nspawn_pid" 2>/dev/null || break
  read -ra children <<<"$(cat "/proc/$nspawn_pid/task/"*/children 2>/dev/null)"
  for child in "${children[@]}"; do
    [ "$(cat "/proc/$child/comm" 2>/dev/null)" = systemd ] && leader=$child
  done
  [ -n "$leader" ] && break
  sleep 0.1
done
if [ -z "$leader" ]; then
  cat "$work/console.log" >&2
  fail "systemd-nspawn started no systemd in the container (console above)"
fi

# A command inside the container, as the container sees itself. --root: the
# container's root is stacked on the mount namespace's root, not always on
# top of it (in a chroot it is not), so take the container's systemd's.
in_ct() {
  nsenter --target "$leader" --mount --uts --ipc --net --pid --cgroup --root --wd -- \
    env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 SYSTEMD_PAGER= SYSTEMD_COLORS=0 "$@"
}
# A command on this machine, in the container's network.
in_ct_net() { nsenter --target "$leader" --net -- "$@"; }
show_service() {
  in_ct systemctl status --no-pager --lines=0 hms-server >&2 || true
  in_ct journalctl --no-pager -u hms-server -n 30 >&2 || true
}

state=""
for _ in $(seq 1 600); do
  state=$(in_ct systemctl is-system-running 2>/dev/null) || true
  case "$state" in running | degraded | maintenance | stopping) break ;; esac
  kill -0 "$nspawn_pid" 2>/dev/null || break
  sleep 0.2
done
case "$state" in
  running) ;;
  degraded)
    echo "note: the container booted degraded; failed units:"
    in_ct systemctl --failed --no-pager --plain --no-legend || true
    ;;
  *)
    tail -n 40 "$work/console.log" >&2
    fail "the container did not finish booting (state: '${state:-no answer}'; console above)"
    ;;
esac
echo "booted in $((SECONDS - t)) s (systemd $(in_ct systemctl --version | sed -n '1s/^systemd \([0-9]*\).*/\1/p'), pid $leader, state $state)"

step "systemd-analyze verify and security, by the systemd that runs the unit"
# --man=no: the root has no man(1); check-packages.sh checks the page itself.
in_ct systemd-analyze verify --man=no hms-server.service || fail "systemd-analyze verify rejects hms-server.service"
echo "unit accepted"
exposure=$(in_ct systemd-analyze security --no-pager hms-server.service | tail -n 1)
echo "systemd-analyze security: $exposure"
case "$exposure" in
  *" SAFE"* | *" OK"*) ;;
  *) fail "hms-server.service is rated less than OK by systemd-analyze security: $exposure" ;;
esac

step "hms-server.service is active, with its sandboxing"
active=""
for _ in $(seq 1 100); do
  active=$(in_ct systemctl is-active hms-server) || true
  [ "$active" = active ] && break
  sleep 0.2
done
[ "$active" = active ] || { show_service; fail "hms-server.service is '$active', not active"; }
fragment=$(in_ct systemctl show -P FragmentPath hms-server)
dropins=$(in_ct systemctl show -P DropInPaths hms-server)
case "$fragment" in
  /lib/systemd/system/hms-server.service | /usr/lib/systemd/system/hms-server.service) ;;
  *) fail "the unit comes from '$fragment', not from the package" ;;
esac
[ -z "$dropins" ] || fail "drop-ins change the packaged unit: $dropins"
main_pid=$(in_ct systemctl show -P MainPID hms-server)
[ "${main_pid:-0}" -gt 0 ] || fail "hms-server.service has no main process"
status=$(in_ct cat "/proc/$main_pid/status") || fail "cannot read /proc/$main_pid/status in the container"
field() { awk -v k="$1:" '$1 == k { $1 = ""; sub(/^ /, ""); print }' <<<"$status"; }
hms_uid=$(in_ct id -u hms)
[ "$(field Uid)" = "$hms_uid $hms_uid $hms_uid $hms_uid" ] || fail "hms-server runs with Uid $(field Uid), not hms ($hms_uid)"
[ "$(field NoNewPrivs)" = 1 ] || fail "NoNewPrivileges is not in force (NoNewPrivs: $(field NoNewPrivs))"
[ "$(field Seccomp)" = 2 ] || fail "no system-call filter on hms-server (Seccomp: $(field Seccomp))"
[ "$(field CapEff)" = 0000000000000000 ] || fail "hms-server has capabilities (CapEff: $(field CapEff))"
[ "$(field CapBnd)" = 0000000000000000 ] || fail "hms-server's bounding set is not empty (CapBnd: $(field CapBnd))"
[ "$(in_ct readlink "/proc/$main_pid/ns/mnt")" != "$(in_ct readlink /proc/1/ns/mnt)" ] ||
  fail "hms-server shares systemd's mount namespace: no PrivateTmp/ProtectSystem"
# mountinfo fields: 3 device, 4 root of the mount, 5 mount point, 6 options;
# the last line for a mount point is the one on top.
service_mounts=$(in_ct cat "/proc/$main_pid/mountinfo")
system_mounts=$(in_ct cat /proc/1/mountinfo)
mount_field() { awk -v m="$2" -v f="$3" '$5 == m { v = $f } END { print v }' <<<"$1"; }
case ",$(mount_field "$service_mounts" / 6)," in
  *,ro,*) ;;
  *) fail "/ is writable for hms-server (ProtectSystem=strict)" ;;
esac
case ",$(mount_field "$service_mounts" /var/lib/hms 6)," in
  *,rw,*) ;;
  *) fail "/var/lib/hms is not writable for hms-server (ReadWritePaths)" ;;
esac
case "$(mount_field "$service_mounts" /tmp 4)" in
  */systemd-private-*) ;;
  *) fail "hms-server's /tmp is not its own (PrivateTmp)" ;;
esac
[ "$(mount_field "$service_mounts" /dev 3)" != "$(mount_field "$system_mounts" /dev 3)" ] ||
  fail "hms-server sees the system's /dev (PrivateDevices)"
echo "active, pid $main_pid as hms ($hms_uid): NoNewPrivs, seccomp filter, no capabilities, / read-only, /var/lib/hms writable, private /tmp and /dev"

ready() {
  local code=""
  for _ in $(seq 1 100); do
    code=$(in_ct_net curl -s -o "$work/ready.body" -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/ready") || true
    [ "$code" = 200 ] && break
    sleep 0.1
  done
  [ "$code" = 200 ] || { show_service; fail "GET /ready answered '${code:-nothing}', not 200 ($1)"; }
  echo "GET /ready: 200 $(cat "$work/ready.body")"
}

step "GET /ready in the container's network"
ready "after boot"

step "systemctl reload hms-server (SIGHUP)"
in_ct systemctl reload hms-server || { show_service; fail "systemctl reload hms-server failed"; }
[ "$(in_ct systemctl show -P MainPID hms-server)" = "$main_pid" ] || { show_service; fail "the reload replaced the process"; }
[ "$(in_ct systemctl is-active hms-server)" = active ] || { show_service; fail "hms-server is not active after reload"; }
for _ in $(seq 1 50); do
  in_ct journalctl --no-pager -o cat -u hms-server | grep -q 'SIGHUP received' && break
  sleep 0.1
done
in_ct journalctl --no-pager -o cat -u hms-server | grep -q 'SIGHUP received' || { show_service; fail "the server did not log the SIGHUP of the reload"; }
echo "reloaded: same process $main_pid, SIGHUP logged"
ready "after reload"

step "systemctl restart hms-server"
t=$SECONDS
in_ct systemctl restart hms-server || { show_service; fail "systemctl restart hms-server failed"; }
new_pid=$(in_ct systemctl show -P MainPID hms-server)
[ "$(in_ct systemctl is-active hms-server)" = active ] || { show_service; fail "hms-server is not active after restart"; }
[ "$new_pid" != "$main_pid" ] || fail "the restart kept the same process ($main_pid)"
echo "restarted in $((SECONDS - t)) s: pid $main_pid -> $new_pid"
ready "after restart"

step "systemctl stop hms-server"
t0=$(date +%s%N)
in_ct systemctl stop hms-server || { show_service; fail "systemctl stop hms-server failed"; }
ms=$((($(date +%s%N) - t0) / 1000000))
active=$(in_ct systemctl is-active hms-server) || true
result=$(in_ct systemctl show -P Result hms-server)
exit_status=$(in_ct systemctl show -P ExecMainStatus hms-server)
[ "$active" = inactive ] || { show_service; fail "hms-server is '$active' after stop, not inactive"; }
[ "$result" = success ] || { show_service; fail "hms-server stopped with result '$result', not success"; }
[ "$exit_status" = 0 ] || { show_service; fail "hms-server exited with status $exit_status on SIGTERM"; }
[ "$ms" -le 5000 ] || fail "stopping hms-server took $ms ms (more than 5 s)"
echo "inactive, result success, exit status 0, in $ms ms"

step "journalctl -u hms-server"
# The server writes JSON lines to stderr, which the journal keeps: one
# startup line per start (boot, restart) and one "stopped" per stop.
started_re="\"msg\":\"hms-server [^\"]* listening on http://127\\.0\\.0\\.1:$port "
stopped_re='"msg":"stopped"'
journal=""
for _ in $(seq 1 50); do
  journal=$(in_ct journalctl --no-pager -o cat -u hms-server) || true
  [ "$(grep -c "$started_re" <<<"$journal")" -ge 2 ] && [ "$(grep -c "$stopped_re" <<<"$journal")" -ge 2 ] && break
  sleep 0.1
done
starts=$(grep -c "$started_re" <<<"$journal") || true
stops=$(grep -c "$stopped_re" <<<"$journal") || true
if [ "$starts" -lt 2 ] || [ "$stops" -lt 2 ]; then
  printf '%s\n' "$journal" >&2
  fail "journalctl -u hms-server has $starts startup and $stops stop lines, not 2 of each (journal above)"
fi
grep -m 1 "$started_re" <<<"$journal"
grep -m 1 "$stopped_re" <<<"$journal"
echo "$starts startup lines, $stops stop lines"

step "power off"
t=$SECONDS
in_ct systemctl --no-block poweroff || fail "systemctl poweroff failed"
for _ in $(seq 1 600); do
  kill -0 "$nspawn_pid" 2>/dev/null || break
  sleep 0.1
done
if kill -0 "$nspawn_pid" 2>/dev/null; then
  tail -n 20 "$work/console.log" >&2
  fail "the container did not power off within 60 s (console above)"
fi
nspawn_rc=0
wait "$nspawn_pid" || nspawn_rc=$?
nspawn_pid=""
[ "$nspawn_rc" -eq 0 ] || { tail -n 20 "$work/console.log" >&2; fail "systemd-nspawn exited with status $nspawn_rc"; }
echo "powered off in $((SECONDS - t)) s, systemd-nspawn exited 0"
