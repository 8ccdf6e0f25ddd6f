# shellcheck shell=bash
# Shared by scripts/stack.sh (the engine) and scripts/stack/components/*.sh: settings, logging, the port
# table, component registration and state (pid files, directories), processes and the service user.
# Sourced, never run: defines functions and globals, starts nothing. Install helpers: tools.sh.
# shellcheck disable=SC2034 # the globals set here are read by the engine and the components

ASSETS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$ASSETS/../.." && pwd)"

if [[ -z "${HOME:-}" ]]; then
  HOME="$(getent passwd "$(id -u)" | cut -d: -f6)"
fi
CACHE_DIR="${CUTOVER_CACHE_DIR:-$HOME/.cache/cutover}"
STACK_DIR="${CUTOVER_STACK_DIR:-$REPO_ROOT/.stack}"
[[ "$CACHE_DIR" == /* ]] || CACHE_DIR="$PWD/$CACHE_DIR"
[[ "$STACK_DIR" == /* ]] || STACK_DIR="$PWD/$STACK_DIR"

HOST=127.0.0.1
TIMEOUT="${CUTOVER_STACK_TIMEOUT:-180}"
# Elasticsearch, OpenSearch and initdb refuse to run as root: as root, they run as this system user.
SVC_USER="${CUTOVER_STACK_USER:-cutover-stack}"
# Where the components that run as the service user keep their files (see prepare_dirs).
SVC_ROOT="$STACK_DIR"
HELPER=(python3 "$ASSETS/helper.py")

log() { printf '%s\n' "$*"; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}
is_root() { [[ "$(id -u)" -eq 0 ]]; }

# die with the end of a log file, so CI output shows the cause without another step
die_log() {
  local message="$1" file="$2"
  if [[ -f "$file" ]]; then
    printf -- '--- last lines of %s ---\n' "$file" >&2
    tail -n 30 "$file" >&2 || true
    printf -- '---\n' >&2
  fi
  die "$message (log: $file)"
}

# ------------------------------------------------------------------------------------------ port table

# scripts/stack/ports.conf, also read by test/integration/stack-env.ts. PORT[variable] is the port in
# use (the environment's override, else the table's default; exported, so hooks that run other scripts
# see it too); MAIN_PORT_VAR[component] names the port checked before a start; ADDRESS_VAR[component]
# is the settings variable, ADDRESS[component] its template; TABLE_ORDER lists the components in order.
declare -A PORT=() MAIN_PORT_VAR=() ADDRESS_VAR=() ADDRESS=()
TABLE_ORDER=()

load_port_table() {
  local file="$ASSETS/ports.conf" component kind var value extra n=0
  while read -r component kind var value extra || [[ -n "${component:-}" ]]; do
    n=$((n + 1))
    [[ -z "${component:-}" || "$component" == \#* ]] && continue
    [[ -n "${value:-}" && -z "${extra:-}" && "$var" =~ ^CUTOVER_STACK_[A-Z0-9_]+$ ]] ||
      die "$file:$n: expected 'component kind CUTOVER_STACK_NAME default'"
    [[ " ${TABLE_ORDER[*]} " == *" $component "* ]] || TABLE_ORDER+=("$component")
    case "$kind" in
      port | aux-port)
        PORT[$var]="${!var:-$value}"
        [[ "${PORT[$var]}" =~ ^[0-9]+$ ]] || die "$var=${PORT[$var]} is not a port number"
        export "$var=${PORT[$var]}"
        [[ "$kind" == aux-port ]] || MAIN_PORT_VAR[$component]="$var"
        ;;
      address)
        ADDRESS_VAR[$component]="$var"
        ADDRESS[$component]="$value"
        ;;
      *) die "$file:$n: unknown kind '$kind' (expected port, aux-port or address)" ;;
    esac
  done <"$file"
}

# a component's address from the table, its @CUTOVER_STACK_*_PORT@ placeholders filled in
stack_address() {
  local text="${ADDRESS[$1]:-}" var
  for var in "${!PORT[@]}"; do
    text="${text//@$var@/${PORT[$var]}}"
  done
  printf '%s\n' "$text"
}

# ------------------------------------------------------------------------------------------ components

# Called once at the top of each scripts/stack/components/<name>.sh:
#   component NAME TITLE [optional] [service-user] [alias=OTHER_NAME]...
# optional: not started by a plain `up`, only when named (`up NAME`); service-user: runs as $SVC_USER
# when root, so its state lives under $SVC_ROOT.
COMPONENTS=()
declare -A TITLE=() OPTIONAL=() SERVICE_USER=() ALIAS=()

component() {
  local name="$1" title="$2" flag
  shift 2
  [[ -z "${TITLE[$name]:-}" ]] || die "component $name is registered twice"
  COMPONENTS+=("$name")
  TITLE[$name]="$title"
  ALIAS[$name]="$name"
  for flag in "$@"; do
    case "$flag" in
      optional) OPTIONAL[$name]=1 ;;
      service-user) SERVICE_USER[$name]=1 ;;
      alias=*) ALIAS[${flag#alias=}]="$name" ;;
      *) die "component $name: unknown flag '$flag'" ;;
    esac
  done
}

has_hook() { declare -F "$1_$2" >/dev/null; }

# ---------------------------------------------------------------------------- a component's state on disk

pid_file() { echo "$STACK_DIR/pids/$1.pid"; }
external_marker() { echo "$STACK_DIR/pids/$1.external"; }

# the hooks' answers, or the defaults when a component does not define them (see scripts/stack.sh)
comp_dir() {
  if has_hook "$1" dir; then
    "$1_dir"
  elif [[ -n "${SERVICE_USER[$1]:-}" ]]; then
    echo "$SVC_ROOT/$1"
  else
    echo "$STACK_DIR/$1"
  fi
}
main_log_of() { if has_hook "$1" log; then "$1_log"; else echo "$(comp_dir "$1")/logs/$1.log"; fi; }
cmdline_marker() { if has_hook "$1" marker; then "$1_marker"; else comp_dir "$1"; fi; }

pid_is_ours() {
  local c="$1" pid="$2"
  pid_alive "$pid" || return 1
  [[ -r "/proc/$pid/cmdline" ]] || return 0
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$(cmdline_marker "$c")"
}

# prints the pid of our running instance of a component, fails when there is none
our_pid() {
  local c="$1" file pid=""
  file="$(pid_file "$c")"
  if [[ -f "$file" ]]; then
    read -r pid <"$file" || true
  fi
  if [[ -z "$pid" ]] && has_hook "$c" native_pidfile; then
    file="$("${c}_native_pidfile")"
    [[ -f "$file" ]] && read -r pid <"$file"
  fi
  if [[ -n "$pid" ]] && pid_is_ours "$c" "$pid"; then
    echo "$pid"
    return 0
  fi
  return 1
}

# an optional component takes part in a plain `status`, `env` and `down` once `up NAME` started or reused it
in_use() { [[ -z "${OPTIONAL[$1]:-}" || -f "$(pid_file "$1")" || -f "$(external_marker "$1")" ]]; }

# ----------------------------------------------------------------------------------------- processes

pid_alive() { [[ -n "$1" ]] && kill -0 "$1" 2>/dev/null; }

# start a long-running process in its own session, detached from our stdio, recording its pid
launch_detached() {
  local c="$1" log_file="$2"
  shift 2
  local file
  file="$(pid_file "$c")"
  rm -f "$file"
  # shellcheck disable=SC2016 # $$ and $@ belong to the inner shell
  setsid bash -c 'echo "$$" >"$0"; exec "$@"' "$file" "$@" </dev/null >>"$log_file" 2>&1 &
  local waited=0
  until [[ -s "$file" ]]; do
    sleep 0.1
    waited=$((waited + 1))
    ((waited < 100)) || die_log "${TITLE[$c]} did not start" "$log_file"
  done
}

stop_pid() {
  local c="$1" pid="$2" waited=0
  kill -TERM "$pid" 2>/dev/null || return 0
  while pid_alive "$pid"; do
    sleep 0.5
    waited=$((waited + 1))
    if ((waited == 60)); then
      warn "${TITLE[$c]} (pid $pid) still running after 30s: killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    ((waited < 80)) || break
  done
}

# run FUNCTION for each component in parallel, output prefixed with the component name
FAILED=()
run_parallel() {
  local fn="$1"
  shift
  local comps=("$@") pids=() c i
  FAILED=()
  for c in "${comps[@]}"; do
    (
      exec 8>&- # the stack lock stays with this script, never with the services it starts
      "$fn" "$c" 2>&1 | sed -u "s/^/$(printf '%-6s' "$c") | /"
      exit "${PIPESTATUS[0]}"
    ) &
    pids+=("$!")
  done
  for i in "${!pids[@]}"; do
    if ! wait "${pids[$i]}"; then
      FAILED+=("${comps[$i]}")
    fi
  done
}

with_lock() {
  mkdir -p "$STACK_DIR"
  exec 8>"$STACK_DIR/.lock"
  if ! flock -n 8; then
    log "another scripts/stack.sh is working on $STACK_DIR: waiting for it"
    flock 8
  fi
}

# --------------------------------------------------------------------------------------- service user

load_svc_root() {
  SVC_ROOT="$STACK_DIR"
  if [[ -f "$STACK_DIR/svc-root" ]]; then
    SVC_ROOT="$(cat "$STACK_DIR/svc-root")"
  fi
}

svc_group() { id -gn "$SVC_USER"; }

# run a command as the unprivileged service user (only switches when we are root)
as_svc() {
  if is_root; then
    setpriv --reuid="$SVC_USER" --regid="$(svc_group)" --init-groups -- "$@"
  else
    "$@"
  fi
}

own_for_svc() {
  if is_root; then
    chown -R "$SVC_USER:$(svc_group)" "$@"
  fi
}

ensure_svc_user() {
  is_root || return 0
  if ! id "$SVC_USER" >/dev/null 2>&1; then
    log "creating system user $SVC_USER (Elasticsearch, OpenSearch and PostgreSQL refuse to run as root)"
    useradd --system --user-group --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin "$SVC_USER"
  fi
}

# Normally the service user's components live in the stack dir itself; as root, when the service user
# cannot reach it (say a clone under /root), in a directory under /var/tmp (recorded in svc-root).
prepare_dirs() {
  mkdir -p "$STACK_DIR/pids" "$CACHE_DIR"
  SVC_ROOT="$STACK_DIR"
  if is_root && ! as_svc test -x "$STACK_DIR"; then
    local sum c titles=""
    sum="$(printf '%s' "$STACK_DIR" | cksum | cut -d' ' -f1)"
    SVC_ROOT="/var/tmp/cutover-stack-$sum"
    mkdir -p "$SVC_ROOT"
    chmod 755 "$SVC_ROOT"
    for c in "${COMPONENTS[@]}"; do
      [[ -z "${SERVICE_USER[$c]:-}" ]] || titles+="${titles:+/}${TITLE[$c]}"
    done
    log "note: $SVC_USER cannot reach $STACK_DIR; $titles state goes to $SVC_ROOT"
  fi
  printf '%s\n' "$SVC_ROOT" >"$STACK_DIR/svc-root"
}

# shellcheck source=SCRIPTDIR/tools.sh
source "$ASSETS/tools.sh"
