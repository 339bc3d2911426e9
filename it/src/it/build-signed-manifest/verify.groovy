// minisign itself (not our code) accepts the signature of the asset manifest, and rejects it for other bytes.
import java.util.zip.ZipFile

File pub = new File(basedir, 'keys/it.key.pub')
File manifest = new File(basedir, 'target/classes/tauri4j/assets.manifest.json')
File signature = new File(basedir, 'target/classes/tauri4j/assets.manifest.json.minisig')
assert new File(basedir, 'keys/it.key').isFile()
assert pub.isFile()
assert manifest.isFile()
assert signature.isFile()

File minisign = System.getenv('PATH').split(File.pathSeparator).collect { new File(it, 'minisign') }.find { it.canExecute() }
if (minisign == null) {
    throw new AssertionError('minisign is not installed, so the signature cannot be checked. Fix: sudo apt-get install minisign')
}

def verify = { File file, File sig ->
    def process = [minisign.path, '-V', '-m', file.path, '-x', sig.path, '-p', pub.path].execute()
    def output = new StringBuilder()
    // waits for the output to be read too: consumeProcessOutput + waitFor could return before minisign's text arrived
    process.waitForProcessOutput(output, output)
    [process.exitValue(), output.toString()]
}

def (exit, output) = verify(manifest, signature)
assert exit == 0 : "minisign rejected the manifest signature: $output"
assert output.contains('tauri4j asset manifest') : "no trusted comment in: $output"

File tampered = new File(basedir, 'target/tampered.manifest.json')
tampered.text = manifest.text.replace('"version"', '"versioN"')
def (badExit, badOutput) = verify(tampered, signature)
assert badExit != 0 : "minisign accepted a changed manifest: $badOutput"

new ZipFile(new File(basedir, 'target/build-signed-manifest-1.0.0.jar')).withCloseable { zip ->
    assert zip.getEntry('tauri4j/assets.manifest.json.minisig') != null
}
return true
