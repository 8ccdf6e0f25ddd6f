#!/usr/bin/env bash
# Type declarations for `cutover/read-router` (package.json "exports"): tsc writes them from the
# module's source, and the entry's file is renamed to sit beside the bundle as index.d.ts.
# The declarations name no Node.js type, so a consumer needs no @types/node for them.
# Usage: build-read-router-types.sh [out-dir] (default dist/read-router)
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-dist/read-router}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
npx --no-install tsc -p tsconfig.read-router.json --outDir "$tmp"
mkdir -p "$out"
mv "$tmp/read-router.d.ts" "$tmp/index.d.ts"
cp "$tmp"/*.d.ts "$out/"
