#!/usr/bin/env bash
# Workbook benchmark: labeltool check of filled .xlsx zelfevaluaties against a Python peer
# reading the same workbooks with openpyxl and making the same checks (missing answers,
# scores on the scale, due dates).
#
# usage: bench/run_xlsx_bench.sh [--quick] [BUILD_DIR]      (BUILD_DIR default: build/release)
#
# Generates zelfevaluaties (bench/gen_zelfevaluaties.py) and writes each as a workbook with
# openpyxl (bench/gen_workbooks.py; cached in ${BENCH_DIR:-/tmp/labeltool-bench}), then times,
# best of 3 wall-clock runs each, in one run (from the repository root):
#   BUILD_DIR/labeltool check --today 2026-11-23 --format json CORPUS
#   /usr/bin/python3 bench/peer_xlsx.py --today 2026-11-23 CORPUS   (openpyxl, read_only)
# and prints files, MB, seconds, files/s, peak RSS and peer / labeltool (target >= 10x).
# Exit status: 0 when everything ran; 1 when a command failed; 2 on usage errors.
# --quick uses 100 workbooks for a smoke run in CI (1,000 otherwise).
set -euo pipefail

usage() { sed -n '2,15s/^# \{0,1\}//p' "$0"; }

bench_src="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$bench_src/lib.sh"
parse_bench_arguments "$@"
repo_root="$(cd "$bench_src/.." && pwd)"
python=/usr/bin/python3
runs=3
today=2026-11-23
peer_target=10.0

die() { echo "run_xlsx_bench.sh: $*" >&2; exit 1; }
[[ "$build_dir" = /* ]] || build_dir="$PWD/$build_dir"
labeltool="$build_dir/labeltool"
[[ -x "$labeltool" ]] || die "$labeltool not found or not executable (build BUILD_DIR first)"
"$python" -c 'import openpyxl, yaml' 2>/dev/null \
    || die "$python has no openpyxl or yaml (apt-get install python3-openpyxl python3-yaml)"
cd "$repo_root"

count=1000
(( quick )) && count=100
bench_dir="${BENCH_DIR:-/tmp/labeltool-bench}"
yaml_corpus="$bench_dir/xlsx-source-$count"
corpus="$bench_dir/workbooks-$count"
normsets_sum=$(cat normsets/kssw-2019.yaml normsets/nvvk-2021.yaml | cksum | cut -d' ' -f1)
writer_sum=$(cat tests/xlsx/write_openpyxl.py "$bench_src/gen_workbooks.py" | cksum | cut -d' ' -f1)
stamp="gen_zelfevaluaties v$("$python" "$bench_src/gen_zelfevaluaties.py" --version) --count $count normsets $normsets_sum"
ensure_corpus "$yaml_corpus" "$stamp" "$bench_src/gen_zelfevaluaties.py" --count "$count" --seed 1
ensure_corpus "$corpus" "$stamp writer $writer_sum" "$bench_src/gen_workbooks.py" "$yaml_corpus" --count "$count"

files=$(find "$corpus" -type f -name '*.xlsx' | wc -l)
bytes=$(find "$corpus" -type f -name '*.xlsx' -exec cat {} + | wc -c)
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
find "$corpus" -type f -exec cat {} + > /dev/null

measure "labeltool check" 1 "$labeltool" check --today "$today" --format json "$corpus"
ours_s=$best_s; ours_kb=$peak_kb
measure "peer_xlsx.py" 1 "$python" "$bench_src/peer_xlsx.py" --today "$today" "$corpus"
peer_s=$best_s; peer_kb=$peak_kb
peer_totals=$(tail -n 1 "$work/last_err")

echo "workbooks: $files files, $mb MB (written by openpyxl)"
printf '%-28s %8s %10s %10s\n' "command" "seconds" "files/s" "peak MB"
for row in "labeltool check|$ours_s|$ours_kb" "peer_xlsx.py (openpyxl)|$peer_s|$peer_kb"; do
    IFS='|' read -r name s kb <<<"$row"
    printf '%-28s %8s %10s %10s\n' "$name" "$s" \
        "$(awk -v f="$files" -v s="$s" 'BEGIN { printf "%.0f", (s > 0 ? f / s : 0) }')" \
        "$(awk -v k="$kb" 'BEGIN { printf "%.1f", k / 1024 }')"
done
echo "peer: $peer_totals"
ratio=$(awk -v p="$peer_s" -v o="$ours_s" 'BEGIN { printf "%.1f", (o > 0 ? p / o : 0) }')
verdict=$(awk -v r="$ratio" -v t="$peer_target" 'BEGIN { print (r >= t) ? "OK" : "MISS" }')
echo "peer / labeltool check: ${ratio}x (target >= ${peer_target}x) $verdict"
