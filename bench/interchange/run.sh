#!/usr/bin/env bash
# Import N lab rows (default 1,000,000) from CSV into SQLite and PostgreSQL, export them back, and time each step.
# Usage: bench/interchange/run.sh [rows] [runs]   (runs: imports per database, default 3; the median is what counts)
# Runs the published executable, as users do (scripts/publish.sh: Native AOT front, ReadyToRun full build); set
# LUPUS=path to time another build. PostgreSQL from scripts/pg-up.sh, whose role may set session_replication_role.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${1:-1000000}
RUNS=${2:-3}
WORK=$(mktemp -d /tmp/lupus-bench-interchange.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
if [ -z "${LUPUS:-}" ]; then
  LUPUS=$(bash scripts/publish.sh 2>"$WORK/publish.log") || { cat "$WORK/publish.log"; exit 1; }
fi
python3 bench/interchange/generate.py "$WORK" "$ROWS"
SITE=$(python3 -c 'import uuid; print(str(uuid.uuid4()).upper())')
PG=$(bash scripts/pg-up.sh 2>/dev/null)
PGURI() { echo "$1" | python3 -c 'import sys; d=dict(p.split("=",1) for p in sys.stdin.read().strip().split(";") if p); print("postgresql://%s:%s@%s:%s/%s" % (d["Username"], d["Password"], d["Host"], d["Port"], d["Database"]))'; }
# CPU seconds of every PostgreSQL process so far (a backend's time goes to the postmaster when it exits).
server_cpu() { for p in $(pgrep -u postgres); do awk '{print $14 + $15 + $16 + $17}' "/proc/$p/stat" 2>/dev/null; done | awk '{s += $1} END {printf "%.2f", s / 100}'; }
# Wall time, CPU time (user + system) of one command, and the server's CPU meanwhile: the machine is shared.
timed() { local s e b; b=$(server_cpu); s=$(date +%s.%N); /usr/bin/time -f "%U %S" -o "$WORK/cpu" "$@" >"$WORK/last.log"; e=$(date +%s.%N)
  echo "$(echo "$e - $s" | bc) $(awk '{print $1 + $2}' "$WORK/cpu") $(echo "$(server_cpu) - $b" | bc)"; }
report() { # database step wall cpu server
  printf '%-10s %-7s %9d rows  wall %6.2f s %9.0f rows/s  cpu %6.2f s  server cpu %5.2f s  load %s\n' "$1" "$2" "$ROWS" "$3" \
    "$(echo "$ROWS / $3" | bc -l)" "$4" "$5" "$(cut -d' ' -f1 /proc/loadavg)"; }

# A fresh, migrated database with the bench site: an export of nothing migrates it.
fresh() {
  if [ "$1" = sqlite ]; then
    DB="$WORK/bench-$2.db"; rm -f "$DB" "$DB-wal" "$DB-shm"
    "$LUPUS" export --db "$DB" --format csv --out "$WORK/empty" >/dev/null
    sqlite3 "$DB" "INSERT INTO Sites (Id, Code, Name, Version) VALUES ('$SITE', 'NUH', 'Bench site', 0);"
  else
    DB=$(echo "$PG" | sed "s/Database=[^;]*/Database=lupus_bench_$2_$$/")
    PGOPTIONS="-c client_min_messages=warning" psql -q "$(PGURI "$PG")" -c "DROP DATABASE IF EXISTS \"lupus_bench_$2_$$\";"
    "$LUPUS" export --db "$DB" --format csv --out "$WORK/empty" >/dev/null
    psql -q "$(PGURI "$DB")" -c "INSERT INTO \"Sites\" (\"Id\", \"Code\", \"Name\", \"Version\") VALUES ('$SITE', 'NUH', 'Bench site', 0);"
  fi
}

for database in sqlite postgres; do
  for run in $(seq 1 "$RUNS"); do
    fresh "$database" "$run"
    read -r wall cpu server < <(timed "$LUPUS" import --db "$DB" --format csv "$WORK/patients.csv" "$WORK/labs.csv")
    report "$database" import "$wall" "$cpu" "$server"
    if [ "$run" = "$RUNS" ]; then
      read -r wall cpu server < <(timed "$LUPUS" export --db "$DB" --format csv --out "$WORK/out-$database")
      report "$database" export "$wall" "$cpu" "$server"
    fi
    [ "$database" = postgres ] && psql -q "$(PGURI "$PG")" -c "DROP DATABASE \"lupus_bench_${run}_$$\";" || true
  done
done
uptime
