// Without a lockfile the frontend is installed with npm install, which writes one.
import java.util.zip.ZipFile

assert new File(basedir, 'package-lock.json').isFile() : 'npm install did not run (no package-lock.json appeared)'

File jar = new File(basedir, 'target/build-without-lockfile-1.0.0.jar')
new ZipFile(jar).withCloseable { zip ->
    ['tauri4j/assets/index.html', 'tauri4j/assets/app.js', 'tauri4j/tauri.conf.json', 'tauri4j/assets.manifest.json'].each {
        assert zip.getEntry(it) != null : "$it is not in $jar"
    }
}
return true
