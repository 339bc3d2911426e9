// The dev loop on a freshly generated app, as a user runs it: mvn archetype:generate (vanilla-ts), then
// mvn tauri:dev in the background with WebDriver automation on a loopback port. The window shows Java's answer;
// each edit of the greet command's source (the "Hello, " literal) is seen in the window after a restart; a compile
// error keeps the running app; SIGTERM (what Ctrl-C sends the JVM too) ends the session with no process left: no
// app JVM, no WebKit process, no dev server, no node. A last session closes the window instead: tauri:dev ends by
// itself, and again nothing is left.
// Timings go to target/dev-loop-timings.txt; -Ddevloop.edits=N (default 5) sets how many edits are timed.
import dev.tauri4j.test.TauriDriver
import dev.tauri4j.test.VirtualDisplay
import java.nio.file.Files
import java.time.Duration
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.TimeUnit
import org.openqa.selenium.JavascriptException
import org.openqa.selenium.NoSuchFrameException
import org.openqa.selenium.WebDriverException

def ms = { long since -> (System.nanoTime() - since).intdiv(1_000_000) }
def version = new groovy.xml.XmlSlurper().parse(new File(basedir, 'pom.xml')).properties.'tauri4j.version'.text()
def edits = Integer.getInteger('devloop.edits', 5)
def itTarget = basedir.canonicalFile
while (itTarget != null && !new File(itTarget, 'it-repo').isDirectory()) itTarget = itTarget.parentFile
assert itTarget : 'target/it-repo above ' + basedir
def settings = null
itTarget.eachFileRecurse(groovy.io.FileType.FILES) { if (settings == null && it.name == 'interpolated-settings.xml') settings = it }
assert settings : 'the invoker interpolated settings.xml'
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
def mavenArgs = [mvn, '-B', '-s', settings.path, '-Dmaven.repo.local=' + new File(itTarget, 'it-repo').path]
def work = new File(basedir, 'target')
work.mkdirs()

def env = { ProcessBuilder pb -> pb.environment().remove('MAVEN_PROJECTBASEDIR'); pb } // exported by the outer ./mvnw

// 1. generate
long generateStart = System.nanoTime()
def gen = env(new ProcessBuilder(mavenArgs + ['archetype:generate', '-DarchetypeGroupId=dev.tauri4j',
        '-DarchetypeArtifactId=tauri-archetype', '-DarchetypeVersion=' + version, '-DgroupId=com.example',
        '-DartifactId=dev-app', '-Dversion=1.0.0', '-Dpackage=com.example.dev'])
        .directory(work).redirectErrorStream(true)).start()
def genLog = gen.inputStream.getText('UTF-8')
assert gen.waitFor() == 0 : genLog
long generateMs = ms(generateStart)
def app = new File(work, 'dev-app')
new File(app, '.mvn').mkdirs() // Maven's project root is the app, not the tauri4j checkout around it
def source = null
new File(app, 'src/main/java').eachFileRecurse(groovy.io.FileType.FILES) { if (source == null && it.text.contains('"Hello, "')) source = it }
assert source : 'a Java source with the greet literal "Hello, "'
def original = source.text

def listening = { int port ->
    try {
        new Socket(InetAddress.loopbackAddress, port).close()
        true
    } catch (IOException nothingYet) {
        false
    }
}
def median = { List values ->
    def sorted = values.sort(false)
    sorted.size() % 2 ? sorted[sorted.size().intdiv(2)] : (sorted[sorted.size().intdiv(2) - 1] + sorted[sorted.size().intdiv(2)]) / 2
}
def greetInWindow = '''
    const input = document.getElementById('greet-input');
    const msg = document.getElementById('greet-msg');
    input.value = 'Dev';
    msg.textContent = '';
    document.getElementById('greet-button').click();
    for (let i = 0; i < 300 && !msg.textContent; i++) await new Promise(r => setTimeout(r, 10));
    return { text: msg.textContent, loaded: performance.timeOrigin + performance.timing.loadEventEnd - performance.timing.navigationStart };'''

