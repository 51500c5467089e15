# Shared by bench/run_*_bench.sh (sourced, not run): the arguments, the cached corpus and the
# timing loop. The caller sets: python, work (a scratch folder) and runs (timed runs per
# command), and defines usage().

# parse_bench_arguments "$@": sets quick (1 with --quick) and build_dir (the one positional,
# build/release when none); -h prints usage(); anything else is a usage error (exit 2).
parse_bench_arguments() {
    local name arg
    name="$(basename "$0")"
    quick=0
    build_dir=""
    for arg in "$@"; do
        case "$arg" in
            --quick) quick=1 ;;
            -h|--help) usage; exit 0 ;;
            -*) echo "$name: unknown option $arg" >&2; usage >&2; exit 2 ;;
            *) [[ -z "$build_dir" ]] || { echo "$name: one BUILD_DIR only" >&2; exit 2; }
               build_dir="$arg" ;;
        esac
    done
    build_dir="${build_dir:-build/release}"
}

have_time=0
[[ -x /usr/bin/time ]] && have_time=1

now() { date +%s.%N; }

# ensure_corpus CORPUS STAMP GENERATOR ARGS... : (re)generates CORPUS with
# "python GENERATOR CORPUS ARGS..." unless CORPUS.stamp already says STAMP. A half-written
# corpus never counts: the generator writes CORPUS.tmp, which is renamed when complete.
ensure_corpus() {
    local corpus="$1" stamp="$2" generator="$3"; shift 3
    if [[ -d "$corpus" && "$(cat "$corpus.stamp" 2>/dev/null)" == "$stamp" ]]; then return 0; fi
    echo "generating corpus in $corpus ..."
    mkdir -p "$(dirname "$corpus")"
    rm -rf "$corpus" "$corpus.tmp" "$corpus.stamp"
    "$python" "$generator" "$corpus.tmp" "$@"
    mv "$corpus.tmp" "$corpus"
    echo "$stamp" > "$corpus.stamp"
}

# measure NAME MAX_OK_EXIT CMD... : runs CMD $runs times with its output discarded (writing
# it is not what is measured); sets best_s (seconds), peak_kb (peak RSS, 0 without
# /usr/bin/time) and last_rc, and keeps the last run's stderr in $work/last_err. An exit
# status above MAX_OK_EXIT fails the script, after running CMD once more to show the start
# of what it printed.
measure() {
    local name="$1" max_ok="$2"; shift 2
    local i rc start end t kb
    best_s=""; peak_kb=0
    for (( i = 1; i <= runs; i++ )); do
        rc=0
        start=$(now)
        if (( have_time )); then
            /usr/bin/time -f '%M' -o "$work/rss" "$@" >/dev/null 2>"$work/last_err" || rc=$?
        else
            "$@" >/dev/null 2>"$work/last_err" || rc=$?
        fi
        end=$(now)
        if (( rc > max_ok )); then
            echo "FAILED: $name exited with $rc: $*" >&2
            "$@" >"$work/out" 2>"$work/err" || true
            echo "--- stdout (first lines)" >&2; head -n 20 "$work/out" >&2
            echo "--- stderr (first lines)" >&2; head -n 20 "$work/err" >&2
            exit 1
        fi
        t=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
        if [[ -z "$best_s" ]] || awk -v t="$t" -v b="$best_s" 'BEGIN { exit !(t < b) }'; then
            best_s="$t"
        fi
        if (( have_time )); then
            kb=$(tail -n 1 "$work/rss")
            if (( kb > peak_kb )); then peak_kb=$kb; fi
        fi
    done
    last_rc=$rc
}
