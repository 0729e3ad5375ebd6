#!/usr/bin/env bash
# Runs the syntax benchmark: median of 5 runs of tagging+parsing on EWT test
# and BBC politics, plus model load time.  Usage: bench/parse_bench.sh [BUILD]
set -euo pipefail
build=${1:-build}
exec "$build/parse_bench" --benchmark_repetitions=5 \
  --benchmark_report_aggregates_only=true \
  --benchmark_counters_tabular=true
