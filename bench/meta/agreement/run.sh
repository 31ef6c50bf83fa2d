#!/usr/bin/env bash
# Agreement with default metafor on random data: every field of 400 fits per estimator (REML, ML, EB, PM, DL),
# with Q-profile CIs and Egger tests. Prints the largest relative differences (absolute below 1e-3).
set -euo pipefail
cd "$(dirname "$0")"
OUT=../../../artifacts/meta-agreement; mkdir -p "$OUT"
Rscript metafor-defaults.R "$OUT"
LUPUS=$(bash ../../../scripts/publish.sh)
for m in REML ML EB PM DL; do "$LUPUS" meta --input "$OUT/rand.csv" --measure GEN --method "$m" --by group --output "$OUT/l-$m.json"; done
python3 compare.py "$OUT"
