// A config error names the file, what is wrong and how to fix it, and fails the build before anything is embedded.
String log = new File(basedir, 'build.log').text
String error = log.readLines().find { it.contains('identifier is missing') }
assert error != null : 'the log does not say that identifier is missing'
assert error.contains('tauri.conf.json') : "the error does not name the file: $error"
assert error.contains('Fix:') : "the error gives no fix: $error"
assert !new File(basedir, 'target/classes/tauri4j').exists()
return true
