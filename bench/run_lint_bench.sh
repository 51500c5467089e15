#!/usr/bin/env bash
# Lint benchmark: labeltool lint against a Python peer and the bare yaml-cpp parser.
#
# usage: bench/run_lint_bench.sh [--quick] [BUILD_DIR]      (BUILD_DIR default: build/release)
#
# Generates a corpus of valid norm sets (cached in ${BENCH_DIR:-/tmp/labeltool-bench}),
# then times, best of 3 wall-clock runs each:
#   BUILD_DIR/labeltool lint CORPUS             (default threads)
#   BUILD_DIR/labeltool lint --jobs 1 CORPUS
#   /usr/bin/python3 bench/peer_lint.py CORPUS  (PyYAML + libyaml, single process)
#   BUILD_DIR/bench_bare_parse CORPUS           (yaml-cpp event parser, no-op handler)
# and prints time, MB/s, peak RSS and the target ratios with PASS/MISS.
#
# Exit status: 0 when everything ran (even with MISS: this is a report); 1 when a command
# failed, or labeltool lint did not exit 0 on the valid corpus; 2 on usage errors.
# --quick uses a small corpus (20 files, ~5 MB) for a smoke run in CI.
set -euo pipefail

usage() { sed -n '2,16s/^# \{0,1\}//p' "$0"; }

quick=0
build_dir=""
for arg in "$@"; do
    case "$arg" in
        --quick) quick=1 ;;
        -h|--help) usage; exit 0 ;;
        -*) echo "run_lint_bench.sh: unknown option $arg" >&2; usage >&2; exit 2 ;;
        *) [[ -z "$build_dir" ]] || { echo "run_lint_bench.sh: one BUILD_DIR only" >&2; exit 2; }
           build_dir="$arg" ;;
    esac
done
build_dir="${build_dir:-build/release}"

bench_src="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$bench_src/lib.sh"
python=/usr/bin/python3          # Debian's python: it has python3-yaml with libyaml
labeltool="$build_dir/labeltool"
bare="$build_dir/bench_bare_parse"
runs=3

# Targets.
peer_target=3.0                  # peer / labeltool lint  >= 3x
bare_target=1.3                  # labeltool lint / bare  <= 1.3x

die() { echo "run_lint_bench.sh: $*" >&2; exit 1; }

for exe in "$labeltool" "$bare"; do
    [[ -x "$exe" ]] || die "$exe not found or not executable (build BUILD_DIR first)"
done
[[ -x "$python" ]] || die "$python not found (apt-get install python3 python3-yaml)"
"$python" -c 'import yaml; yaml.CSafeLoader' 2>/dev/null \
    || die "$python has no PyYAML with libyaml (apt-get install python3-yaml)"

# --- corpus -------------------------------------------------------------------------------
bench_dir="${BENCH_DIR:-/tmp/labeltool-bench}"
if (( quick )); then
    corpus="$bench_dir/normsets-quick"; gen_args=(--files 20 --mb 5 --seed 1)
else
    corpus="$bench_dir/normsets"; gen_args=(--files 250 --mb 55 --seed 1)
fi
stamp="gen_normsets v$("$python" "$bench_src/gen_normsets.py" --version) ${gen_args[*]}"
ensure_corpus "$corpus" "$stamp" "$bench_src/gen_normsets.py" "${gen_args[@]}"

files=$(find "$corpus" -type f \( -name '*.yaml' -o -name '*.yml' \) | wc -l)
bytes=$(find "$corpus" -type f \( -name '*.yaml' -o -name '*.yml' \) -exec cat {} + | wc -c)
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')

# --- timing -------------------------------------------------------------------------------
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Warm the page cache so the first timed run does not pay for disk reads.
find "$corpus" -type f -exec cat {} + > /dev/null

secs=() rss=()
names=("labeltool lint" "labeltool lint --jobs 1" "peer_lint.py (python3)" "bench_bare_parse")