// One tauri:dev session (steps 2 to 6) with extra Maven arguments; returns its timings
def session = { String name, List<String> extraArgs, boolean closeWindow = false ->
    // 2. tauri:dev in the background, on its own display
    def port = new ServerSocket(0, 1, InetAddress.loopbackAddress).withCloseable { it.localPort }
    def display = VirtualDisplay.open()
    def devLog = new File(work, name ? "tauri-dev-${name}.log" : 'tauri-dev.log')
    def pb = env(new ProcessBuilder(mavenArgs + ['tauri:dev', '-Dtauri.dev.automation=' + port] + extraArgs).directory(app)
            .redirectErrorStream(true).redirectOutput(devLog))
    pb.environment().put('DISPLAY', display.name())
    pb.environment().put('GDK_BACKEND', 'x11')
    pb.environment().remove('WAYLAND_DISPLAY')
    long devStart = System.nanoTime()
    def dev = pb.start()
    // Every process tauri:dev starts, seen while it runs (a child re-parented to init is no descendant any more)
    def seen = new ConcurrentHashMap<Long, String>()
    def watcher = Thread.startDaemon('dev-loop-process-watch') {
        while (dev.alive) {
            dev.toHandle().descendants().each { seen.putIfAbsent(it.pid(), it.info().command().orElse('?')) }
            sleep 100
        }
    }

    def driver = null
    def timings = []
    def pageTimings = []
    def failure = null
    def result = null
    long firstWindowMs = 0
    try {
        // a tauri:dev that fails (say, a dependency it cannot resolve) fails the test at once, with its log
        long attachDeadline = System.nanoTime() + Duration.ofMinutes(5).toNanos()
        while (dev.alive && !listening(port) && System.nanoTime() < attachDeadline) sleep 200
        assert dev.alive : "tauri:dev ended (exit ${dev.exitValue()}) before its app listened on ${port}\n" + devLog.text.readLines().takeRight(40).join('\n')
        driver = TauriDriver.attach(port, Duration.ofMinutes(5))
        // What the window shows when the user clicks Greet; during a restart the session or the page is gone for a moment
        def trace = new File(work, 'dev-loop-trace.txt')
        long pageLoadedAt = 0 // epoch ms, by the page's own clock: when the window had the new page
        def seeInWindow = { String expected, Duration limit ->
            long start = System.nanoTime()
            long deadline = start + limit.toNanos()
            String last = null
            while (System.nanoTime() < deadline) {
                try {
                    def shown = driver.executeAsync(greetInWindow)
                    last = shown.text
                    trace << "${ms(start)} ms: ${last}\n"
                    if (last?.startsWith(expected)) {
                        pageLoadedAt = (shown.loaded as double).longValue()
                        return last
                    }
                } catch (JavascriptException | NoSuchFrameException pageNotReady) {
                    // the page is still loading, or reloads (a restarted app's window): same session, try again
                    last = pageNotReady.message.readLines().first()
                    trace << "${ms(start)} ms: page not ready: ${last}\n"
                } catch (WebDriverException appGone) { // the session ended with the old app
                    trace << "${ms(start)} ms: ${appGone.class.simpleName} ${appGone.message.readLines().first()}; reconnecting\n"
                    driver.reconnect(Duration.ofSeconds(60))
                    trace << "${ms(start)} ms: reconnected\n"
                }
                sleep 20
            }
            assert false : "the window never showed '${expected}...' within ${limit.seconds} s; last: ${last}\n" + devLog.text.readLines().takeRight(40).join('\n')
        }
        def first = seeInWindow('Hello, Dev!', Duration.ofMinutes(2))
        firstWindowMs = ms(devStart)
        println "first answer in the window: ${first}"
        if (closeWindow) {
            // the user closes the window: the app ends, and tauri:dev with it, stopping the dev server
            driver.driver().close()
            assert dev.waitFor(60, TimeUnit.SECONDS) : 'tauri:dev still runs 60 s after its window was closed\n' + devLog.text.readLines().takeRight(40).join('\n')
            assert dev.exitValue() == 0 : 'tauri:dev failed after the window was closed\n' + devLog.text.readLines().takeRight(40).join('\n')
            result = [name: name, firstWindowMs: firstWindowMs]
        } else {
            // 3. edits: save, then time until the window shows the new answer
            def current = '"Hello, "'
            (1..edits).each { n ->
                def next = "\"Edit ${n}, \""
                sleep 300 // the watcher's debounce must not merge two edits
                source.text = source.text.replace(current, next)
                long saved = System.nanoTime()
                long savedEpoch = System.currentTimeMillis()
                seeInWindow("Edit ${n}, Dev!", Duration.ofSeconds(60))
                timings << ms(saved)
                pageTimings << pageLoadedAt - savedEpoch
                current = next
            }

            // 4. a compile error: reported, and the running app keeps answering
            source.text = source.text.replace(current, current + ' +')
            long broken = System.nanoTime()
            while (!devLog.text.contains('Compilation failed') && ms(broken) < 60_000) sleep 100
            assert devLog.text.contains('Compilation failed') : devLog.text.readLines().takeRight(40).join('\n')
            assert seeInWindow("Edit ${edits}, Dev!", Duration.ofSeconds(10))
            driver.screenshot(new File(work, 'dev-loop-window.png').toPath())

            def restarts = (devLog.text =~ /App restarted in (\d+) ms/).collect { it[1] as int }
            assert restarts.size() == edits : "one restart per edit: ${restarts}"
            result = [name: name, firstWindowMs: firstWindowMs, pageTimings: pageTimings, timings: timings, restarts: restarts,
                      load: new File('/proc/loadavg').text.split(' ')[0]]
        }
    } catch (Throwable t) {
        failure = t
    } finally {
        try {
            driver?.close()
        } catch (WebDriverException windowAlreadyGone) {
            // the closed-window session's app is gone: nothing to end
        }
        // 5. stop as Ctrl-C would: SIGTERM to Maven's JVM, whose shutdown hook stops the app and the dev server
        dev.destroy()
        def stopped = dev.waitFor(30, TimeUnit.SECONDS)
        if (!stopped) dev.destroyForcibly()
        watcher.join(1000)
        display.close()
        source.text = original
        if (failure) throw failure
        assert stopped : 'tauri:dev did not end within 30 s of SIGTERM'
    }

    // 6. nothing left behind
    def names = seen.values().collect { new File(it).name }
    println "tauri:dev started: ${names.countBy { it }}"
    assert names.contains('java') && names.any { it.startsWith('WebKit') } && names.contains('node') :
            "the app JVM, WebKit and node should have run under tauri:dev: ${names}"
    sleep 500
    def left = seen.findAll { pid, cmd -> ProcessHandle.of(pid).map { it.alive }.orElse(false) }
    assert left.isEmpty() : "processes left after ${closeWindow ? 'closing the window' : 'SIGTERM'}: ${left}"
    // nothing else runs from the app's folder (a dev server re-parented before the watcher saw it)
    def strays = ProcessHandle.allProcesses().filter { p ->
        p.info().commandLine().map { it.contains(app.canonicalPath) }.orElse(false) }.toList()
    assert strays.isEmpty() : "processes still running from ${app}: ${strays.collect { it.info().commandLine().orElse('') }}"
    if (!closeWindow) assert devLog.text.contains('Changed: ' + source.name) : devLog.text
    result
}

