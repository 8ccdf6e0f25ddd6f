#!/usr/bin/env bash
# Real components on loopback for cutover's integration tests, the demo and development.
#
#   scripts/stack.sh up [COMPONENT...]      install (cached), start, wait until healthy, print settings
#   scripts/stack.sh down [COMPONENT...]    stop what this script started (pid files); leave the rest
#   scripts/stack.sh status [COMPONENT...]  up/down per component (exit 1 when one is down)
#   scripts/stack.sh env                    print `export NAME=value` lines
#   scripts/stack.sh clean                  down, then delete the runtime state (data dirs, logs)
#
# Components: one file each in scripts/stack/components/ (listed below); an optional one starts only when
# named. Ports: scripts/stack/ports.conf. Downloads are cached in ${CUTOVER_CACHE_DIR:-$HOME/.cache/cutover},
# runtime state lives in ${CUTOVER_STACK_DIR:-<repo>/.stack}. See docs/development-stack.md.
#
# This file is the engine and knows no component. Each scripts/stack/components/NAME.sh is sourced (it
# defines functions only; helpers in scripts/stack/lib.sh and tools.sh) and plugs in with:
#   component NAME TITLE [optional] [service-user] [alias=OTHER]...  registration; optional: only `up NAME`
#   NAME_port, NAME_url     print the main port and the address (normally from ports.conf)
#   NAME_install            download/unpack into the cache once (.complete markers); may be a no-op
#   NAME_start              start detached and return, leaving the pid in $(pid_file NAME)
#   NAME_healthy            exit 0 when the component answers as it should (ours or anyone's)
#   NAME_stop PID           stop our instance
# and optionally:
#   NAME_check              before anything starts: add missing apt packages to MISSING, set globals
#   NAME_ready              our instance accepts requests during start-up (default: NAME_healthy)
#   NAME_after_ready started|running   once our instance is ready, just started or found running
#   NAME_env                print its `export` lines (default: its address variable in ports.conf)
#   NAME_dir, NAME_log      state dir (default $STACK_DIR/NAME; $SVC_ROOT/NAME if service-user), main log
#   NAME_marker             what our process's command line contains (default: the state dir)
#   NAME_native_pidfile     the component's own pid file, read when ours is missing
# Hooks run under `set -euo pipefail`; `up` and `down` run each component in a subshell, in parallel.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=SCRIPTDIR/stack/lib.sh
source "$SCRIPT_DIR/stack/lib.sh"

