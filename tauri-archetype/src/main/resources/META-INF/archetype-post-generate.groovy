// Batch mode does not check validationRegex: refuse a frontend template that does not exist, rather than
// quietly generating vanilla-ts under another name.
import java.nio.file.Files
import java.nio.file.StandardCopyOption

def template = request.properties.get('frontendTemplate')
def known = ['vanilla-ts', 'react-ts']
def app = new File(request.outputDirectory, request.artifactId)
if (!known.contains(template)) {
    app.deleteDir()
    throw new IllegalArgumentException("frontendTemplate '" + template + "' is not available; choose one of " + known)
}

// vanilla-ts lives at the root of the archetype; another template's files come in templates/<name>/ and replace
// (or join) them here. The templates/ folder never stays in the app.
def templates = new File(app, 'templates')
def chosen = new File(templates, template)
if (chosen.isDirectory()) {
    if (template == 'react-ts') {
        new File(app, 'src/main.ts').delete()
    }
    def base = chosen.toPath()
    Files.walk(base).filter { Files.isRegularFile(it) }.toList().each { from ->
        def to = app.toPath().resolve(base.relativize(from).toString())
        Files.createDirectories(to.parent)
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING)
    }
}
templates.deleteDir()

if (template == 'react-ts') {
    def readme = new File(app, 'README.md')
    if (readme.isFile()) {
        readme.text = readme.text
                .replace('(Vite + TypeScript,', '(Vite + React + TypeScript,')
                .replace('- `src/main.ts`: calls the commands', '- `src/App.tsx` (a React component, mounted by `src/main.tsx`): calls the commands')
    }
}