measure "${names[0]}" 0 "$labeltool" lint "$corpus";          secs[0]=$best_s; rss[0]=$peak_kb
measure "${names[1]}" 0 "$labeltool" lint --jobs 1 "$corpus"; secs[1]=$best_s; rss[1]=$peak_kb
measure "${names[2]}" 0 "$python" "$bench_src/peer_lint.py" "$corpus"; secs[2]=$best_s; rss[2]=$peak_kb
measure "${names[3]}" 0 "$bare" "$corpus";                    secs[3]=$best_s; rss[3]=$peak_kb

# --- report -------------------------------------------------------------------------------
echo
echo "lint benchmark: $files files, $mb MB ($corpus), best of $runs, $(nproc) cores"
printf '  %-28s %10s %10s %12s\n' "" "seconds" "MB/s" "peak RSS"
for i in 0 1 2 3; do
    rate=$(awk -v b="$bytes" -v s="${secs[$i]}" 'BEGIN { printf "%.1f", (s > 0 ? b / 1e6 / s : 0) }')
    if (( have_time )); then
        mem=$(awk -v k="${rss[$i]}" 'BEGIN { printf "%.1f MB", k / 1024 }')
    else
        mem="-"
    fi
    printf '  %-28s %10s %10s %12s\n' "${names[$i]}" "${secs[$i]}" "$rate" "$mem"
done
[[ $have_time == 1 ]] || echo "  (peak RSS skipped: /usr/bin/time not installed)"

# ratio LABEL NUM DEN OP TARGET : prints NUM/DEN and PASS when it is OP (>= or <=) TARGET.
ratio() {
    local label="$1" num="$2" den="$3" op="$4" target="$5"
    awk -v l="$label" -v n="$num" -v d="$den" -v op="$op" -v t="$target" 'BEGIN {
        r = d > 0 ? n / d : 0
        ok = (op == ">=") ? (r >= t) : (r <= t)
        printf "  %-34s %6.2fx   target %s %.1fx   %s\n", l, r, op, t, ok ? "PASS" : "MISS"
    }'
}
echo
echo "ratios"
ratio "peer / labeltool lint"           "${secs[2]}" "${secs[0]}" ">=" "$peer_target"
ratio "labeltool lint --jobs 1 / bare"  "${secs[1]}" "${secs[3]}" "<=" "$bare_target"
ratio "labeltool lint / bare"           "${secs[0]}" "${secs[3]}" "<=" "$bare_target"

# --- real files: the CISO Assistant fixtures ---------------------------------------------
# Three library files another project publishes (../shared/fixtures/ciso-assistant, 0.7 MB).
# labeltool lint reads them in its CISO mode (frameworks, then the mapping set against them);
# the comparison is the bare yaml-cpp parse of the same bytes and, as the floor for any Python
# linter, PyYAML's libyaml loader reading them (parse only, no checks).
fixtures="$bench_src/../../shared/fixtures/ciso-assistant"
if [[ -d "$fixtures" ]]; then
    runs=10
    ciso_bytes=$(cat "$fixtures"/*.yaml | wc -c)
    measure "labeltool lint (CISO)" 0 "$labeltool" lint --fail-on never "$fixtures"; ciso_lint=$best_s
    measure "bench_bare_parse (CISO)" 0 "$bare" "$fixtures";                      ciso_bare=$best_s
    measure "PyYAML CSafeLoader load (CISO)" 0 "$python" -c \
        'import sys, glob, yaml; [yaml.load(open(f, "rb"), Loader=yaml.CSafeLoader) for f in glob.glob(sys.argv[1] + "/*.yaml")]' \
        "$fixtures";                                                          ciso_py=$best_s
    echo
    echo "real files: CISO Assistant fixtures, 3 files, $(awk -v b="$ciso_bytes" 'BEGIN { printf "%.2f", b / 1e6 }') MB, best of $runs (whole process)"
    printf '  %-34s %10s\n' "labeltool lint" "$ciso_lint" "bench_bare_parse" "$ciso_bare" "PyYAML load only (python3)" "$ciso_py"
    ratio "PyYAML load only / labeltool lint" "$ciso_py" "$ciso_lint" ">=" "$peer_target"
    ratio "labeltool lint / bare"             "$ciso_lint" "$ciso_bare" "<=" "$bare_target"
else
    echo "(CISO Assistant fixtures not found at $fixtures: real-file figures skipped)"
fi
