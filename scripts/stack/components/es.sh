# shellcheck shell=bash
# Elasticsearch: Elastic's test distribution (org.elasticsearch.distribution.integ-test-zip) from Maven
# Central, without a bundled JDK and with a minimal module set. Hooks: see scripts/stack.sh.
component es "Elasticsearch" service-user alias=elasticsearch
# shellcheck source=SCRIPTDIR/../search.sh
source "$ASSETS/search.sh"

ES_VERSION="${CUTOVER_STACK_ES_VERSION:-8.19.21}"
ES_HEAP="${CUTOVER_STACK_ES_HEAP:-512m}"
JAVA_ES=""

es_port() { echo "${PORT[CUTOVER_STACK_ES_PORT]}"; }
es_url() { stack_address es; }
es_dir() { echo "$SVC_ROOT/elasticsearch"; }
es_log() { echo "$(es_dir)/logs/cutover-stack-es.log"; }
es_native_pidfile() { echo "$(es_dir)/es.pid"; }
es_dist() { echo "$(es_dir)/dist/elasticsearch-$ES_VERSION"; }

es_check() {
  if ((${ES_VERSION%%.*} >= 9)); then
    search_check JAVA_ES 21 99 || die "Elasticsearch $ES_VERSION needs Java 21 or newer: set CUTOVER_STACK_JAVA_HOME"
  else
    search_check JAVA_ES 17 23 || MISSING+=(openjdk-17-jre-headless)
  fi
}

es_install() {
  local dir zip dist
  dir="$(es_dir)"
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

es_start() {
  local dir dist
  dir="$(es_dir)"
  dist="$(es_dist)"
  prepare_search_config es "$dist" elasticsearch.yml.in elasticsearch.yml "$(es_port)" \
    "${PORT[CUTOVER_STACK_ES_TRANSPORT_PORT]}" "$ES_HEAP"
  log "starting Elasticsearch $ES_VERSION (Java $(java_major "$JAVA_ES"), heap $ES_HEAP)"
  # -d returns once the node has started (or failed to)
  (cd "$dir" && as_svc env -i PATH=/usr/local/bin:/usr/bin:/bin HOME="$dir" LANG=C.UTF-8 \
    ES_JAVA_HOME="$JAVA_ES" ES_PATH_CONF="$dir/config" ES_TMPDIR="$dir/tmp" \
    timeout "$TIMEOUT" "$dist/bin/elasticsearch" -d -p "$dir/es.pid") </dev/null >"$dir/logs/launch.log" 2>&1 ||
    die_log "Elasticsearch did not start" "$dir/logs/launch.log"
  cp "$dir/es.pid" "$(pid_file es)"
}

# _cluster/health green or yellow, from a server that says it is Elasticsearch
es_healthy() {
  "${HELPER[@]}" http "$(es_url)/_cluster/health" --header x-elastic-product=Elasticsearch --json 'status=green|yellow'
}

es_after_ready() {
  [[ "$1" == started ]] || return 0
  search_after_ready es
}

es_stop() { stop_pid es "$1"; }
