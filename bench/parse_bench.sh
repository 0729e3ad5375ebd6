#!/usr/bin/env bash
# Runs the syntax benchmark: median of 5 runs of tagging+parsing on EWT test
# and BBC politics, plus model load time, for every committed model
# (data/models/*.syntax), or for KHALDUN_SYNTAX_MODEL=FILE alone.
# Usage: bench/parse_bench.sh [BUILD]
set -euo pipefail
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
models=${KHALDUN_SYNTAX_MODEL:-$(ls "$here"/../data/models/*.syntax)}
for m in $models; do
  echo "== $(basename "$m")"
  KHALDUN_SYNTAX_MODEL="$m" "$build/parse_bench" --benchmark_repetitions=5 \
    --benchmark_report_aggregates_only=true \
    --benchmark_counters_tabular=true
done
