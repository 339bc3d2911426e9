// The defaults of a non-interactive generation, and proof that the app's own verify ran npm and the window test.
def app = new File(basedir, 'project/hello-app').isDirectory() ? new File(basedir, 'project/hello-app') : basedir
def conf = new groovy.json.JsonSlurper().parse(new File(app, 'tauri.conf.json'))
assert conf.productName == 'hello-app'
assert conf.identifier == 'com.example.hello-app'
assert conf.app.windows[0].title == 'hello-app'
assert !new File(app, 'templates').exists() : 'no template files left over'
assert new File(app, 'src/main.ts').isFile()
assert new File(app, '.gitignore').text.contains('node_modules/')
assert new File(app, 'dist/index.html').isFile() : 'npm run build made dist/'
assert new File(app, 'target/classes/tauri4j/assets/index.html').isFile() : 'tauri:build embedded dist/'
def e2e = new File(app, 'target/failsafe-reports/TEST-com.example.hello.MainWindowIT.xml').text
assert e2e.contains('tests="2"') && e2e.contains('skipped="0"') && e2e.contains('failures="0"') && e2e.contains('errors="0"')
// @Command: the processor generated the registrar and the bindings, and tauri:build put them next to main.ts
assert new File(app, 'target/classes/META-INF/services/dev.tauri4j.CommandRegistrar').text.trim() == 'com.example.hello.GeneratedCommands'
def bindings = new File(app, 'src/bindings.ts').text
assert bindings.contains('export async function greet(name: string): Promise<Greeting>')
assert bindings.contains('export async function countdown(progress: Channel<number>, from: number): Promise<string>')
assert bindings.contains('export interface Checksum {')

// the store test of MainWindowIT wrote into a data folder under target/, named after the identifier
assert new File(app, 'target').listFiles().find { it.name.startsWith('it-data') && new File(it, 'com.example.hello-app/notes.json').isFile() }

// tauri:bundle -> dpkg -i -> the installed app answers in its window -> dpkg -r
// and there, the template's example through dialog, fs, store and opener (only here: once is enough)
evaluate(new File(basedir, '../installed-deb.groovy'))(app, 'hello-app', true)

// The release files: the workflow is plain YAML with its ${{ }} intact (GitHub Actions cannot run here, so its shape
// is all we check), and a JReleaser dry run publishes the deb tauri:bundle made (and a stand-in .sig) offline.
def yaml = new org.yaml.snakeyaml.Yaml()
def workflow = new File(app, '.github/workflows/release.yml').withReader('UTF-8') { yaml.load(it) }
assert workflow.jobs.bundle.'runs-on' == '${{ matrix.os }}'
assert workflow.jobs.bundle.strategy.matrix.include*.os == ['ubuntu-latest', 'macos-latest', 'windows-latest']
assert workflow.jobs.bundle.'continue-on-error' == '${{ matrix.experimental }}'
assert workflow.jobs.bundle.steps*.run.any { it?.contains('mvn -B tauri:bundle') }
assert workflow.jobs.release.needs == 'bundle'
assert workflow.jobs.release.steps*.run.contains('mvn -B jreleaser:full-release')
def jr = new File(app, 'jreleaser.yml').withReader('UTF-8') { yaml.load(it) }
assert jr.project.name == 'hello-app'
assert jr.release.github.owner == 'example' && jr.release.github.name == 'hello-app'

def deb = new File(app, 'target/bundle/deb').listFiles().find { it.name.endsWith('.deb') }
assert deb : 'tauri:bundle made a deb'
new File(deb.path + '.sig').text = 'not a real signature' // the app has no signing key; the release would ship its .sig
def run = { List<String> cmd ->
    def pb = new ProcessBuilder(cmd).directory(app).redirectErrorStream(true)
    pb.environment().put('JRELEASER_GITHUB_TOKEN', 'dummy')
    pb.environment().remove('MAVEN_PROJECTBASEDIR') // exported by the outer ./mvnw
    def p = pb.start()
    def out = p.inputStream.getText('UTF-8')
    [p.waitFor(), out]
}
// JReleaser reads the commits for the changelog and wants an origin: the generated project becomes a git repository
def gitOk = run(['git', 'init', '-q'])[0] == 0 && run(['git', 'add', '-A'])[0] == 0 &&
    run(['git', '-c', 'user.name=IT', '-c', 'user.email=it@example.com', 'commit', '-q', '-m', 'feat: first'])[0] == 0 &&
    run(['git', 'remote', 'add', 'origin', 'https://github.com/example/hello-app.git'])[0] == 0
