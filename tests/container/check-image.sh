#!/usr/bin/env bash
# Builds the container image of deploy/container/Dockerfile and starts it,
# without a registry or a container engine:
#   - its base images (debian:12, debian:12-slim) are made here with mmdebstrap
#     from this machine's apt sources and imported into buildah's storage
#     under those names, so that FROM resolves with --pull=never;
#   - buildah builds the Dockerfile (chroot isolation, docker format, which
#     keeps the HEALTHCHECK);
#   - the image's configuration is checked (USER, ENTRYPOINT, HEALTHCHECK),
#     and what it holds (no build tools, no documentation);
#   - its entry point is started on an empty database: GET /ready answers 200,
#     the process runs as the image's unprivileged user, the image's own
#     health check command passes, and SIGTERM stops it with status 0;
#   - its size is printed, uncompressed and compressed.
# The storage is a folder of its own, removed on exit, also on failure or
# Ctrl+C: nothing is cached between runs and nothing stays mounted.
#
# Usage: tests/container/check-image.sh     (as root)
#        HMS_IMAGE_STORAGE_DRIVER=vfs tests/container/check-image.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
src=$(pwd)
started=$SECONDS
step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "run as root: mmdebstrap and buildah's chroot isolation need it"
# shellcheck source=tests/support/debian-root.sh
. tests/support/debian-root.sh

# buildah's storage makes / a private mount before it unpacks a layer, which
# fails where / is no mount point: in a chroot, as CI runs the test command.
# There the check runs again in a mount namespace of its own, chrooted into a
# private bind mount of /, which is one; the namespace's mounts end with it.
if ! slash_is_mount_point; then
  [ -z "${HMS_IMAGE_CHECK_REBOUND:-}" ] || fail "/ is still no mount point after binding it onto itself"
  echo "/ is no mount point here (a chroot): the check runs in a mount namespace in which it is one"
  newroot=$(mktemp -d "${TMPDIR:-/var/tmp}/hms-image-root.XXXXXX")
  rc=0
  # unshare cannot make / private here (the same refusal), so the bind is
  # made private instead, before anything is mounted under it.
  # shellcheck disable=SC2016 # expanded by the inner shell
  HMS_IMAGE_CHECK_REBOUND=1 unshare --mount --propagation unchanged -- bash -c \
    'mount --rbind / "$1" && mount --make-rprivate "$1" && cd "$1" && exec chroot . "$2" "${@:3}"' \
    _ "$newroot" "$src/tests/container/check-image.sh" "$@" || rc=$?
  # Where the chroot's file system is a shared mount, the bind itself also
  # appeared out here: it goes too.
  if mountpoint -q "$newroot"; then umount -R "$newroot" 2>/dev/null || umount -R -l "$newroot"; fi
  mountpoint -q "$newroot" && fail "$newroot is still mounted after the check's mount namespace ended"
  rmdir "$newroot"
  exit "$rc"
fi

suite=bookworm
dockerfile=deploy/container/Dockerfile
version=$(sed -n 's/^[[:space:]]*VERSION \([0-9][0-9.]*\).*/\1/p' CMakeLists.txt | head -n 1)
[ -n "$version" ] || fail "no project VERSION in CMakeLists.txt"
image="localhost/hms-server:$version"
# Uncompressed, as `docker images` counts; the stack HMS replaces shipped ~180 MB.
size_budget_mb=${HMS_IMAGE_BUDGET_MB:-200}

work=""
server_pid=""   # buildah run, in the background
mmdebstrap_pids=()

# Every descendant of process $1.
descendants() {
  local child children
  read -ra children <<<"$(cat "/proc/$1/task/"*/children 2>/dev/null)"
  for child in "${children[@]}"; do
    echo "$child"
    descendants "$child"
  done
}

