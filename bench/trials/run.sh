#!/usr/bin/env bash
# Endpoint derivation and full-report timing on a large in-memory registry (default 100,000 patients, ~2,000,000 visits).
# Usage: bench/trials/run.sh [PATIENTS]
set -euo pipefail
cd "$(dirname "$0")/../.."
patients="${1:-100000}"
dotnet build bench/Lupus.Benchmarks -c Release -v quiet -nologo >/dev/null
echo "uptime: $(uptime)"
dotnet bench/Lupus.Benchmarks/bin/Release/net10.0/Lupus.Benchmarks.dll trials-report "$patients"
echo "uptime: $(uptime)"
