# shellcheck shell=bash
# PostgreSQL 15 from the Debian package `postgresql`: our own initdb and pg_ctl, no system cluster.
# initdb refuses to run as root, so as root it runs as the service user. Hooks: see scripts/stack.sh.
component pg "PostgreSQL" service-user alias=postgres alias=postgresql

PG_BINDIR=""

pg_port() { echo "${PORT[CUTOVER_STACK_PG_PORT]}"; }
pg_url() { stack_address pg; }
pg_dir() { echo "$SVC_ROOT/postgres"; }
pg_log() { echo "$(pg_dir)/logs/postgres.log"; }
pg_marker() { echo "$(pg_dir)/data"; }
pg_native_pidfile() { echo "$(pg_dir)/data/postmaster.pid"; }

# the password is part of the address in scripts/stack/ports.conf: postgresql://cutover:PASSWORD@...
pg_password() {
  local rest
  rest="$(pg_url)"
  rest="${rest#*://cutover:}"
  echo "${rest%%@*}"
}

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

pg_check() { find_pg_bindir || MISSING+=(postgresql); }

# the binaries come from apt (pg_check)
pg_install() { :; }

pg_start() {
  local dir data
  dir="$(pg_dir)"
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
  render postgresql.conf.in "$data/cutover-stack.conf" HOST="$HOST" PORT="$(pg_port)" SOCKET_DIR="$dir/run"
  own_for_svc "$data/cutover-stack.conf"
  (cd "$dir" && as_svc "$PG_BINDIR/pg_ctl" -D "$data" -l "$dir/logs/postgres.log" -w -t "$TIMEOUT" start) \
    >"$dir/logs/pg_ctl.log" 2>&1 || die_log "pg_ctl start failed" "$dir/logs/postgres.log"
  head -n 1 "$data/postmaster.pid" >"$(pid_file pg)"
}

# `select 1` as cutover (used for ours and for anything already on the port)
pg_healthy() {
  [[ -n "$PG_BINDIR" ]] || find_pg_bindir || true
  PGCONNECT_TIMEOUT=3 "$(psql_cmd)" "$(pg_url)" -Atqc 'select 1' >/dev/null 2>&1
}

# our own instance accepts connections: before the cutover role exists
pg_ready() { "$PG_BINDIR/pg_isready" -q -h "$HOST" -p "$(pg_port)"; }

# the role and the database, on every up
pg_after_ready() {
  local dir password
  dir="$(pg_dir)"
  password="$(pg_password)"
  local psql=("$(psql_cmd)" -h "$dir/run" -p "$(pg_port)" -U postgres -d postgres -v ON_ERROR_STOP=1 -Atq)
  if [[ "$("${psql[@]}" -c "select 1 from pg_roles where rolname = 'cutover'")" != 1 ]]; then
    "${psql[@]}" -c "create role cutover login createdb password '$password'"
  else
    # a data directory from an older stack may hold another password: set this one on every up
    "${psql[@]}" -c "alter role cutover password '$password'"
  fi
  if [[ "$("${psql[@]}" -c "select 1 from pg_database where datname = 'cutover'")" != 1 ]]; then
    "${psql[@]}" -c "create database cutover owner cutover"
  fi
}

pg_stop() {
  local dir pid
  dir="$(pg_dir)"
  find_pg_bindir || true
  if [[ -n "$PG_BINDIR" && -f "$dir/data/postmaster.pid" ]]; then
    (cd "$dir" && as_svc "$PG_BINDIR/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop) >/dev/null 2>&1 || true
  fi
  if pid="$(our_pid pg)"; then
    stop_pid pg "$pid"
  fi
}
