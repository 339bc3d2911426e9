// The fixture's frontend build: no dependencies, writes dist/ the way a bundler would.
import { mkdirSync, writeFileSync } from 'node:fs';
mkdirSync('dist', { recursive: true });
writeFileSync('dist/index.html', `<!doctype html>
<html>
<head><meta charset="utf-8"><title>IT App</title></head>
<body>
<p id="greeting"></p>
<script>document.getElementById('greeting').textContent = 'Hello from an inline script';</script>
<script type="module" src="app.js"></script>
</body>
</html>
`);
writeFileSync('dist/app.js', "console.log('app.js loaded');\n");
console.log('frontend built into dist/');
