#!/usr/bin/env bash
# Publishes the CLI as a self-contained, ReadyToRun executable: artifacts/lupus/lupus.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet publish src/Lupus.Cli -c Release -r linux-x64 --self-contained true \
  -p:PublishReadyToRun=true -o artifacts/lupus >&2
echo "$PWD/artifacts/lupus/lupus"
