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
# every component, the optional Flink SQL Gateway too: its tests need it (and fail under CI without it)
bash scripts/stack.sh up pg moto es os kafka flink
# shellcheck disable=SC1091
source "${CUTOVER_STACK_DIR:-.stack}/env"

step() { printf '\n== %s\n' "$1"; }

step "typecheck"
npx --no-install tsc -p .

step "lint"
npx --no-install eslint .
npx --no-install prettier --check "src/**/*.ts" "test/**/*.ts"
bash scripts/lint-frontends.sh

step "Jenkins pipeline tests (JenkinsPipelineUnit)"
bash scripts/jenkins-unit.sh

step "unit and integration tests"
mkdir -p .stack
# Unit tests first, then the integration tests on their own: on a 2-core machine the unit workers
# would otherwise compete with the real components the integration tests wait on.
status=0
for project in unit integration; do
  npx --no-install vitest run --project "$project" --reporter=default --reporter=json --outputFile.json=".stack/vitest-$project.json" || status=$?
done
# shellcheck disable=SC2016  # the ${...} are JavaScript's, not the shell's
node -e '
  const reports = ["unit", "integration"].map((p) => JSON.parse(require("fs").readFileSync(`.stack/vitest-${p}.json`, "utf8")));
  const sum = (key) => reports.reduce((total, r) => total + r[key], 0);
  console.log(`vitest: ${sum("numPassedTests")} passed, ${sum("numFailedTests")} failed, ${sum("numPendingTests") + sum("numTodoTests")} skipped`);
'
[[ "$status" -eq 0 ]] || exit "$status"

step "dist freshness"
bash scripts/build-dist.sh --check
