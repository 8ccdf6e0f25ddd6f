#!/usr/bin/env bash
# Fails the step with a clear message unless the runner's Node.js is 22 or 24, the versions
# cutover supports (Node 20 reached end of life in April 2026; AWS SDK v3 drops it).
# cutover's actions do not install Node themselves: GitHub-hosted runners have it, and
# self-hosted runners (or a job that needs a specific version) add actions/setup-node first.
set -euo pipefail

fix="Add actions/setup-node with node-version 22 or 24 before this step."
if ! command -v node >/dev/null 2>&1; then
  echo "::error title=cutover::cutover needs Node.js 22 or 24 on the runner; none was found on PATH. $fix"
  exit 2
fi
version="$(node --version)"
major="$(node -p 'process.versions.node.split(".")[0]')"
case "$major" in
  22 | 24) ;;
  *)
    if [ "$major" -lt 22 ]; then
      echo "::error title=cutover::cutover needs Node.js 22 or 24 on the runner; found $version, which is too old. $fix"
      exit 2
    fi
    # a newer Node is likely to work, but is not what cutover is tested on
    echo "::warning title=cutover::cutover is tested on Node.js 22 and 24; found $version."
    ;;
esac
