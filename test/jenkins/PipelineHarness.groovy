import static com.lesfurets.jenkins.unit.global.lib.LibraryConfiguration.library
import static com.lesfurets.jenkins.unit.global.lib.LocalSource.localSource

import com.lesfurets.jenkins.unit.BasePipelineTest
import java.nio.file.Files
import java.security.MessageDigest

/**
 * Runs a declarative Jenkinsfile with JenkinsPipelineUnit 1.1, the last release on Maven Central,
 * which predates its declarative support: the `pipeline { }` model is interpreted here, as Jenkins
 * does it (when, agent, options lock/timeout, nested stages, a failed stage skipping the rest, stage
 * and pipeline post conditions), and the shared library (vars/) is loaded through @Library.
 *
 * Steps are recorded in `events`. With `realShell`, `sh` really runs (sh -e, in the workspace,
 * with the process environment plus the pipeline's), as on an agent; otherwise `shExit` decides
 * each script's exit code from its environment, so tests can fail a given cutover command.
 */
class PipelineHarness extends BasePipelineTest {

    // ------------------------------------------------------------------ set by the test

    /** Build parameters as the starter gives them; names the Jenkinsfile does not define are dropped. */
    Map<String, Object> startParams = [:]
    /** Variables Jenkins provides before the Jenkinsfile runs (global and folder properties). */
    Map<String, String> startEnv = [:]
    /** Credentials by id: Secret text as a String, Username with password as [username:, password:]. */
    Map<String, Object> credentials = [:]
    /** More variables for the script (fixtures read their inputs from these). */
    Map<String, Object> variables = [:]
    /** Who answers the input step: a user id, with the groups given in `groups`; null aborts it. */
    String approver = 'alice'
    List<String> groups = []
    /** Exit code of a mocked sh from the variables it runs with (unit mode). */
    Closure<Integer> shExit = { String script, Map<String, String> vars -> 0 }
    boolean realShell = false
    File workspace
    /** Where libraryResource reads from (the library's resources/). */
    File resources

    // ------------------------------------------------------------------ what happened

    final List<Map> events = []
    final Map<String, String> env = [:]
    final Map<String, Object> params = [:]
    String result = 'SUCCESS'
    /** The declared parameters, and stage options, as the Jenkinsfile wrote them. */
    final List<Map> parameterDefinitions = []
    final List<Map> pipelineOptions = []
    final Map<String, List<Map>> stageOptions = [:]

    private final File root
    private int nodeDepth = 0
    private final List<String> locksHeld = []
    private final List<Map<String, String>> maskedValues = []
    private File cwd
    private String stage = null

    PipelineHarness(File root) {
        this.root = root.canonicalFile
        this.resources = new File(this.root, 'resources')
    }

    /** Runs `jenkinsfile` (a path under the repository) to the end, post sections included. */
    String run(String jenkinsfile) {
        if (workspace == null) { workspace = Files.createTempDirectory('cutover-jenkins-ws').toFile() }
        cwd = workspace
        scriptRoots = [root.path] as String[]
        scriptExtension = ''
        setUp()
        File libs = Files.createTempDirectory('cutover-jenkins-libs').toFile()
        Files.createSymbolicLink(new File(libs, 'cutover@test').toPath(), root.toPath())
        helper.registerSharedLibrary(library().name('cutover').defaultVersion('test').allowOverride(false)
                .implicit(false).targetPath(new File(libs, 'target').path).retriever(localSource(libs.path + '/')).build())
        env.putAll([JENKINS_URL: 'http://jenkins.invalid/', JOB_NAME: 'cutover-release', BUILD_NUMBER: '7',
                    BUILD_ID: '7', WORKSPACE: workspace.path])
        env.putAll(startEnv)
        binding.setVariable('env', env)
        binding.setVariable('params', params)
        binding.setVariable('currentBuild', [result: null, currentResult: 'SUCCESS'])
        binding.setVariable('scm', [type: 'test-scm'])
        binding.setVariable('none', 'none')
        binding.setVariable('any', 'any')
        variables.each { String k, Object v -> binding.setVariable(k, v) }
        registerSteps()
        try {
            runScript(loadScript(jenkinsfile))
        } catch (Abort e) {
            // a scripted pipeline (the library fixture) ends here; a declarative one in runPipeline
            record(type: 'aborted', message: e.message)
            result = 'ABORTED'
        } catch (Failure e) {
            record(type: 'failed', message: e.message)
            result = 'FAILURE'
        }
        return result
    }

