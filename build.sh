#!/usr/bin/env bash
# LupusTrials build entry point.
#   ./build.sh demo    run the registry web app with a demo cohort: lupus serve --demo (SQLite, nothing else needed)
#   ./build.sh score-example  score the bundled visits in examples/visits.json and print each result
#   ./build.sh test    install what the tests need (idempotent, root, no stdin), build, run every test
#   ./build.sh publish build the self-contained `lupus` executable into artifacts/lupus
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

case "${1:-}" in
  demo)
    shift
    # Demo database under artifacts/ (recreated each run), so the seed always starts from an empty registry.
    mkdir -p artifacts
    rm -f artifacts/demo.db artifacts/demo.db-shm artifacts/demo.db-wal
    dotnet run --project src/Lupus.Cli -c Release -- serve --demo --db artifacts/demo.db "$@"
    ;;
  score-example)
    dotnet run --project src/Lupus.Cli -c Release -- score --input examples/visits.json --format text
    ;;
  test)
    bash scripts/test-deps.sh
    # Data-layer and web tests run against PostgreSQL too; each test class creates its own database.
    LUPUS_PG="$(bash scripts/pg-up.sh)"
    # A second role without the right to set session_replication_role, for the import's fallback path.
    LUPUS_PG_UNPRIVILEGED="$(PG_APP_USER=lupus_plain PG_APP_PASS=lupus_plain PG_APP_DB=lupus_plain PG_GRANT_REPLICA_ROLE=0 bash scripts/pg-up.sh)"
    export LUPUS_PG LUPUS_PG_UNPRIVILEGED
    dotnet restore Lupus.slnx
    dotnet build Lupus.slnx -c Release -warnaserror --no-restore
    rm -rf TestResults
    rc=0
    # One run per test project (three at a time), each writing its report under its own name: default report names
    # are time stamps, which two projects starting together can share, silently losing a report.
    ls tests/*/*.Tests.csproj | xargs -P 3 -I{} bash -c 'name=$(basename "$1" .csproj); log=$(mktemp);
      dotnet test --project "$1" -c Release --no-build --report-xunit-xml --report-xunit-xml-filename "$name.xml" \
        --results-directory "$PWD/TestResults" >"$log" 2>&1; status=$?; cat "$log"; rm -f "$log"; exit $status' _ {} || rc=1
    expected=$(ls tests/*/*.Tests.csproj | wc -l); reported=$(ls TestResults/*.xml 2>/dev/null | wc -l)
    if [ "$reported" -ne "$expected" ]; then echo "only $reported of $expected test projects wrote a report" >&2; rc=1; fi
    # The native `lupus` compiles a different file set (no web host, no EF Core): check that it still builds and runs.
    mkdir -p artifacts
    if ! native=$(bash scripts/publish.sh 2>artifacts/publish.log) || ! "$native" evidence --format json >/dev/null; then
      echo "the native build of lupus failed to build or run (artifacts/publish.log)" >&2; rc=1
    fi
    bash scripts/test-summary.sh TestResults
    exit $rc
    ;;
  publish)
    bash scripts/publish.sh
    ;;
  *)
    echo "usage: ./build.sh demo|score-example|test|publish" >&2
    exit 2
    ;;
esac
