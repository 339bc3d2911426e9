// The defaults of a non-interactive generation, and proof that the app's own verify ran npm and the window test.
def app = new File(basedir, 'project/hello-app').isDirectory() ? new File(basedir, 'project/hello-app') : basedir
def conf = new groovy.json.JsonSlurper().parse(new File(app, 'tauri.conf.json'))
assert conf.productName == 'hello-app'
assert conf.identifier == 'com.example.hello-app'
assert conf.app.windows[0].title == 'hello-app'
assert !new File(app, 'templates').exists() : 'no template files left over'
assert new File(app, 'src/main.ts').isFile()
assert new File(app, '.gitignore').text.contains('node_modules/')
assert new File(app, 'dist/index.html').isFile() : 'npm run build made dist/'
assert new File(app, 'target/classes/tauri4j/assets/index.html').isFile() : 'tauri:build embedded dist/'
def e2e = new File(app, 'target/surefire-reports/TEST-com.example.hello.MainWindowTest.xml').text
assert e2e.contains('tests="1"') && e2e.contains('skipped="0"') && e2e.contains('failures="0"') && e2e.contains('errors="0"')
true