// Sessions: one per variant (default: one, as configured), rounds times, interleaved
def variants = System.getProperty('devloop.variants', '=').split(/\|/).collect { v ->
    def (label, args) = v.contains('=') ? [v.substring(0, v.indexOf('=')), v.substring(v.indexOf('=') + 1)] : [v, '']
    [label: label, args: args.split(' ').findAll { it }]
}
def rounds = Integer.getInteger('devloop.rounds', 1)
def results = []
(1..rounds).each { round ->
    variants.each { v -> results << session(variants.size() * rounds > 1 ? "${v.label}-${round}" : '', v.args) + [variant: v.label] }
}
session('closed-window', [], true)
println 'closing the window ended tauri:dev with no process left'
def firstSession = results.first()
def table = """\
    | dev loop (${edits} edits) | ms |
    |---|---|
    | archetype:generate | ${generateMs} |
    | tauri:dev start to Java's answer in the window (compile, npm install, Vite, app) | ${firstSession.firstWindowMs} |
    | generate to first window, total | ${generateMs + firstSession.firstWindowMs} |
    | save to new page loaded in the window (the page's clock), median | ${median(firstSession.pageTimings)} |
    | save to new page loaded, each edit | ${firstSession.pageTimings.join(', ')} |
    | save to new answer seen through WebDriver (click, read), median | ${median(firstSession.timings)} |
    | save to new answer seen, each edit | ${firstSession.timings.join(', ')} |
    | change seen to new app started (tauri:dev's log), each | ${firstSession.restarts.join(', ')} |
    """.stripIndent()
if (results.size() > 1) {
    table += '\n| session | load | first window | save to page loaded: median (each) | save to answer: median | change to new app: median |\n|---|---|---|---|---|---|\n'
    results.each { r ->
        table += "| ${r.name} | ${r.load} | ${r.firstWindowMs} | ${median(r.pageTimings)} (${r.pageTimings.join(', ')}) | ${median(r.timings)} | ${median(r.restarts)} |\n"
    }
    table += '\n| variant | edits | save to page loaded, median of all edits | median of session medians | save to answer, median |\n|---|---|---|---|---|\n'
    variants.each { v ->
        def mine = results.findAll { it.variant == v.label }
        def pages = mine.collectMany { it.pageTimings }
        table += "| ${v.label} (${v.args.join(' ')}) | ${pages.size()} | ${median(pages)} | ${median(mine.collect { median(it.pageTimings) })} | ${median(mine.collectMany { it.timings })} |\n"
    }
}
println table
new File(work, 'dev-loop-timings.txt').text = table
return true