    // ------------------------------------------------------------------ queries for tests

    /** The cutover commands run, in order. */
    List<String> commands() {
        return events.findAll { it.type == 'sh' && it.command }.collect { it.command as String }
    }

    Map shOf(String command) {
        return events.find { it.type == 'sh' && it.command == command }
    }

    List<Map> of(String type) {
        return events.findAll { it.type == type }
    }

    // ------------------------------------------------------------------ declarative model

    static class Failure extends RuntimeException {
        Failure(String message) { super(message) }
    }

    /** An abort: the input answered "Abort", its timeout, or a user stopping the build. */
    static class Abort extends RuntimeException {
        Abort(String message) { super(message) }
    }

    /** Collects `NAME = value` in an environment block; reads fall through to the script. */
    static class EnvBlock {
        final Map<String, String> values = [:]
        void setProperty(String name, Object value) { values[name] = value == null ? '' : value.toString() }
        Object getProperty(String name) {
            if (name == 'values') { return this.@values }
            throw new MissingPropertyException(name, EnvBlock)
        }
    }

    static class OptionsBlock {
        final List<Map> options = []
        void timeout(Map args) { options << [name: 'timeout'] + args }
        void lock(Map args) { options << [name: 'lock'] + args }
        void lock(String resource) { options << [name: 'lock', resource: resource] }
        void disableConcurrentBuilds() { options << [name: 'disableConcurrentBuilds'] }
        void buildDiscarder(Object strategy) { options << [name: 'buildDiscarder', strategy: strategy] }
        Map logRotator(Map args) { return [name: 'logRotator'] + args }
    }

    static class ParametersBlock {
        final List<Map> definitions = []
        void choice(Map args) { definitions << [type: 'choice', defaultValue: (args.choices as List)[0]] + args }
        void string(Map args) { definitions << [type: 'string'] + args }
        void booleanParam(Map args) { definitions << [type: 'boolean'] + args }
    }

    static class WhenBlock {
        final List<Closure> expressions = []
        boolean beforeAgent = false
        void beforeAgent(boolean value) { beforeAgent = value }
        void expression(Closure c) { expressions << c }
    }

    static class PostBlock {
        final Map<String, Closure> conditions = [:]
        Object invokeMethod(String name, Object args) {
            Object[] a = args as Object[]
            if (a.length == 1 && a[0] instanceof Closure &&
                    name in ['always', 'success', 'failure', 'aborted', 'unstable', 'cleanup', 'changed', 'fixed']) {
                conditions[name] = a[0] as Closure
                return null
            }
            throw new MissingMethodException(name, PostBlock, a)
        }
    }

    static class StageModel {
        String name
        Object agent
        WhenBlock when
        List<Map> options = []
        Closure steps
        List<StageModel> stages
        PostBlock post
    }

    /** The body of pipeline { } and of stage(name) { }: the directives both allow. */
    static class Block {
        StageModel model
        Closure environment
        List<Map> parameters = []
        Block(StageModel model) { this.model = model }
        void agent(Object value) { model.agent = value }
        void agent(Closure c) { model.agent = 'label' }
        void options(Closure c) { OptionsBlock o = new OptionsBlock(); evaluate(c, o); model.options.addAll(o.options) }
        void parameters(Closure c) { ParametersBlock p = new ParametersBlock(); evaluate(c, p); parameters.addAll(p.definitions) }
        void environment(Closure c) { environment = c }
        void when(Closure c) { model.when = new WhenBlock(); evaluate(c, model.when) }
        void steps(Closure c) { model.steps = c }
        void post(Closure c) { model.post = new PostBlock(); evaluate(c, model.post) }
        void stages(Closure c) { StagesBlock s = new StagesBlock(); evaluate(c, s); model.stages = s.stages }
    }

