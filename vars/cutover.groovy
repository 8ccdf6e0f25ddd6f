// Shared-library step: run one cutover command with the compiled script this library ships.
//
//   @Library('cutover@v0.2.0') _          // the tag pins the library, and so the script, to a release
//   cutover 'plan'
//   cutover command: 'deploy-green', image: params.IMAGE, services: ['api', 'web']
//   cutover command: 'switch-traffic', to: 25
//   cutover command: 'es-reindex', index: 'spent_detail', phase: 'load'
//
// Options: command (required), config, release, dryRun, services (list or comma-separated), to,
// index, phase, image, forDuration (--for), breakLock, destroyGreen, acceptStale. An option left
// out is not set, so the pipeline's own CUTOVER_* variables (its environment block) still apply.
//
// The script is the library's resources/cutover/cutover-dist.tar.gz (built by scripts/build-dist.sh
// from the same commit as this file), unpacked once per build workspace after its SHA-256 is checked
// against the sum shipped beside it: never a dist/ in the caller's workspace.
//
// Every value reaches the shell as an environment variable (cutover reads CUTOVER_<OPTION> itself);
// the `sh` text is fixed, so no value is ever interpolated into shell code. The command's outputs
// and report are moved to cutover-out/<stage>-<command>-cutover-{outputs.json,summary.md} for the
// caller to archive.

import groovy.transform.Field

// The commands this library's script has built; anything else is refused before a node runs.
@Field
static final List<String> COMMANDS = [
    'plan', 'lint-migrations', 'migrate-db', 'deploy-green', 'verify', 'switch-traffic',
    'promote', 'rollback', 'status', 'iam-policy', 'es-reindex', 'flink',
].asImmutable()

// option name -> the variable cutover reads it from
@Field
static final Map<String, String> OPTION_VARIABLES = [
    config: 'CUTOVER_CONFIG',
    release: 'CUTOVER_RELEASE',
    dryRun: 'CUTOVER_DRY_RUN',
    services: 'CUTOVER_SERVICE',
    to: 'CUTOVER_TO',
    index: 'CUTOVER_INDEX',
    phase: 'CUTOVER_PHASE',
    image: 'CUTOVER_IMAGE',
    forDuration: 'CUTOVER_FOR',
    breakLock: 'CUTOVER_BREAK_LOCK',
    destroyGreen: 'CUTOVER_DESTROY_GREEN',
    replaceGreen: 'CUTOVER_REPLACE_GREEN',
    acceptStale: 'CUTOVER_ACCEPT_STALE',
].asImmutable()

@Field
static final String ARCHIVE = 'cutover/cutover-dist.tar.gz'

void call(String command) {
    call(command: command)
}

void call(Map options) {
    String command = options.command as String
    if (!COMMANDS.contains(command)) {
        error("cutover: unknown command '${command}'. Expected one of: ${COMMANDS.join(', ')}")
    }
    List<String> unknown = options.keySet()*.toString().findAll { String k ->
        k != 'command' && !OPTION_VARIABLES.containsKey(k)
    }
    if (unknown) {
        error("cutover: unknown option(s) ${unknown.join(', ')}. Expected: ${OPTION_VARIABLES.keySet().join(', ')}")
    }

    List<String> vars = ["CUTOVER_JS=${unpackedScript()}", "CUTOVER_COMMAND=${command}"]
    OPTION_VARIABLES.each { String option, String variable ->
        if (options.containsKey(option)) { vars << "${variable}=${optionText(options[option])}".toString() }
    }
    withEnv(vars) {
        try {
            sh 'node "$CUTOVER_JS" "$CUTOVER_COMMAND"'
        } finally {
            sh '''
                mkdir -p cutover-out
                for f in cutover-outputs.json cutover-summary.md; do
                    if [ -f "$f" ]; then mv "$f" "cutover-out/$STAGE_NAME-$CUTOVER_COMMAND-$f"; fi
                done
            '''
        }
    }
}

// The path of cutover.js, unpacked from the library's archive into the workspace's @tmp folder
// (one folder per archive sum, so a library upgrade never runs a stale copy).
String unpackedScript() {
    String sum = libraryResource("${ARCHIVE}.sha256").trim().split(/\s+/)[0]
    if (!(sum ==~ /[0-9a-f]{64}/)) {
        error("cutover: the library's ${ARCHIVE}.sha256 holds no SHA-256; rebuild it with scripts/build-dist.sh")
    }
    String tmp = pwd(tmp: true)
    String folder = "${tmp}/cutover-dist-${sum}"
    if (!fileExists("${folder}/cutover.js")) {
        dir(tmp) {
            writeFile file: "cutover-dist-${sum}.tar.gz", text: libraryResource(resource: ARCHIVE, encoding: 'Base64'),
                      encoding: 'Base64'
        }
        withEnv(["CUTOVER_DIST_TMP=${tmp}", "CUTOVER_DIST_SHA256=${sum}"]) {
            sh '''
                set -eu
                cd "$CUTOVER_DIST_TMP"
                archive="cutover-dist-$CUTOVER_DIST_SHA256.tar.gz"
                if ! printf '%s  %s\\n' "$CUTOVER_DIST_SHA256" "$archive" | sha256sum -c --status -; then
                    echo "cutover: the library's archive does not match its SHA-256; not running it" >&2
                    rm -f "$archive"
                    exit 2
                fi
                rm -rf "cutover-dist-$CUTOVER_DIST_SHA256.partial"
                mkdir "cutover-dist-$CUTOVER_DIST_SHA256.partial"
                tar -xzf "$archive" -C "cutover-dist-$CUTOVER_DIST_SHA256.partial"
                rm -f "$archive"
                rm -rf "cutover-dist-$CUTOVER_DIST_SHA256"
                mv "cutover-dist-$CUTOVER_DIST_SHA256.partial" "cutover-dist-$CUTOVER_DIST_SHA256"
            '''
        }
    }
    return "${folder}/cutover.js"
}

// A list joins with commas (services); null is empty; 0 and false are kept (Groovy's ?: drops them).
@NonCPS
private static String optionText(Object value) {
    if (value == null) { return '' }
    if (value in Collection) {
        return (value as Collection).collect { Object v -> v.toString().trim() }.findAll { String v -> v }.join(',')
    }
    return value.toString()
}
