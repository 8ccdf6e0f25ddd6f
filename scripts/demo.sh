#!/usr/bin/env bash
# The demo: installs what is needed, brings up the local stack of real components, and runs a
# release of the seed-004 example (three ALBs, ECS + target groups per sport) against it.
# Until the release commands are built, it prints the release plan.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-deps.sh
bash scripts/stack.sh up
# shellcheck disable=SC1091
source .stack/env

export AWS_ENDPOINT_URL="$CUTOVER_STACK_AWS_ENDPOINT"
export DATABASE_URL="$CUTOVER_STACK_PG_URL"
release="demo-$(date -u +%Y%m%d%H%M%S)"

echo
echo "== cutover plan (seed 004: three ALBs) for release $release"
node dist/cutover.js plan --dry-run --config examples/spectate-three-albs.yml --release "$release"
