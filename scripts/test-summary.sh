#!/usr/bin/env bash
# Sums the xUnit XML reports into one line: "N passed, N failed, N skipped".
set -euo pipefail
dir=${1:-TestResults}
shopt -s nullglob
files=("$dir"/*.xml)
if [ ${#files[@]} -eq 0 ]; then echo "0 passed, 0 failed, 0 skipped"; exit 0; fi
grep -ho '<assembly [^>]*' "${files[@]}" | awk '
  BEGIN { want["passed"]; want["failed"]; want["skipped"] }
  { for (i = 1; i <= NF; i++) { split($i, kv, "="); gsub(/"/, "", kv[2]); if (kv[1] in want) sum[kv[1]] += kv[2] } }
  END { printf "%d passed, %d failed, %d skipped\n", sum["passed"], sum["failed"], sum["skipped"] }'
