#!/usr/bin/env bash
# labeltool's one-step set-up on Debian/Ubuntu: installs whatever is missing, builds, then
# runs what you asked for.
#
#   ./setup.sh demo   release build, then labeltool's main job on a shipped example
#   ./setup.sh test   release build, then the whole test suite (ctest)
#   ./setup.sh asan   AddressSanitizer + UBSan build, then the whole test suite
#   ./setup.sh build  release build only
#
# Run it as root, or as a user who may use sudo, on Debian 12 or newer.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

mode="${1:-demo}"
case "$mode" in
  demo|test|asan|build) ;;
  -h|--help) sed -n '2,11s/^# \{0,1\}//p' "$0"; exit 0 ;;
  *) echo "setup.sh: unknown mode '$mode' (demo, test, asan or build)" >&2; exit 2 ;;
esac

# Build tools and libraries, plus what the tests use (python3-yaml and python3-jsonschema
# drive the peer benchmarks and validate our JSON output with a real validator).
packages=(cmake make g++ libcli11-dev libyaml-cpp-dev libfmt-dev doctest-dev
          python3 python3-yaml python3-jsonschema)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "setup.sh: installing ${missing[*]}"
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

jobs="$(nproc 2>/dev/null || echo 2)"
preset=release
[ "$mode" = asan ] && preset=asan
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$jobs"

case "$mode" in
  demo)
    set -x
    ./build/release/labeltool lint normsets/
    ./build/release/labeltool check examples/buurtkracht-kssw-2019.yaml
    ;;
  test|asan)
    ctest --preset "$preset" -j "$jobs"
    ;;
esac
