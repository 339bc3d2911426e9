// Tauri's layout builds with mvn package alone: the config is found in src-tauri/, "../dist" resolves against it,
// the packages are installed before beforeBuildCommand on this fresh copy, and the Linux overlay is merged in.
import groovy.json.JsonSlurper
import java.util.zip.ZipFile

File jar = new File(basedir, 'target/build-tauri-layout-1.0.0.jar')
assert jar.isFile() : "no jar at $jar"
new ZipFile(jar).withCloseable { zip ->
    def read = { String name ->
        def entry = zip.getEntry(name)
        assert entry != null : "$name is not in $jar"
        zip.getInputStream(entry).bytes
    }
    assert read('tauri4j/assets/index.html') == new File(basedir, 'dist/index.html').bytes
    def config = new JsonSlurper().parse(read('tauri4j/tauri.conf.json'))
    assert config.identifier == 'com.tauri-app.app'
    assert config.productName == 'tauri-app-linux' : 'tauri.linux.conf.json is merged over tauri.conf.json'
    assert config.app.windows[0].title == 'tauri-app on Linux'
    assert config.build.frontendDist == '../dist'
    assert zip.getEntry('tauri4j/capabilities/default.json') != null : 'src-tauri/capabilities/ is embedded'
}
String log = new File(basedir, 'build.log').text
assert log.contains('no node_modules yet') : 'the log says why the packages are installed first'
assert log.contains('> npm ci')
return true
