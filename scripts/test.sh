#!/usr/bin/env bash
# The whole test suite, exactly as CI runs it (.ci/run calls this): dependencies, the local stack of
# real components, typecheck, lint (code, actions, workflows, Jenkinsfile), unit and integration
# tests, and the check that dist/ is built from the current source.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-deps.sh

# Under CI the stack is stopped again at the end; on a workstation it stays up for the next run.
if [[ "${CI:-}" == "true" ]]; then
  trap 'bash scripts/stack.sh down || true' EXIT
fi
bash scripts/stack.sh up
# shellcheck disable=SC1091
source .stack/env

step() { printf '\n== %s\n' "$1"; }

step "typecheck"
npx --no-install tsc -p .

step "lint"
npx --no-install eslint .
npx --no-install prettier --check "src/**/*.ts" "test/**/*.ts"
bash scripts/lint-frontends.sh

step "unit and integration tests"
mkdir -p .stack
status=0
npx --no-install vitest run --reporter=default --reporter=json --outputFile.json=.stack/vitest.json || status=$?
# shellcheck disable=SC2016  # the ${...} are JavaScript's, not the shell's
node -e '
  const r = JSON.parse(require("fs").readFileSync(".stack/vitest.json", "utf8"));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`vitest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
'
[[ "$status" -eq 0 ]] || exit "$status"

step "dist freshness"
bash scripts/build-dist.sh --check