    static class StagesBlock {
        final List<StageModel> stages = []
        void stage(String name, Closure c) {
            StageModel m = new StageModel(name: name)
            evaluate(c, new Block(m))
            stages << m
        }
    }

    private static void evaluate(Closure c, Object delegate) {
        Closure copy = c.rehydrate(delegate, c.owner, c.thisObject)
        copy.resolveStrategy = Closure.DELEGATE_FIRST
        copy.call()
    }

    private void runPipeline(Closure body) {
        StageModel top = new StageModel(name: null)
        Block block = new Block(top)
        evaluate(body, block)
        parameterDefinitions.addAll(block.parameters)
        pipelineOptions.addAll(top.options)
        // Jenkins keeps only the parameters the job defines; the others a starter sends are dropped.
        block.parameters.each { Map d ->
            String name = d.name
            params[name] = startParams.containsKey(name) ? startParams[name] : d.defaultValue
            if (d.type == 'boolean' && params[name] instanceof String) { params[name] = (params[name] as String).toBoolean() }
        }
        startParams.keySet().findAll { !params.containsKey(it) }.each { events << [type: 'dropped-parameter', name: it] }
        // evaluated once the parameters are known, as Jenkins does
        if (block.environment) {
            EnvBlock values = new EnvBlock()
            evaluate(block.environment, values)
            env.putAll(values.values)
        }
        try {
            runStages(top.stages)
        } catch (Abort e) {
            record(type: 'aborted', message: e.message)
            result = 'ABORTED'
        } catch (Failure e) {
            record(type: 'failed', message: e.message)
            result = 'FAILURE'
        }
        runPost(top.post)
    }

    private void runStages(List<StageModel> stages) {
        for (StageModel s : stages) { runStage(s) }
    }

    private void runStage(StageModel s) {
        String outer = stage
        stage = s.name
        env.STAGE_NAME = s.name
        stageOptions[s.name] = s.options
        try {
            if (s.when && !s.when.expressions.every { Closure c -> c.call() }) {
                record(type: 'stage-skipped')
                return
            }
            record(type: 'stage')
            List<String> locks = s.options.findAll { it.name == 'lock' }.collect { it.resource as String }
            locks.each { acquire(it) }
            boolean agent = s.agent != null && s.agent != 'none'
            if (agent) { nodeDepth++ }
            try {
                String stageResult = 'SUCCESS'
                try {
                    if (s.steps) { s.steps.call() } else { runStages(s.stages) }
                } catch (Abort e) {
                    stageResult = 'ABORTED'
                    throw e
                } catch (Failure e) {
                    stageResult = 'FAILURE'
                    throw e
                } finally {
                    if (s.post) { runPostConditions(s.post, stageResult) }
                }
            } finally {
                if (agent) { nodeDepth-- }
                locks.reverse().each { release(it) }
            }
        } finally {
            stage = outer
            env.STAGE_NAME = outer
        }
    }

    private void runPost(PostBlock post) {
        if (post == null) { return }
        try {
            runPostConditions(post, result)
        } catch (Failure e) {
            record(type: 'post-failed', message: e.message)
            result = 'FAILURE'
        }
    }

    private void runPostConditions(PostBlock post, String status) {
        String old = stage
        stage = "post ${old ?: 'pipeline'} (${status})"
        try {
            List<String> order = ['always', 'changed', 'fixed', status == 'SUCCESS' ? 'success' : null,
                                  status == 'FAILURE' ? 'failure' : null, status == 'ABORTED' ? 'aborted' : null,
                                  status == 'UNSTABLE' ? 'unstable' : null, 'cleanup']
            order.findAll { it && it != 'changed' && it != 'fixed' }.each { String condition ->
                Closure c = post.conditions[condition]
                if (c) { c.call() }
            }
        } finally {
            stage = old
        }
    }

    // ------------------------------------------------------------------ steps

    private void record(Map event) {
        events << ([stage: stage, node: nodeDepth, locks: new ArrayList<String>(locksHeld)] + event)
    }

