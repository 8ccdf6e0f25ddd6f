// Shared-library step: run one cutover command.
//
//   @Library('cutover') _
//   cutover command: 'deploy-green', image: params.IMAGE, services: ['api', 'web']
//   cutover command: 'switch-traffic', to: 25
//   cutover command: 'es-reindex', index: 'spent_detail', phase: 'load'
//
// Options: command (required), config, release, dryRun, services (list or comma-separated),
// to, index, phase, image, script (path of cutover.js, default dist/cutover.js).
// Every value reaches the shell as an environment variable; the `sh` text is fixed, so no value
// is ever interpolated into shell code. The command's outputs stay in cutover-outputs.json and
// cutover-summary.md in the workspace for the caller to archive.

import groovy.transform.Field

@Field
static final List<String> COMMANDS = [
    'plan', 'migrate-db', 'deploy-green', 'verify', 'switch-traffic',
    'promote', 'rollback', 'status', 'es-reindex', 'flink',
].asImmutable()

void call(Map options = [:]) {
    String command = options.command as String
    if (!COMMANDS.contains(command)) {
        error("cutover: unknown command '${command}'. Expected one of: ${COMMANDS.join(', ')}")
    }
    List<String> services = serviceList(options.services)

    List<String> vars = [
        "CUTOVER_COMMAND=${command}",
        "CUTOVER_SCRIPT=${options.script ?: 'dist/cutover.js'}",
        "CUTOVER_ARG_SERVICES=${services.join(',')}",
        "CUTOVER_ARG_TO=${asText(options.to)}",
        "CUTOVER_ARG_INDEX=${asText(options.index)}",
        "CUTOVER_ARG_PHASE=${asText(options.phase)}",
        "CUTOVER_ARG_IMAGE=${asText(options.image)}",
    ]
    if (options.config) { vars << "CUTOVER_CONFIG=${options.config}" }
    if (options.release) { vars << "CUTOVER_RELEASE=${options.release}" }
    if (options.containsKey('dryRun')) { vars << "CUTOVER_DRY_RUN=${asText(options.dryRun).toBoolean()}" }

    withEnv(vars) {
        sh '''
            set --
            set -f; IFS=,; for s in $CUTOVER_ARG_SERVICES; do set -- "$@" --service "$s"; done; unset IFS; set +f
            if [ -n "$CUTOVER_ARG_TO" ]; then set -- "$@" --to "$CUTOVER_ARG_TO"; fi
            if [ -n "$CUTOVER_ARG_INDEX" ]; then set -- "$@" --index "$CUTOVER_ARG_INDEX"; fi
            if [ -n "$CUTOVER_ARG_PHASE" ]; then set -- "$@" --phase "$CUTOVER_ARG_PHASE"; fi
            if [ -n "$CUTOVER_ARG_IMAGE" ]; then set -- "$@" --image "$CUTOVER_ARG_IMAGE"; fi
            node "$CUTOVER_SCRIPT" "$CUTOVER_COMMAND" "$@"
        '''
    }
}

// A list of names, or one comma-separated string of them.
@NonCPS
private static List<String> serviceList(Object services) {
    List<String> names = []
    if (services in Collection) {
        (services as Collection).each { Object name -> names << name.toString().trim() }
    } else if (services) {
        services.toString().split(',').each { String name -> names << name.trim() }
    }
    return names.findAll { String name -> name }
}

// null stays empty; 0 and false are kept (Groovy's ?: would drop them).
@NonCPS
private static String asText(Object value) {
    return value == null ? '' : value.toString()
}
