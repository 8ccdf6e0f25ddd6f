#!/usr/bin/env bash
# Runs the Jenkins pipeline tests (test/jenkins): JenkinsPipelineUnit 1.1 with Groovy 2.4, resolved
# once from Maven Central into $CUTOVER_CACHE (default ~/.cache/cutover)/m2, the class path cached
# beside it. Needs java 17 and maven. Ends with "jenkins-unit: N passed, N failed".
#   scripts/jenkins-unit.sh [TestClass...]
#   scripts/jenkins-unit.sh --pipeline <spec.json>   one pipeline with real shell steps (RunPipeline.groovy)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

CACHE="${CUTOVER_CACHE:-$HOME/.cache/cutover}"
POM=test/jenkins/pom.xml
CP_FILE="$CACHE/jenkins-unit/classpath-$(sha256sum "$POM" | cut -c1-16).txt"

command -v java >/dev/null || { echo "jenkins-unit: java is required" >&2; exit 2; }
if [[ ! -s "$CP_FILE" ]]; then
  command -v mvn >/dev/null || { echo "jenkins-unit: maven is required" >&2; exit 2; }
  mkdir -p "$(dirname "$CP_FILE")"
  mvn -B -ntp -q -Dmaven.repo.local="$CACHE/m2" -f "$POM" dependency:build-classpath \
    -Dmdep.outputFile="$CP_FILE.tmp" >&2
  mv "$CP_FILE.tmp" "$CP_FILE"
fi
entry=test/jenkins/RunTests.groovy
if [[ "${1:-}" == --pipeline ]]; then
  entry=test/jenkins/RunPipeline.groovy
  shift
fi
exec java -Dcutover.root="$PWD" -cp "$(cat "$CP_FILE"):test/jenkins" groovy.ui.GroovyMain "$entry" "$@"
