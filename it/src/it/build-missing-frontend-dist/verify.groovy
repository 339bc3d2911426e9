// A frontendDist that is not there is the user's to fix, so Maven shows it as a build failure, not a plugin bug:
// one line with the key and the fix, no stack trace, no exception class names.
String log = new File(basedir, 'build.log').text
List<String> errors = log.readLines().findAll { it.startsWith('[ERROR]') }
List<String> named = errors.findAll { it.contains('frontendDist') }
assert named.size() == 1 : "expected one [ERROR] line naming frontendDist, found ${named.size()}: $named"
String error = named[0]
assert error.contains('tauri:build: build.frontendDist points to ') : "the error does not start with the goal and the key: $error"
assert error.contains('no-such-dist, which does not exist') : "the error does not name the folder: $error"
assert error.contains('Fix:') : "the error gives no fix: $error"

assert !(log =~ /(?m)^\s*at dev\.tauri4j\./) : 'the log has a stack trace of the plugin'
assert !log.contains('Caused by:') : 'the log has a cause chain'
assert errors.every { !it.contains('MojoExecutionException') } : "Maven reports a plugin bug: $errors"
assert errors.every { !it.toLowerCase().contains('internal') } : "the error speaks of an internal error: $errors"
assert errors.every { !(it =~ /\b[a-z]+(\.[a-z0-9]+)+\.[A-Z]\w*Exception\b/) } : "an exception class name leaks: $errors"
assert log.contains('BUILD FAILURE')

assert !new File(basedir, 'target/classes/tauri4j/assets').exists() : 'assets were embedded'
return true