    private void acquire(String resource) {
        if (locksHeld.contains(resource)) { throw new IllegalStateException("lock ${resource} taken twice: a deadlock") }
        locksHeld << resource
        record(type: 'lock', resource: resource)
    }

    private void release(String resource) {
        locksHeld.remove(resource)
        record(type: 'unlock', resource: resource)
    }

    private Object withVars(Map<String, String> vars, Closure body) {
        Map<String, Object> saved = [:]
        vars.each { String k, String v -> saved[k] = env.containsKey(k) ? env[k] : this }
        env.putAll(vars)
        try {
            return body.call()
        } finally {
            saved.each { String k, Object v -> if (v.is(this)) { env.remove(k) } else { env[k] = v as String } }
        }
    }

    private Object credential(String id) {
        if (!credentials.containsKey(id)) {
            throw new Failure("ERROR: Could not find credentials entry with ID '${id}'")
        }
        return credentials[id]
    }

    private Map<String, String> bindingsOf(List bindings) {
        Map<String, String> vars = [:]
        bindings.each { Map b ->
            Object value = credential(b.credentialsId as String)
            if (b.type == 'string') {
                vars[b.variable as String] = value as String
            } else {
                vars[b.usernameVariable as String] = (value as Map).username as String
                vars[b.passwordVariable as String] = (value as Map).password as String
            }
        }
        return vars
    }

    private int runShell(String script, Map<String, String> vars) {
        if (!realShell) { return shExit.call(script, vars) }
        ProcessBuilder pb = new ProcessBuilder('sh', '-e', '-c', script).directory(cwd).inheritIO()
        pb.environment().putAll(vars)
        return pb.start().waitFor()
    }

    private Object sh(Map args) {
        String script = args.script
        Map<String, String> vars = new LinkedHashMap<String, String>(env)
        String command = script.startsWith('node "$CUTOVER_JS"') ? vars.CUTOVER_COMMAND : null
        record(type: 'sh', script: script, command: command, env: vars, cwd: cwd.path)
        int code = runShell(script, vars)
        if (args.returnStatus) { return code }
        if (code != 0) { throw new Failure("script returned exit code ${code}") }
        return null
    }

    private File file(String path) {
        File f = new File(path)
        return f.absolute ? f : new File(cwd, path)
    }

    private void registerSteps() {
        helper.registerAllowedMethod('pipeline', [Closure], { Closure c -> runPipeline(c) })
        helper.registerAllowedMethod('sh', [String], { String s -> sh(script: s) })
        helper.registerAllowedMethod('sh', [Map], { Map m -> sh(m) })
        helper.registerAllowedMethod('echo', [String], { String s -> record(type: 'echo', message: s) })
        helper.registerAllowedMethod('error', [String], { String s ->
            record(type: 'error', message: s)
            throw new Failure(s)
        })
        helper.registerAllowedMethod('script', [Closure], { Closure c -> c.call() })
        helper.registerAllowedMethod('timeout', [Map, Closure], { Map m, Closure c -> c.call() })
        helper.registerAllowedMethod('withEnv', [List, Closure], { List l, Closure c ->
            Map<String, String> vars = [:]
            l.each { String kv -> int i = kv.indexOf('='); vars[kv.substring(0, i)] = kv.substring(i + 1) }
            withVars(vars, c)
        })
        helper.registerAllowedMethod('string', [Map], { Map m -> [type: 'string'] + m })
        helper.registerAllowedMethod('usernamePassword', [Map], { Map m -> [type: 'usernamePassword'] + m })
        helper.registerAllowedMethod('withCredentials', [List, Closure], { List l, Closure c ->
            record(type: 'withCredentials', ids: l.collect { it.credentialsId })
            withVars(bindingsOf(l), c)
        })
        helper.registerAllowedMethod('catchError', [Map, Closure], { Map m, Closure c ->
            try {
                c.call()
            } catch (Failure e) {
                record(type: 'caught', message: e.message, stageResult: m.stageResult)
            }
        })
        helper.registerAllowedMethod('node', [Closure], { Closure c -> onNode(c) })
        helper.registerAllowedMethod('node', [String, Closure], { String l, Closure c -> onNode(c) })
        helper.registerAllowedMethod('lock', [Map, Closure], { Map m, Closure c -> locked(m.resource as String, c) })
        helper.registerAllowedMethod('lock', [String, Closure], { String r, Closure c -> locked(r, c) })
        helper.registerAllowedMethod('checkout', [Object], { Object s -> record(type: 'checkout') })
        helper.registerAllowedMethod('checkout', [Map], { Map s -> record(type: 'checkout') })
        helper.registerAllowedMethod('archiveArtifacts', [Map], { Map m -> record(type: 'archive', artifacts: m.artifacts) })
        helper.registerAllowedMethod('input', [Map], { Map m -> input(m) })
        helper.registerAllowedMethod('libraryResource', [String], { String p -> libraryResource(p, null) })
        helper.registerAllowedMethod('libraryResource', [Map], { Map m -> libraryResource(m.resource as String, m.encoding as String) })
        helper.registerAllowedMethod('pwd', [], { -> cwd.path })
        helper.registerAllowedMethod('pwd', [Map], { Map m -> m.tmp ? workspace.path + '@tmp' : cwd.path })
        helper.registerAllowedMethod('dir', [String, Closure], { String p, Closure c ->
            File old = cwd
            cwd = file(p)
            if (realShell) { cwd.mkdirs() }
            try { c.call() } finally { cwd = old }
        })
        helper.registerAllowedMethod('fileExists', [String], { String p -> realShell && file(p).exists() })
        helper.registerAllowedMethod('writeFile', [Map], { Map m ->
            record(type: 'writeFile', file: m.file, encoding: m.encoding, bytes: (m.text as String).length())
            if (realShell) {
                File f = file(m.file as String)
                f.parentFile.mkdirs()
                f.bytes = m.encoding == 'Base64' ? (m.text as String).decodeBase64() : (m.text as String).getBytes('UTF-8')
            }
        })
    }

