# shellcheck shell=bash
# Kafka, single-node KRaft (broker and controller in one JVM): the jars of org.apache.kafka:kafka_2.13
# and their runtime dependencies from Maven Central, run with `java -cp`. Hooks: see scripts/stack.sh.
component kafka "Kafka"

KAFKA_VERSION="${CUTOVER_STACK_KAFKA_VERSION:-3.9.2}"
KAFKA_HEAP="${CUTOVER_STACK_KAFKA_HEAP:-512m}"
JAVA_KAFKA=""

kafka_port() { echo "${PORT[CUTOVER_STACK_KAFKA_PORT]}"; }
kafka_url() { stack_address kafka; }
kafka_dir() { echo "$STACK_DIR/kafka"; }
kafka_marker() { echo "$(kafka_dir)/server.properties"; }
kafka_libs() { echo "$CACHE_DIR/kafka/kafka_2.13-$KAFKA_VERSION/libs"; }

kafka_check() {
  command -v mvn >/dev/null || MISSING+=(maven)
  if find_java 11 23; then JAVA_KAFKA="$FOUND_JAVA"; else MISSING+=(openjdk-17-jre-headless); fi
}

kafka_install() {
  local libs
  libs="$(kafka_libs)"
  [[ -f "$libs/.complete" ]] && return 0
  log "resolving org.apache.kafka:kafka_2.13:$KAFKA_VERSION and its runtime dependencies (Maven)"
  rm -rf "$libs"
  mkdir -p "$libs"
  mvn_run "$(kafka_dir)/logs/maven.log" -P kafka -Dkafka.version="$KAFKA_VERSION" \
    dependency:copy-dependencies -DoutputDirectory="$libs"
  touch "$libs/.complete"
}

kafka_start() {
  local dir libs java
  dir="$(kafka_dir)"
  libs="$(kafka_libs)"
  java="$JAVA_KAFKA/bin/java"
  mkdir -p "$dir/data" "$dir/logs"
  render kafka/server.properties.in "$dir/server.properties" HOST="$HOST" PORT="$(kafka_port)" \
    CONTROLLER_PORT="${PORT[CUTOVER_STACK_KAFKA_CONTROLLER_PORT]}" DATA_DIR="$dir/data"
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

# a real ApiVersions request
kafka_healthy() { "${HELPER[@]}" kafka "$HOST" "$(kafka_port)"; }

kafka_stop() { stop_pid kafka "$1"; }
