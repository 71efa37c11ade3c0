# shellcheck shell=bash
# Shell functions for scripts that make a Debian root with mmdebstrap and must
# leave nothing behind: .ci/run, tests/package/check-service.sh and
# tests/container/check-image.sh source this file.

# This machine's Debian apt sources, one file per line: deb822 files and
# one-line lists naming a Debian archive (…/debian, …/debian-security). Other
# vendors' lists are not reachable from everywhere, and their keys are not in
# a fresh root.
debian_apt_sources() {
  local f
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    grep -Eq '^[^#]*(URIs:|deb )[^#]*/debian(-security)?/?( |$)' "$f" && printf '%s\n' "$f"
  done
  return 0
}

# Whether / is a mount point in this mount namespace; it is not in a chroot,
# where mmdebstrap's, buildah's and systemd-nspawn's mount changes fail.
slash_is_mount_point() {
  awk '$5 == "/" { found = 1 } END { exit !found }' /proc/self/mountinfo
}

# Mount points at or under $1, deepest first, from /proc/self/mountinfo (field
# 5, its octal escapes such as \040 decoded).
mounts_under() {
  local m
  awk '{ print $5 }' /proc/self/mountinfo |
    while IFS= read -r m; do
      m=$(printf '%b' "$m")
      case "$m" in "$1" | "$1"/*) printf '%s\n' "$m" ;; esac
    done | awk '{ print length, $0 }' | sort -rn | cut -d' ' -f2-
}

# Processes whose root or working folder is at or under $1 (a chroot's, a
# container's). A root out of this process's sight reads as its path from the
# machine's root, so $1 may come after a prefix (seen from a chroot).
processes_under() {
  local p link
  for p in /proc/[0-9]*; do
    for link in root cwd; do
      case "$(readlink "$p/$link" 2>/dev/null)" in
        *"$1" | *"$1"/*) echo "${p#/proc/}"; break ;;
      esac
    done
  done
}

# Stops every process under $1 (processes_under): TERM, then KILL after two
# seconds. Names them and returns 1 when there were any, 0 when there were none.
stop_processes_under() {
  local pids
  pids=$(processes_under "$1")
  [ -n "$pids" ] || return 0
  echo "processes still running in $1, stopping them:" >&2
  local p
  for p in $pids; do
    printf '%7s %s\n' "$p" "$(tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null)" >&2
  done
  # shellcheck disable=SC2086 # one pid per word
  kill -TERM $pids 2>/dev/null
  for _ in $(seq 1 20); do
    [ -n "$(processes_under "$1")" ] || return 1
    sleep 0.1
  done
  pids=$(processes_under "$1")
  # shellcheck disable=SC2086
  [ -n "$pids" ] && kill -KILL $pids 2>/dev/null && sleep 0.5
  return 1
}

# Unmounts everything under $1, deepest first, then deletes it without
# crossing into another file system. Deletes nothing, names what is still
# mounted and returns 1 if anything stays mounted: a recursive delete through
# a bind of /dev or /sys would wipe the machine's own.
remove_tree() {
  local m
  while IFS= read -r m; do
    [ -n "$m" ] && { umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null; }
  done < <(mounts_under "$1")
  if [ -n "$(mounts_under "$1")" ]; then
    printf 'still mounted under %s, so it is NOT removed:\n' "$1" >&2
    mounts_under "$1" >&2
    return 1
  fi
  rm -rf --one-file-system "$1"
}
