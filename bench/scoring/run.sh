#!/usr/bin/env bash
# Whole-process benchmark: score N synthetic SLEDAI-2K visits from CSV to CSV with the published executable.
#   bench/scoring/run.sh [ROWS]      (default 1,000,000)
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-1000000}
work=${BENCH_DIR:-/tmp/lupus-bench}
mkdir -p "$work"
lupus=$(bash scripts/publish.sh)
input="$work/sledai-$rows.csv"
[ -f "$input" ] || dotnet run -c Release --project bench/Lupus.Benchmarks -- generate-sledai "$rows" "$input"
command -v hyperfine >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q hyperfine; } >&2
hyperfine --warmup 1 --runs 5 --export-markdown bench/scoring/results.md \
  "$lupus score --input $input --instrument sledai2k --output $work/scores.csv"
/usr/bin/time -f "peak RSS %M KB" "$lupus" score --input "$input" --instrument sledai2k --output "$work/scores.csv"
