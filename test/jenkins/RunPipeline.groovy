// Runs one pipeline for real: the harness with `realShell`, so each `sh` of the library runs the
// committed cutover archive against whatever the process environment points at (the stack, in
// test/integration/jenkins-pipeline.test.ts). Reads a JSON spec, writes what happened as JSON.
//   scripts/jenkins-unit.sh --pipeline <spec.json>
// spec: { jenkinsfile, workspace, out, params, startEnv, credentials, approver, groups }
import groovy.json.JsonOutput
import groovy.json.JsonSlurper

Map spec = new JsonSlurper().parse(new File(args[0])) as Map
PipelineHarness h = new PipelineHarness(new File(System.getProperty('cutover.root')))
h.realShell = true
h.workspace = new File(spec.workspace as String)
h.startParams = (spec.params ?: [:]) as Map
h.startEnv = (spec.startEnv ?: [:]) as Map
h.credentials = (spec.credentials ?: [:]) as Map
h.approver = spec.containsKey('approver') ? spec.approver as String : 'alice'
h.groups = (spec.groups ?: []) as List
String result = h.run(spec.jenkinsfile as String)

List<Map> events = h.events.collect { Map e ->
    [type: e.type, stage: e.stage, command: e.command, message: e.message, resource: e.resource, locks: e.locks]
        .findAll { k, v -> v != null } as Map
}
new File(spec.out as String).text = JsonOutput.toJson([result: result, commands: h.commands(), events: events,
                                                      approvedBy: h.env.CUTOVER_APPROVED_BY])
