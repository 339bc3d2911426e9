// build.mjs appends a line to build-runs.txt each time it runs: two Maven builds, one frontend build.
import java.util.zip.ZipFile

File runs = new File(basedir, 'build-runs.txt')
assert runs.isFile() : 'the frontend build never ran'
assert runs.readLines() == ['frontend build ran'] : "the frontend build ran ${runs.readLines().size()} times in two unchanged builds"
assert new File(basedir, 'target/tauri/frontend.state').isFile()

// The skipped build still embeds the (unchanged) frontend.
new ZipFile(new File(basedir, 'target/build-up-to-date-1.0.0.jar')).withCloseable { zip ->
    assert zip.getEntry('tauri4j/assets/index.html') != null
    assert zip.getInputStream(zip.getEntry('tauri4j/assets/app.js')).text.contains('Hello from the first build')
}
return true
