#!/usr/bin/env bash
# Installs and starts everything the test suite needs. Idempotent; runs as root with no stdin.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
need=()
# Fonts for plot rendering (ScottPlot resolves DejaVu Sans).
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -q >&2 || true
  apt-get install -y -q --no-install-recommends "${need[@]}" >&2
fi
