import static org.junit.Assert.assertEquals
import static org.junit.Assert.assertFalse
import static org.junit.Assert.assertNull
import static org.junit.Assert.assertTrue

import org.junit.Test

/**
 * The release pipeline (Jenkinsfile) and the rollback job (jenkins/rollback.Jenkinsfile), run by
 * JenkinsPipelineUnit with the shared library: the order of the commands, the approval gate, the
 * rollback after a failure or an abort, the locks, and which credentials each command gets.
 */
class JenkinsfileTest {

    static final File ROOT = new File(System.getProperty('cutover.root', '.'))
    static final List<String> RELEASE = ['plan', 'migrate-db', 'deploy-green', 'verify', 'switch-traffic', 'promote']

    static PipelineHarness harness(Map<String, Object> params = [:]) {
        PipelineHarness h = new PipelineHarness(ROOT)
        h.resources = PipelineHarness.fakeResources('', false)
        h.startParams = [ACTION: 'release', RELEASE: 'v2.4.0'] + params
        h.credentials = ['cutover-approvers': 'release-managers, alice', 'cutover-database-url': 'postgresql://db']
        return h
    }

    /** A harness whose cutover `command` exits 1. */
    static PipelineHarness failing(String command, Map<String, Object> params = [:]) {
        PipelineHarness h = harness(params)
        h.shExit = { String script, Map<String, String> vars -> vars.CUTOVER_COMMAND == command && script.startsWith('node') ? 1 : 0 }
        return h
    }

    // ------------------------------------------------------------------ release

    @Test
    void 'a release runs the commands in order, with the approval between verify and switch-traffic'() {
        PipelineHarness h = harness()
        assertEquals('SUCCESS', h.run('Jenkinsfile'))
        assertEquals(RELEASE, h.commands())
        List<String> order = h.events.findAll { it.type == 'input' || it.command }.collect { it.command ?: 'input' }
        assertEquals(['plan', 'migrate-db', 'deploy-green', 'verify', 'input', 'switch-traffic', 'promote'], order)
        assertEquals('v2.4.0', h.shOf('deploy-green').env.CUTOVER_RELEASE)
    }

    @Test
    void 'the approvers come from the credential, whatever the starter passes'() {
        PipelineHarness h = harness(APPROVERS: 'mallory', SUBMITTER: 'mallory', CUTOVER_APPROVERS: 'mallory')
        h.approver = 'alice'
        assertEquals('SUCCESS', h.run('Jenkinsfile'))
        assertEquals(['release-managers,alice'], h.of('input').collect { it.submitter })
        // no parameter can name an approver, and Jenkins drops the ones the job does not define
        assertEquals([], h.parameterDefinitions.findAll { it.name =~ /(?i)approv|submit/ })
        assertEquals(['APPROVERS', 'SUBMITTER', 'CUTOVER_APPROVERS'] as Set, h.of('dropped-parameter').collect { it.name } as Set)
        assertFalse(h.shOf('switch-traffic').env.containsKey('APPROVERS'))
    }

    @Test
    void 'someone outside the approvers cannot approve: the gate times out, nothing switches, green is rolled back'() {
        PipelineHarness h = harness(APPROVERS: 'mallory')
        h.approver = 'mallory'
        assertEquals('ABORTED', h.run('Jenkinsfile'))
        assertEquals(['plan', 'migrate-db', 'deploy-green', 'verify', 'rollback'], h.commands())
    }

    @Test
    void 'a member of an approving group can approve, and is recorded for the switch and promote'() {
        PipelineHarness h = harness()
        h.approver = 'bob'
        h.groups = ['release-managers']
        assertEquals('SUCCESS', h.run('Jenkinsfile'))
        assertEquals('bob', h.shOf('switch-traffic').env.CUTOVER_APPROVED_BY)
        assertEquals('bob', h.shOf('promote').env.CUTOVER_APPROVED_BY)
        assertNull(h.shOf('verify').env.CUTOVER_APPROVED_BY)
        assertEquals('APPROVED_BY', h.of('input')[0].submitterParameter)
    }

    @Test
    void 'an empty, catch-all or missing approvers credential stops the build before anything changes'() {
        [' , ', '', 'authenticated', 'ops, anonymous', '*', null].each { Object value ->
            PipelineHarness h = harness()
            if (value == null) { h.credentials.remove('cutover-approvers') } else { h.credentials['cutover-approvers'] = value }
            assertEquals("approvers ${value}", 'FAILURE', h.run('Jenkinsfile'))
            assertEquals("approvers ${value}", [], h.commands())
            assertEquals([], h.of('input'))
        }
    }

