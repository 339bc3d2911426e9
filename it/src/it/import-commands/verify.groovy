// tauri:import on a Tauri project with several Rust commands, run as a user would: from a folder without a pom
// (tauri:import is a requiresProject=false goal), pointed at the project with -Dtauri.import.from. Then the
// imported project builds with mvn package alone, and each command, called from the page, answers "not ported yet"
// naming its Rust file and line (the arguments the page sends bind to the generated Java parameters first).
import dev.tauri4j.test.AppLauncher
import dev.tauri4j.test.TauriDriver
import java.time.Duration
import org.openqa.selenium.By
import org.openqa.selenium.support.ui.ExpectedConditions
import org.openqa.selenium.support.ui.WebDriverWait

def version = new groovy.xml.XmlSlurper().parse(new File(basedir, 'pom.xml')).properties.'tauri4j.version'.text()
def itTarget = basedir.canonicalFile
while (itTarget != null && !new File(itTarget, 'it-repo').isDirectory()) itTarget = itTarget.parentFile
assert itTarget : 'target/it-repo above ' + basedir
def settings = null
itTarget.eachFileRecurse(groovy.io.FileType.FILES) { if (settings == null && it.name == 'interpolated-settings.xml') settings = it }
assert settings : 'the invoker interpolated settings.xml'
def mvn = [new File(System.getProperty('maven.home'), 'bin/mvn').path, '-B', '-s', settings.path,
           '-Dmaven.repo.local=' + new File(itTarget, 'it-repo').path]
def work = new File(basedir, 'target')
work.mkdirs()
def app = new File(work, 'todo-app')
def source = new File(basedir, 'tauri-project').toPath()
java.nio.file.Files.walk(source).each { p ->
    def to = app.toPath().resolve(source.relativize(p).toString())
    if (java.nio.file.Files.isDirectory(p)) java.nio.file.Files.createDirectories(to) else java.nio.file.Files.copy(p, to)
}
def run = { File dir, List<String> args, String logName ->
    def pb = new ProcessBuilder((mvn + args).collect { it.toString() }).directory(dir).redirectErrorStream(true).redirectOutput(new File(work, logName))
    pb.environment().remove('MAVEN_PROJECTBASEDIR') // exported by the outer ./mvnw
    def code = pb.start().waitFor()
    assert code == 0 : "mvn ${args} failed in ${dir}:\n" + new File(work, logName).text.readLines().takeRight(60).join('\n')
    new File(work, logName).text
}

// 1. tauri:import from an empty folder
def empty = new File(work, 'empty')
empty.mkdirs()
def importLog = run(empty, ["dev.tauri4j:tauri-maven-plugin:${version}:import", '-Dtauri.import.from=' + app.path], 'import.log')
assert !new File(empty, 'pom.xml').exists() : 'nothing is written where Maven runs, only in the Tauri project'
def javaDir = new File(app, 'src/main/java/com/example/todos')
['Commands', 'Main', 'Todo', 'Priority', 'AppState'].each { assert new File(javaDir, it + '.java').isFile() : "no ${it}.java" }
assert !new File(javaDir, 'Error.java').exists() : 'the data-carrying Error enum is only the commands\' error type'
def commands = new File(javaDir, 'Commands.java').text
assert commands.contains('public static Todo add_todo(AppState state, String title, Priority priority)')
assert commands.contains('public static List<Todo> list_todos(App app, Window window, AppState state, boolean only_open)')
assert commands.contains('public static Double stats(Map<String, Long> counts, List<Object> pair, byte[] raw, JsonNode extra)')
assert commands.contains('public static void watch(Channel<Long> onTick, long everyMs)')
assert new File(javaDir, 'Priority.java').text.contains('@JsonProperty("VERY_HIGH") VeryHigh')
assert new File(javaDir, 'Todo.java').text.contains('@JsonProperty("tags") List<String> labels') ||
        new File(javaDir, 'Todo.java').text.contains('List<String> tags')
def pom = new File(app, 'pom.xml').text
assert pom.contains('<artifactId>opener</artifactId>') && !pom.contains('<artifactId>updater</artifactId>')
def capability = new groovy.json.JsonSlurper().parse(new File(app, 'src-tauri/capabilities/default.json'))
assert capability.permissions == ['core:default', 'opener:default', 'allow-greet', 'allow-add_todo', 'allow-list_todos',
                                  'allow-stats', 'allow-watch', 'allow-ping']
def report = new File(app, 'TAURI-IMPORT.md').text
assert report.contains('"updater"') && report.contains('not ported yet')
assert report.contains('a tray icon is built in Rust (TrayIconBuilder at src-tauri/src/lib.rs:')
assert report.contains('setup code runs in Rust')
assert report.contains('the async command(s) add_todo, list_todos hold it across .await')

// 2. a second run keeps what is there
def before = new File(javaDir, 'Commands.java').text + pom
run(empty, ["dev.tauri4j:tauri-maven-plugin:${version}:import", '-Dtauri.import.from=' + app.path], 'import-again.log')
assert new File(javaDir, 'Commands.java').text + new File(app, 'pom.xml').text == before
assert new File(app, 'TAURI-IMPORT.md').text.contains('pom.xml (it exists)')

// 3. mvn package alone builds it; the classpath for the window test
new File(app, '.mvn').mkdirs() // Maven's project root is the app, not the tauri4j checkout around it
run(app, ['package'], 'package.log')
run(app, ['org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath', '-Dmdep.outputFile=target/cp.txt',
          '-Dmdep.includeScope=runtime', '-q'], 'classpath.log')
def jar = new File(app, 'target/todo-tauri-0.3.0.jar')
assert jar.isFile()
def classpath = jar.path + File.pathSeparator + new File(app, 'target/cp.txt').text.trim()

// 4. every command, from the page, says it is not ported yet and where its Rust was
def lineOf = { String file, String name ->
    def lines = new File(app, 'src-tauri/src/' + file).readLines()
    lines.findIndexOf { it =~ /\bfn ${name}\b/ } + 1
}
def expected = ['greet', 'add_todo', 'list_todos', 'stats', 'watch'].collectEntries { [it, "lib.rs:${lineOf('lib.rs', it)}"] }
expected.ping = "commands.rs:${lineOf('commands.rs', 'ping')}"
def window = TauriDriver.start(AppLauncher.mainClass('com.example.todos.Main').classpath(classpath))
try {
    new WebDriverWait(window.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(By.id('status'), 'ready'))
    def results = window.executeAsync('return await window.importCalls()')
    println "answers: ${results}"
    expected.each { name, where ->
        assert results[name]?.error == "not ported yet: ${name} (was src-tauri/src/${where})".toString() : "${name}: ${results[name]}"
    }
    window.screenshot(new File(work, 'import-commands-window.png').toPath())
} finally {
    window.close()
}
return true
