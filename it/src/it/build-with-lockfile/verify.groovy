// The jar holds the built frontend, the config and a manifest that matches the assets byte for byte.
import groovy.json.JsonSlurper
import java.security.MessageDigest
import java.util.zip.ZipFile

def sha256 = { byte[] bytes -> MessageDigest.getInstance('SHA-256').digest(bytes) }

File jar = new File(basedir, 'target/build-with-lockfile-1.0.0.jar')
assert jar.isFile() : "no jar at $jar"

new ZipFile(jar).withCloseable { zip ->
    def read = { String name ->
        def entry = zip.getEntry(name)
        assert entry != null : "$name is not in $jar"
        zip.getInputStream(entry).bytes
    }
    byte[] html = read('tauri4j/assets/index.html')
    byte[] js = read('tauri4j/assets/app.js')
    assert html == new File(basedir, 'dist/index.html').bytes
    assert js == new File(basedir, 'dist/app.js').bytes

    def config = new JsonSlurper().parse(read('tauri4j/tauri.conf.json'))
    assert config.identifier == 'dev.tauri4j.it.app'

    def manifest = new JsonSlurper().parse(read('tauri4j/assets.manifest.json'))
    assert manifest.assets.keySet() == ['app.js', 'index.html'] as Set
    [('index.html'): html, ('app.js'): js].each { key, bytes ->
        assert manifest.assets[key].sha256 == sha256(bytes).encodeHex().toString() : "sha256 of $key"
        assert manifest.assets[key].size == bytes.length : "size of $key"
    }

    // One inline script in index.html: its CSP hash, computed here independently of the plugin.
    def inline = (new String(html, 'UTF-8') =~ /(?s)<script>(.*?)<\/script>/).collect { it[1] }
    assert inline.size() == 1
    assert manifest.inlineScripts == ['sha256-' + sha256(inline[0].getBytes('UTF-8')).encodeBase64().toString()]

    assert zip.getEntry('tauri4j/assets.manifest.json.minisig') == null : 'no key is configured, so no signature'
}

// The lockfile decides the install command; no file records which one ran, so the log tells.
String log = new File(basedir, 'build.log').text
assert log.contains('> npm ci')
assert !log.contains('> npm install')
return true
