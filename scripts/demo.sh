#!/usr/bin/env bash
# The demo: installs what is needed, brings up the local stack of real components, and runs a
# release of the seed-004 example (three ALBs, ECS + target groups per sport) against it: every
# stage cutover has built, in order, as `node dist/cutover.js <stage>` (scripts/demo/demo.ts).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-deps.sh
bash scripts/stack.sh up pg moto es os kafka
# shellcheck disable=SC1091
source "${CUTOVER_STACK_DIR:-.stack}/env"

# the driver builds the estate with the test fixtures; ncc bundles it (types are checked by npm test)
out=".stack/demo-build"
rm -rf "$out"
npx --no-install ncc build scripts/demo/demo.ts -o "$out" --target es2022 --quiet --transpile-only
node "$out/index.js"
