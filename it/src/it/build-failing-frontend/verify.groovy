// A failed frontend build fails Maven with the tool's own output and a fix, and embeds nothing.
String log = new File(basedir, 'build.log').text
assert log.contains('BOOM from the frontend') : 'the tool output is missing from the log'
assert log.contains('Frontend build failed: `npm run build` exited with code 1')
assert log.contains('Fix: run `npm run build` in ')
assert log.contains('BUILD FAILURE')

assert !new File(basedir, 'target/classes/tauri4j/assets').exists() : 'assets were embedded after a failed build'
assert !new File(basedir, 'target/classes/tauri4j/assets.manifest.json').exists()
// Nothing remembered either, so the next build runs the frontend again.
assert !new File(basedir, 'target/tauri/frontend.state').exists()
return true
