#!/usr/bin/env bash
# labeltool's one-step set-up on Debian/Ubuntu: installs whatever is missing, builds, then
# runs what you asked for.
#
#   ./setup.sh demo   release build, then labeltool's main job on a shipped example
#   ./setup.sh test   release build, then the whole test suite (ctest)
#   ./setup.sh asan   AddressSanitizer + UBSan build, then the whole test suite
#   ./setup.sh fuzz   a short run of every libFuzzer target (clang), as CI does
#   ./setup.sh build  release build only
#
# Run it as root, or as a user who may use sudo, on Debian 12 or newer.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

mode="${1:-demo}"
case "$mode" in
  demo|test|asan|fuzz|build) ;;
  -h|--help) sed -n '2,12s/^# \{0,1\}//p' "$0"; exit 0 ;;
  *) echo "setup.sh: unknown mode '$mode' (demo, test, asan, fuzz or build)" >&2; exit 2 ;;
esac

# Build tools and libraries (libstemmer for suggest's Snowball stemmers; libzip and expat
# for the workbook reader; libxlsxwriter for the workbook forms), plus what the tests use
# (python3-yaml and python3-jsonschema drive the peer benchmarks and validate our JSON output
# with a real validator).
packages=(cmake make g++ libcli11-dev libyaml-cpp-dev libfmt-dev doctest-dev
          libstemmer-dev libzip-dev libexpat1-dev libxlsxwriter-dev
          python3 python3-yaml python3-jsonschema)
# The test suite also builds the .deb (CPack runs `file` and dpkg-dev's dpkg-shlibdeps, which
# a minimal Debian lacks), runs the pre-commit hooks in a real git repository, reads back
# workbooks that openpyxl and LibreOffice Calc write, opens, prints and photographs the HTML
# reports in Chromium (pdftotext reads the printed pages), and runs suggest's benchmark peer
# (scikit-learn's TF-IDF, in .ci/run).
case "$mode" in
  test|asan) packages+=(file dpkg-dev git pre-commit python3-openpyxl libreoffice-calc-nogui
                        python3-sklearn chromium poppler-utils) ;;
esac
# The fuzz targets need clang with libFuzzer.
[ "$mode" = fuzz ] && packages+=(clang libclang-rt-14-dev)
sudo=()
if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "setup.sh: installing ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The official SARIF 2.1.0 schema, for the test that validates --format sarif. It ships in
# an npm package; fetched once per clone into build/.cache (the test skips without it).
fetch_sarif_schema() {
  local schema=build/.cache/sarif-2.1.0.json tmp
  [ -f "$schema" ] && return 0
  if ! command -v npm >/dev/null 2>&1; then
    echo "setup.sh: installing npm (to fetch the SARIF schema)"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends npm >/dev/null
  fi
  tmp="$(mktemp -d)"
  if (cd "$tmp" && npm pack --silent @microsoft/sarif-multitool-linux@5.7.0 >/dev/null 2>&1) &&
     tar xzf "$tmp"/*.tgz -C "$tmp" package/sarif-2.1.0.json; then
    mkdir -p build/.cache && mv "$tmp/package/sarif-2.1.0.json" "$schema"
  else
    echo "setup.sh: could not fetch the SARIF schema; its validation test will be skipped" >&2
  fi
  rm -rf "$tmp"
}

jobs="$(nproc 2>/dev/null || echo 2)"
if [ "$mode" = fuzz ]; then
  exec fuzz/run_fuzz.sh --quick
fi
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
    fetch_sarif_schema
    ctest --preset "$preset" -j "$jobs"
    ;;
esac
