#!/usr/bin/env bash
# Apache Flink SQL Gateway with a local session cluster, as one component of the stack.
#
# Sourced, it defines the component hooks and nothing else runs:
#   install   resolve the jars from Maven Central into $CACHE_DIR/flink/ (once; cached)
#   start     launch the JVM detached (pid in $STACK_DIR/pids/flink.pid), return at once
#   healthy   the gateway answers /v1/info and its cluster has a TaskManager
#   stop      stop our JVM (pid checked against its command line), SIGKILL after 30 s
#   port      the gateway's REST port
#   url       the gateway's REST URL
# Run directly, it also has `up` (install, start, wait until healthy), `down`, `status` and `env`:
#   scripts/stack/flink/flink.sh up
#
# Settings (environment): CUTOVER_STACK_FLINK_PORT (gateway, 58083), CUTOVER_STACK_FLINK_CLUSTER_PORT
# (the session cluster's REST, 58081), CUTOVER_STACK_FLINK_VERSION (1.20.3),
# CUTOVER_STACK_FLINK_KAFKA_VERSION (3.4.0-1.20), CUTOVER_STACK_FLINK_HEAP (1g),
# CUTOVER_STACK_FLINK_SLOTS (8), CUTOVER_STACK_JAVA_HOME; shared with scripts/stack.sh:
# CUTOVER_CACHE_DIR, CUTOVER_STACK_DIR, CUTOVER_STACK_TIMEOUT.
#
# Flink does not mind running as root (unlike Elasticsearch): it runs as the invoking user.

FLINK_ASSETS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
FLINK_REPO_ROOT="$(cd "$FLINK_ASSETS/../../.." && pwd)"

