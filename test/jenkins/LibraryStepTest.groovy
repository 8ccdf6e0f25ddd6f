import static org.junit.Assert.assertEquals
import static org.junit.Assert.assertFalse
import static org.junit.Assert.assertTrue

import org.junit.Test

/** vars/cutover.groovy: what it passes to cutover, what it refuses, and the script it runs. */
class LibraryStepTest {

    static final File ROOT = new File(System.getProperty('cutover.root', '.'))
    static final String FIXTURE = 'test/jenkins/fixtures/library-step.Jenkinsfile'

    static PipelineHarness harness(List calls) {
        PipelineHarness h = new PipelineHarness(ROOT)
        h.resources = PipelineHarness.fakeResources('', false)
        h.variables = [calls: calls]
        return h
    }

    @Test
    void 'options become CUTOVER_ variables, the shell text never holds a value'() {
        PipelineHarness h = harness([[command: 'switch-traffic', to: 0, services: ['api', ' web '], dryRun: false,
                                      release: 'v1.2.3', breakLock: 'lock-9'],
                                     [command: 'es-reindex', index: 'spent', phase: 'follow', forDuration: '5m']])
        assertEquals('SUCCESS', h.run(FIXTURE))
        assertEquals(['switch-traffic', 'es-reindex'], h.commands())
        Map vars = h.shOf('switch-traffic').env
        assertEquals(['0', 'api,web', 'false', 'v1.2.3', 'lock-9'],
                     [vars.CUTOVER_TO, vars.CUTOVER_SERVICE, vars.CUTOVER_DRY_RUN, vars.CUTOVER_RELEASE, vars.CUTOVER_BREAK_LOCK])
        Map reindex = h.shOf('es-reindex').env
        assertEquals(['spent', 'follow', '5m'], [reindex.CUTOVER_INDEX, reindex.CUTOVER_PHASE, reindex.CUTOVER_FOR])
        // options of one call do not leak into the next
        assertFalse(reindex.containsKey('CUTOVER_TO'))
        h.of('sh').each { Map sh ->
            ['v1.2.3', 'api', 'lock-9', 'spent', '5m'].each { String value -> assertFalse(sh.script as String, (sh.script as String).contains(value)) }
        }
        // the script is the library's, unpacked beside the workspace, not a dist/ in it
        assertTrue(vars.CUTOVER_JS as String, (vars.CUTOVER_JS as String).startsWith(h.workspace.path + '@tmp/cutover-dist-'))
        assertEquals('Base64', h.of('libraryResource').find { it.path == 'cutover/cutover-dist.tar.gz' }.encoding)
    }

    @Test
    void 'an unknown command or option is refused before any shell runs'() {
        [[command: 'deploy'], [command: 'switch-traffic', weight: 10], [command: null]].each { Map call ->
            PipelineHarness h = harness([call])
            assertEquals(call.toString(), 'FAILURE', h.run(FIXTURE))
            assertEquals(call.toString(), [], h.of('sh'))
        }
    }

    @Test
    void 'the archive is checked, unpacked once per build and run, outputs are kept per stage'() {
        PipelineHarness h = harness(['status', 'rollback'])
        h.resources = PipelineHarness.fakeResources(
            "require('fs').appendFileSync('ran.txt', process.argv[2] + ' '); " +
            "require('fs').writeFileSync('cutover-summary.md', 'summary')", false)
        h.realShell = true
        assertEquals('SUCCESS', h.run(FIXTURE))
        assertEquals('status rollback ', new File(h.workspace, 'ran.txt').text)
        assertEquals(1, h.of('writeFile').size())
        assertFalse(new File(h.workspace, 'dist').exists())
        assertTrue(new File(h.workspace, 'cutover-out/null-rollback-cutover-summary.md').exists() ||
                   new File(h.workspace, 'cutover-out/-rollback-cutover-summary.md').exists())
    }

    @Test
    void 'an archive that does not match its SHA-256 is never run'() {
        PipelineHarness h = harness(['status'])
        h.resources = PipelineHarness.fakeResources("require('fs').writeFileSync('ran.txt', 'ran')", true)
        h.realShell = true
        assertEquals('FAILURE', h.run(FIXTURE))
        assertFalse(new File(h.workspace, 'ran.txt').exists())
        assertEquals([], h.commands())
        File tmp = new File(h.workspace.path + '@tmp')
        assertEquals([], (tmp.list() ?: []).findAll { it.endsWith('.js') || !it.contains('partial') && it.startsWith('cutover-dist-') && !it.endsWith('.tar.gz') })
    }
}
