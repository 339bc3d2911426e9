// Shared by the basic and react ITs, after the generated app's own verify: mvn tauri:bundle on the app (a second
// frontend build, now with the lockfile the first one wrote), then the deb installs with dpkg -i, the installed
// app opens its window and answers an invoke through WebDriver, and dpkg -r removes it.
// The archetype plugin gives verify scripts no test classpath, so the WebDriver part is a JUnit test written into
// the app, run by the app's own Maven with its tauri-test dependency (the harness the app's MainWindowIT uses).
// With example = true, the test also drives the template's example (dialog, fs, store, opener) in the installed app.
// Call: evaluate(new File(basedir, '../installed-deb.groovy'))(app, packageName[, example])
{ File app, String packageName, boolean example = false ->
    def scripts = new File(basedir, '..') // where this script and InstalledAppIT.java.txt are
    def moduleTarget = app.canonicalFile
    while (moduleTarget != null && !new File(moduleTarget, 'it-repo').isDirectory()) moduleTarget = moduleTarget.parentFile
    assert moduleTarget : 'target/it-repo above ' + app
    def settings = null
    moduleTarget.eachFileRecurse(groovy.io.FileType.FILES) { if (settings == null && it.name == 'interpolated-settings.xml') settings = it }
    assert settings : 'the archetype IT interpolated settings.xml'
    new File(app, '.mvn').mkdirs() // Maven's project root is the app, not the tauri4j checkout around it
    def mvn = [new File(System.getProperty('maven.home'), 'bin/mvn').path, '-B', '-s', settings.path,
               '-Dmaven.repo.local=' + new File(moduleTarget, 'it-repo').path]
    def run = { List<String> cmd, Map<String, String> env = [:] ->
        def pb = new ProcessBuilder(cmd).directory(app).redirectErrorStream(true)
        pb.environment().remove('MAVEN_PROJECTBASEDIR') // exported by the outer ./mvnw
        pb.environment().putAll(env)
        def p = pb.start()
        def out = p.inputStream.getText('UTF-8')
        [p.waitFor(), out]
    }

    long started = System.nanoTime()
    def (bundleCode, bundleLog) = run(mvn + ['tauri:bundle', '-DskipTests'])
    new File(app, 'target/tauri-bundle.log').text = bundleLog
    println "tauri:bundle: exit ${bundleCode} after ${(System.nanoTime() - started).intdiv(1_000_000)} ms"
    assert bundleCode == 0 : bundleLog.readLines().takeRight(60).join('\n')
    // the second frontend build installed from the lockfile the first one wrote
    assert bundleLog.contains('> npm ci') || bundleLog.contains('npm/cli#9846') : bundleLog
    def deb = new File(app, 'target/bundle/deb').listFiles().find { it.name.endsWith('.deb') }
    assert deb : 'tauri:bundle made no deb'
    def (infoCode, pkg) = run(['dpkg-deb', '-f', deb.path, 'Package'])
    assert infoCode == 0 && pkg.trim() == packageName : pkg
    def (listCode, contents) = run(['dpkg-deb', '-c', deb.path])
    def command = contents.readLines().collect { it.split(/\s+/).last() }.find { it ==~ /\.\/usr\/bin\/[^\/]+/ }
    assert command : contents
    command = command.substring(1)

    def (installCode, installOut) = run(['dpkg', '-i', deb.path])
    assert installCode == 0 : installOut
    try {
        assert new File(command).canExecute() : "the deb installed no ${command}"
        def pkgDir = new File(app, 'src/test/java').listFiles().find { it.isDirectory() }
        def testDir = pkgDir
        while (testDir.listFiles().find { it.isDirectory() } && !testDir.listFiles().find { it.name.endsWith('Test.java') }) {
            testDir = testDir.listFiles().find { it.isDirectory() }
        }
        def javaPackage = new File(app, 'src/test/java').toPath().relativize(testDir.toPath()).toString().replace('/', '.')
        // the test's source sits next to this script; its second test drives the template's plugin example
        new File(testDir, 'InstalledAppIT.java').text = new File(scripts, 'InstalledAppIT.java.txt').getText('UTF-8')
                .replace('@PACKAGE@', javaPackage)
        def identifier = new groovy.json.JsonSlurper().parse(new File(app, 'tauri.conf.json')).identifier
        def tests = example ? 'InstalledAppIT' : 'InstalledAppIT#theInstalledAppAnswersInItsWindow'
        started = System.nanoTime()
        def (testCode, testLog) = run(mvn + ['test-compile', 'failsafe:integration-test', 'failsafe:verify', '-Dit.test=' + tests],
                [INSTALLED_APP: command, APP_IDENTIFIER: identifier])
        println "${tests} on the installed app: exit ${testCode} after ${(System.nanoTime() - started).intdiv(1_000_000)} ms"
        new File(app, 'target/installed-app-test.log').text = testLog
        assert testCode == 0 : testLog.readLines().takeRight(60).join('\n')
        def report = new File(app, "target/failsafe-reports/TEST-${javaPackage}.InstalledAppIT.xml").text
        assert report.contains("tests=\"${example ? 2 : 1}\"") && report.contains('failures="0"') && report.contains('errors="0"') && report.contains('skipped="0"')
    } finally {
        def (removeCode, removeOut) = run(['dpkg', '-r', packageName])
        assert removeCode == 0 : removeOut
    }
    assert !new File(command).exists() : "dpkg -r left ${command} behind"
    true
}