load_port_table
for file in "$ASSETS"/components/*.sh; do
  # shellcheck source=/dev/null
  source "$file"
  [[ "${COMPONENTS[-1]:-}" == "$(basename "$file" .sh)" ]] || die "$file must register itself: component $(basename "$file" .sh) ..."
done
# in the order of the port table, then any component it does not list
ordered=()
for c in "${TABLE_ORDER[@]}" "${COMPONENTS[@]}"; do
  [[ -n "${TITLE[$c]:-}" && " ${ordered[*]} " != *" $c "* ]] && ordered+=("$c")
done
COMPONENTS=("${ordered[@]}")
for c in "${COMPONENTS[@]}"; do
  for hook in port url install start healthy stop; do
    has_hook "$c" "$hook" || die "scripts/stack/components/$c.sh defines no ${c}_$hook"
  done
done
unset file ordered c hook

# ------------------------------------------------------------------------------------------- start-up

ready() { if has_hook "$1" ready; then "$1_ready"; else "$1_healthy"; fi; }

wait_ready() {
  local c="$1" deadline=$((SECONDS + TIMEOUT)) pid
  until ready "$c"; do
    if ! pid="$(our_pid "$c")"; then
      die_log "${TITLE[$c]} exited during start-up" "$(main_log_of "$c")"
    fi
    if ((SECONDS >= deadline)); then
      die_log "${TITLE[$c]} (pid $pid) not healthy on port $("${c}_port") after ${TIMEOUT}s" "$(main_log_of "$c")"
    fi
    sleep 1
  done
}

# check (and as root, apt-get install) what the requested components need, before anything runs
MISSING=()
preflight() {
  local c
  MISSING=()
  command -v python3 >/dev/null || MISSING+=(python3)
  for c in "$@"; do
    if has_hook "$c" check; then "${c}_check"; fi
  done
  if ((${#MISSING[@]} > 0)); then
    mapfile -t MISSING < <(printf '%s\n' "${MISSING[@]}" | sort -u)
    apt_install "${MISSING[@]}"
    for c in "$@"; do
      MISSING=()
      if has_hook "$c" check; then "${c}_check"; fi
      ((${#MISSING[@]} == 0)) || die "${TITLE[$c]} still lacks ${MISSING[*]} after apt-get install"
    done
  fi
  ensure_svc_user
}

# -------------------------------------------------------------------------------------------- up/down

up_one() {
  local c="$1" started=$SECONDS pid
  if pid="$(our_pid "$c")"; then
    wait_ready "$c"
    if has_hook "$c" after_ready; then "${c}_after_ready" running; fi
    log "already running (pid $pid): $("${c}_url")"
    return 0
  fi
  if "${c}_healthy"; then
    touch "$(external_marker "$c")"
    log "something not started by this script already answers on port $("${c}_port"): reusing it, down will leave it alone"
    return 0
  fi
  rm -f "$(external_marker "$c")" "$(pid_file "$c")"
  if "${HELPER[@]}" tcp "$HOST" "$("${c}_port")"; then
    die "port $("${c}_port") on $HOST is taken by something that is not a healthy ${TITLE[$c]}; stop it or set ${MAIN_PORT_VAR[$c]:-its port variable}"
  fi
  "${c}_install"
  "${c}_start"
  wait_ready "$c"
  if has_hook "$c" after_ready; then "${c}_after_ready" started; fi
  "${c}_healthy" || die_log "${TITLE[$c]} started but the health check fails" "$(main_log_of "$c")"
  log "ready in $((SECONDS - started))s: $("${c}_url")"
}

down_one() {
  local c="$1" pid
  if [[ -f "$(external_marker "$c")" ]]; then
    rm -f "$(external_marker "$c")"
    log "not started by this script: left running"
    return 0
  fi
  if pid="$(our_pid "$c")"; then
    "${c}_stop" "$pid"
    log "stopped (pid $pid)"
  else
    log "not running"
  fi
  rm -f "$(pid_file "$c")"
}

# the named components (aliases resolved, duplicates dropped); none named: with `default`, the default
# set (not the optional ones), with `in-use`, those in_use
parse_components() {
  local -n out="$1"
  local none="$2" name c seen=" "
  shift 2
  out=()
  if (($# == 0)); then
    for c in "${COMPONENTS[@]}"; do
      case "$none" in
        default) [[ -n "${OPTIONAL[$c]:-}" ]] || out+=("$c") ;;
        in-use) if in_use "$c"; then out+=("$c"); fi ;;
      esac
    done
    return 0
  fi
  for name in "$@"; do
    c="${ALIAS[$name]:-}"
    [[ -n "$c" ]] || die "unknown component '$name' (expected: ${COMPONENTS[*]})"
    [[ "$seen" == *" $c "* ]] && continue
    seen+="$c "
    out+=("$c")
  done
}

# the settings of the components in use: NAME_env, else the address variable of the port table
env_lines() {
  local comps=() c
  parse_components comps in-use
  for c in "${comps[@]}"; do
    if has_hook "$c" env; then
      "${c}_env"
    elif [[ -n "${ADDRESS_VAR[$c]:-}" ]]; then
      printf 'export %s=%s\n' "${ADDRESS_VAR[$c]}" "$("${c}_url")"
    fi
  done
}

write_env() {
  env_lines >"$STACK_DIR/env.tmp"
  mv "$STACK_DIR/env.tmp" "$STACK_DIR/env"
}

cmd_up() {
  local comps=() started=$SECONDS
  parse_components comps default "$@"
  with_lock
  preflight "${comps[@]}"
  prepare_dirs
  run_parallel up_one "${comps[@]}"
  write_env
  if ((${#FAILED[@]} > 0)); then
    die "failed: ${FAILED[*]} (see the messages above); settings in $STACK_DIR/env"
  fi
  log ""
  log "stack up in $((SECONDS - started))s (${comps[*]}). Settings (also in $STACK_DIR/env):"
  env_lines
}

cmd_down() {
  local comps=()
  parse_components comps in-use "$@"
  if [[ ! -d "$STACK_DIR" ]]; then
    log "nothing to stop: $STACK_DIR does not exist"
    return 0
  fi
  with_lock
  load_svc_root
  run_parallel down_one "${comps[@]}"
  # an optional component that is down no longer has its settings there
  if [[ -f "$STACK_DIR/env" ]]; then write_env; fi
  ((${#FAILED[@]} == 0)) || die "could not stop: ${FAILED[*]}"
}

cmd_status() {
  local comps=() c pid state down=0 width=14
  parse_components comps in-use "$@"
  load_svc_root
  for c in "${comps[@]}"; do
    ((${#TITLE[$c]} <= width)) || width=${#TITLE[$c]}
  done
  for c in "${comps[@]}"; do
    if pid="$(our_pid "$c")"; then
      if "${c}_healthy"; then state="up      ours, pid $pid"; else
        state="down    ours, pid $pid, not healthy (log: $(main_log_of "$c"))"
        down=1
      fi
    elif "${c}_healthy"; then
      if [[ -f "$(external_marker "$c")" ]]; then state="up      not ours (reused)"; else state="up      not ours"; fi
    else
      state="down"
      down=1
    fi
    printf '%-6s %-*s %-45s %s\n' "$c" "$width" "${TITLE[$c]}" "$("${c}_url")" "$state"
  done
  return "$down"
}

cmd_clean() {
  cmd_down
  load_svc_root
  local c
  for c in "${COMPONENTS[@]}"; do
    rm -rf "$(comp_dir "$c")"
  done
  rm -rf "$STACK_DIR/pids" "$STACK_DIR/env" "$STACK_DIR/svc-root"
  if [[ "$SVC_ROOT" != "$STACK_DIR" && "$SVC_ROOT" == /var/tmp/cutover-stack-* ]]; then
    rm -rf "$SVC_ROOT"
  fi
  log "removed the runtime state in $STACK_DIR (downloads stay cached in $CACHE_DIR)"
}

usage() {
  local c
  sed -n '2,/See docs/p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  for c in "${COMPONENTS[@]}"; do
    printf '  %-6s %s%s\n' "$c" "${TITLE[$c]}" "${OPTIONAL[$c]:+ (optional)}"
  done
}

command="${1:-}"
shift || true
case "$command" in
  up) cmd_up "$@" ;;
  down) cmd_down "$@" ;;
  status) cmd_status "$@" ;;
  env) env_lines ;;
  clean) cmd_clean ;;
  -h | --help | help) usage ;;
  *)
    usage >&2
    exit 2
    ;;
esac
