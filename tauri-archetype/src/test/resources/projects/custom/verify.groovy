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
true
