// Runs the Jenkins pipeline tests (JUnit 4) and ends with the count line CI reads.
// Started by scripts/jenkins-unit.sh with this folder on the class path.
import org.junit.runner.JUnitCore
import org.junit.runner.Result
import org.junit.runner.notification.Failure

List<Class> classes = [JenkinsfileTest, LibraryStepTest]
if (args) { classes = classes.findAll { Class c -> args.contains(c.simpleName) } }
Result result = JUnitCore.runClasses(classes as Class[])
result.failures.each { Failure f ->
    println "FAILED ${f.testHeader}"
    println f.trace.readLines().take(25).join('\n')
}
int passed = result.runCount - result.failureCount - result.ignoreCount
println "jenkins-unit: ${passed} passed, ${result.failureCount} failed"
System.exit(result.wasSuccessful() ? 0 : 1)
