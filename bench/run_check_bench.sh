#!/usr/bin/env bash
# Check benchmark: labeltool check against a Python peer, and single-file latency.
#
# usage: bench/run_check_bench.sh [--quick] [BUILD_DIR]      (BUILD_DIR default: build/release)
#
# Generates a corpus of zelfevaluaties (cached in ${BENCH_DIR:-/tmp/labeltool-bench}), then
# times, best of 3 wall-clock runs each (from the repository root, so ./normsets is found):
#   BUILD_DIR/labeltool check --today 2026-11-23 --format json CORPUS
#   /usr/bin/python3 bench/peer_check.py --today 2026-11-23 CORPUS   (single process)
# and prints files, MB, seconds, files/s, peak RSS and peer / labeltool (target >= 10x).
# Then the latency of one small check, best of 20 whole-process runs (target <= 10 ms):
#   BUILD_DIR/labeltool check examples/buurtkracht-kssw-2019.yaml
# (the first generated file when that example does not exist).
#
# Exit status: 0 when everything ran (even with MISS: this is a report; exit 1 from a check
# only means it found something); 1 when a command failed (exit 2 or more); 2 on usage errors.
# --quick uses a small corpus (500 files) for a smoke run in CI.
set -euo pipefail

usage() { sed -n '2,17s/^# \{0,1\}//p' "$0"; }

bench_src="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$bench_src/lib.sh"
parse_bench_arguments "$@"
repo_root="$(cd "$bench_src/.." && pwd)"
python=/usr/bin/python3          # Debian's python: python3-yaml with libyaml, python3-jsonschema
runs=3
latency_runs=20
today=2026-11-23                 # the generator's due dates are laid out around this day

# Targets.
peer_target=10.0                 # peer / labeltool check  >= 10x
latency_target_ms=10             # one small file, whole process  <= 10 ms

die() { echo "run_check_bench.sh: $*" >&2; exit 1; }

