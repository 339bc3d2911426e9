// After the source change the frontend build ran once more, and the jar holds what it built.
import java.util.zip.ZipFile

File runs = new File(basedir, 'build-runs.txt')
assert runs.readLines().size() == 2 : "the frontend build ran ${runs.readLines().size()} times in three builds, expected 2"

new ZipFile(new File(basedir, 'target/build-up-to-date-1.0.0.jar')).withCloseable { zip ->
    String appJs = zip.getInputStream(zip.getEntry('tauri4j/assets/app.js')).text
    assert appJs.contains('Hello after a change') : "the jar has a stale app.js: $appJs"
}
return true
