#!/usr/bin/env bash
# `make bench`: stage micro-benchmarks (Google Benchmark) and an end-to-end
# run of `khaldun code` on a fixed news corpus, 1 and 2 threads, each figure
# the median of RUNS (default 5) runs.  Not part of `make test`.
#
#   scripts/bench.sh [BUILD] [SHARED]        RUNS=1 for a quick look
#
# The corpus (scripts/bench_corpus.py): every Reuters-21578 <BODY> (19,043)
# and the first 1,000 UN General Debate speeches, 20,043 documents, 231,654
# sentences, 30 MB of JSONL; derived into BUILD/bench/ from ../shared at
# bench time, never committed.  See docs/performance.md.
set -euo pipefail
build=${1:-build}
shared=${2:-../shared}
runs=${RUNS:-5}
here=$(cd "$(dirname "$0")" && pwd)

if [ ! -d "$shared/corpora/reuters21578" ]; then
  echo "bench: $shared/corpora not found (the benchmark corpora live in ../shared)" >&2
  exit 2
fi

corpus="$build/bench/corpus.jsonl"
mkdir -p "$build/bench"
if [ ! -s "$corpus" ] || [ "$here/bench_corpus.py" -nt "$corpus" ]; then
  python3 "$here/bench_corpus.py" "$shared" "$corpus" --un 1000
fi

echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== stage micro-benchmarks (median of $runs; rates per cpu-second)"
# With one repetition Google Benchmark prints no aggregates.
rows="_median|^Benchmark"
[ "$runs" -gt 1 ] || rows="^BM_|^Benchmark"
models="$here/../data/models"
for b in "$build"/*_bench; do
  [ -x "$b" ] || continue
  # parse_bench measures every committed syntax model, the others run once.
  runs_of=("")
  [ "$(basename "$b")" = parse_bench ] && runs_of=("$models"/*.syntax)
  for m in "${runs_of[@]}"; do
    echo "-- $(basename "$b")${m:+ ($(basename "$m"))}"
    KHALDUN_SYNTAX_MODEL="$m" KHALDUN_SHARED="$shared" "$b" \
      --benchmark_repetitions="$runs" --benchmark_report_aggregates_only=true \
      --benchmark_counters_tabular=true 2>&1 | grep -E "$rows" || true
  done
done

echo
echo "== end to end: khaldun code on $corpus"
python3 "$here/bench_e2e.py" "$build/khaldun" "$corpus" --runs "$runs" \
  --threads 1 2
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