# BUILD_DIR is relative to where the script was started; the runs happen in the repo root.
[[ "$build_dir" = /* ]] || build_dir="$PWD/$build_dir"
labeltool="$build_dir/labeltool"
[[ -x "$labeltool" ]] || die "$labeltool not found or not executable (build BUILD_DIR first)"
[[ -x "$python" ]] || die "$python not found (apt-get install python3 python3-yaml python3-jsonschema)"
"$python" -c 'import yaml; yaml.CSafeLoader' 2>/dev/null \
    || die "$python has no PyYAML with libyaml (apt-get install python3-yaml)"
"$python" -c 'import jsonschema' 2>/dev/null \
    || die "$python has no jsonschema (apt-get install python3-jsonschema)"

cd "$repo_root"

# --- corpus -------------------------------------------------------------------------------
bench_dir="${BENCH_DIR:-/tmp/labeltool-bench}"
if (( quick )); then
    corpus="$bench_dir/zelfevaluaties-quick"; gen_args=(--count 500 --seed 1)
else
    corpus="$bench_dir/zelfevaluaties"; gen_args=(--count 10000 --seed 1)
fi
# The stamp includes the norm sets the generator reads, so editing them regenerates it.
normsets_sum=$(cat normsets/kssw-2019.yaml normsets/nvvk-2021.yaml | cksum | cut -d' ' -f1)
stamp="gen_zelfevaluaties v$("$python" "$bench_src/gen_zelfevaluaties.py" --version) ${gen_args[*]} normsets $normsets_sum"
ensure_corpus "$corpus" "$stamp" "$bench_src/gen_zelfevaluaties.py" "${gen_args[@]}"

files=$(find "$corpus" -type f \( -name '*.yaml' -o -name '*.yml' \) | wc -l)
bytes=$(find "$corpus" -type f \( -name '*.yaml' -o -name '*.yml' \) -exec cat {} + | wc -c)
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')

# --- timing -------------------------------------------------------------------------------
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Warm the page cache so the first timed run does not pay for disk reads.
find "$corpus" -type f -exec cat {} + > /dev/null

secs=() rss=() rcs=()
names=("labeltool check" "peer_check.py (python3)")

measure "${names[0]}" 1 "$labeltool" check --today "$today" --format json "$corpus"
secs[0]=$best_s; rss[0]=$peak_kb; rcs[0]=$last_rc
measure "${names[1]}" 1 "$python" "$bench_src/peer_check.py" --today "$today" "$corpus"
secs[1]=$best_s; rss[1]=$peak_kb; rcs[1]=$last_rc
peer_totals=$(tail -n 1 "$work/last_err")

# --- latency ------------------------------------------------------------------------------
example="examples/buurtkracht-kssw-2019.yaml"
if [[ ! -f "$example" ]]; then
    example=$(find "$corpus" -type f -name '*.yaml' | sort | head -n 1)
    example_note=" (examples/buurtkracht-kssw-2019.yaml is missing)"
else
    example_note=""
fi
lat_cmd=("$labeltool" check "$example")

# One run first: it must exit 0 or 1, and it warms the caches.
rc=0
"${lat_cmd[@]}" >/dev/null 2>"$work/err" || rc=$?
if (( rc != 0 && rc != 1 )); then
    echo "FAILED: labeltool check exited with $rc: ${lat_cmd[*]}" >&2
    head -n 20 "$work/err" >&2
    exit 1
fi
lat_rc=$rc

best_ns=""
if command -v hyperfine >/dev/null 2>&1; then
    lat_tool="hyperfine"
    # -N: no shell in between; -i: exit 1 (findings) is fine, checked above.
    hyperfine -N -i --warmup 3 --runs "$latency_runs" --export-json "$work/lat.json" \
        -- "$(printf '%q ' "${lat_cmd[@]}")" >/dev/null 2>&1 \
        || die "hyperfine failed on: ${lat_cmd[*]}"
    best_ns=$("$python" -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]
print(int(min(r["times"]) * 1e9))' "$work/lat.json")
else
    lat_tool="bash"
    for (( i = 1; i <= latency_runs; i++ )); do
        if [[ -n "${EPOCHREALTIME:-}" ]]; then   # bash 5: no fork to read the clock
            s=${EPOCHREALTIME/[.,]/}
            "${lat_cmd[@]}" >/dev/null 2>&1 || true
            e=${EPOCHREALTIME/[.,]/}
            t=$(( (e - s) * 1000 ))
        else
            s=$(date +%s%N)
            "${lat_cmd[@]}" >/dev/null 2>&1 || true
            e=$(date +%s%N)
            t=$(( e - s ))
        fi
        if [[ -z "$best_ns" ]] || (( t < best_ns )); then best_ns=$t; fi
    done
fi
lat_ms=$(awk -v n="$best_ns" 'BEGIN { printf "%.2f", n / 1e6 }')

# --- report -------------------------------------------------------------------------------
echo
echo "check benchmark: $files files, $mb MB ($corpus), best of $runs, $(nproc) cores"
printf '  %-26s %9s %9s %10s %12s %5s\n' "" "seconds" "MB/s" "files/s" "peak RSS" "exit"
for i in 0 1; do
    rate=$(awk -v b="$bytes" -v s="${secs[$i]}" 'BEGIN { printf "%.1f", (s > 0 ? b / 1e6 / s : 0) }')
    fps=$(awk -v f="$files" -v s="${secs[$i]}" 'BEGIN { printf "%.0f", (s > 0 ? f / s : 0) }')
    if (( have_time )); then
        mem=$(awk -v k="${rss[$i]}" 'BEGIN { printf "%.1f MB", k / 1024 }')
    else
        mem="-"
    fi
    printf '  %-26s %9s %9s %10s %12s %5s\n' "${names[$i]}" "${secs[$i]}" "$rate" "$fps" "$mem" "${rcs[$i]}"
done
[[ $have_time == 1 ]] || echo "  (peak RSS skipped: /usr/bin/time not installed)"
echo "  peer totals: ${peer_totals#peer_check.py: }"

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
echo "ratio"
ratio "peer / labeltool check" "${secs[1]}" "${secs[0]}" ">=" "$peer_target"

echo
echo "latency: ${lat_cmd[*]#$repo_root/}$example_note"
awk -v ms="$lat_ms" -v t="$latency_target_ms" -v n="$latency_runs" -v tool="$lat_tool" -v rc="$lat_rc" 'BEGIN {
    printf "  best of %d whole-process runs (%s): %.2f ms, exit %d   target <= %d ms   %s\n",
        n, tool, ms, rc, t, (ms <= t) ? "PASS" : "MISS"
}'
