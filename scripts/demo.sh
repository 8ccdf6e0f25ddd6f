#!/usr/bin/env bash
# The demo: installs what is needed, brings up the local stack of real components, and runs a
# release of the seed-004 example (three ALBs, ECS + target groups per sport) against it: every
# stage cutover has built, in order, as `node dist/cutover.js <stage>` (scripts/demo/demo.ts); then
# the search reindexing (seeds 000, 003) and a Flink SQL pipeline on the SQL Gateway (seed 001).
#
# The terminal gets a short story: one line per stage and a closing table. Everything the steps
# print goes to .stack/demo/demo.log. `npm run demo -- --verbose` (or DEMO_VERBOSE=1) streams all
# of it to the terminal as well.
set -euo pipefail
cd "$(dirname "$0")/.."

DEMO_STARTED_AT="$(date +%s%3N)"
verbose="${DEMO_VERBOSE:-}"
[[ "$verbose" == 0 || "$verbose" == false ]] && verbose=""
for arg in "$@"; do
  case "$arg" in
    --verbose | -v) verbose=1 ;;
    *)
      echo "usage: npm run demo [-- --verbose]   (or DEMO_VERBOSE=1)" >&2
      exit 2
      ;;
  esac
done
log=".stack/demo/demo.log"
mkdir -p .stack/demo
: >"$log"
export DEMO_LOG="$log" DEMO_VERBOSE="$verbose" DEMO_STARTED_AT

# A step before the stages: its output into the log (and the terminal too, verbose). On failure the
# terminal gets the end of that output and the log's name, so nobody has to open the log to see why.
step() {
  local what="$1" from
  shift
  from="$(stat -c %s "$log")"
  if [[ -n "$verbose" ]]; then
    "$@" 2>&1 | tee -a "$log" && return 0
  elif "$@" >>"$log" 2>&1; then
    return 0
  fi
  if [[ -z "$verbose" ]]; then
    printf -- '--- %s: its output (the last 40 lines) ---\n' "$what" >&2
    tail -c +$((from + 1)) "$log" | tail -n 40 >&2
    printf -- '---\n' >&2
  fi
  printf 'demo failed: %s\nfull log: %s\n' "$what" "$log" >&2
  exit 1
}

echo "cutover demo: a whole release against the local stack (the full output goes to $log)"
started=$SECONDS
step "installing the npm dependencies" bash scripts/ensure-deps.sh
from="$(stat -c %s "$log")"
components=(pg moto es os kafka flink)
step "starting the local stack" bash scripts/stack.sh up "${components[@]}"
# what `up` said per component: started now, or reused because it already answered on its port
reused="$(tail -c +$((from + 1)) "$log" | grep -cE 'already running|reusing it' || true)"
echo "  · the local stack (${components[*]}) is up in $((SECONDS - started))s: $reused already running and reused, $((${#components[@]} - reused)) started"
# shellcheck disable=SC1091
source "${CUTOVER_STACK_DIR:-.stack}/env"

# the driver builds the estate with the test fixtures; ncc bundles it (types are checked by npm test)
out=".stack/demo-build"
rm -rf "$out"
step "bundling the demo driver" npx --no-install ncc build scripts/demo/demo.ts -o "$out" --target es2022 --quiet --transpile-only
# --no-warnings: the driver logs Node's warnings to the log itself (demo.ts)
node --no-warnings "$out/index.js"
