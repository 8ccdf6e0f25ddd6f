#!/usr/bin/env bash
# The whole test suite, exactly as CI runs it (.ci/run calls this): dependencies, the local stack of
# real components, typecheck, lint (code, actions, workflows, Jenkinsfile), unit and integration
# tests, and the check that dist/ is built from the current source.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-deps.sh
bash scripts/ensure-act.sh >/dev/null # act, for the workflow runs in test/integration/github-actions-act.test.ts

# cutover supports Node 22 and 24. Both come from the npm registry into a cache under the home
# directory (scripts/node-versions.sh); a machine whose own node is older runs the suite on 22.
declare -A node_bin=()
while read -r major bin; do node_bin[$major]="$bin"; done < <(bash scripts/node-versions.sh 22 24)
if [[ "$(node -p 'process.versions.node.split(".")[0]')" -lt 22 ]]; then
  echo "node $(node --version) is older than 22: the suite runs on $("${node_bin[22]}/node" --version)"
  export PATH="${node_bin[22]}:$PATH"
fi
suite_major="$(node -p 'process.versions.node.split(".")[0]')"

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

step "Node 22 and 24: unit tests and a CLI smoke test"
for major in 22 24; do
  bin="${node_bin[$major]}"
  echo "-- $("$bin/node" --version)"
  # the suite above ran on this major already: only the smoke test is new here
  if [[ "$major" != "$suite_major" ]]; then
    PATH="$bin:$PATH" npx --no-install vitest run --project unit --reporter=dot
  fi
  "$bin/node" dist/cutover.js --version
  (cd examples && "$bin/node" ../dist/cutover.js plan --config spectate-three-albs.yml --json >/dev/null)
  (cd examples && "$bin/node" ../dist/cutover.js plan --config classes-reindex.yml >/dev/null)
  echo "node $major: cutover --version and plan on examples/ passed"
done

step "dist freshness"
bash scripts/build-dist.sh --check
