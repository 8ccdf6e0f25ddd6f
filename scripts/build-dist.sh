#!/usr/bin/env bash
# Bundles the CLI into one entry script, dist/cutover.js, plus the chunks it loads lazily per
# command. With --check it builds into a temporary folder and fails if dist/ differs from it.
set -euo pipefail
cd "$(dirname "$0")/.."

build() {
  local out="$1"
  rm -rf "$out"
  npx --no-install ncc build src/cli/main.ts -o "$out" --target es2022 --quiet
  mv "$out/index.js" "$out/cutover.js"
  # libpg-query (the migration linter's PostgreSQL parser) loads its WASM from the chunk's folder at
  # run time; ncc cannot see that read, so the file is shipped next to the chunks by hand.
  install -m 0644 node_modules/libpg-query/wasm/libpg-query.wasm "$out/libpg-query.wasm"
  chmod +x "$out/cutover.js"
  # the application-side read router (weighted reads after es-reindex switch-read), importable as
  # `cutover/read-router`: dependency-free, bundled on its own
  npx --no-install ncc build src/search/read-router.ts -o "$out/read-router" --target es2022 --quiet
  bash scripts/build-read-router-types.sh "$out/read-router"
}

if [[ "${1:-}" == "--check" ]]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  build "$tmp/dist"
  if ! diff -r dist "$tmp/dist" >/dev/null 2>&1; then
    echo "dist/ is stale: it differs from a fresh build of src/. Run 'npm run build' and commit dist/." >&2
    diff -rq dist "$tmp/dist" >&2 || true
    exit 1
  fi
  echo "dist/ matches a fresh build of src/"
else
  build dist
  echo "built dist/cutover.js"
fi
