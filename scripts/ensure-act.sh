#!/usr/bin/env bash
# Installs nektos/act, pinned, for the tests that run cutover's workflows (host mode, no Docker).
# It is built from source through the Go module proxy (`go install`) and cached under
# $CUTOVER_CACHE (default ~/.cache/cutover)/act-<version>; a second call does nothing.
# Prints the path of the binary on stdout; progress goes to stderr. Needs go.
set -euo pipefail

ACT_VERSION=0.2.89

CACHE="${CUTOVER_CACHE:-$HOME/.cache/cutover}"
DIR="$CACHE/act-$ACT_VERSION"

log() { printf '%s\n' "$*" >&2; }

if [ ! -x "$DIR/act" ]; then
  if ! command -v go >/dev/null 2>&1; then
    log "ensure-act: go is needed to install act $ACT_VERSION (Go module proxy); none on PATH"
    exit 2
  fi
  mkdir -p "$CACHE"
  log "installing act $ACT_VERSION (Go module proxy)"
  start=$SECONDS
  # Built into a temporary folder and moved into place, so that two runs at once never see half a binary.
  tmp="$(mktemp -d "$CACHE/.act.XXXXXX")"
  trap 'rm -rf "$tmp"' EXIT
  GOBIN="$tmp" GOFLAGS=-buildvcs=false go install "github.com/nektos/act@v$ACT_VERSION"
  if [ ! -x "$DIR/act" ]; then
    rm -rf "$DIR"
    mv "$tmp" "$DIR"
  fi
  log "  act installed in $((SECONDS - start))s"
fi
printf '%s\n' "$DIR/act"
