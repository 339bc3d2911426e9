// tauri:info reports on the tools a tauri4j app needs; it only writes to the log.
String log = new File(basedir, 'build.log').text
assert log.contains('Node.js') : 'tauri:info did not report Node.js'
assert log.contains('WebKitGTK') : 'tauri:info did not report WebKitGTK'
assert log.contains('BUILD SUCCESS')
return true
