// A wrong permission in a capability file fails tauri:build with the file, the key and the fix, before anything is embedded.
String log = new File(basedir, 'build.log').text
String error = log.readLines().find { it.contains('core:window:allow-set-titel') }
assert error != null : 'the log does not name the wrong permission'
assert error.contains('capabilities/default.json: permissions[1]') : "the error does not name the file and key: $error"
assert error.contains('did you mean "core:window:allow-set-title"?') : "the error gives no fix: $error"
assert !new File(basedir, 'target/classes/tauri4j').exists()
return true
