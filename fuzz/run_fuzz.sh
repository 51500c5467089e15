#!/usr/bin/env bash
# Builds labeltool's libFuzzer targets with clang (build/fuzz), seeds their corpora from the
# shipped files and runs them.
#
#   fuzz/run_fuzz.sh [--seconds N | --runs N | --quick | --replay] [--jobs J]
#                    [--sanitizers LIST] [--stop-on-crash] [TARGET...]
#
#   --seconds N      fuzz each target for N seconds (default 60)
#   --runs N         fuzz each target for N executions instead
#   --quick          CI mode: --seconds 15 for every target
#   --replay         run each target once over its corpus and stop at the first finding:
#                    checks a corpus grown with a faster build (--sanitizers undefined)
#                    under ASan+UBSan
#   --sanitizers L   -fsanitize= list (default address,undefined, in build/fuzz); another
#                    list builds in build/fuzz-<list>, e.g. 'undefined' runs about twice as
#                    fast, with libstdc++'s bounds checks but without ASan
#   --jobs J         run J targets at a time (default: the number of cores, at most 2);
#                    with fewer targets than J, each gets J/targets fork workers
#   --stop-on-crash  plain libFuzzer: stop a target at its first finding, and let oracle
#                    failures abort. By default a target keeps going after a finding
#                    (-fork=1 -ignore_crashes=1 ...) and oracle failures are recorded once
#                    per kind (LABELTOOL_FUZZ_ORACLES=record).
#   --max-len N      longest input libFuzzer makes, in bytes (default 65536; a long run to
#                    many millions of executions uses a smaller value, e.g. 2048)
#   --no-build       use the binaries already built
#   TARGET           fuzz_yaml fuzz_normset fuzz_zelfevaluatie fuzz_crosswalk fuzz_csv fuzz_xlsx
#                    fuzz_ciso; default: all of them
#
# Corpora live in fuzz/corpus/<target>/ and findings in fuzz/crashes/<target>/ (both
# ignored by git); logs in <build folder>/logs/. Prints per target: executions, exec/s,
# coverage (cov/ft of libFuzzer's last stats line), findings and wall time. Exits 1 when any
# target found something (crash, timeout, out-of-memory, leak or a failed oracle), 2 on a
# usage or build problem.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
build="$root/build/fuzz"

usage() { sed -n '2,35s/^# \{0,1\}//p' "$0"; }

seconds=60 runs="" jobs="" stop_on_crash=0 do_build=1 max_len=65536 targets=() replay=0
sanitizers=address,undefined
while (($#)); do
  case "$1" in
    --seconds) seconds="${2:?--seconds needs a number}"; runs=""; shift 2 ;;
    --runs) runs="${2:?--runs needs a number}"; shift 2 ;;
    --quick) seconds=15; runs=""; shift ;;
    --replay) replay=1; shift ;;
    --sanitizers) sanitizers="${2:?--sanitizers needs a list}"; shift 2 ;;
    --jobs) jobs="${2:?--jobs needs a number}"; shift 2 ;;
    --stop-on-crash) stop_on_crash=1; shift ;;
    --no-build) do_build=0; shift ;;
    --max-len) max_len="${2:?--max-len needs a number}"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "run_fuzz.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
for number in "$seconds" "${runs:-1}" "${jobs:-1}" "$max_len"; do
  [[ "$number" =~ ^[1-9][0-9]*$ ]] || { echo "run_fuzz.sh: '$number' is not a positive number" >&2; exit 2; }
done
[[ "$sanitizers" =~ ^[a-z]+(,[a-z]+)*$ ]] || { echo "run_fuzz.sh: '$sanitizers' is not a sanitizer list" >&2; exit 2; }
[ "$sanitizers" = address,undefined ] || build="$root/build/fuzz-${sanitizers//,/-}"
if ((replay)); then runs=0; stop_on_crash=1; fi
if [ -z "$jobs" ]; then
  jobs="$(nproc 2>/dev/null || echo 1)"
  ((jobs > 2)) && jobs=2
fi

