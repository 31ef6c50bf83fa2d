#!/usr/bin/env bash
# Load benchmark of the registry web application (`lupus serve`) on SQLite and on PostgreSQL.
# For each database: creates it (demo sites and accounts from `lupus serve --demo`), bulk-loads PATIENTS patients
# with VISITS visits and LABS lab results each (bench/Lupus.Web.Seed), starts the server on 127.0.0.1, signs in
# as an investigator through the login form (cookie), and runs Debian's wrk (CONNECTIONS connections, DURATION)
# against the patient list, a patient page, the dashboard and prefix searches. Requests/s and p99 are appended to
# bench/web/results.md as a new dated section (earlier sections are kept for comparison).
# Unattended: root, no stdin; idempotent (a database that already holds the cohort is reused; FRESH=1 rebuilds it).
#   bash bench/web/run.sh                 both databases
#   DATABASES=sqlite bash bench/web/run.sh
#   PUBLISH=0 bash bench/web/run.sh        reuse the last published build
#   PAGES="list page1000" bash bench/web/run.sh   only some pages (list page1000 patient dashboard search searchname)
#   BUILD=/tmp/before/lupus BUILD_LABEL="commit abc1234" PUBLISH=0 bash bench/web/run.sh   another published build
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 DEBIAN_FRONTEND=noninteractive

PATIENTS=${PATIENTS:-100000}; VISITS=${VISITS:-20}; LABS=${LABS:-3}
CONNECTIONS=${CONNECTIONS:-32}; THREADS=${THREADS:-2}; DURATION=${DURATION:-15s}; WARMUP=${WARMUP:-15s}
DATABASES=${DATABASES:-"sqlite postgres"}; PORT=${PORT:-5091}; FRESH=${FRESH:-0}
PAGES=${PAGES:-"list page1000 patient dashboard search"}; BUILD=${BUILD:-bench/web/out/lupus}
PASSWORD='Bench-Passw0rd!'; USER_EMAIL=investigator.a@demo.lupustrials.org
OUT=bench/web/out; RESULTS=bench/web/results.md; BASE="http://127.0.0.1:${PORT}"
mkdir -p "$OUT"

if ! command -v wrk >/dev/null || ! command -v curl >/dev/null; then
  { apt-get update -q && apt-get install -y -q --no-install-recommends wrk curl; } >&2
fi

if [ "${PUBLISH:-1}" = 1 ] || [ ! -f "$OUT/lupus/lupus.dll" ] || [ ! -f "$OUT/seed/Lupus.Web.Seed.dll" ]; then
  echo "publishing lupus and the seeder..." >&2
  dotnet publish src/Lupus.Cli -c Release -o "$OUT/lupus" -v quiet >&2
  dotnet publish bench/Lupus.Web.Seed -c Release -o "$OUT/seed" -v quiet >&2
fi

SERVER_PID=""
stop_server() {
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
  fi
}
trap stop_server EXIT
trap 'exit 130' INT TERM

start_server() {
  dotnet "$BUILD/lupus.dll" serve --db "$1" --urls "$BASE" --demo --demo-password "$PASSWORD" \
    </dev/null >"$OUT/server-$2.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 240); do
    curl -fs "$BASE/health" >/dev/null 2>&1 && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$OUT/server-$2.log" >&2; return 1; }
    sleep 0.5
  done
  echo "server did not answer /health within 120 s" >&2
  return 1
}

# CPU time (clock ticks, user + system) the server process has used so far.
server_cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"; }

