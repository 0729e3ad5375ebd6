#!/usr/bin/env bash
# `make bench`: stage micro-benchmarks (Google Benchmark) and an end-to-end
# run of `khaldun code` on news corpora from ../shared, 1 and 2 threads,
# each figure the median of 5 runs.  Not part of `make test`.
#
#   scripts/bench.sh [BUILD] [SHARED]
set -euo pipefail
build=${1:-build}
shared=${2:-../shared}
runs=${RUNS:-5}

if [ ! -d "$shared/corpora" ]; then
  echo "bench: $shared/corpora not found (the benchmark corpora live in ../shared)" >&2
  exit 2
fi

echo "== stage micro-benchmarks"
for b in "$build"/*_bench; do
  [ -x "$b" ] || continue
  echo "-- $(basename "$b")"
  "$b" --benchmark_repetitions="$runs" --benchmark_report_aggregates_only=true \
    --benchmark_counters_tabular=true 2>&1 | grep -E "median|Benchmark|^-" || true
done

# End to end: every BBC article (2,225 files) and 400 UN General Debate
# speeches (a fixed slice: the first 400 file names in sorted order).
list=$(mktemp)
trap 'rm -f "$list"' EXIT
find "$shared/corpora/bbc" -name '*.txt' | sort > "$list"
find "$shared/corpora/un_general_debates" -name '*.txt' | sort | awk 'NR <= 400' >> "$list"
bytes=$(xargs -d '\n' cat < "$list" | wc -c)
echo
echo "== end to end: khaldun code on $(wc -l < "$list") documents ($((bytes / 1000000)) MB)"

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for threads in 1 2; do
  sps=(); rss=(); wall=()
  for ((i = 0; i < runs; i++)); do
    log=$(mktemp)
    /usr/bin/time -f "%M %e" -o "$log.time" \
      xargs -d '\n' -a "$list" "$build/khaldun" code --threads "$threads" \
      --date 2005-01-01 --no-progress -o /dev/null 2> "$log" || true
    line=$(grep "khaldun code:" "$log" | tail -1)
    sps+=("$(echo "$line" | sed -E 's/.* ([0-9,]+) sentences\/s.*/\1/' | tr -d ,)")
    read -r kb secs < "$log.time"
    rss+=("$((kb / 1024))")
    wall+=("$secs")
    rm -f "$log" "$log.time"
  done
  echo "threads=$threads: sentences/s (median of $runs) $(printf '%s\n' "${sps[@]}" | median)," \
    "peak RSS $(printf '%s\n' "${rss[@]}" | median) MB," \
    "wall $(printf '%s\n' "${wall[@]}" | median) s" \
    "(MB/s $(awk -v b="$bytes" -v s="$(printf '%s\n' "${wall[@]}" | median)" 'BEGIN{printf "%.2f", b/1e6/s}'))"
done