    @Test
    void 'the approval waits on no agent and holds no lock, under a timeout'() {
        PipelineHarness h = harness()
        h.run('Jenkinsfile')
        Map input = h.of('input')[0]
        assertEquals(0, input.node)
        assertEquals([], input.locks)
        assertTrue(h.stageOptions['Approve traffic switch'].any { it.name == 'timeout' && it.time > 0 })
        // the stages that change the estate hold the traffic lock, on an agent
        RELEASE.findAll { it != 'plan' }.each { String c ->
            assertEquals(c, ['cutover-traffic'], h.shOf(c).locks)
            assertTrue(c, h.shOf(c).node > 0)
        }
        // and nothing keeps a rollback build of this job waiting behind this one
        assertFalse(h.pipelineOptions.any { it.name == 'disableConcurrentBuilds' })
    }

    @Test
    void 'a dry run asks for no approval and reads no approvers'() {
        PipelineHarness h = harness(DRY_RUN: true)
        h.credentials.remove('cutover-approvers')
        assertEquals('SUCCESS', h.run('Jenkinsfile'))
        assertEquals(RELEASE, h.commands())
        assertEquals([], h.of('input'))
        assertEquals('true', h.shOf('switch-traffic').env.CUTOVER_DRY_RUN)
    }

    // ------------------------------------------------------------------ rollback after a failure

    @Test
    void 'a failure after deploy-green rolls back, on an agent, under the traffic lock'() {
        ['deploy-green', 'verify', 'switch-traffic', 'promote'].each { String command ->
            PipelineHarness h = failing(command)
            assertEquals(command, 'FAILURE', h.run('Jenkinsfile'))
            List<String> ran = RELEASE.subList(0, RELEASE.indexOf(command) + 1)
            assertEquals(command, ran + ['rollback'], h.commands())
            Map rollback = h.events.findAll { it.command == 'rollback' }[-1]
            assertEquals(['cutover-traffic'], rollback.locks)
            assertTrue(rollback.node > 0)
            assertEquals('Rollback after failure', rollback.env.STAGE_NAME)
            assertTrue(h.events.indexOf(h.of('checkout')[-1]) < h.events.indexOf(rollback))
        }
    }

    @Test
    void 'a failure before deploy-green rolls nothing back'() {
        ['plan', 'migrate-db'].each { String command ->
            PipelineHarness h = failing(command)
            assertEquals('FAILURE', h.run('Jenkinsfile'))
            assertFalse(command, h.commands().contains('rollback'))
            assertFalse(command, h.commands().contains('deploy-green'))
        }
    }

    @Test
    void 'an aborted approval rolls back'() {
        PipelineHarness h = harness()
        h.approver = null
        assertEquals('ABORTED', h.run('Jenkinsfile'))
        assertEquals(['plan', 'migrate-db', 'deploy-green', 'verify', 'rollback'], h.commands())
    }

    @Test
    void 'a failed dry run rolls nothing back'() {
        PipelineHarness h = failing('verify', [DRY_RUN: true])
        assertEquals('FAILURE', h.run('Jenkinsfile'))
        assertFalse(h.commands().contains('rollback'))
    }

    // ------------------------------------------------------------------ the other actions

    @Test
    void 'the rollback action records the status, then rolls back, with no approval'() {
        PipelineHarness h = failing('status', [ACTION: 'rollback', DESTROY_GREEN: true, SERVICES: 'frontend'])
        assertEquals('SUCCESS', h.run('Jenkinsfile'))
        assertEquals(['status', 'rollback'], h.commands())
        assertEquals('true', h.shOf('rollback').env.CUTOVER_DESTROY_GREEN)
        assertEquals('frontend', h.shOf('rollback').env.CUTOVER_SERVICE)
        assertEquals(['cutover-traffic'], h.shOf('rollback').locks)
        assertEquals([], h.of('input'))
    }

    @Test
    void 'a failed rollback action is not rolled back again'() {
        PipelineHarness h = failing('rollback', [ACTION: 'rollback'])
        assertEquals('FAILURE', h.run('Jenkinsfile'))
        assertEquals(['status', 'rollback'], h.commands())
    }

