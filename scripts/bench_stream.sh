#!/usr/bin/env bash
# Memory bound of `khaldun code` on a stream: pipes SIZE (default 2G) of
# generated JSON Lines (scripts/gen_jsonl.py: five-sentence news records,
# each padded with blank lines to ~120 KB) through standard input and
# reports the peak resident memory (/usr/bin/time -v) with the throughput.
# The input never exists as a file; the RSS must not grow with SIZE.
#
#   scripts/bench_stream.sh [BUILD] [SIZE] [THREADS]
set -euo pipefail
build=${1:-build}
size=${2:-2G}
threads=${3:-2}
here=$(cd "$(dirname "$0")" && pwd)
log=$(mktemp)
trap 'rm -f "$log"' EXIT

echo "== stream: $size of generated JSONL on stdin, --threads $threads"
python3 "$here/gen_jsonl.py" --bytes "$size" |
  /usr/bin/time -v "$build/khaldun" code --threads "$threads" --no-progress \
    --timing -o /dev/null 2> "$log" || { cat "$log" >&2; exit 1; }
grep -E "^khaldun code: [0-9]|^khaldun code: cpu|^  sentences" "$log"
awk -F': ' '/Maximum resident set size/ {printf "peak RSS: %.1f MB\n", $2/1024}
            /Elapsed \(wall clock\)/ {print "wall: " $2}
            /User time/ {print "user cpu: " $2 " s"}' "$log"
