#!/usr/bin/env bash
# Fails the step with a clear message when the runner has no Node.js 20+.
# cutover's actions do not install Node themselves: GitHub-hosted runners have it, and
# self-hosted runners (or a job that needs a specific version) add actions/setup-node first.
set -euo pipefail

if ! command -v node >/dev/null 2>&1; then
  echo "::error title=cutover::Node.js 20 or later is required on the runner; none was found on PATH. Add actions/setup-node before this step."
  exit 2
fi
major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$major" -lt 20 ]; then
  echo "::error title=cutover::Node.js 20 or later is required on the runner; found $(node --version). Add actions/setup-node before this step."
  exit 2
fi
