#!/usr/bin/env bash
# Installs and starts everything the test suite needs. Idempotent; runs as root with no stdin.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
need=()
# Fonts for plot rendering (ScottPlot resolves DejaVu Sans).
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
# Browser tests drive Debian's Chromium through Playwright (no browser download).
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -q >&2 || true
  apt-get install -y -q --no-install-recommends "${need[@]}" >&2
fi
# Data-layer and API tests also run against PostgreSQL; scripts/pg-up.sh prints the connection string.
bash "$(dirname "$0")/pg-up.sh" >/dev/null