    private Object onNode(Closure c) {
        nodeDepth++
        record(type: 'node')
        try { return c.call() } finally { nodeDepth-- }
    }

    private Object locked(String resource, Closure c) {
        acquire(resource)
        try { return c.call() } finally { release(resource) }
    }

    /** As Jenkins: only a listed user or a member of a listed group can answer; nobody else can. */
    private Object input(Map m) {
        List<String> allowed = (m.submitter as String ?: '').split(',').collect { it.trim() }.findAll { it }
        record(type: 'input', submitter: m.submitter, submitterParameter: m.submitterParameter, message: m.message)
        boolean may = approver != null && (allowed.isEmpty() || allowed.contains(approver) || groups.any { allowed.contains(it) })
        if (!may) {
            throw new Abort(approver == null ? 'input aborted' : "timeout: ${approver} may not approve, nobody else did")
        }
        return m.submitterParameter ? approver : null
    }

    private String libraryResource(String path, String encoding) {
        File f = new File(resources, path)
        record(type: 'libraryResource', path: path, encoding: encoding)
        if (!f.isFile()) { throw new Failure("No such library resource ${path} could be found.") }
        return encoding == 'Base64' ? f.bytes.encodeBase64().toString() : f.getText('UTF-8')
    }

    /** A resources/ folder holding a cutover-dist archive whose cutover.js is `script` (for tests). */
    static File fakeResources(String script, boolean corrupt) {
        File dir = Files.createTempDirectory('cutover-jenkins-res').toFile()
        File dist = new File(dir, 'dist')
        dist.mkdirs()
        new File(dist, 'cutover.js').text = script
        new File(dir, 'cutover').mkdirs()
        File archive = new File(dir, 'cutover/cutover-dist.tar.gz')
        Process p = new ProcessBuilder('tar', '-czf', archive.path, '-C', dist.path, '.').inheritIO().start()
        if (p.waitFor() != 0) { throw new IllegalStateException('tar failed') }
        String sum = MessageDigest.getInstance('SHA-256').digest(archive.bytes).encodeHex().toString()
        if (corrupt) { archive.append([0] as byte[]) }
        new File(dir, 'cutover/cutover-dist.tar.gz.sha256').text = "${sum}  cutover-dist.tar.gz\n"
        return dir
    }
}
