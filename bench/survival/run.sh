#!/usr/bin/env bash
# Whole-process benchmark of lupus against R: wall time, CPU time (user + system) and peak RSS via /usr/bin/time -v.
# The machine's load average is printed before each run: on a shared machine wall times depend on it, CPU time less so.
#   bash bench/survival/run.sh [--skip-r]      (LUPUS=artifacts/lupus/lupus to reuse a published binary)
# Needs python3, Rscript (survival) and /usr/bin/time (apt-get install -y time). Data files go to bench/survival/data/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="$here/data"
mkdir -p "$data"
[[ -f "$data/cox-1m.csv" ]] || python3 "$here/generate.py" 1000000 "$data/cox-1m.csv"
[[ -f "$data/km-10m.csv" ]] || python3 "$here/generate.py" 10000000 "$data/km-10m.csv" --km
# LUPUS=path/to/lupus skips the (slow) Native AOT publish.
lupus="${LUPUS:-$(bash "$root/scripts/publish.sh" 2>/dev/null | tail -1)}"

measure() { # label, command...
  local label="$1"; shift
  local wall rss user sys load
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -v "$@" >/dev/null 2>"$data/time.txt"
  wall=$(grep "Elapsed (wall clock)" "$data/time.txt" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$data/time.txt" | awk '{print $NF}')
  user=$(grep "User time" "$data/time.txt" | awk '{print $NF}')
  sys=$(grep "System time" "$data/time.txt" | awk '{print $NF}')
  printf "%-28s wall %-9s cpu %6.2f s  peak RSS %8.1f MB  (load before %s)\n" "$label" "$wall" "$(echo "$user + $sys" | bc -l)" "$(echo "$rss / 1024" | bc -l)" "$load"
}

measure "lupus cox 1M x 5 (efron)" "$lupus" survival cox --input "$data/cox-1m.csv" --time time --event status --covariates x1,x2,x3,x4,x5
measure "lupus km 10M, 2 groups" "$lupus" survival km --input "$data/km-10m.csv" --time time --event status --group group
if [[ "${1:-}" != "--skip-r" ]]; then
  measure "R coxph 1M x 5 (efron)" Rscript "$here/cox.R" "$data/cox-1m.csv"
  measure "R survfit 10M, 2 groups" Rscript "$here/km.R" "$data/km-10m.csv"
fi
