#!/usr/bin/env bash
# Runs the syntax benchmark: median of 5 runs of tagging+parsing on EWT test
# and BBC politics, plus model load time.  Usage: bench/parse_bench.sh [BUILD]
# The model is data/models/en_ewt.syntax; KHALDUN_SYNTAX_MODEL=FILE measures
# another (e.g. data/models/en_ewt_nn.syntax, the BiLSTM parser).
set -euo pipefail
build=${1:-build}
exec "$build/parse_bench" --benchmark_repetitions=5 \
  --benchmark_report_aggregates_only=true \
  --benchmark_counters_tabular=true