# The caller (scripts/stack.sh) may have set these already; otherwise the same defaults as it uses.
HOST="${HOST:-127.0.0.1}"
CACHE_DIR="${CACHE_DIR:-${CUTOVER_CACHE_DIR:-${HOME:-/root}/.cache/cutover}}"
STACK_DIR="${STACK_DIR:-${CUTOVER_STACK_DIR:-$FLINK_REPO_ROOT/.stack}}"
TIMEOUT="${TIMEOUT:-${CUTOVER_STACK_TIMEOUT:-180}}"
[[ "$CACHE_DIR" == /* ]] || CACHE_DIR="$PWD/$CACHE_DIR"
[[ "$STACK_DIR" == /* ]] || STACK_DIR="$PWD/$STACK_DIR"

FLINK_PORT="${CUTOVER_STACK_FLINK_PORT:-58083}"
FLINK_CLUSTER_PORT="${CUTOVER_STACK_FLINK_CLUSTER_PORT:-58081}"
FLINK_VERSION="${CUTOVER_STACK_FLINK_VERSION:-1.20.3}"
FLINK_KAFKA_VERSION="${CUTOVER_STACK_FLINK_KAFKA_VERSION:-3.4.0-1.20}"
FLINK_HEAP="${CUTOVER_STACK_FLINK_HEAP:-1g}"
FLINK_SLOTS="${CUTOVER_STACK_FLINK_SLOTS:-8}"

flink_dir() { echo "$STACK_DIR/flink"; }
flink_lib() { echo "$CACHE_DIR/flink/lib-$FLINK_VERSION-kafka-$FLINK_KAFKA_VERSION"; }
flink_pid_file() { echo "$STACK_DIR/pids/flink.pid"; }
flink_log() { echo "$(flink_dir)/logs/flink.log"; }

flink_say() { printf '%s\n' "$*"; }
flink_fail() {
  printf 'error: %s\n' "$1" >&2
  if [[ -n "${2:-}" && -f "$2" ]]; then
    printf -- '--- last lines of %s ---\n' "$2" >&2
    tail -n 30 "$2" >&2 || true
    printf -- '---\n' >&2
  fi
  return 1
}

flink_helper() { python3 "$FLINK_ASSETS/../helper.py" "$@"; }

port() { echo "$FLINK_PORT"; }
url() { echo "http://$HOST:$FLINK_PORT"; }
cluster_url() { echo "http://$HOST:$FLINK_CLUSTER_PORT"; }

# A JDK, not a JRE: the launcher runs as a single source file, which needs the jdk.compiler module.
# Flink 1.20 supports Java 11 and 17 (21 experimentally): the lowest in 11..21 wins.
flink_java_home() {
  local candidate best="" best_major=999 major line
  local candidates=("${CUTOVER_STACK_JAVA_HOME:-}" "${JAVA_HOME:-}")
  for candidate in /usr/lib/jvm/*; do candidates+=("$candidate"); done
  if line="$(command -v java)"; then candidates+=("$(dirname "$(dirname "$(readlink -f "$line")")")"); fi
  for candidate in "${candidates[@]}"; do
    [[ -n "$candidate" && -x "$candidate/bin/java" && -x "$candidate/bin/javac" ]] || continue
    line="$("$candidate/bin/java" -version 2>&1 | head -n 1)" || continue
    line="${line#*\"}"
    line="${line%%\"*}"
    line="${line#1.}"
    major="${line%%[.+-]*}"
    [[ "$major" =~ ^[0-9]+$ ]] || continue
    if ((major >= 11 && major <= 21 && major < best_major)); then
      best="$(readlink -f "$candidate")"
      best_major="$major"
    fi
  done
  [[ -n "$best" ]] && echo "$best"
}

flink_preflight() {
  local missing=()
  command -v python3 >/dev/null || missing+=(python3)
  command -v mvn >/dev/null || missing+=(maven)
  flink_java_home >/dev/null || missing+=(openjdk-17-jdk-headless)
  ((${#missing[@]} == 0)) && return 0
  if [[ "$(id -u)" -ne 0 ]] || ! command -v apt-get >/dev/null; then
    flink_fail "Flink needs: ${missing[*]}; install them with: sudo apt-get install -y ${missing[*]}"
    return 1
  fi
  flink_say "apt-get install ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

install() {
  local lib status=0 log_file
  lib="$(flink_lib)"
  [[ -f "$lib/.complete" ]] && return 0
  flink_preflight || return 1
  log_file="$(flink_dir)/logs/maven.log"
  mkdir -p "$(dirname "$log_file")" "$CACHE_DIR/m2"
  flink_say "resolving Flink $FLINK_VERSION (SQL Gateway, planner, runtime, Kafka connector $FLINK_KAFKA_VERSION) from Maven Central"
  rm -rf "$lib"
  mkdir -p "$lib"
  # One Maven at a time: the local repository is shared with the other components (same lock file).
  {
    flock 9
    mvn -B -ntp -Dmaven.repo.local="$CACHE_DIR/m2" -f "$FLINK_ASSETS/pom.xml" \
      -Dflink.version="$FLINK_VERSION" -Dflink.kafka.version="$FLINK_KAFKA_VERSION" \
      dependency:copy-dependencies -DoutputDirectory="$lib" >>"$log_file" 2>&1 || status=$?
  } 9>"$CACHE_DIR/.maven.lock"
  ((status == 0)) || {
    flink_fail "Maven could not resolve the Flink jars" "$log_file"
    return 1
  }
  touch "$lib/.complete"
}

# The pid of our JVM, when it runs: the pid file's process must carry our marker on its command line,
# so a recycled pid is never taken for ours.
flink_our_pid() {
  local pid="" file
  file="$(flink_pid_file)"
  [[ -f "$file" ]] && read -r pid <"$file"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
  if [[ -r "/proc/$pid/cmdline" ]]; then
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "-Dcutover.stack.flink=$(flink_dir)" || return 1
  fi
  echo "$pid"
}

start() {
  local dir java_home lib file waited=0
  dir="$(flink_dir)"
  lib="$(flink_lib)"
  [[ -f "$lib/.complete" ]] || {
    flink_fail "the Flink jars are not installed: run install first"
    return 1
  }
  java_home="$(flink_java_home)" || {
    flink_fail "no JDK 11..21 found (set CUTOVER_STACK_JAVA_HOME)"
    return 1
  }
  mkdir -p "$dir/conf" "$dir/logs" "$dir/tmp" "$dir/checkpoints" "$dir/savepoints" "$STACK_DIR/pids"
  flink_helper render "$FLINK_ASSETS/config.yaml.in" "$dir/conf/config.yaml" HOST="$HOST" \
    GATEWAY_PORT="$FLINK_PORT" CLUSTER_PORT="$FLINK_CLUSTER_PORT" STATE_DIR="$dir" SLOTS="$FLINK_SLOTS" || return 1
  cp "$FLINK_ASSETS/log4j2.properties" "$dir/conf/log4j2.properties"
  # Flink's own JVM flags for Java 17 (its default env.java.opts.all), so Kryo and the planner may reflect.
  local opens=() pkg
  for pkg in java.lang java.net java.io java.nio sun.nio.ch java.lang.reflect java.text java.time java.util \
    java.util.concurrent java.util.concurrent.atomic java.util.concurrent.locks; do
    opens+=("--add-opens=java.base/$pkg=ALL-UNNAMED")
  done
  local java_opts=("-Dcutover.stack.flink=$dir" "-Xms256m" "-Xmx$FLINK_HEAP" -XX:+UseG1GC
    "-Djava.io.tmpdir=$dir/tmp" "-Dlog4j.configurationFile=file:$dir/conf/log4j2.properties"
    --add-exports=java.base/sun.net.util=ALL-UNNAMED --add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED
    --add-exports=jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED "${opens[@]}")
  file="$(flink_pid_file)"
  rm -f "$file"
  flink_say "starting the Flink $FLINK_VERSION SQL Gateway on $(url) (cluster REST $(cluster_url), Java $("$java_home/bin/java" -version 2>&1 | head -n 1 | cut -d'"' -f2))"
  # The launcher is a single source file, compiled in memory at every start (about a second).
  # shellcheck disable=SC2016 # $$ and $@ belong to the inner shell
  (cd "$dir" && FLINK_CONF_DIR="$dir/conf" setsid bash -c 'echo "$$" >"$0"; exec "$@"' "$file" \
    "$java_home/bin/java" "${java_opts[@]}" -cp "$lib/*" "$FLINK_ASSETS/Launcher.java") \
    </dev/null >>"$(flink_log)" 2>&1 &
  until [[ -s "$file" ]]; do
    sleep 0.1
    waited=$((waited + 1))
    ((waited < 100)) || {
      flink_fail "the Flink JVM did not start" "$(flink_log)"
      return 1
    }
  done
}

healthy() {
  flink_helper http "$(url)/v1/info" --json "productName=Apache Flink" &&
    flink_helper http "$(cluster_url)/overview" --json "taskmanagers=1"
}

stop() {
  local pid waited=0
  pid="$(flink_our_pid)" || {
    rm -f "$(flink_pid_file)"
    return 0
  }
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do
    sleep 0.5
    waited=$((waited + 1))
    if ((waited == 60)); then
      printf 'warning: Flink (pid %s) still running after 30s: killing it\n' "$pid" >&2
      kill -KILL "$pid" 2>/dev/null || true
    fi
    ((waited < 80)) || break
  done
  rm -f "$(flink_pid_file)"
}

# ----------------------------------------------------------------- standalone use (not as a hook file)

flink_up() {
  local started=$SECONDS deadline pid
  if flink_our_pid >/dev/null; then
    flink_say "already running: $(url)"
  elif healthy; then
    flink_say "something not started here already answers on $(url): reusing it"
    return 0
  else
    install || return 1
    start || return 1
  fi
  deadline=$((SECONDS + TIMEOUT))
  until healthy; do
    pid="$(flink_our_pid)" || {
      flink_fail "Flink exited during start-up" "$(flink_log)"
      return 1
    }
    if ((SECONDS >= deadline)); then
      flink_fail "Flink (pid $pid) not healthy on $(url) after ${TIMEOUT}s" "$(flink_log)"
      return 1
    fi
    sleep 0.5
  done
  flink_say "ready in $((SECONDS - started))s: $(url)"
}

flink_main() {
  set -euo pipefail
  local command="${1:-}"
  case "$command" in
    up) flink_up ;;
    down) stop ;;
    status) if healthy; then flink_say "up   $(url)"; else
      flink_say "down $(url)"
      return 1
    fi ;;
    env) printf 'export CUTOVER_STACK_FLINK_URL=%s\n' "$(url)" ;;
    install | start | healthy | stop | port | url) "$command" ;;
    *)
      sed -n '2,19p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
      return 2
      ;;
  esac
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  flink_main "$@"
fi
