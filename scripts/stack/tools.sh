# shellcheck shell=bash
# Install helpers for scripts/stack/components/*.sh (sourced by lib.sh): apt, Java, Maven, zips, templates.

# ---------------------------------------------------------------------------------------------- apt

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

# --------------------------------------------------------------------------------------------- Java

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

# ------------------------------------------------------------------------------ Maven, zips, templates

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