assert gitOk : 'git init/commit in the generated project'
// The same Maven, settings and local repository as the archetype IT. Not -o: invoker:install leaves some of the
// plugin's parent poms out of it-repo; the settings take them from the developer's local repository, where this
// module's build put them (see the jreleaser-maven-plugin test dependency), so no network is needed.
def moduleTarget = app.canonicalFile
while (moduleTarget != null && !new File(moduleTarget, 'it-repo').isDirectory()) moduleTarget = moduleTarget.parentFile
assert moduleTarget : 'target/it-repo above ' + app
def settings = null
moduleTarget.eachFileRecurse(groovy.io.FileType.FILES) { if (settings == null && it.name == 'interpolated-settings.xml') settings = it }
assert settings : 'the archetype IT interpolated settings.xml'
// JReleaser's basedir is Maven's project root, found by looking up for .mvn/: it would be the tauri4j checkout,
// with no git HEAD of the app's own. An empty .mvn/ makes the app its own root, as it is on a user's machine.
new File(app, '.mvn').mkdirs()
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
def started = System.nanoTime()
def (code, log) = run([mvn, '-B', '-s', settings.path, '-Dmaven.repo.local=' + new File(moduleTarget, 'it-repo').path,
                       'jreleaser:full-release', '-Djreleaser.dry.run=true'])
new File(app, 'target/jreleaser-dry-run.log').text = log
println "jreleaser:full-release dry run: exit ${code} after ${(System.nanoTime() - started).intdiv(1_000_000)} ms"
assert code == 0 : log
def checksums = new File(app, 'target/jreleaser/checksums/checksums_sha256.txt')
assert checksums.isFile() : log
println checksums.text
assert checksums.text =~ /(?m)^[0-9a-f]{64}\s+/ + java.util.regex.Pattern.quote(deb.name) + /$/

// Under JDK 17 (Debian's default java) the app's build stops first thing with one message naming JDK 25 and the fix,
// not maven-compiler's bare "release version 25 not supported" (nor a plugin of ours failing to load)
def jdk17 = new File('/usr/lib/jvm/java-17-openjdk-amd64')
assert new File(jdk17, 'bin/java').isFile() : "this check runs the app's build under Debian's JDK 17, expected at $jdk17"
// the same repositories as the IT's own build of the app: our SNAPSHOTs in target/it-repo, the rest from the local repo
def module = new File("$basedir").canonicalFile.parentFile.parentFile.parentFile.parentFile // tauri-archetype/target/test-classes/projects/basic
def userRepo = System.getProperty('maven.repo.local') ?: new File(System.getProperty('user.home'), '.m2/repository').path
def settings17 = File.createTempFile('settings-jdk17', '.xml')
settings17.text = new File(module, 'src/it-settings/settings.xml').text.replace('@localRepositoryUrl@', new File(userRepo).toURI().toString())
def mvnArgs = [new File(System.getProperty('maven.home'), 'bin/mvn').path, '-B', '-s', settings17.path,
               '-Dmaven.repo.local=' + new File(module, 'target/it-repo').path, 'package']
def old = new ProcessBuilder(mvnArgs).directory(app).redirectErrorStream(true)
old.environment().put('JAVA_HOME', jdk17.path)
// the app sits inside the tauri4j checkout: without this, mvn would take the checkout's .mvn/jvm.config (JDK 25 flags)
old.environment().put('MAVEN_BASEDIR', app.path)
old.environment().remove('MAVEN_OPTS')
def run17 = old.start()
def out17 = run17.inputStream.text
assert run17.waitFor() != 0 : out17
assert out17.contains('This app needs JDK 25 or newer') && out17.contains('Maven runs on JDK 17') : out17
assert out17.contains('export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64') : out17
assert !out17.contains('release version 25 not supported') && !out17.contains('UnsupportedClassVersionError') : out17
true
