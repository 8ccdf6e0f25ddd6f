#!/usr/bin/env bash
# Real components on loopback for cutover's integration tests, the demo and development.
#
#   scripts/stack.sh up [COMPONENT...]      install (cached), start, wait until healthy, print settings
#   scripts/stack.sh down [COMPONENT...]    stop what this script started (pid files); leave the rest
#   scripts/stack.sh status [COMPONENT...]  up/down per component (exit 1 when one is down)
#   scripts/stack.sh env                    print `export NAME=value` lines
#   scripts/stack.sh clean                  down, then delete the runtime state (data dirs, logs)
#
# Components: pg (PostgreSQL), kafka, es (Elasticsearch), os (OpenSearch), moto (AWS API emulator).
# Everything is installed from the package registries only (Debian apt, Maven Central, PyPI); downloads
# are cached in ${CUTOVER_CACHE_DIR:-$HOME/.cache/cutover}, runtime state lives in
# ${CUTOVER_STACK_DIR:-<repo>/.stack}. See docs/development-stack.md.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
ASSETS="$SCRIPT_DIR/stack"

if [[ -z "${HOME:-}" ]]; then
  HOME="$(getent passwd "$(id -u)" | cut -d: -f6)"
fi
CACHE_DIR="${CUTOVER_CACHE_DIR:-$HOME/.cache/cutover}"
STACK_DIR="${CUTOVER_STACK_DIR:-$REPO_ROOT/.stack}"
[[ "$CACHE_DIR" == /* ]] || CACHE_DIR="$PWD/$CACHE_DIR"
[[ "$STACK_DIR" == /* ]] || STACK_DIR="$PWD/$STACK_DIR"

HOST=127.0.0.1
PG_PORT="${CUTOVER_STACK_PG_PORT:-55432}"
# Not a word cutover prints: every secret is masked wherever it appears in a log, so a password
# such as "cutover" would be masked inside every release name and file path.
PG_PASSWORD=pg-stack-7Rk29q
KAFKA_PORT="${CUTOVER_STACK_KAFKA_PORT:-59092}"
KAFKA_CONTROLLER_PORT="${CUTOVER_STACK_KAFKA_CONTROLLER_PORT:-59093}"
ES_PORT="${CUTOVER_STACK_ES_PORT:-59200}"
ES_TRANSPORT_PORT="${CUTOVER_STACK_ES_TRANSPORT_PORT:-59300}"
OS_PORT="${CUTOVER_STACK_OS_PORT:-59201}"
OS_TRANSPORT_PORT="${CUTOVER_STACK_OS_TRANSPORT_PORT:-59301}"
AWS_PORT="${CUTOVER_STACK_AWS_PORT:-55000}"

KAFKA_VERSION="${CUTOVER_STACK_KAFKA_VERSION:-3.9.2}"
ES_VERSION="${CUTOVER_STACK_ES_VERSION:-8.19.21}"
OS_VERSION="${CUTOVER_STACK_OS_VERSION:-2.19.6}"
KAFKA_HEAP="${CUTOVER_STACK_KAFKA_HEAP:-512m}"
ES_HEAP="${CUTOVER_STACK_ES_HEAP:-512m}"
OS_HEAP="${CUTOVER_STACK_OS_HEAP:-512m}"
TIMEOUT="${CUTOVER_STACK_TIMEOUT:-180}"
# Elasticsearch, OpenSearch and initdb refuse to run as root: as root, they run as this system user.
SVC_USER="${CUTOVER_STACK_USER:-cutover-stack}"

ALL_COMPONENTS=(pg kafka es os moto)
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

usage() {
  sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

# ---------------------------------------------------------------------------------------------- names

canonical() {
  case "$1" in
    pg | postgres | postgresql) echo pg ;;
    kafka) echo kafka ;;
    es | elasticsearch) echo es ;;
    os | opensearch) echo os ;;
    moto | aws) echo moto ;;
    *) die "unknown component '$1' (expected: ${ALL_COMPONENTS[*]})" ;;
  esac
}

display_name() {
  case "$1" in
    pg) echo "PostgreSQL" ;;
    kafka) echo "Kafka" ;;
    es) echo "Elasticsearch" ;;
    os) echo "OpenSearch" ;;
    moto) echo "moto server" ;;
  esac
}

port_of() {
  case "$1" in
    pg) echo "$PG_PORT" ;;
    kafka) echo "$KAFKA_PORT" ;;
    es) echo "$ES_PORT" ;;
    os) echo "$OS_PORT" ;;
    moto) echo "$AWS_PORT" ;;
  esac
}

port_var_of() {
  case "$1" in
    pg) echo CUTOVER_STACK_PG_PORT ;;
    kafka) echo CUTOVER_STACK_KAFKA_PORT ;;
    es) echo CUTOVER_STACK_ES_PORT ;;
    os) echo CUTOVER_STACK_OS_PORT ;;
    moto) echo CUTOVER_STACK_AWS_PORT ;;
  esac
}

pg_url() { echo "postgresql://cutover:$PG_PASSWORD@$HOST:$PG_PORT/cutover"; }
es_url() { echo "http://$HOST:$ES_PORT"; }
os_url() { echo "http://$HOST:$OS_PORT"; }
aws_url() { echo "http://$HOST:$AWS_PORT"; }

url_of() {
  case "$1" in
    pg) pg_url ;;
    kafka) echo "$HOST:$KAFKA_PORT" ;;
    es) es_url ;;
    os) os_url ;;
    moto) aws_url ;;
  esac
}

env_lines() {
  printf 'export CUTOVER_STACK_PG_URL=%s\n' "$(pg_url)"
  printf 'export CUTOVER_STACK_KAFKA_BROKERS=%s\n' "$HOST:$KAFKA_PORT"
  printf 'export CUTOVER_STACK_ES_URL=%s\n' "$(es_url)"
  printf 'export CUTOVER_STACK_OS_URL=%s\n' "$(os_url)"
  printf 'export CUTOVER_STACK_AWS_ENDPOINT=%s\n' "$(aws_url)"
}

# ----------------------------------------------------------------------------------------- directories

# Where the components that run as the service user keep their files. Normally the stack dir itself;
# as root, when the service user cannot reach it (say a clone under /root), a directory under /var/tmp.
SVC_ROOT=""

load_svc_root() {
  SVC_ROOT="$STACK_DIR"
  if [[ -f "$STACK_DIR/svc-root" ]]; then
    SVC_ROOT="$(cat "$STACK_DIR/svc-root")"
  fi
}

comp_dir() {
  case "$1" in
    pg) echo "$SVC_ROOT/postgres" ;;
    es) echo "$SVC_ROOT/elasticsearch" ;;
    os) echo "$SVC_ROOT/opensearch" ;;
    kafka) echo "$STACK_DIR/kafka" ;;
    moto) echo "$STACK_DIR/moto" ;;
  esac
}

main_log_of() {
  local dir
  dir="$(comp_dir "$1")"
  case "$1" in
    pg) echo "$dir/logs/postgres.log" ;;
    kafka) echo "$dir/logs/kafka.log" ;;
    es) echo "$dir/logs/cutover-stack-es.log" ;;
    os) echo "$dir/logs/cutover-stack-os.log" ;;
    moto) echo "$dir/logs/moto.log" ;;
  esac
}

runs_as_service_user() { [[ "$1" == pg || "$1" == es || "$1" == os ]]; }

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

prepare_dirs() {
  mkdir -p "$STACK_DIR/pids" "$CACHE_DIR"
  SVC_ROOT="$STACK_DIR"
  if is_root && ! as_svc test -x "$STACK_DIR"; then
    local sum
    sum="$(printf '%s' "$STACK_DIR" | cksum | cut -d' ' -f1)"
    SVC_ROOT="/var/tmp/cutover-stack-$sum"
    mkdir -p "$SVC_ROOT"
    chmod 755 "$SVC_ROOT"
    log "note: $SVC_USER cannot reach $STACK_DIR; PostgreSQL/Elasticsearch/OpenSearch state goes to $SVC_ROOT"
  fi
  printf '%s\n' "$SVC_ROOT" >"$STACK_DIR/svc-root"
}

# ----------------------------------------------------------------------------------------- processes

pid_file() { echo "$STACK_DIR/pids/$1.pid"; }
external_marker() { echo "$STACK_DIR/pids/$1.external"; }

pid_alive() { [[ -n "$1" ]] && kill -0 "$1" 2>/dev/null; }

# a string that the component's command line must contain, so a recycled pid is never taken for ours
cmdline_marker() {
  case "$1" in
    pg) echo "$(comp_dir pg)/data" ;;
    kafka) echo "$(comp_dir kafka)/server.properties" ;;
    es | os) comp_dir "$1" ;;
    moto) echo "moto_server" ;;
  esac
}

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
  if [[ -z "$pid" ]]; then
    case "$c" in
      pg) [[ -f "$(comp_dir pg)/data/postmaster.pid" ]] && read -r pid <"$(comp_dir pg)/data/postmaster.pid" ;;
      es | os) [[ -f "$(comp_dir "$c")/$c.pid" ]] && read -r pid <"$(comp_dir "$c")/$c.pid" ;;
    esac
  fi
  if [[ -n "$pid" ]] && pid_is_ours "$c" "$pid"; then
    echo "$pid"
    return 0
  fi
  return 1
}

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
    ((waited < 100)) || die_log "$(display_name "$c") did not start" "$log_file"
  done
}

stop_pid() {
  local c="$1" pid="$2" waited=0
  kill -TERM "$pid" 2>/dev/null || return 0
  while pid_alive "$pid"; do
    sleep 0.5
    waited=$((waited + 1))
    if ((waited == 60)); then
      warn "$(display_name "$c") (pid $pid) still running after 30s: killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    ((waited < 80)) || break
  done
}

# ------------------------------------------------------------------------------------------- health

PG_BINDIR=""

find_pg_bindir() {
  if [[ -n "${CUTOVER_STACK_PG_BINDIR:-}" ]]; then
    PG_BINDIR="$CUTOVER_STACK_PG_BINDIR"
    return 0
  fi
  PG_BINDIR=""
  if [[ -x /usr/lib/postgresql/15/bin/initdb ]]; then
    PG_BINDIR=/usr/lib/postgresql/15/bin
    return 0
  fi
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [[ -x "$dir/initdb" ]] && PG_BINDIR="$dir"
  done
  [[ -n "$PG_BINDIR" ]]
}

psql_cmd() {
  if [[ -n "$PG_BINDIR" && -x "$PG_BINDIR/psql" ]]; then
    echo "$PG_BINDIR/psql"
  else
    command -v psql || echo psql
  fi
}

# the component answers as it should (used for ours and for anything already on the port)
healthy() {
  case "$1" in
    pg) PGCONNECT_TIMEOUT=3 "$(psql_cmd)" "$(pg_url)" -Atqc 'select 1' >/dev/null 2>&1 ;;
    kafka) "${HELPER[@]}" kafka "$HOST" "$KAFKA_PORT" ;;
    es) "${HELPER[@]}" http "$(es_url)/_cluster/health" --header x-elastic-product=Elasticsearch --json 'status=green|yellow' ;;
    os) "${HELPER[@]}" http "$(os_url)/" --json version.distribution=opensearch &&
      "${HELPER[@]}" http "$(os_url)/_cluster/health" --json 'status=green|yellow' ;;
    # the dashboard page: small and constant, where data.json grows with every test's resources
    moto) "${HELPER[@]}" http "$(aws_url)/moto-api/" ;;
  esac
}

# our own instance accepts requests (PostgreSQL: before the cutover role exists)
ready() {
  case "$1" in
    pg) "$PG_BINDIR/pg_isready" -q -h "$HOST" -p "$PG_PORT" ;;
    *) healthy "$1" ;;
  esac
}

port_taken() { "${HELPER[@]}" tcp "$HOST" "$(port_of "$1")"; }

wait_ready() {
  local c="$1" deadline=$((SECONDS + TIMEOUT)) pid
  until ready "$c"; do
    if ! pid="$(our_pid "$c")"; then
      die_log "$(display_name "$c") exited during start-up" "$(main_log_of "$c")"
    fi
    if ((SECONDS >= deadline)); then
      die_log "$(display_name "$c") (pid $pid) not healthy on port $(port_of "$c") after ${TIMEOUT}s" "$(main_log_of "$c")"
    fi
    sleep 1
  done
}

# --------------------------------------------------------------------------------------- installing

APT_UPDATED=0

apt_install() {
  if ! is_root; then
    die "missing system packages; install them with: sudo apt-get install -y $*"
  fi
  command -v apt-get >/dev/null || die "missing system packages ($*) and no apt-get to install them"
  if [[ "$APT_UPDATED" == 0 ]]; then
    log "apt-get update (missing: $*)"
    apt-get update -qq
    APT_UPDATED=1
  fi
  log "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

declare -A JAVA_MAJORS=()

# sets JAVA_MAJORS[java home] (cached: each JDK is asked once)
probe_java_major() {
  local line
  [[ -n "${JAVA_MAJORS[$1]:-}" ]] && return 0
  line="$("$1/bin/java" -version 2>&1 | head -n 1)" || return 1
  line="${line#*\"}"
  line="${line%%\"*}"
  line="${line#1.}"
  JAVA_MAJORS[$1]="${line%%[.+-]*}"
}

java_major() {
  probe_java_major "$1" && echo "${JAVA_MAJORS[$1]}"
}

# sets FOUND_JAVA to the JDK with the lowest major version in [min, max] among the usual places
FOUND_JAVA=""
find_java() {
  local min="$1" max="$2" best_major=999 candidate major java_on_path
  local candidates=("${CUTOVER_STACK_JAVA_HOME:-}" "${JAVA_HOME:-}")
  FOUND_JAVA=""
  for candidate in /usr/lib/jvm/*; do
    candidates+=("$candidate")
  done
  if java_on_path="$(command -v java)"; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$java_on_path")")")")
  fi
  for candidate in "${candidates[@]}"; do
    [[ -n "$candidate" && -x "$candidate/bin/java" ]] || continue
    candidate="$(readlink -f "$candidate")"
    probe_java_major "$candidate" || continue
    major="${JAVA_MAJORS[$candidate]}"
    [[ "$major" =~ ^[0-9]+$ ]] || continue
    if ((major >= min && major <= max && major < best_major)); then
      FOUND_JAVA="$candidate"
      best_major="$major"
    fi
  done
  [[ -n "$FOUND_JAVA" ]]
}

es_major() { echo "${ES_VERSION%%.*}"; }

java_range_of() {
  case "$1" in
    kafka) echo "11 23" ;;
    os) echo "17 23" ;; # OpenSearch 2.x needs the security manager, gone in Java 24
    es) if (($(es_major) >= 9)); then echo "21 99"; else echo "17 23"; fi ;;
  esac
}

JAVA_KAFKA=""
JAVA_ES=""
JAVA_OS=""

resolve_java() {
  local c="$1" range min max
  range="$(java_range_of "$c")"
  min="${range% *}"
  max="${range#* }"
  find_java "$min" "$max" || return 1
  case "$c" in
    kafka) JAVA_KAFKA="$FOUND_JAVA" ;;
    es) JAVA_ES="$FOUND_JAVA" ;;
    os) JAVA_OS="$FOUND_JAVA" ;;
  esac
}

# check (and as root, apt-get install) what the requested components need, before anything runs
preflight() {
  local missing=() c
  command -v python3 >/dev/null || missing+=(python3)
  for c in "$@"; do
    case "$c" in
      pg) find_pg_bindir || missing+=(postgresql) ;;
      kafka | es | os)
        command -v mvn >/dev/null || missing+=(maven)
        if ! resolve_java "$c"; then
          if [[ "$c" == es ]] && (($(es_major) >= 9)); then
            die "Elasticsearch $ES_VERSION needs Java 21 or newer: set CUTOVER_STACK_JAVA_HOME"
          fi
          missing+=(openjdk-17-jre-headless)
        fi
        ;;
      moto) python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv) ;;
    esac
  done
  if ((${#missing[@]} > 0)); then
    mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
    apt_install "${missing[@]}"
    for c in "$@"; do
      case "$c" in
        pg) find_pg_bindir || die "PostgreSQL binaries not found after installing postgresql" ;;
        kafka | es | os) resolve_java "$c" || die "no suitable Java for $(display_name "$c")" ;;
      esac
    done
  fi
  ensure_svc_user
}

# Maven runs one at a time (shared local repository), quietly, with its output in a log file
mvn_run() {
  local log_file="$1"
  shift
  mkdir -p "$CACHE_DIR/m2" "$(dirname "$log_file")"
  local status=0
  {
    flock 9
    mvn -B -ntp -Dmaven.repo.local="$CACHE_DIR/m2" -f "$ASSETS/pom.xml" "$@" >>"$log_file" 2>&1 || status=$?
  } 9>"$CACHE_DIR/.maven.lock"
  ((status == 0)) || die_log "Maven failed: mvn $*" "$log_file"
}

m2_file() {
  local group="$1" artifact="$2" version="$3" type="$4"
  echo "$CACHE_DIR/m2/${group//.//}/$artifact/$version/$artifact-$version.$type"
}

extract_zip() {
  if command -v unzip >/dev/null; then
    unzip -q -o "$1" -d "$2"
  else
    "${HELPER[@]}" unzip "$1" "$2"
  fi
}

render() {
  local template="$1" out="$2"
  shift 2
  "${HELPER[@]}" render "$ASSETS/$template" "$out" "$@"
}

# ----------------------------------------------------------------------------------------- PostgreSQL

start_pg() {
  local dir data
  dir="$(comp_dir pg)"
  data="$dir/data"
  mkdir -p "$dir/logs" "$dir/run"
  own_for_svc "$dir"
  chmod 700 "$dir"
  if [[ ! -f "$data/PG_VERSION" ]]; then
    rm -rf "$data"
    log "initdb ($PG_BINDIR)"
    (cd "$dir" && as_svc "$PG_BINDIR/initdb" -D "$data" -U postgres -A trust --auth-host=scram-sha-256 \
      -E UTF8 --no-locale) >"$dir/logs/initdb.log" 2>&1 || die_log "initdb failed" "$dir/logs/initdb.log"
    printf "\ninclude_if_exists = 'cutover-stack.conf'\n" >>"$data/postgresql.conf"
  fi
  render postgresql.conf.in "$data/cutover-stack.conf" HOST="$HOST" PORT="$PG_PORT" SOCKET_DIR="$dir/run"
  own_for_svc "$data/cutover-stack.conf"
  (cd "$dir" && as_svc "$PG_BINDIR/pg_ctl" -D "$data" -l "$dir/logs/postgres.log" -w -t "$TIMEOUT" start) \
    >"$dir/logs/pg_ctl.log" 2>&1 || die_log "pg_ctl start failed" "$dir/logs/postgres.log"
  head -n 1 "$data/postmaster.pid" >"$(pid_file pg)"
}

after_ready_pg() {
  local dir
  dir="$(comp_dir pg)"
  local psql=("$(psql_cmd)" -h "$dir/run" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -Atq)
  if [[ "$("${psql[@]}" -c "select 1 from pg_roles where rolname = 'cutover'")" != 1 ]]; then
    "${psql[@]}" -c "create role cutover login createdb password '$PG_PASSWORD'"
  else
    # a data directory from an older stack may hold another password: set this one on every up
    "${psql[@]}" -c "alter role cutover password '$PG_PASSWORD'"
  fi
  if [[ "$("${psql[@]}" -c "select 1 from pg_database where datname = 'cutover'")" != 1 ]]; then
    "${psql[@]}" -c "create database cutover owner cutover"
  fi
}

stop_pg() {
  local dir
  dir="$(comp_dir pg)"
  find_pg_bindir || true
  if [[ -n "$PG_BINDIR" && -f "$dir/data/postmaster.pid" ]]; then
    (cd "$dir" && as_svc "$PG_BINDIR/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop) >/dev/null 2>&1 || true
  fi
  local pid
  if pid="$(our_pid pg)"; then
    stop_pid pg "$pid"
  fi
}

# --------------------------------------------------------------------------------------------- Kafka

kafka_libs() { echo "$CACHE_DIR/kafka/kafka_2.13-$KAFKA_VERSION/libs"; }

install_kafka() {
  local libs dir
  libs="$(kafka_libs)"
  dir="$(comp_dir kafka)"
  [[ -f "$libs/.complete" ]] && return 0
  log "resolving org.apache.kafka:kafka_2.13:$KAFKA_VERSION and its runtime dependencies (Maven)"
  rm -rf "$libs"
  mkdir -p "$libs"
  mvn_run "$dir/logs/maven.log" -P kafka -Dkafka.version="$KAFKA_VERSION" \
    dependency:copy-dependencies -DoutputDirectory="$libs"
  touch "$libs/.complete"
}

start_kafka() {
  local dir libs java
  dir="$(comp_dir kafka)"
  libs="$(kafka_libs)"
  java="$JAVA_KAFKA/bin/java"
  mkdir -p "$dir/data" "$dir/logs"
  render kafka/server.properties.in "$dir/server.properties" HOST="$HOST" PORT="$KAFKA_PORT" \
    CONTROLLER_PORT="$KAFKA_CONTROLLER_PORT" DATA_DIR="$dir/data"
  cp "$ASSETS/kafka/log4j.properties" "$dir/log4j.properties"
  local java_opts=(-server "-Xms$KAFKA_HEAP" "-Xmx$KAFKA_HEAP" -XX:+UseG1GC -XX:MaxGCPauseMillis=20
    -Djava.awt.headless=true "-Dlog4j.configuration=file:$dir/log4j.properties" "-Dkafka.logs.dir=$dir/logs")
  if [[ ! -f "$dir/data/meta.properties" ]]; then
    log "formatting the KRaft log dir"
    "$java" "${java_opts[@]}" -cp "$libs/*" kafka.tools.StorageTool format --ignore-formatted \
      -t "$("${HELPER[@]}" kafka-cluster-id)" -c "$dir/server.properties" \
      >"$dir/logs/format.log" 2>&1 || die_log "kafka storage format failed" "$dir/logs/format.log"
  fi
  launch_detached kafka "$dir/logs/kafka.log" "$java" "${java_opts[@]}" -cp "$libs/*" kafka.Kafka "$dir/server.properties"
}

# -------------------------------------------------------------------------- Elasticsearch, OpenSearch

es_dist() { echo "$(comp_dir es)/dist/elasticsearch-$ES_VERSION"; }
os_dist() { echo "$(comp_dir os)/dist/opensearch-$OS_VERSION"; }
os_modules_cache() { echo "$CACHE_DIR/opensearch/modules-$OS_VERSION"; }

# Resolves a search engine's integ-test-zip through Maven (once; cached) and prints its path.
# Args: engine (the pom profile and artifact id), version, log file.
test_zip() {
  local engine="$1" version="$2" logfile="$3" zip
  zip="$(m2_file "org.$engine.distribution.integ-test-zip" "$engine" "$version" zip)"
  if [[ ! -f "$zip" ]]; then
    log "resolving org.$engine.distribution.integ-test-zip:$engine:$version:zip (Maven)" >&2
    mvn_run "$logfile" -P "$engine" -D"$engine.version=$version" dependency:resolve >&2
  fi
  [[ -f "$zip" ]] || die "Maven did not leave $zip"
  printf '%s\n' "$zip"
}

install_es() {
  local dir zip dist
  dir="$(comp_dir es)"
  dist="$(es_dist)"
  [[ -f "$dist/.cutover-complete" ]] && return 0
  mkdir -p "$dir/logs"
  zip="$(test_zip elasticsearch "$ES_VERSION" "$dir/logs/maven.log")"
  log "unpacking Elasticsearch $ES_VERSION"
  rm -rf "$dir/dist"
  mkdir -p "$dir/dist"
  extract_zip "$zip" "$dir/dist"
  touch "$dist/.cutover-complete"
}

write_os_module() {
  local dist="$1" name="$2" classname="$3" description="$4" jars="$5"
  local target="$dist/modules/$name"
  mkdir -p "$target"
  cp "$jars"/*.jar "$target/"
  {
    printf 'description=%s\n' "$description"
    printf 'version=%s\n' "$OS_VERSION"
    printf 'name=%s\n' "$name"
    printf 'classname=%s\n' "$classname"
    printf 'java.version=11\n'
    printf 'opensearch.version=%s\n' "$OS_VERSION"
    printf 'custom.foldername=\nextended.plugins=\nhas.native.controller=false\n'
  } >"$target/plugin-descriptor.properties"
}

install_os() {
  local dir zip dist mods
  dir="$(comp_dir os)"
  dist="$(os_dist)"
  mods="$(os_modules_cache)"
  [[ -f "$dist/.cutover-complete" ]] && return 0
  mkdir -p "$dir/logs"
  zip="$(test_zip opensearch "$OS_VERSION" "$dir/logs/maven.log")"
  # The test distribution carries transport-netty4 only: add reindex and lang-painless from their
  # published module jars (org.opensearch.plugin:reindex-client, org.opensearch.plugin:lang-painless).
  local profile module
  for profile in opensearch-reindex opensearch-painless; do
    module="${profile#opensearch-}"
    if [[ ! -f "$mods/$module/.complete" ]]; then
      log "resolving the OpenSearch $module module jars (Maven)"
      rm -rf "${mods:?}/$module"
      mkdir -p "$mods/$module"
      mvn_run "$dir/logs/maven.log" -P "$profile" -Dopensearch.version="$OS_VERSION" \
        dependency:copy-dependencies -DoutputDirectory="$mods/$module"
      touch "$mods/$module/.complete"
    fi
  done
  log "unpacking OpenSearch $OS_VERSION and adding the reindex and lang-painless modules"
  rm -rf "$dir/dist"
  mkdir -p "$dir/dist"
  extract_zip "$zip" "$dir/dist"
  write_os_module "$dist" reindex org.opensearch.index.reindex.ReindexPlugin \
    "The Reindex module adds APIs to reindex from one index to another or update documents in place." "$mods/reindex"
  write_os_module "$dist" lang-painless org.opensearch.painless.PainlessPlugin \
    "An easy, safe and fast scripting language for OpenSearch" "$mods/painless"
  printf 'grant {\n  permission java.lang.RuntimePermission "createClassLoader";\n  permission java.lang.RuntimePermission "getClassLoader";\n};\n' \
    >"$dist/modules/lang-painless/plugin-security.policy"
  touch "$dist/.cutover-complete"
}

# shared by Elasticsearch and OpenSearch: fresh config from the distribution, our settings on top
prepare_search_config() {
  local c="$1" dist="$2" yml_template="$3" yml_name="$4" http_port="$5" transport_port="$6" heap="$7"
  local dir conf
  dir="$(comp_dir "$c")"
  conf="$dir/config"
  mkdir -p "$dir/data" "$dir/logs" "$dir/tmp"
  rm -rf "$conf"
  cp -r "$dist/config" "$conf"
  render "$yml_template" "$conf/$yml_name" HOST="$HOST" HTTP_PORT="$http_port" TRANSPORT_PORT="$transport_port" \
    DATA_DIR="$dir/data" LOGS_DIR="$dir/logs"
  mkdir -p "$conf/jvm.options.d"
  render jvm.options.in "$conf/jvm.options.d/cutover.options" HEAP="$heap" LOGS_DIR="$dir/logs"
  rm -f "$dir/$c.pid"
  own_for_svc "$dir"
}

start_es() {
  local dir dist
  dir="$(comp_dir es)"
  dist="$(es_dist)"
  prepare_search_config es "$dist" elasticsearch.yml.in elasticsearch.yml "$ES_PORT" "$ES_TRANSPORT_PORT" "$ES_HEAP"
  log "starting Elasticsearch $ES_VERSION (Java $(java_major "$JAVA_ES"), heap $ES_HEAP)"
  # -d returns once the node has started (or failed to)
  (cd "$dir" && as_svc env -i PATH=/usr/local/bin:/usr/bin:/bin HOME="$dir" LANG=C.UTF-8 \
    ES_JAVA_HOME="$JAVA_ES" ES_PATH_CONF="$dir/config" ES_TMPDIR="$dir/tmp" \
    timeout "$TIMEOUT" "$dist/bin/elasticsearch" -d -p "$dir/es.pid") </dev/null >"$dir/logs/launch.log" 2>&1 ||
    die_log "Elasticsearch did not start" "$dir/logs/launch.log"
  cp "$dir/es.pid" "$(pid_file es)"
}

start_os() {
  local dir dist waited=0
  dir="$(comp_dir os)"
  dist="$(os_dist)"
  prepare_search_config os "$dist" opensearch.yml.in opensearch.yml "$OS_PORT" "$OS_TRANSPORT_PORT" "$OS_HEAP"
  log "starting OpenSearch $OS_VERSION (Java $(java_major "$JAVA_OS"), heap $OS_HEAP)"
  (cd "$dir" && as_svc env -i PATH=/usr/local/bin:/usr/bin:/bin HOME="$dir" LANG=C.UTF-8 \
    OPENSEARCH_JAVA_HOME="$JAVA_OS" OPENSEARCH_PATH_CONF="$dir/config" OPENSEARCH_TMPDIR="$dir/tmp" \
    "$dist/bin/opensearch" -d -p "$dir/os.pid") </dev/null >"$dir/logs/launch.log" 2>&1 ||
    die_log "OpenSearch did not start" "$dir/logs/launch.log"
  # -d returns at once; the JVM writes its pid file early in start-up
  until [[ -s "$dir/os.pid" ]]; do
    sleep 0.2
    waited=$((waited + 1))
    ((waited < 150)) || die_log "OpenSearch wrote no pid file" "$dir/logs/launch.log"
  done
  cp "$dir/os.pid" "$(pid_file os)"
}

after_ready_search() {
  local c="$1" url modules
  url="$(url_of "$c")"
  modules="$("${HELPER[@]}" modules "$url")" || modules="?"
  log "modules: $modules"
  case ",$modules," in
    *,reindex,*) ;;
    *) warn "$(display_name "$c") has no reindex module here: _reindex, _update_by_query and _delete_by_query are unavailable" ;;
  esac
}

# ---------------------------------------------------------------------------------------------- moto

moto_venv() {
  local key pyver
  key="$(sha256sum "$ASSETS/moto-requirements.txt" | cut -c1-12)"
  pyver="$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
  echo "$CACHE_DIR/moto/venv-py$pyver-$key"
}

install_moto() {
  local venv dir
  venv="$(moto_venv)"
  dir="$(comp_dir moto)"
  [[ -f "$venv/.complete" ]] && return 0
  mkdir -p "$dir/logs"
  log "installing moto[server] into $venv (pip)"
  rm -rf "$venv"
  python3 -m venv "$venv" >"$dir/logs/pip.log" 2>&1 || die_log "python3 -m venv failed" "$dir/logs/pip.log"
  "$venv/bin/python" -m pip install --disable-pip-version-check --cache-dir "$CACHE_DIR/pip" \
    -r "$ASSETS/moto-requirements.txt" >>"$dir/logs/pip.log" 2>&1 || die_log "pip install failed" "$dir/logs/pip.log"
  touch "$venv/.complete"
}

start_moto() {
  local dir venv
  dir="$(comp_dir moto)"
  venv="$(moto_venv)"
  mkdir -p "$dir/logs"
  # moto reports an ECS service's tasks as running (and its rollout COMPLETED) only up to this many,
  # read once at start and for every service; deploy-green's tests create green services of 2 tasks
  MOTO_ECS_SERVICE_RUNNING="${MOTO_ECS_SERVICE_RUNNING:-2}" \
    launch_detached moto "$dir/logs/moto.log" "$venv/bin/moto_server" -H "$HOST" -p "$AWS_PORT"
}

# -------------------------------------------------------------------------------------------- up/down

up_one() {
  local c="$1" started=$SECONDS pid
  if pid="$(our_pid "$c")"; then
    wait_ready "$c"
    [[ "$c" == pg ]] && after_ready_pg
    log "already running (pid $pid): $(url_of "$c")"
    return 0
  fi
  if healthy "$c"; then
    touch "$(external_marker "$c")"
    log "something not started by this script already answers on port $(port_of "$c"): reusing it, down will leave it alone"
    return 0
  fi
  rm -f "$(external_marker "$c")" "$(pid_file "$c")"
  if port_taken "$c"; then
    die "port $(port_of "$c") on $HOST is taken by something that is not a healthy $(display_name "$c"); stop it or set $(port_var_of "$c")"
  fi
  case "$c" in
    kafka) install_kafka ;;
    es) install_es ;;
    os) install_os ;;
    moto) install_moto ;;
  esac
  "start_$c"
  wait_ready "$c"
  case "$c" in
    pg) after_ready_pg ;;
    es | os) after_ready_search "$c" ;;
  esac
  healthy "$c" || die_log "$(display_name "$c") started but the health check fails" "$(main_log_of "$c")"
  log "ready in $((SECONDS - started))s: $(url_of "$c")"
}

down_one() {
  local c="$1" pid
  if [[ -f "$(external_marker "$c")" ]]; then
    rm -f "$(external_marker "$c")"
    log "not started by this script: left running"
    return 0
  fi
  if [[ "$c" == pg ]]; then
    if our_pid pg >/dev/null; then
      stop_pg
      log "stopped"
    else
      log "not running"
    fi
  elif pid="$(our_pid "$c")"; then
    stop_pid "$c" "$pid"
    log "stopped (pid $pid)"
  else
    log "not running"
  fi
  rm -f "$(pid_file "$c")"
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

parse_components() {
  local -n out="$1"
  shift
  out=()
  if (($# == 0)); then
    out=("${ALL_COMPONENTS[@]}")
    return 0
  fi
  local name c seen=" "
  for name in "$@"; do
    c="$(canonical "$name")"
    [[ "$seen" == *" $c "* ]] && continue
    seen+="$c "
    out+=("$c")
  done
}

cmd_up() {
  local comps=() started=$SECONDS
  parse_components comps "$@"
  with_lock
  preflight "${comps[@]}"
  prepare_dirs
  run_parallel up_one "${comps[@]}"
  env_lines >"$STACK_DIR/env.tmp"
  mv "$STACK_DIR/env.tmp" "$STACK_DIR/env"
  if ((${#FAILED[@]} > 0)); then
    die "failed: ${FAILED[*]} (see the messages above); settings in $STACK_DIR/env"
  fi
  log ""
  log "stack up in $((SECONDS - started))s (${comps[*]}). Settings (also in $STACK_DIR/env):"
  env_lines
}

cmd_down() {
  local comps=()
  parse_components comps "$@"
  [[ -d "$STACK_DIR" ]] || {
    log "nothing to stop: $STACK_DIR does not exist"
    return 0
  }
  with_lock
  load_svc_root
  run_parallel down_one "${comps[@]}"
  ((${#FAILED[@]} == 0)) || die "could not stop: ${FAILED[*]}"
}

cmd_status() {
  local comps=() c pid state down=0
  parse_components comps "$@"
  load_svc_root
  find_pg_bindir || true
  for c in "${comps[@]}"; do
    if pid="$(our_pid "$c")"; then
      if healthy "$c"; then state="up      ours, pid $pid"; else
        state="down    ours, pid $pid, not healthy (log: $(main_log_of "$c"))"
        down=1
      fi
    elif healthy "$c"; then
      if [[ -f "$(external_marker "$c")" ]]; then state="up      not ours (reused)"; else state="up      not ours"; fi
    else
      state="down"
      down=1
    fi
    printf '%-6s %-14s %-45s %s\n' "$c" "$(display_name "$c")" "$(url_of "$c")" "$state"
  done
  return "$down"
}

cmd_clean() {
  cmd_down
  load_svc_root
  local c
  for c in "${ALL_COMPONENTS[@]}"; do
    rm -rf "$(comp_dir "$c")"
  done
  rm -rf "$STACK_DIR/pids" "$STACK_DIR/env" "$STACK_DIR/svc-root"
  if [[ "$SVC_ROOT" != "$STACK_DIR" && "$SVC_ROOT" == /var/tmp/cutover-stack-* ]]; then
    rm -rf "$SVC_ROOT"
  fi
  log "removed the runtime state in $STACK_DIR (downloads stay cached in $CACHE_DIR)"
}

main() {
  local command="${1:-}"
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
}

main "$@"
