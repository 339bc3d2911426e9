// Given values land where they belong, and Velocity left the unfiltered files (and the icon) alone.
def app = new File(basedir, 'project/notes').isDirectory() ? new File(basedir, 'project/notes') : basedir
def conf = new groovy.json.JsonSlurper().parse(new File(app, 'tauri.conf.json'))
assert conf.productName == 'Acme Notes'
assert conf.identifier == 'org.acme.notes.desktop'
assert conf.build.frontendDist == 'dist'
assert new File(app, 'index.html').text.contains('<title>Acme Notes</title>')
assert new groovy.json.JsonSlurper().parse(new File(app, 'package.json')).name == 'notes'
def pom = new File(app, 'pom.xml').text
assert pom.contains('<mainClass>org.acme.notes.app.Main</mainClass>')
assert pom =~ /<tauri4j.version>\d[^<]*<\/tauri4j.version>/
assert pom.contains('<version>${tauri4j.version}</version>')
assert new File(app, 'src/main/java/org/acme/notes/app/Commands.java').text.startsWith('package org.acme.notes.app;')
assert new File(app, 'src/test/java/org/acme/notes/app/MainWindowIT.java').isFile()
assert new File(app, 'src/main.ts').text.contains('`${result.length} bytes, CRC-32 ${result.crc32}`')
assert new File(app, 'README.md').text.contains('\n## What to type\n')
assert new File(app, 'icons/icon.png').bytes.length > 1000
assert new String(new File(app, 'icons/icon.png').bytes, 1, 3, 'US-ASCII') == 'PNG'
def jreleaser = new File(app, 'jreleaser.yml').text
assert jreleaser.contains('name: notes') && jreleaser.contains('owner: acme') && !jreleaser.contains('$')
assert new File(app, '.github/workflows/release.yml').text.contains('runs-on: ${{ matrix.os }}')

// The example uses Tauri's plugins: the npm packages at the versions tauri4j's ports answer (plugins/pom.xml pins
// them), the Maven artifacts, the .plugin(...) calls, and a capability that grants only what the page calls.
def module = new File("$basedir").canonicalFile.parentFile.parentFile.parentFile.parentFile // tauri-archetype/target/test-classes/projects/custom
def pluginsPom = new File(module, '../plugins/pom.xml').text
def npm = new groovy.json.JsonSlurper().parse(new File(app, 'package.json')).dependencies
def plugins = ['dialog': 'DialogPlugin', 'fs': 'FsPlugin', 'opener': 'OpenerPlugin', 'store': 'StorePlugin']
def main = new File(app, 'src/main/java/org/acme/notes/app/Main.java').text
plugins.each { name, type ->
    def pinned = (pluginsPom =~ "<plugin-${name}.version>([^<]+)</plugin-${name}.version>")[0][1]
    assert npm["@tauri-apps/plugin-$name"] == pinned : "package.json's @tauri-apps/plugin-$name is plugins/pom.xml's plugin-$name.version"
    assert pom.contains("<groupId>dev.tauri4j.plugins</groupId>\n      <artifactId>$name</artifactId>\n      <version>\${tauri4j.version}</version>")
    assert main.contains(".plugin(new ${type}())")
}
def cap = new groovy.json.JsonSlurper().parse(new File(app, 'capabilities/default.json'))
def ids = cap.permissions.collect { it instanceof String ? it : it.identifier }
assert ids.findAll { it.contains(':') && it != 'core:default' }.every { it ==~ /(dialog|fs|opener|store):allow-[a-z-]+/ } : ids
assert !ids.any { it ==~ /fs:allow-.*-(recursive|read|write)|fs:(read|write)-.*|.*:default/ && it != 'core:default' } : ids
def scoped = cap.permissions.findAll { it instanceof Map }
assert scoped*.identifier.sort() == ['fs:allow-read-text-file', 'fs:allow-write-text-file', 'opener:allow-open-url']
assert scoped.findAll { it.identifier.startsWith('fs:') }.every { it.allow == [[path: '$DOCUMENT/**']] && !it.deny }
true
