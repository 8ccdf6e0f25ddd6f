# shellcheck shell=bash
# Shared by the two search engines, scripts/stack/components/es.sh and os.sh: both come as the
# integ-test-zip of their distribution from Maven Central, unpacked into their state directory and run
# as the service user when root.

# Java and Maven for a search engine: sets the JAVA_<NAME> variable the caller names, else fails
search_check() {
  local -n java_var="$1"
  command -v mvn >/dev/null || MISSING+=(maven)
  find_java "$2" "$3" || return 1
  # shellcheck disable=SC2034 # a nameref: this sets the caller's variable
  java_var="$FOUND_JAVA"
}

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

# fresh config from the distribution, our settings on top
prepare_search_config() {
  local c="$1" dist="$2" yml_template="$3" yml_name="$4" http_port="$5" transport_port="$6" heap="$7"
  local dir conf
  dir="$("${c}_dir")"
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

# after a fresh start: print the modules, warn when reindex is missing
search_after_ready() {
  local c="$1" modules
  modules="$("${HELPER[@]}" modules "$("${c}_url")")" || modules="?"
  log "modules: $modules"
  case ",$modules," in
    *,reindex,*) ;;
    *) warn "${TITLE[$c]} has no reindex module here: _reindex, _update_by_query and _delete_by_query are unavailable" ;;
  esac
}
