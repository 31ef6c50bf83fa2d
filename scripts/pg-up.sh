#!/usr/bin/env bash
# Starts the local PostgreSQL cluster and ensures the test role (CREATEDB) exists. Idempotent; root, no stdin.
# The role may set session_replication_role (PostgreSQL 15+), which lets `lupus import` check its records' patients
# once per patient instead of through a foreign-key trigger per row (docs/interchange.md); PG_GRANT_REPLICA_ROLE=0
# leaves a role without that right. Prints the connection string on stdout; everything else goes to stderr.
set -euo pipefail
APP_USER=${PG_APP_USER:-lupus}; APP_PASS=${PG_APP_PASS:-lupus}; APP_DB=${PG_APP_DB:-lupus}; GRANT=${PG_GRANT_REPLICA_ROLE:-1}
export DEBIAN_FRONTEND=noninteractive
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  apt-get update -q >&2 || true
  apt-get install -y -q --no-install-recommends postgresql postgresql-contrib >&2
fi
VER=$(ls /usr/lib/postgresql | sort -V | tail -1)
pg_lsclusters -h | awk -v v="$VER" '$1==v && $2=="main"' | grep -q . || pg_createcluster "$VER" main >&2
PORT=$(pg_lsclusters -h | awk -v v="$VER" '$1==v && $2=="main" {print $3}')
STATUS=$(pg_lsclusters -h | awk -v v="$VER" '$1==v && $2=="main" {print $4}')
[ "$STATUS" = online ] || pg_ctlcluster "$VER" main start >&2
for _ in $(seq 1 60); do pg_isready -q -h 127.0.0.1 -p "$PORT" && break; sleep 0.5; done
pg_isready -h 127.0.0.1 -p "$PORT" >&2
psql_admin() { (cd / && runuser -u postgres -- psql -p "$PORT" -v ON_ERROR_STOP=1 -qtA "$@"); }
[ -n "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname='${APP_USER}'")" ] ||
  psql_admin -c "CREATE ROLE \"${APP_USER}\" LOGIN CREATEDB PASSWORD '${APP_PASS}'" >&2
if [ "$GRANT" = 1 ] && [ "$(psql_admin -c "SHOW server_version_num")" -ge 150000 ]; then
  psql_admin -c "GRANT SET ON PARAMETER session_replication_role TO \"${APP_USER}\"" >&2
fi
[ -n "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname='${APP_DB}'")" ] ||
  psql_admin -c "CREATE DATABASE \"${APP_DB}\" OWNER \"${APP_USER}\"" >&2
echo "Host=127.0.0.1;Port=${PORT};Database=${APP_DB};Username=${APP_USER};Password=${APP_PASS}"
