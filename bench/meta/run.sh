#!/usr/bin/env bash
# Times 2,000 REML fits of k = 12 studies: `lupus meta --by` (whole process) against Rscript looping metafor::rma.
# Usage: bash bench/meta/run.sh [GROUPS] [STUDIES]
set -euo pipefail
cd "$(dirname "$0")/../.."
NGROUPS=${1:-2000}; NSTUDIES=${2:-12}
DATA=artifacts/bench/meta-${NGROUPS}x${NSTUDIES}.csv
mkdir -p artifacts/bench
[ -f "$DATA" ] || dotnet run -c Release --project bench/Lupus.Benchmarks -- generate-meta "$DATA" "$NGROUPS" "$NSTUDIES"
LUPUS=$(bash scripts/publish.sh)

echo "== start-up: lupus --help"
time "$LUPUS" --help >/dev/null

echo "== lupus meta --by group (REML), whole process"
"$LUPUS" meta --input "$DATA" --measure GEN --by group --output artifacts/bench/meta-out.json
echo "non-converged fits: $(grep -c '"converged": false' artifacts/bench/meta-out.json || true)"
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 2 --runs 10 --export-markdown artifacts/bench/hyperfine.md \
    -n lupus "$LUPUS meta --input $DATA --measure GEN --by group --output artifacts/bench/meta-out.json"
  hyperfine --runs 3 --export-markdown artifacts/bench/hyperfine-r.md -n R "Rscript bench/meta/rma-loop.R $DATA"
fi
LUPUS_S=$( { /usr/bin/time -f "%e" "$LUPUS" meta --input "$DATA" --measure GEN --by group --output artifacts/bench/meta-out.json; } 2>&1 | tail -1)

echo "== Rscript loop over metafor::rma (REML), whole process"
R_S=$( { /usr/bin/time -f "%e" Rscript bench/meta/rma-loop.R "$DATA"; } 2>&1 | tee /dev/stderr | tail -1)
echo "lupus: ${LUPUS_S}s  R: ${R_S}s  ratio: $(awk -v a="$R_S" -v b="$LUPUS_S" 'BEGIN { printf "%.1f", a / b }')x"
