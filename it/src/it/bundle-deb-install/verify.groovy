// Two bundles with the same outputTimestamp are byte-identical; each package has a .sig that minisign verifies;
// the deb declares the WebKitGTK dependencies, carries the sidecar, installs, opens its window, answers an invoke,
// runs the sidecar where the installed app finds it, and removes cleanly.
import dev.tauri4j.test.AppLauncher
import dev.tauri4j.test.TauriDriver
import java.nio.file.Files
import java.nio.file.Paths
import java.security.MessageDigest
import java.time.Duration
import org.openqa.selenium.By
import org.openqa.selenium.support.ui.ExpectedConditions
import org.openqa.selenium.support.ui.WebDriverWait

def run(List<String> cmd) {
    def p = cmd.execute()
    def out = new StringBuilder()
    p.waitForProcessOutput(out, out) // the output is read to the end before this returns
    return [p.exitValue(), out.toString()]
}
def sha(File f) { MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }

def deb = new File(basedir, 'target/bundle/deb').listFiles().find { it.name.endsWith('.deb') }
def rpm = new File(basedir, 'target/bundle/rpm').listFiles().find { it.name.endsWith('.rpm') }
assert deb != null && rpm != null : 'tauri:bundle made no deb or no rpm'
println "deb ${deb.name} ${deb.length()} bytes, rpm ${rpm.name} ${rpm.length()} bytes"

assert sha(deb) == sha(new File(basedir, "first/${deb.name}")) : 'the deb differs between two builds'
assert sha(rpm) == sha(new File(basedir, "first/${rpm.name}")) : 'the rpm differs between two builds'

def pub = new File(basedir, 'keys/it.key.pub').path
[deb, rpm].each { f ->
    def (code, out) = run(['minisign', '-Vm', f.path, '-x', f.path + '.sig', '-p', pub])
    assert code == 0 : "minisign -V failed for ${f.name}: $out"
}

def (infoCode, info) = run(['dpkg-deb', '-I', deb.path])
assert info =~ /Depends:.*libwebkit2gtk-4\.1-0/ && info =~ /Depends:.*libgtk-3-0/ : info
def (reqCode, requires) = run(['rpm', '-qpR', rpm.path])
assert requires.contains('webkit2gtk4.1') && requires.contains('gtk3') : requires

// the bundle.externalBin sidecar: next to the launcher, without the target triple, executable (the source is not)
def (listCode, listing) = run(['dpkg-deb', '-c', deb.path])
def sidecarLines = listing.readLines().findAll { it.contains('hello-sidecar') }
assert sidecarLines.size() == 1 && sidecarLines[0].startsWith('-rwxr-xr-x') && sidecarLines[0].endsWith(' ./opt/bundle-it/bin/hello-sidecar') : listing

def (installCode, installOut) = run(['dpkg', '-i', deb.path])
assert installCode == 0 : installOut
try {
    def command = Paths.get('/usr/bin/bundle-it')
    assert Files.isExecutable(command) : 'the deb installed no /usr/bin/bundle-it'
    assert Files.exists(Paths.get('/usr/share/applications/bundle-it.desktop'))
    // the launcher keeps its AOT cache under XDG_CACHE_HOME: in the build folder, not in the real home
    def app = TauriDriver.start(AppLauncher.executable(command).env('XDG_CACHE_HOME', new File(basedir, 'target/xdg-cache').path))
    try {
        new WebDriverWait(app.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(By.id('status'), 'ready'))
        def answer = app.executeAsync("return window.__TAURI_INTERNALS__.invoke('greet', { name: 'WebDriver' })")
        assert answer == 'Hello, WebDriver, from the installed app'
        app.executeAsync("document.getElementById('answer').textContent = arguments[0]", answer)
        def sidecar = app.executeAsync("return window.__TAURI_INTERNALS__.invoke('sidecar')")
        assert sidecar == '0 hello-sidecar ran from /opt/bundle-it/bin/hello-sidecar\n' : sidecar
        app.screenshot(new File(basedir, 'target/installed-app.png').toPath())
    } finally {
        app.close()
    }
} finally {
    def (removeCode, removeOut) = run(['dpkg', '-r', 'bundle-it'])
    assert removeCode == 0 : removeOut
}
assert !Files.exists(Paths.get('/usr/bin/bundle-it')) : 'dpkg -r left /usr/bin/bundle-it behind'
return true