    @Test
    void 'es-reindex runs the chosen phase of the chosen index'() {
        PipelineHarness h = harness(ACTION: 'es-reindex', INDEX: 'spent_detail', PHASE: 'follow', FOR: '30m')
        assertEquals('SUCCESS', h.run('Jenkinsfile'))
        assertEquals(['es-reindex'], h.commands())
        Map vars = h.shOf('es-reindex').env
        assertEquals(['spent_detail', 'follow', '30m'], [vars.CUTOVER_INDEX, vars.CUTOVER_PHASE, vars.CUTOVER_FOR])
    }

    @Test
    void 'status runs status alone'() {
        PipelineHarness h = harness(ACTION: 'status')
        assertEquals('SUCCESS', h.run('Jenkinsfile'))
        assertEquals(['status'], h.commands())
    }

    // ------------------------------------------------------------------ credentials

    @Test
    void 'without CUTOVER_AWS_CREDENTIALS no AWS keys are bound: the agent role applies'() {
        PipelineHarness h = harness()
        assertEquals('SUCCESS', h.run('Jenkinsfile'))
        h.of('sh').each { assertFalse(it.command as String, it.env.containsKey('AWS_ACCESS_KEY_ID')) }
        assertEquals([['cutover-approvers'], ['cutover-database-url']], h.of('withCredentials').collect { it.ids })
    }

    @Test
    void 'with CUTOVER_AWS_CREDENTIALS the keys reach only the commands that call AWS'() {
        PipelineHarness h = harness()
        h.startEnv = [CUTOVER_AWS_CREDENTIALS: 'aws-release']
        h.credentials['aws-release'] = [username: 'AKIAEXAMPLE', password: 'secret-key']
        assertEquals('SUCCESS', h.run('Jenkinsfile'))
        ['deploy-green', 'verify', 'switch-traffic', 'promote'].each { String c ->
            assertEquals(c, 'AKIAEXAMPLE', h.shOf(c).env.AWS_ACCESS_KEY_ID)
            assertEquals(c, 'secret-key', h.shOf(c).env.AWS_SECRET_ACCESS_KEY)
        }
        ['plan', 'migrate-db'].each { String c -> assertFalse(c, h.shOf(c).env.containsKey('AWS_ACCESS_KEY_ID')) }
        // the database URL only in migrate-db
        assertEquals('postgresql://db', h.shOf('migrate-db').env.DATABASE_URL)
        (RELEASE - 'migrate-db').each { String c -> assertFalse(c, h.shOf(c).env.containsKey('DATABASE_URL')) }
    }

    @Test
    void 'a build parameter cannot pick the AWS credential'() {
        PipelineHarness h = harness(CUTOVER_AWS_CREDENTIALS: 'aws-admin')
        h.credentials['aws-admin'] = [username: 'AKIAADMIN', password: 'admin-key']
        assertEquals('SUCCESS', h.run('Jenkinsfile'))
        h.of('sh').each { assertFalse(it.env.containsKey('AWS_ACCESS_KEY_ID')) }
    }

    @Test
    void 'a named AWS credential that does not exist fails before green is deployed'() {
        PipelineHarness h = harness()
        h.startEnv = [CUTOVER_AWS_CREDENTIALS: 'aws-missing']
        assertEquals('FAILURE', h.run('Jenkinsfile'))
        assertEquals(['plan', 'migrate-db'], h.commands())
    }

    // ------------------------------------------------------------------ the rollback job

    @Test
    void 'the rollback job rolls back under the traffic lock, with no approval and no release queue'() {
        PipelineHarness h = harness()
        h.startParams = [DESTROY_GREEN: true, ACTION: 'release']
        assertEquals('SUCCESS', h.run('jenkins/rollback.Jenkinsfile'))
        assertEquals(['status', 'rollback'], h.commands())
        assertEquals('true', h.shOf('rollback').env.CUTOVER_DESTROY_GREEN)
        assertEquals(['cutover-traffic'], h.shOf('rollback').locks)
        assertEquals([], h.of('input'))
        assertEquals([], h.parameterDefinitions.findAll { it.name == 'ACTION' })
    }

    @Test
    void 'the rollback job reports a failed rollback as a failure'() {
        PipelineHarness h = failing('rollback')
        assertEquals('FAILURE', h.run('jenkins/rollback.Jenkinsfile'))
    }
}
