# shellcheck shell=bash
# OpenSearch 2.x: its test distribution (org.opensearch.distribution.integ-test-zip) from Maven Central,
# plus the reindex and lang-painless modules from their published jars. Hooks: see scripts/stack.sh.
component os "OpenSearch" service-user alias=opensearch
# shellcheck source=SCRIPTDIR/../search.sh
source "$ASSETS/search.sh"

OS_VERSION="${CUTOVER_STACK_OS_VERSION:-2.19.6}"
OS_HEAP="${CUTOVER_STACK_OS_HEAP:-512m}"
JAVA_OS=""

os_port() { echo "${PORT[CUTOVER_STACK_OS_PORT]}"; }
os_url() { stack_address os; }
os_dir() { echo "$SVC_ROOT/opensearch"; }
os_log() { echo "$(os_dir)/logs/cutover-stack-os.log"; }
os_native_pidfile() { echo "$(os_dir)/os.pid"; }
os_dist() { echo "$(os_dir)/dist/opensearch-$OS_VERSION"; }
os_modules_cache() { echo "$CACHE_DIR/opensearch/modules-$OS_VERSION"; }

# OpenSearch 2.x needs the security manager, gone in Java 24
os_check() { search_check JAVA_OS 17 23 || MISSING+=(openjdk-17-jre-headless); }

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

os_install() {
  local dir zip dist mods
  dir="$(os_dir)"
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

os_start() {
  local dir dist waited=0
  dir="$(os_dir)"
  dist="$(os_dist)"
  prepare_search_config os "$dist" opensearch.yml.in opensearch.yml "$(os_port)" \
    "${PORT[CUTOVER_STACK_OS_TRANSPORT_PORT]}" "$OS_HEAP"
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

# GET / says opensearch, and _cluster/health is green or yellow
os_healthy() {
  "${HELPER[@]}" http "$(os_url)/" --json version.distribution=opensearch &&
    "${HELPER[@]}" http "$(os_url)/_cluster/health" --json 'status=green|yellow'
}

os_after_ready() {
  [[ "$1" == started ]] || return 0
  search_after_ready os
}

os_stop() { stop_pid os "$1"; }
