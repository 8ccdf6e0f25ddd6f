#!/usr/bin/env bash
# Bundles the CLI into one entry script, dist/cutover.js, plus the chunks it loads lazily per
# command, then packs dist/ for the Jenkins shared library as resources/cutover/cutover-dist.tar.gz
# with its SHA-256 beside it (vars/cutover.groovy unpacks it with libraryResource and checks the
# sum). The archive is reproducible: sorted names, fixed times and owners, gzip without a name or
# time. With --check it builds both into a temporary folder and fails if dist/ or the archive
# differ from it.
set -euo pipefail
cd "$(dirname "$0")/.."

ARCHIVE=cutover-dist.tar.gz

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

# pack <dist folder> <resources folder>: the archive and its sum, the same bytes on every machine.
pack() {
  local from="$1" to="$2"
  mkdir -p "$to"
  tar --sort=name --mtime='@0' --owner=0 --group=0 --numeric-owner --mode='u+rwX,go+rX,go-w' \
    --format=gnu -cf - -C "$from" . | gzip -9 -n >"$to/$ARCHIVE"
  (cd "$to" && sha256sum "$ARCHIVE" >"$ARCHIVE.sha256")
}

if [[ "${1:-}" == "--check" ]]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  build "$tmp/dist"
  pack "$tmp/dist" "$tmp/resources"
  status=0
  if ! diff -r dist "$tmp/dist" >/dev/null 2>&1; then
    echo "dist/ is stale: it differs from a fresh build of src/. Run 'npm run build' and commit dist/." >&2
    diff -rq dist "$tmp/dist" >&2 || true
    status=1
  fi
  for f in "$ARCHIVE" "$ARCHIVE.sha256"; do
    if ! cmp -s "resources/cutover/$f" "$tmp/resources/$f"; then
      echo "resources/cutover/$f is missing or stale: it differs from a fresh pack of dist/. Run 'npm run build' and commit it." >&2
      status=1
    fi
  done
  [[ "$status" -eq 0 ]] || exit "$status"
  echo "dist/ and resources/cutover/$ARCHIVE match a fresh build of src/"
else
  build dist
  pack dist resources/cutover
  echo "built dist/cutover.js and resources/cutover/$ARCHIVE"
fi