# Signs in through the login form (antiforgery token and cookie) and prints the Cookie header value.
sign_in() {
  local jar="$OUT/cookies.txt" token
  rm -f "$jar"
  token=$(curl -fs -c "$jar" "$BASE/Account/Login" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -o /dev/null -b "$jar" -c "$jar" --data-urlencode "Email=$USER_EMAIL" --data-urlencode "Password=$PASSWORD" \
    --data-urlencode "__RequestVerificationToken=$token" "$BASE/Account/Login"
  awk '!/^#/ || /^#HttpOnly_/ { sub(/^#HttpOnly_/, ""); if (NF >= 7) printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar"
}

# Runs wrk on one URL; appends "| database | page | requests/s | p99 |" to the results. Signs in afresh for each page:
# wrk keeps sending the first cookie, so once the security stamp interval (1 minute) has passed every request would
# re-validate the account against the database, which a browser (storing the renewed cookie) does once a minute.
measure() {
  local db=$1 name=$2 url=$3 cookie report rps p99 non2xx timeouts load
  case " $PAGES " in *" $4 "*) ;; *) return 0 ;; esac
  cookie=$(sign_in)
  [ -n "$cookie" ] || { echo "sign-in failed" >&2; return 1; }
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  curl -fs -o /dev/null -H "Cookie: $cookie" "$BASE$url" || { echo "$url did not answer 200 when signed in" >&2; return 1; }
  # Warm-up, not counted: after start the server runs unoptimised (tier-0, then instrumented) code for several seconds
  # (measured: the first 8 s of the patient list cost 2.3 ms CPU per request, 1.4 ms afterwards) and fills its caches.
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -H "Cookie: $cookie" "$BASE$url" >/dev/null
  local cpu_before cpu_after requests cpu_ms
  cpu_before=$(server_cpu_ticks)
  report=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -H "Cookie: $cookie" "$BASE$url")
  cpu_after=$(server_cpu_ticks)
  echo "$report" >"$OUT/wrk-$db-$name.txt"
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$report")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$report")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' <<<"$report")
  timeouts=$(sed -n 's/.*timeout \([0-9]*\).*/\1/p' <<<"$report"); timeouts=${timeouts:-0}
  # Server CPU per request: what the page costs, whatever else the machine is doing.
  requests=$(awk '/requests in/ {print $1}' <<<"$report")
  cpu_ms=$(awk -v t="$((cpu_after - cpu_before))" -v n="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", (n > 0 ? t * 1000 / hz / n : 0) }')
  [ -z "$non2xx" ] || { echo "$name: $non2xx responses were not 2xx" >&2; cat "$OUT/wrk-$db-$name.txt" >&2; return 1; }
  printf '| %s | %s | `%s` | %s | %s | %s | %s | %s |\n' "$db" "$name" "$url" "$rps" "$p99" "$timeouts" "$cpu_ms" "$load" >>"$RESULTS.tmp"
  echo "$db $name: $rps requests/s, p99 $p99, $cpu_ms ms server CPU per request" >&2
}

{
  echo
  echo "## $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "\`bench/web/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores; ${PATIENTS} patients, $((PATIENTS * VISITS)) visits,"
  echo "$((PATIENTS * LABS)) lab results per database; wrk ${CONNECTIONS} connections, ${THREADS} threads, ${DURATION} per page after ${WARMUP} of warm-up,"
  echo "build \`$BUILD\` (${BUILD_LABEL:-commit $(git rev-parse --short HEAD 2>/dev/null)});"
  echo "signed in as an investigator of one of the two sites (cookie). Load = 1/5/15-minute load average when the page's run started;"
  echo "server CPU = user + system time of the server process during the run divided by the requests answered."
  echo
  echo "| Database | Page | URL | Requests/s | p99 latency | Timeouts (> 10 s) | Server CPU ms/request | Load before |"
  echo "|---|---|---|---|---|---|---|---|"
} >"$RESULTS.tmp"

for kind in $DATABASES; do
  case "$kind" in
    sqlite)
      db="$OUT/bench.db"
      [ "$FRESH" != 1 ] || rm -f "$db" "$db-shm" "$db-wal"
      ;;
    postgres)
      db="$(PG_APP_DB=lupus_bench bash scripts/pg-up.sh)"
      if [ "$FRESH" = 1 ]; then
        (cd / && runuser -u postgres -- psql -qtA -c 'DROP DATABASE IF EXISTS lupus_bench WITH (FORCE)' -c 'CREATE DATABASE lupus_bench OWNER lupus') >&2
      fi
      ;;
    *) echo "unknown database $kind (sqlite or postgres)" >&2; exit 2 ;;
  esac

  # Migrations and the demo sites and accounts, then the bulk cohort with the server stopped.
  start_server "$db" "$kind"
  stop_server
  dotnet "$OUT/seed/Lupus.Web.Seed.dll" --db "$db" --patients "$PATIENTS" --visits "$VISITS" --labs "$LABS" >&2
  start_server "$db" "$kind"
  cookie=$(sign_in)
  [ -n "$cookie" ] || { echo "sign-in failed" >&2; exit 1; }
  patient=$(curl -fs -H "Cookie: $cookie" "$BASE/api/patients?search=NUH-B000042" | sed -n 's/.*"id":"\([0-9a-f-]*\)".*/\1/p' | head -1)
  [ -n "$patient" ] || { echo "no bench patient found" >&2; exit 1; }
  measure "$kind" "patient list" "/Patients" list
  measure "$kind" "patient list, page 1000" "/Patients?page=1000" page1000
  measure "$kind" "patient page" "/Patients/$patient" patient
  measure "$kind" "dashboard" "/" dashboard
  # Prefix searches: a study id prefix with 50 matches at the investigator's site, and a family name matching
  # 5,000 patients there (the count stops at 500).
  measure "$kind" "search, study id" "/Patients?q=NUH-B0004" search
  measure "$kind" "search, family name" "/Patients?q=okafor" searchname
  stop_server
done

[ -f "$RESULTS" ] || printf '# Registry web app under load\n' >"$RESULTS"
cat "$RESULTS.tmp" >>"$RESULTS"
cat "$RESULTS.tmp"
rm -f "$RESULTS.tmp"