all_targets=(fuzz_yaml fuzz_normset fuzz_zelfevaluatie fuzz_crosswalk fuzz_csv fuzz_ciso fuzz_xlsx fuzz_audit)
((${#targets[@]})) || targets=("${all_targets[@]}")
for target in "${targets[@]}"; do
  [[ " ${all_targets[*]} " == *" $target "* ]] || {
    echo "run_fuzz.sh: unknown target '$target' (${all_targets[*]})" >&2; exit 2; }
done

# ── Build ─────────────────────────────────────────────────────────────────────────────────
if ((do_build)); then
  command -v clang++ >/dev/null || { echo "run_fuzz.sh: clang++ not found (apt-get install clang)" >&2; exit 2; }
  probe="$(mktemp -d)"
  printf '#include <cstddef>\n#include <cstdint>\nextern "C" int LLVMFuzzerTestOneInput(const uint8_t*, size_t) { return 0; }\n' > "$probe/p.cpp"
  if ! clang++ -fsanitize="fuzzer,$sanitizers" "$probe/p.cpp" -o "$probe/p" 2>"$probe/err"; then
    cat "$probe/err" >&2
    echo "run_fuzz.sh: clang cannot link libFuzzer (apt-get install libclang-rt-14-dev)" >&2
    rm -rf "$probe"; exit 2
  fi
  rm -rf "$probe"
  # Configured every time (it is quick): a build folder from before a target was added would
  # not know the target, since building named targets does not re-run CMake.
  CC=clang CXX=clang++ cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DLABELTOOL_FUZZ=ON -DLABELTOOL_SANITIZE="$sanitizers" \
    -DLABELTOOL_BUILD_TESTS=OFF -DLABELTOOL_BUILD_BENCH=OFF >/dev/null || exit 2
  cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)" --target "${targets[@]}" >"$build/build.log" 2>&1 || {
    tail -40 "$build/build.log" >&2; echo "run_fuzz.sh: build failed (see $build/build.log)" >&2; exit 2; }
fi

# ── Seed corpora ──────────────────────────────────────────────────────────────────────────
# Shipped files and fixtures are copied in on every run (cp -n keeps what is there); the
# kept reproducers in fuzz/regressions/<target>-* go in too, so they stay covered.
seed() {
  local target="$1" dir="$here/corpus/$1" file
  mkdir -p "$dir" "$here/crashes/$target"
  local files=()
  case "$target" in
    fuzz_csv) files=("$root"/examples/*.csv "$here"/fixtures/*.csv) ;;
    fuzz_ciso) files=("$here"/fixtures/ciso-*.yaml) ;;
    fuzz_xlsx) files=("$here"/fixtures/*.xlsx) ;;
    *) files=("$root"/normsets/*.yaml "$root"/normsets/crosswalks/*.yaml "$root"/examples/*.yaml
              "$here"/fixtures/*.yaml) ;;
  esac
  files+=("$here"/regressions/"$target"-*)
  for file in "${files[@]}"; do
    [ -f "$file" ] && cp -n "$file" "$dir/seed-$(basename "$file")"
  done
  return 0
}

ciso_fixtures="$(cd "$root/.." && pwd)/shared/fixtures/ciso-assistant"

# ── Run ───────────────────────────────────────────────────────────────────────────────────
mkdir -p "$build/logs"
run_target() {
  local target="$1" log="$build/logs/$1.log" crashes="$here/crashes/$1"
  local args=("$here/corpus/$target")
  # The real CISO Assistant files are read where they are (never copied into the project);
  # libFuzzer writes new inputs to the first folder only.
  [ "$target" = fuzz_ciso ] && [ -d "$ciso_fixtures" ] && args+=("$ciso_fixtures")
  args+=(-dict="$here/yaml.dict" -max_len="$max_len" -timeout=5
              -rss_limit_mb=2048 -artifact_prefix="$crashes/" -print_final_stats=1)
  if ((replay)); then args+=(-runs=0); elif [ -n "$runs" ]; then args+=(-runs="$runs"); else args+=(-max_total_time="$seconds"); fi
  if ((stop_on_crash)); then
    unset LABELTOOL_FUZZ_ORACLES
  else
    args+=(-fork="$forks" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
    export LABELTOOL_FUZZ_ORACLES=record LABELTOOL_FUZZ_RECORD_DIR="$crashes"
  fi
  ls "$crashes" >"$build/logs/$target.before"
  local start end
  start=$(date +%s)
  set +e
  "$build/fuzz/$target" "${args[@]}" >"$log" 2>&1
  local status=$?
  set -e
  end=$(date +%s)
  echo "$status $((end - start))" >"$build/logs/$target.status"
}

summarise() {
  local target="$1" log="$build/logs/$1.log" crashes="$here/crashes/$1"
  local status wall
  read -r status wall <"$build/logs/$target.status"
  # The last stats line: "#N: cov: C ft: F ..." (fork mode) or "#N<tab>DONE   cov: C ft: F ...".
  local stats runs_done cov ft
  stats="$(grep -aE '^#[0-9]+:?[[:space:]]+((DONE|pulse|NEW|REDUCE|INITED)[[:space:]]+)?cov: ' "$log" | tail -1 || true)"
  runs_done="$(sed -nE 's/^#([0-9]+).*/\1/p' <<<"$stats")"
  cov="$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$stats")"
  ft="$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$stats")"
  local final_runs
  final_runs="$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+).*/\1/p' "$log" | tail -1)"
  [ -z "$runs_done" ] && runs_done="${final_runs:-0}"
  local rate=0
  ((wall > 0)) && rate=$((runs_done / wall))
  local new=()
  mapfile -t new < <(ls "$crashes" | grep -vxF -f "$build/logs/$target.before" || true)
  local c=0 t=0 o=0 l=0 r=0 name
  for name in "${new[@]}"; do
    case "$name" in
      crash-*|deadly*) c=$((c + 1)) ;; timeout-*) t=$((t + 1)) ;; oom-*) o=$((o + 1)) ;;
      leak-*) l=$((l + 1)) ;; oracle-*) r=$((r + 1)) ;;
    esac
  done
  printf '%-20s %12s %8s %7s %7s %7s %8s %5s %6s %7s %8ss\n' "$target" "$runs_done" "$rate" \
    "${cov:-?}" "${ft:-?}" "$c" "$t" "$o" "$l" "$r" "$wall"
  if ((${#new[@]})); then
    findings=1
    {
      echo "  findings of $target (in fuzz/crashes/$target/):"
      printf '    %s\n' "${new[@]:0:30}"
      ((${#new[@]} > 30)) && echo "    ... and $((${#new[@]} - 30)) more"
      grep -a '^SUMMARY: ' "$log" | sort | uniq -c | sed 's/^/   /' || true
    } >>"$build/logs/findings.txt"
  elif [ "$status" -ne 0 ] && ((stop_on_crash == 0)); then
    echo "  $target: libFuzzer exited with $status but left no finding; see $log" >>"$build/logs/findings.txt"
    findings=1
  fi
}

for target in "${targets[@]}"; do seed "$target"; done
budget="${runs:+$runs runs}"; budget="${budget:-$seconds s}"
((replay)) && budget="one pass over the corpus"
echo "run_fuzz.sh: ${targets[*]} — $budget each, $jobs at a time, -fsanitize=$sanitizers (logs in ${build#"$root"/}/logs/)"
# Cores that no other target would use go to the fork workers of the ones there are.
forks=$((jobs / ${#targets[@]})); ((forks < 1)) && forks=1
running=0
for target in "${targets[@]}"; do
  if ((running >= jobs)); then wait -n || true; running=$((running - 1)); fi
  run_target "$target" &
  running=$((running + 1))
done
wait

findings=0
: >"$build/logs/findings.txt"
printf '\n%-20s %12s %8s %7s %7s %7s %8s %5s %6s %7s %9s\n' target executions exec/s cov ft \
  crashes timeouts ooms leaks oracles wall
for target in "${targets[@]}"; do summarise "$target"; done
if ((findings)); then
  echo
  cat "$build/logs/findings.txt"
  echo "run_fuzz.sh: findings above; reproduce one with ${build#"$root"/}/fuzz/TARGET FILE"
  exit 1
fi
echo "run_fuzz.sh: no findings"
