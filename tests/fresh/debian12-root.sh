#!/usr/bin/env bash
# Proves the README's two set-up commands on a brand-new Debian 12: for each of `demo` and
# `test`, a fresh debootstrap --variant=minbase root, a clone of this repository in it, and
# `./setup.sh MODE` run inside as root. Nothing from this machine's installs can help: the
# root starts with Debian's minimal base only.
#
#   sudo tests/fresh/debian12-root.sh [WORKDIR]     (default WORKDIR: /var/tmp/labeltool-fresh)
#   sudo FRESH_MODES=test tests/fresh/debian12-root.sh   (only one of the two commands)
#
# Needs debootstrap (apt-get install debootstrap) and Debian's mirror; takes 15–30 minutes.
# Logs: WORKDIR/demo.log and WORKDIR/test.log; the exit code is non-zero if either failed.
set -u
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${1:-/var/tmp/labeltool-fresh}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
mkdir -p "$work"
if [ ! -x "$work/base/bin/bash" ]; then
  debootstrap --variant=minbase bookworm "$work/base" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    { echo "debootstrap failed (see $work/debootstrap.log)" >&2; exit 2; }
fi
# An interrupted run must not leave the host's /proc, /sys and /dev bound into a root.
release_mounts() {
  [ -n "${root:-}" ] || return 0   # never "$root/proc" = /proc
  for fs in proc sys dev; do
    if mountpoint -q "$root/$fs"; then umount -l "$root/$fs"; fi
  done
}
trap release_mounts EXIT
status=0
for mode in ${FRESH_MODES:-demo test}; do
  root="$work/$mode"
  # --one-file-system: never follow a bind mount of /dev or /proc left by an interrupted run
  # into the host (it would delete the host's device nodes).
  release_mounts
  rm -rf --one-file-system "$root"
  cp -a "$work/base" "$root"   # each mode on an untouched copy
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  # The host's own network set-up, like resolv.conf: where HTTPS goes through a proxy that
  # signs with a local CA, the root must trust it too, or `npm pack` (the SARIF schema) fails
  # with SELF_SIGNED_CERT_IN_CHAIN. ca-certificates, installed by setup.sh, picks them up.
  if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    mkdir -p "$root/usr/local/share/ca-certificates"
    cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
  fi
  for fs in proc sys dev; do mount --bind "/$fs" "$root/$fs"; done
  git clone -q "$repo" "$root/src/labeltool"
  start=$(date +%s)
  chroot "$root" /bin/bash -c "cd /src/labeltool && ./setup.sh $mode" >"$work/$mode.log" 2>&1
  rc=$?
  release_mounts
  echo "setup.sh $mode in a fresh Debian 12 root: exit $rc after $(( $(date +%s) - start )) s (log: $work/$mode.log)"
  [ "$rc" -eq 0 ] || status=1
done
exit "$status"
