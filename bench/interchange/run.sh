#!/usr/bin/env bash
# Import N lab rows (default 1,000,000) from CSV into SQLite and PostgreSQL, export them back, and time each step.
# Usage: bench/interchange/run.sh [rows]   (PostgreSQL from scripts/pg-up.sh; the full build of lupus is used)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${1:-1000000}
WORK=$(mktemp -d /tmp/lupus-bench-interchange.XXXXXX)
dotnet build src/Lupus.Cli -c Release -v q -nologo >"$WORK/build.log" || { cat "$WORK/build.log"; exit 1; }
LUPUS=src/Lupus.Cli/bin/Release/net10.0/lupus
python3 bench/interchange/generate.py "$WORK" "$ROWS"
SITE=$(python3 -c 'import uuid; print(str(uuid.uuid4()).upper())')
# Wall time and CPU time (user + system) of one command: the machine is shared, so both are reported.
seconds() { local s e; s=$(date +%s.%N); /usr/bin/time -f "%U %S" -o "$WORK/cpu" "$@" >"$WORK/last.log"; e=$(date +%s.%N); echo "$e - $s" | bc; }
report() {
  local cpu; cpu=$(awk '{print $1 + $2}' "$WORK/cpu")
  printf '%-10s %-7s %9d rows  wall %7.2f s %9.0f rows/s  cpu %7.2f s %9.0f rows/cpu-s  load %s\n' "$1" "$2" "$ROWS" "$3" \
    "$(echo "$ROWS / $3" | bc -l)" "$cpu" "$(echo "$ROWS / $cpu" | bc -l)" "$(cut -d' ' -f1 /proc/loadavg)"
}

# SQLite: migrate an empty file (an export of nothing), add the site, then import and export.
DB="$WORK/bench.db"
$LUPUS export --db "$DB" --format csv --out "$WORK/empty" >/dev/null
sqlite3 "$DB" "INSERT INTO Sites (Id, Code, Name, Version) VALUES ('$SITE', 'NUH', 'Bench site', 0);"
t=$(seconds $LUPUS import --db "$DB" --format csv "$WORK/patients.csv" "$WORK/labs.csv"); report sqlite import "$t"
t=$(seconds $LUPUS export --db "$DB" --format csv --out "$WORK/out-sqlite"); report sqlite export "$t"

# PostgreSQL: a fresh database on the local server.
PG=$(bash scripts/pg-up.sh 2>/dev/null)
NAME="lupus_bench_$(date +%s)"
PGDB=$(echo "$PG" | sed "s/Database=[^;]*/Database=$NAME/")
$LUPUS export --db "$PGDB" --format csv --out "$WORK/empty" >/dev/null
PGURI=$(echo "$PGDB" | python3 -c 'import sys; d=dict(p.split("=",1) for p in sys.stdin.read().strip().split(";") if p); print("postgresql://%s:%s@%s:%s/%s" % (d["Username"], d["Password"], d["Host"], d["Port"], d["Database"]))')
psql -q "$PGURI" -c "INSERT INTO \"Sites\" (\"Id\", \"Code\", \"Name\", \"Version\") VALUES ('$SITE', 'NUH', 'Bench site', 0);"
t=$(seconds $LUPUS import --db "$PGDB" --format csv "$WORK/patients.csv" "$WORK/labs.csv"); report postgres import "$t"
t=$(seconds $LUPUS export --db "$PGDB" --format csv --out "$WORK/out-pg"); report postgres export "$t"
cmp "$WORK/out-sqlite/labs.csv" "$WORK/out-pg/labs.csv" && echo "exports identical"
psql -q "$(echo "$PGURI" | sed "s#/$NAME#/postgres#")" -c "DROP DATABASE \"$NAME\";" || true
uptime
rm -rf "$WORK"
