// The fixture's frontend build: writes dist/ the way a bundler would.
import { mkdirSync, writeFileSync } from 'node:fs';
mkdirSync('dist', { recursive: true });
writeFileSync('dist/index.html', `<!doctype html>
<html>
<head><meta charset="utf-8"><title>Bundle IT</title>
<style>body { font-family: sans-serif; background: #e8f4ff; } h1 { color: #1b4f9c; }</style></head>
<body>
<h1>Installed from a .deb</h1>
<p id="status">ready</p>
<p id="answer"></p>
</body>
</html>
`);
console.log('frontend built into dist/');
