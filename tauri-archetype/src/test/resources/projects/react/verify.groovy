// The react-ts template: its files replaced the vanilla-ts ones, Velocity left the TSX alone, and the app's own
// verify built the React bundle, embedded it and ran the same window test as vanilla-ts.
def app = new File(basedir, 'project/react-app').isDirectory() ? new File(basedir, 'project/react-app') : basedir
assert !new File(app, 'templates').exists() : 'post-generate moved the template files into place'
assert !new File(app, 'src/main.ts').exists() : 'no vanilla-ts entry point left'
def pkg = new groovy.json.JsonSlurper().parse(new File(app, 'package.json'))
assert pkg.name == 'react-app'
assert pkg.dependencies.react && pkg.dependencies['react-dom'] && pkg.devDependencies['@vitejs/plugin-react']
assert new File(app, 'index.html').text.contains('<title>React App</title>')
assert new File(app, 'index.html').text.contains('src="/src/main.tsx"')
assert new File(app, 'vite.config.ts').text.contains('react()')
assert new File(app, 'tsconfig.json').text.contains('"jsx": "react-jsx"')
assert new File(app, 'src/App.tsx').text.contains('`${result.length} bytes, CRC-32 ${result.crc32}`')
assert new File(app, 'src/style.css').isFile()
assert new File(app, 'README.md').text.contains('src/App.tsx')
assert new File(app, 'src/App.tsx').text.contains('from "./bindings"')
assert new File(app, 'src/App.tsx').text.contains('from "@tauri-apps/plugin-dialog"')
assert pkg.dependencies['@tauri-apps/plugin-fs'] && pkg.dependencies['@tauri-apps/plugin-store']
assert new File(app, 'src/bindings.ts').text.contains('export async function checksum(data: Uint8Array): Promise<Checksum>')

assert new File(app, 'dist/index.html').isFile() : 'npm run build made dist/'
def bundles = new File(app, 'dist/assets').listFiles().findAll { it.name.endsWith('.js') }
assert bundles.size() == 1 && bundles[0].text.contains('greet-msg') : 'Vite bundled the React app'
def assets = new File(app, 'target/classes/tauri4j/assets')
assert new File(assets, 'index.html').isFile() : 'tauri:build embedded dist/'
assert new File(assets, 'assets/' + bundles[0].name).isFile() : 'the bundle is embedded too'
def e2e = new File(app, 'target/failsafe-reports/TEST-com.example.react.MainWindowIT.xml').text
assert e2e.contains('tests="2"') && e2e.contains('skipped="0"') && e2e.contains('failures="0"') && e2e.contains('errors="0"')

// tauri:bundle -> dpkg -i -> the installed app answers in its window -> dpkg -r
evaluate(new File(basedir, '../installed-deb.groovy'))(app, 'react-app')
true
