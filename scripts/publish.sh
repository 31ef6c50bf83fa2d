#!/usr/bin/env bash
# Publishes the CLI as a Native AOT executable (milliseconds to start): artifacts/lupus/lupus, with the full
# framework-dependent build (which hosts the web application for `lupus serve` and runs import and export) in
# artifacts/lupus/full/, compiled ReadyToRun: without it, compiling EF Core and the importer at start-up cost
# about a second of every import (bench/interchange/results.md).
# Falls back to a self-contained ReadyToRun build where no C toolchain for AOT can be installed.
# Prints the executable's path on stdout; everything else goes to stderr. Idempotent; root, no stdin.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
if ! command -v clang >/dev/null || [ ! -f /usr/include/zlib.h ]; then
  { apt-get update -q && apt-get install -y -q --no-install-recommends clang zlib1g-dev; } >&2 || true
fi
rm -rf artifacts/lupus
if command -v clang >/dev/null && [ -f /usr/include/zlib.h ]; then
  dotnet publish src/Lupus.Cli -c Release -r linux-x64 -p:PublishAot=true -o artifacts/lupus >&2
  dotnet publish src/Lupus.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o artifacts/lupus/full >&2
else
  echo "clang or zlib headers unavailable: publishing ReadyToRun instead of Native AOT" >&2
  dotnet publish src/Lupus.Cli -c Release -r linux-x64 --self-contained true -p:PublishReadyToRun=true -o artifacts/lupus >&2
fi
echo "$PWD/artifacts/lupus/lupus"