cleanup() {
  local rc=$? pids m
  trap - EXIT INT TERM
  set +e
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    pids=$(descendants "$server_pid")
    # shellcheck disable=SC2086 # a list of process ids
    kill -TERM $pids "$server_pid" 2>/dev/null
    for _ in $(seq 1 100); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    # shellcheck disable=SC2086
    kill -KILL $pids "$server_pid" 2>/dev/null
    wait "$server_pid" 2>/dev/null
  fi
  for m in "${mmdebstrap_pids[@]}"; do
    kill -TERM "$m" 2>/dev/null && wait "$m" 2>/dev/null
  done
  if [ -n "$work" ] && [ -d "$work" ]; then
    # buildah unmounts its containers' file systems when they are removed.
    [ -f "$work/storage.conf" ] && buildah rm --all >/dev/null 2>&1
    stop_processes_under "$work"
    remove_tree "$work" || rc=1
    [ -e "$work" ] || echo "cleanup: buildah's storage and the base images removed, nothing mounted"
  fi
  if [ "$rc" -eq 0 ]; then
    printf '\nimage checks passed in %d s\n' $((SECONDS - started))
  else
    printf '\nimage checks failed after %d s\n' $((SECONDS - started)) >&2
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

step "tools: scripts/install-deps test (buildah, mmdebstrap)"
scripts/install-deps test
for tool in buildah mmdebstrap curl python3; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (scripts/install-deps test)"
done
buildah --version
mmdebstrap --version

# All of buildah's state lives in $work: storage, run state, temporary files.
work=$(mktemp -d "${TMPDIR:-/var/tmp}/hms-image.XXXXXX")
mkdir -p "$work/tmp" "$work/storage" "$work/run"
export TMPDIR=$work/tmp
# overlay where the kernel mounts it on this folder, vfs (full copies) where
# not; HMS_IMAGE_STORAGE_DRIVER=vfs chooses vfs anyway.
driver=vfs
mkdir -p "$work/probe/lower" "$work/probe/upper" "$work/probe/work" "$work/probe/merged"
if [ "${HMS_IMAGE_STORAGE_DRIVER:-overlay}" = overlay ] &&
  mount -t overlay overlay -o "lowerdir=$work/probe/lower,upperdir=$work/probe/upper,workdir=$work/probe/work" \
    "$work/probe/merged" 2>/dev/null; then
  umount "$work/probe/merged"
  driver=overlay
fi
[ -z "$(mounts_under "$work/probe")" ] || fail "the overlay probe is still mounted at $work/probe/merged"
rm -rf --one-file-system "$work/probe"
cat >"$work/storage.conf" <<EOF
[storage]
driver = "$driver"
graphroot = "$work/storage"
runroot = "$work/run"
EOF
export CONTAINERS_STORAGE_CONF=$work/storage.conf
echo "storage: $work ($driver driver)"

step "base images debian:12 and debian:12-slim (mmdebstrap --variant=minbase $suite)"
mapfile -t sources < <(debian_apt_sources)
[ ${#sources[@]} -gt 0 ] || fail "no Debian apt sources on this machine (/etc/apt/sources.list, /etc/apt/sources.list.d)"
echo "apt sources: ${sources[*]}"
# Merged /usr as Debian's own images have it (usr-is-merged, not usrmerge
# with Perl). The slim image keeps, as the official one does, no
# documentation but copyright files, no manual pages and no translations;
# the dpkg settings stay in the image, so packages installed later obey them.
merged_usr=--hook-dir=/usr/share/mmdebstrap/hooks/merged-usr
slim=(
  --dpkgopt='path-exclude=/usr/share/doc/*'
  --dpkgopt='path-include=/usr/share/doc/*/copyright'
  --dpkgopt='path-exclude=/usr/share/man/*'
  --dpkgopt='path-exclude=/usr/share/groff/*'
  --dpkgopt='path-exclude=/usr/share/info/*'
  --dpkgopt='path-exclude=/usr/share/lintian/*'
  --dpkgopt='path-exclude=/usr/share/linda/*'
  --dpkgopt='path-exclude=/usr/share/locale/*'
)
t=$SECONDS
mmdebstrap --mode=root --variant=minbase "$merged_usr" \
  "$suite" "$work/debian-12.tar" "${sources[@]}" >"$work/mmdebstrap-12.log" 2>&1 &
mmdebstrap_pids+=($!)
mmdebstrap --mode=root --variant=minbase "$merged_usr" "${slim[@]}" \
  "$suite" "$work/debian-12-slim.tar" "${sources[@]}" >"$work/mmdebstrap-12-slim.log" 2>&1 &
mmdebstrap_pids+=($!)
for name in 12 12-slim; do
  pid=${mmdebstrap_pids[0]}
  mmdebstrap_pids=("${mmdebstrap_pids[@]:1}")
  if ! wait "$pid"; then
    tail -n 40 "$work/mmdebstrap-$name.log" >&2
    fail "mmdebstrap could not make debian:$name (log above)"
  fi
done
echo "made in $((SECONDS - t)) s"

# Each root file system becomes a one-layer image with the configuration of
# Debian's images (PATH, CMD bash).
for name in 12 12-slim; do
  ctr=$(buildah from scratch)
  buildah add --quiet "$ctr" "$work/debian-$name.tar" / >/dev/null
  buildah config --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin --cmd bash \
    --created-by "mmdebstrap --variant=minbase $suite" "$ctr"
  buildah commit --quiet --rm --format docker "$ctr" "docker.io/library/debian:$name" >/dev/null ||
    fail "buildah could not import debian:$name"
  rm -f "$work/debian-$name.tar"
done
buildah images --format '{{.Name}}:{{.Tag}}  {{.Size}}'

step "buildah build -f $dockerfile (chroot isolation, docker format, --pull=never)"
t=$SECONDS
if ! buildah build --isolation chroot --format docker --pull=never --layers=false \
  -f "$dockerfile" -t "$image" "$src" 2>&1 | tee "$work/build.log"; then
  fail "buildah could not build $dockerfile (output above)"
fi
build_seconds=$((SECONDS - t))
echo "built $image in $build_seconds s"

step "image configuration: USER, ENTRYPOINT, HEALTHCHECK"
buildah inspect --type image "$image" >"$work/image.json" || fail "buildah cannot inspect $image"
# Prints shell assignments, or the problems and fails.
config=$(python3 - "$work/image.json" <<'EOF'
import json, shlex, sys
image = json.load(open(sys.argv[1]))
config = image["Docker"]["config"]
problems = []
user = config.get("User") or ""
if user.split(":")[0] in ("", "root", "0"):
    problems.append(f"the image runs as root (User: {user!r})")
entrypoint, cmd = config.get("Entrypoint") or [], config.get("Cmd") or []
if entrypoint != ["/usr/bin/hms-server"]:
    problems.append(f"ENTRYPOINT is {entrypoint}, not [\"/usr/bin/hms-server\"]")
health = config.get("Healthcheck") or {}
test = health.get("Test") or []
if not test or test[0] != "CMD" or not any("/health" in t for t in test):
    problems.append(f"no HEALTHCHECK asking /health (Healthcheck: {health})")
env = dict(e.split("=", 1) for e in config.get("Env") or [])
if "8080/tcp" not in (config.get("ExposedPorts") or {}):
    problems.append("port 8080 is not exposed")
if "/var/lib/hms" not in (config.get("Volumes") or {}):
    problems.append("/var/lib/hms is not a volume")
if problems:
    print("\n".join(problems), file=sys.stderr)
    sys.exit(1)
layers = json.loads(image["Manifest"])["layers"]
print("user=" + shlex.quote(user))
print("run_command=(" + " ".join(map(shlex.quote, entrypoint + cmd)) + ")")
print("health_command=(" + " ".join(map(shlex.quote, test[1:])) + ")")
timing = [f"{k.lower()} {v // 10**9} s" for k, v in health.items() if k not in ("Test", "Retries")]
print("health_timing=" + shlex.quote(", ".join(timing + [f"retries {health.get('Retries', 0)}"])))
print("image_bytes=%d" % sum(layer["size"] for layer in layers))
print("image_layers=%d" % len(layers))
print("stop_signal=" + shlex.quote(config.get("StopSignal") or "SIGTERM"))
EOF
) || fail "the image configuration is not as the Dockerfile says (above)"
user="" run_command=() health_command=() health_timing="" image_bytes=0 image_layers=0 stop_signal=""
eval "$config"
echo "USER $user; ENTRYPOINT+CMD ${run_command[*]}; STOPSIGNAL $stop_signal"
echo "HEALTHCHECK ${health_command[*]}"
echo "            ($health_timing)"

step "what the image holds"
ctr=$(buildah from --pull=never --name hms-image-check "$image")
in_image() { buildah run --isolation chroot "$ctr" -- "$@"; }
uid=$(in_image id -u) || fail "cannot run id in the image"
user_name=$(in_image id -un)
[ "$uid" -ne 0 ] || fail "the image's user ($user) is root"
[ "$user_name" = hms ] || fail "the image's user is $user_name, not hms"
in_image dpkg-query -W -f="\${Package}\n" >"$work/packages"
echo "$(wc -l <"$work/packages") Debian packages; hms-server $(in_image dpkg-query -W -f="\${Version}" hms-server)"
unwanted=$(grep -E -- '-dev$|^(build-essential|cmake|ninja-build|gcc(-[0-9]+)?|g\+\+(-[0-9]+)?|cpp(-[0-9]+)?|make|git|perl|python3.*)$' "$work/packages" || true)
[ -z "$unwanted" ] || fail "the image holds build tools or interpreters: $(echo "$unwanted" | tr '\n' ' ')"
mnt=$(buildah mount "$ctr")
docs=$(find "$mnt/usr/share/doc" -type f ! -name copyright | head -n 5)
[ -z "$docs" ] || fail "the image keeps documentation besides copyright files: $docs"
[ -z "$(find "$mnt/usr/share/man" "$mnt/usr/share/locale" -type f 2>/dev/null | head -n 1)" ] ||
  fail "the image keeps manual pages or translations"
[ ! -e "$mnt/var/lib/apt/lists/lock" ] || [ -z "$(find "$mnt/var/lib/apt/lists" -type f ! -name lock)" ] ||
  fail "the image keeps apt's package lists"
[ -x "$mnt/usr/bin/bash" ] || fail "no bash in the image (the health check runs it)"
echo "no compilers, -dev packages, Perl or Python; no documentation, manual pages, translations or apt lists"
echo "largest packages (kB installed):"
in_image dpkg-query -W -f="\${Installed-Size}\t\${Package}\n" | sort -rn | head -n 8 | sed 's/^/  /'
buildah umount "$ctr" >/dev/null

step "start the entry point on an empty database, as $user"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# chroot isolation shares this machine's network: a free port, on loopback only.
buildah config --env HMS_PORT="$port" --env HMS_LISTEN=127.0.0.1 "$ctr"
buildah run --isolation chroot "$ctr" -- "${run_command[@]}" >"$work/server.log" 2>&1 </dev/null &
server_pid=$!
pid=""
for _ in $(seq 1 100); do
  kill -0 "$server_pid" 2>/dev/null || break
  for p in $(descendants "$server_pid"); do
    [ "$(cat "/proc/$p/comm" 2>/dev/null)" = hms-server ] && pid=$p
  done
  [ -n "$pid" ] && break
  sleep 0.1
done
[ -n "$pid" ] || { cat "$work/server.log" >&2; fail "buildah run started no hms-server (log above)"; }
code=""
for _ in $(seq 1 150); do
  code=$(curl -s -o "$work/ready.body" -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/ready") || true
  [ "$code" = 200 ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.2
done
[ "$code" = 200 ] || { cat "$work/server.log" >&2; fail "GET /ready answered '${code:-nothing}', not 200 (log above)"; }
echo "GET /ready: 200 $(cat "$work/ready.body")"
uids=$(awk '$1 == "Uid:" { print $2, $3, $4, $5 }' "/proc/$pid/status")
gids=$(awk '$1 == "Gid:" { print $2, $3, $4, $5 }' "/proc/$pid/status")
[ "$uids" = "$uid $uid $uid $uid" ] || fail "hms-server runs with Uid $uids, not $user_name ($uid)"
[ "$(awk '$1 == "CapEff:" { print $2 }' "/proc/$pid/status")" = 0000000000000000 ] ||
  fail "hms-server has capabilities (CapEff: $(awk '$1 == "CapEff:" { print $2 }' "/proc/$pid/status"))"
echo "pid $pid as $user_name (uid $uid, gid ${gids%% *}), no capabilities, root $(readlink "/proc/$pid/root")"
in_image "${health_command[@]}" || fail "the image's HEALTHCHECK command fails against the running server"
echo "the HEALTHCHECK command passes in the container"

step "stop: $stop_signal"
t0=$(date +%s%N)
kill "-${stop_signal#SIG}" "$pid"
for _ in $(seq 1 150); do
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.1
done
kill -0 "$server_pid" 2>/dev/null && { cat "$work/server.log" >&2; fail "hms-server did not stop within 15 s of $stop_signal"; }
server_rc=0
wait "$server_pid" || server_rc=$?
server_pid=""
ms=$((($(date +%s%N) - t0) / 1000000))
[ "$server_rc" -eq 0 ] || { cat "$work/server.log" >&2; fail "hms-server exited with status $server_rc on $stop_signal (log above)"; }
grep -q '"msg":"stopped"' "$work/server.log" || { cat "$work/server.log" >&2; fail "no clean stop in the server's log (above)"; }
left=$(processes_under "$work")
[ -z "$left" ] || fail "processes are left in the container after the stop: $left"
echo "exit status 0 in $ms ms, \"stopped\" logged, no process left"

step "image size"
buildah push --quiet "$image" "oci:$work/oci:hms-server" >/dev/null || fail "buildah could not write the image as an OCI layout"
compressed=$(python3 - "$work/oci" <<'EOF'
import json, os, sys
root = sys.argv[1]
def blob(digest):
    return os.path.join(root, "blobs", *digest.split(":"))
index = json.load(open(os.path.join(root, "index.json")))
manifest = json.load(open(blob(index["manifests"][0]["digest"])))
print(sum(layer["size"] for layer in manifest["layers"]) + manifest["config"]["size"])
EOF
)
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1000000 }'; }
echo "$image: $(mb "$image_bytes") uncompressed in $image_layers layers ($(buildah images --format '{{.Size}}' "$image") as buildah lists it), $(mb "$compressed") compressed (gzip)"
debian_slim=$(buildah inspect --type image docker.io/library/debian:12-slim |
  python3 -c 'import json, sys; print(sum(l["size"] for l in json.loads(json.load(sys.stdin)["Manifest"])["layers"]))')
echo "of which debian:12-slim $(mb "$debian_slim"), hms-server and its libraries $(mb $((image_bytes - debian_slim)))"
[ "$image_bytes" -le $((size_budget_mb * 1000000)) ] ||
  fail "the image is $(mb "$image_bytes"), more than the budget of $size_budget_mb MB (HMS_IMAGE_BUDGET_MB)"
