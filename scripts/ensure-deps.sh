#!/usr/bin/env bash
# Installs the npm dependencies from package-lock.json when node_modules is missing or older than
# the lock file. npm keeps its download cache under the home directory, so a second run is offline.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "installing npm dependencies (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi
