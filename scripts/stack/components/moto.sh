# shellcheck shell=bash
# moto server, the AWS API emulator: PyPI moto[server] (pinned in scripts/stack/moto-requirements.txt)
# in a virtualenv under the cache dir. Hooks: see scripts/stack.sh.
component moto "moto server" alias=aws

moto_port() { echo "${PORT[CUTOVER_STACK_AWS_PORT]}"; }
moto_url() { stack_address moto; }
moto_dir() { echo "$STACK_DIR/moto"; }
moto_marker() { echo "moto_server"; }

moto_venv() {
  local key pyver
  key="$(sha256sum "$ASSETS/moto-requirements.txt" | cut -c1-12)"
  pyver="$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
  echo "$CACHE_DIR/moto/venv-py$pyver-$key"
}

moto_check() { python3 -c 'import ensurepip, venv' 2>/dev/null || MISSING+=(python3-venv); }

moto_install() {
  local venv dir
  venv="$(moto_venv)"
  dir="$(moto_dir)"
  [[ -f "$venv/.complete" ]] && return 0
  mkdir -p "$dir/logs"
  log "installing moto[server] into $venv (pip)"
  rm -rf "$venv"
  python3 -m venv "$venv" >"$dir/logs/pip.log" 2>&1 || die_log "python3 -m venv failed" "$dir/logs/pip.log"
  "$venv/bin/python" -m pip install --disable-pip-version-check --cache-dir "$CACHE_DIR/pip" \
    -r "$ASSETS/moto-requirements.txt" >>"$dir/logs/pip.log" 2>&1 || die_log "pip install failed" "$dir/logs/pip.log"
  touch "$venv/.complete"
}

moto_start() {
  local dir
  dir="$(moto_dir)"
  mkdir -p "$dir/logs"
  # moto reports an ECS service's tasks as running (and its rollout COMPLETED) only up to this many,
  # read once at start and for every service; deploy-green's tests create green services of 2 tasks
  MOTO_ECS_SERVICE_RUNNING="${MOTO_ECS_SERVICE_RUNNING:-2}" \
    launch_detached moto "$dir/logs/moto.log" "$(moto_venv)/bin/moto_server" -H "$HOST" -p "$(moto_port)"
}

# the dashboard page: small and constant, where data.json grows with every test's resources
moto_healthy() { "${HELPER[@]}" http "$(moto_url)/moto-api/"; }

moto_stop() { stop_pid moto "$1"; }
